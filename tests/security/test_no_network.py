"""PeerDesk never uses the network: a whole session opens no internet socket.

The session (vault init, backup, check, search, self-test and the GUI's --smoke run that
unlocks and shows every area) runs in a child process with an audit hook that refuses
any internet socket, and under ``strace -f`` where strace exists, so sockets made by C
code (Qt, SQLCipher) count too. Local (AF_UNIX) sockets are allowed: D-Bus for the
keyring, X11. The control: the same hook does catch a socket opened on purpose.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, SCRIPTS, Figures, child_env

_INTERNET_CALL = re.compile(r"socket\((AF_INET|AF_INET6|PF_INET|PF_INET6)\b")


def _run(tmp_path: Path, *prefix: str) -> subprocess.CompletedProcess[str]:
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")
    return subprocess.run(
        [*prefix, sys.executable, str(SCRIPTS / "no_network_session.py"),
         str(tmp_path / "vault"), str(passphrase_file)],
        capture_output=True, text=True, timeout=300, check=False,
        env=child_env(QT_QPA_PLATFORM="offscreen"),
    )  # fmt: skip


@pytest.mark.slow
def test_a_whole_session_never_uses_the_network(tmp_path: Path, figures: Figures) -> None:
    strace = shutil.which("strace")
    trace = tmp_path / "strace.txt"
    prefix = (strace, "-f", "-qq", "-e", "trace=socket", "-o", str(trace)) if strace else ()
    done = _run(tmp_path, *prefix)
    assert done.returncode == 0, done.stderr[-3000:]
    audit = re.search(r"^AUDIT (\d+) (\d+) (\d+)$", done.stdout, re.MULTILINE)
    assert audit is not None, done.stdout[-2000:]
    events, socket_events, refused = (int(g) for g in audit.groups())
    traced = trace.read_text() if strace else ""
    internet_syscalls = len(_INTERNET_CALL.findall(traced))
    if strace:  # the trace is not vacuous: the local sockets (D-Bus, X11) are in it
        assert "socket(" in traced
    figures.set(
        socket_syscalls_traced=traced.count("socket("),
        audit_events=events,
        socket_events=socket_events,
        internet_sockets_refused=refused,
        internet_socket_syscalls=internet_syscalls,
        strace=bool(strace),
    )
    assert events > 1000, "the hook saw the session"
    assert (socket_events, refused, internet_syscalls) == (0, 0, 0)


def test_the_hook_catches_a_socket(tmp_path: Path) -> None:
    """The control: with the same hook, opening an internet socket fails."""
    script = tmp_path / "opens_socket.py"
    script.write_text(
        "import runpy, sys\n"
        f"sys.argv = ['x']\n"
        f"hook_module = runpy.run_path({str(SCRIPTS / 'no_network_session.py')!r}, "
        "run_name='not_main')\n"
        "import socket\n"
        "socket.socket(socket.AF_INET, socket.SOCK_STREAM)\n"
    )
    done = subprocess.run(
        [sys.executable, str(script)], capture_output=True, text=True, timeout=120,
        env=child_env(), check=False,
    )  # fmt: skip
    assert done.returncode != 0
    assert "must not use the network" in done.stderr
