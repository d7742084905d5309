"""What a power cut needs, asserted directly: the pragmas, and an fsync after every rename.

- Every connection PeerDesk opens runs WAL with ``synchronous=FULL`` (in WAL mode NORMAL
  would let a power cut take the last commits back).
- Every ``os.replace`` the vault makes (keys.json, a key rotation, a backup, a restore) is
  followed by an fsync of the folder it renamed into (and out of); a file the operation
  created is fsynced before it is renamed. test_power_cut.py shows what happens otherwise.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures

from peerdesk.services.backup import restore_backup
from peerdesk.services.session import end_session, start_session
from peerdesk.vault import database as database_module
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


class Recorder:
    def __init__(self) -> None:
        self.events: list[tuple[str, str, str]] = []  # (kind, path, other)
        self.fd_paths: dict[int, str] = {}
        self.created: set[str] = set()


@pytest.fixture
def recorder(monkeypatch: pytest.MonkeyPatch) -> Recorder:
    rec = Recorder()
    real_open, real_fsync, real_replace = os.open, os.fsync, os.replace

    def open_(path: object, flags: int, mode: int = 0o777, *, dir_fd: int | None = None) -> int:
        fd = real_open(path, flags, mode, dir_fd=dir_fd)  # type: ignore[arg-type]
        rec.fd_paths[fd] = os.path.abspath(str(path))
        if flags & os.O_CREAT:
            rec.created.add(os.path.abspath(str(path)))
        return fd

    def fsync(fd: object) -> None:
        number = fd if isinstance(fd, int) else fd.fileno()  # type: ignore[attr-defined]
        real_fsync(number)
        path = rec.fd_paths.get(number) or os.path.realpath(f"/proc/self/fd/{number}")
        rec.events.append(("fsync", path, ""))

    def replace(src: object, dst: object) -> None:
        real_replace(src, dst)  # type: ignore[arg-type]
        rec.events.append(("replace", os.path.abspath(str(src)), os.path.abspath(str(dst))))

    monkeypatch.setattr(os, "open", open_)
    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    return rec


def _unsynced_renames(rec: Recorder) -> list[str]:
    """Renames not followed by an fsync of both folders, or of a new file not synced first."""
    problems = []
    for i, (kind, src, dst) in enumerate(rec.events):
        if kind != "replace":
            continue
        later = {path for k, path, _ in rec.events[i + 1 :] if k == "fsync"}
        earlier = {path for k, path, _ in rec.events[:i] if k == "fsync"}
        for folder in {os.path.dirname(src), os.path.dirname(dst)}:
            if folder not in later:
                problems.append(f"{src} -> {dst}: folder {folder} not fsynced after")
        # The live peerdesk.db is synced by SQLite's own commits, not through os.fsync.
        live_db = os.path.basename(src) == "peerdesk.db"
        if src in rec.created and src not in earlier and not live_db:
            problems.append(f"{src} -> {dst}: the new file was not fsynced before")
    return problems


def test_every_rename_is_followed_by_an_fsync_of_its_folders(
    vault_dir: Path, fast_kdf: KdfParams, recorder: Recorder, figures: Figures
) -> None:
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    backup = services.backups.backup_to(vault_dir.parent / "saved.pdbackup").path
    services.backups.automatic("test")
    vault.change_passphrase(PASSPHRASE, "second passphrase", kdf=fast_kdf)
    vault.change_passphrase("second passphrase", PASSPHRASE, kdf=fast_kdf)
    vault.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    end_session(services)
    vault.lock()
    restore_backup(vault, backup, PASSPHRASE)
    vault.close()

    renames = [e for e in recorder.events if e[0] == "replace"]
    # keys.json x4 (two changes, pending, promoted), the rotated db, two backups,
    # the restore's marker and its four moves.
    assert len(renames) >= 12, renames
    problems = _unsynced_renames(recorder)
    figures.set(renames_checked=len(renames), renames_without_fsync=len(problems))
    assert problems == [], "\n".join(problems)


def test_the_check_catches_a_rename_without_folder_fsync(
    tmp_path: Path, recorder: Recorder
) -> None:
    """The control: a rename with no fsync of its folder is reported."""
    fd = os.open(tmp_path / "new", os.O_WRONLY | os.O_CREAT, 0o600)
    os.fsync(fd)
    os.close(fd)
    os.replace(tmp_path / "new", tmp_path / "old")
    assert _unsynced_renames(recorder) == [
        f"{tmp_path}/new -> {tmp_path}/old: folder {tmp_path} not fsynced after"
    ]


def test_every_connection_is_wal_with_synchronous_full(
    vault_dir: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    seen: list[tuple[str, int]] = []
    real_connect = database_module.CipherDatabase._connect

    def connect(self: database_module.CipherDatabase) -> object:
        conn = real_connect(self)
        mode = conn.execute("PRAGMA journal_mode").fetchone()[0]  # type: ignore[attr-defined]
        sync = conn.execute("PRAGMA synchronous").fetchone()[0]  # type: ignore[attr-defined]
        seen.append((str(mode), int(sync)))
        return conn

    monkeypatch.setattr(database_module.CipherDatabase, "_connect", connect)
    vault, _code = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    backup = services.backups.backup_to(vault_dir.parent / "saved.pdbackup").path
    vault.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    end_session(services)
    vault.lock()
    restore_backup(vault, backup, PASSPHRASE)  # the staged copy is opened and checked too
    vault.unlock_with_passphrase(PASSPHRASE)
    vault.close()
    assert len(seen) >= 4
    wrong = [s for s in seen if s != ("wal", 2)]
    figures.set(connections_checked=len(seen), not_wal_full=len(wrong))
    assert wrong == [], "every connection must be journal_mode=wal, synchronous=FULL (2)"
