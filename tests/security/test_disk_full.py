"""A full disk: a clear error, everything saved before intact, no partial record.

The vault lives on a small tmpfs (mounted for the test; needs root, as in CI). Python-level
writers (keys.json, backup files) are also tested with an injected ENOSPC, which needs no
privileges.
"""

from __future__ import annotations

import contextlib
import errno
import os
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures, assert_unchanged, snapshot

from peerdesk.services.backup import BackupService
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.errors import StorageFullError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

BODY = "a line of journal text that takes up room " * 500  # ~21 kB per entry


def _add_entry(services: Services, title: str) -> None:
    with services.vault.database.atomic():
        entry = JournalEntry.create(occurred_at=datetime(2026, 1, 1), title=title, body=BODY)
        services.vault.database.execute_sql(
            "INSERT INTO journal_fts(rowid, title, body, tags) VALUES "
            "((SELECT count(*) FROM journal_entry), ?, ?, '')",
            (entry.title, entry.body),
        )


def _fill_until_full(services: Services) -> tuple[int, StorageFullError]:
    saved = 0
    while saved < 10_000:
        try:
            _add_entry(services, f"entry {saved}")
        except StorageFullError as exc:
            return saved, exc
        saved += 1
    raise AssertionError("the small disk never filled up")


@pytest.mark.slow
def test_full_disk_gives_a_clear_error_and_keeps_earlier_data(
    small_disk: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    folder = small_disk / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    saved, error = _fill_until_full(services)
    assert saved > 10
    assert "disk is full" in str(error)
    assert error.path is not None
    assert error.path.name == "peerdesk.db"

    # Still usable for reading; the failed entry is not there, not even half of it.
    assert JournalEntry.select().count() == saved
    half = JournalEntry.select().where(JournalEntry.title == f"entry {saved}").count()
    fts_rows = vault.database.execute_sql("SELECT count(*) FROM journal_fts").fetchone()[0]
    partial = half + abs(fts_rows - saved)
    assert partial == 0

    # A backup on the full disk: a clear error, and no half-written file left behind.
    with pytest.raises(StorageFullError):
        services.backups.automatic("manual")
    assert list(vault.backups_dir.iterdir()) == []

    # Changing the passphrase on the full disk: refused cleanly, keys.json untouched.
    keys_before = vault.keys_path.read_bytes()
    with contextlib.suppress(StorageFullError):
        vault.change_passphrase(PASSPHRASE, "another passphrase", kdf=fast_kdf)
    if vault.keys_path.read_bytes() != keys_before:
        pytest.fail("keys.json changed although the disk was full")  # pragma: no cover
    end_session(services)
    vault.close()

    # Reopen on the still-full disk: every saved entry is there and the checks are clean.
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    assert vault.database.integrity_problems() == []
    services = start_session(vault)
    stored = JournalEntry.select().count()
    assert stored == saved

    # Free space again: writing works, with no leftovers from the failed attempts.
    subprocess.run(["mount", "-o", "remount,size=64m", str(small_disk)], check=True)
    _add_entry(services, "after the disk was freed")
    assert JournalEntry.select().count() == saved + 1
    end_session(services)
    vault.close()
    leftovers = [p.name for p in folder.iterdir() if p.name.startswith(".")]
    assert leftovers == []
    figures.set(
        disk_mib=3,
        entries_saved_before_full=saved,
        partial_records=partial,
        rows_lost=saved - stored,
    )


def _enospc_after(limit: int) -> object:
    """An os.write that fails with ENOSPC once ``limit`` bytes have been written."""
    real_write = os.write
    written = 0

    def write(fd: int, data: bytes | memoryview) -> int:
        nonlocal written
        if written + len(data) > limit:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
        written += len(data)
        return real_write(fd, data)

    return write


@pytest.mark.parametrize("limit", [0, 10, 500])
def test_injected_enospc_while_saving_keys_leaves_keys_json_intact(
    new_vault: tuple[Vault, str],
    fast_kdf: KdfParams,
    limit: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    vault, _code = new_vault
    before = snapshot(vault.folder)
    monkeypatch.setattr(os, "write", _enospc_after(limit))
    with pytest.raises(StorageFullError) as caught:
        vault.change_passphrase(PASSPHRASE, "a new passphrase", kdf=fast_kdf)
    monkeypatch.undo()
    assert caught.value.path == vault.keys_path
    assert "disk is full" in str(caught.value)
    assert_unchanged(before, vault.folder)


def test_injected_enospc_while_writing_a_backup_leaves_no_partial_file(
    services: Services, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    target = tmp_path / "out" / "copy.pdbackup"
    real_write = zipfile.ZipFile.writestr

    def failing_writestr(self: zipfile.ZipFile, *args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(zipfile.ZipFile, "writestr", failing_writestr)
    with pytest.raises(StorageFullError):
        BackupService(services.vault).backup_to(target)
    monkeypatch.setattr(zipfile.ZipFile, "writestr", real_write)
    assert list(target.parent.iterdir()) == []
