"""The power-cut filesystem (scripts/powercut_fs.py) as a fixture: mount, cut, sync, unmount."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from peerdesk.vault import database


class PowerCutDisk:
    def __init__(self, root: Path) -> None:
        self.root = root
        self.control = root / ".powercut"

    def _command(self, word: str) -> None:
        fd = os.open(self.control, os.O_WRONLY)
        try:
            os.write(fd, word.encode())
        finally:
            os.close(fd)

    def cut(self) -> None:
        """Throw away every byte and every name not yet fsynced."""
        self._command("cut")

    def sync(self) -> None:
        self._command("sync")

    def counters(self) -> dict[str, int]:
        return dict(json.loads(self.control.read_bytes()))


def _skip_or_fail(reason: str) -> None:
    """Skip on a developer machine; under tools/dev check as root the trials must run."""
    if os.environ.get("PEERDESK_REQUIRE_FUSE") == "1":
        pytest.fail(reason)
    pytest.skip(reason)


def _mounted(path: Path) -> bool:
    mounts = Path("/proc/mounts").read_text().splitlines()
    return any(line.split()[1] == str(path) for line in mounts)


def mount_power_cut_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, script: Path, env: dict[str, str]
) -> Iterator[PowerCutDisk]:
    """Mount scripts/powercut_fs.py under tmp_path (the ``power_cut_disk`` fixture)."""
    if not Path("/dev/fuse").exists() or (
        shutil.which("fusermount") is None and shutil.which("fusermount3") is None
    ):
        _skip_or_fail("no FUSE here (tools/dev check installs fuse3 and libfuse2)")
    mount_point = tmp_path / "power-cut-disk"
    mount_point.mkdir()
    log = (tmp_path / "powercut-fs.log").open("w")
    proc = subprocess.Popen(
        [sys.executable, str(script), str(mount_point)],
        stdout=log,
        stderr=subprocess.STDOUT,
        env=env,
    )
    deadline = time.monotonic() + 20
    while not _mounted(mount_point):
        if proc.poll() is not None or time.monotonic() > deadline:
            proc.kill()
            log.close()
            text = (tmp_path / "powercut-fs.log").read_text()
            _skip_or_fail(f"cannot mount the power-cut filesystem: {text[-500:]!r}")
        time.sleep(0.05)
    # FUSE with direct_io has no shared writable mmap: SQLite's WAL index lives in heap
    # memory instead (locking_mode=EXCLUSIVE, set before journal_mode=WAL).
    monkeypatch.setattr(
        database,
        "CONNECTION_PRAGMAS",
        (("locking_mode", "EXCLUSIVE"), *database.CONNECTION_PRAGMAS),
    )
    monkeypatch.setenv("PEERDESK_EXCLUSIVE_LOCKING", "1")
    try:
        yield PowerCutDisk(mount_point)
    finally:
        subprocess.run(["umount", "-l", str(mount_point)], check=False, capture_output=True)
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
