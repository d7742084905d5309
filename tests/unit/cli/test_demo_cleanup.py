"""``peerdesk --demo`` deletes its throwaway vault when it is told to stop."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path


def test_demo_vault_is_deleted_on_sigterm(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path))
    proc = subprocess.Popen([sys.executable, "-m", "peerdesk", "--demo"], env=env)
    try:
        deadline = time.monotonic() + 60
        while not any(tmp_path.glob("peerdesk-demo-*/vault/keys.json")):
            assert proc.poll() is None, "the app exited early"
            assert time.monotonic() < deadline, "the demo vault never appeared"
            time.sleep(0.1)  # polling a child process's files, not waiting on Qt
        proc.send_signal(signal.SIGTERM)
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
    assert list(tmp_path.glob("peerdesk-demo-*")) == []
