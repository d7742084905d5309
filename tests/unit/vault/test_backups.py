"""Whole-vault backups: encrypted, rotating, verified before a restore touches anything."""

from __future__ import annotations

import hashlib
import zipfile
from pathlib import Path

import pytest

from peerdesk.services.backup import restore_backup
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.errors import VaultDamagedError, VaultError, WrongSecretError
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_backup_is_encrypted_and_restores(services: Services, tmp_path: Path) -> None:
    Person.create(name="Canary-Backup-7731", role="self")
    target = tmp_path / "out" / "copy.pdbackup"
    services.backups.backup_to(target)
    raw = target.read_bytes()
    assert b"Canary-Backup-7731" not in raw
    with zipfile.ZipFile(target) as archive:
        assert not archive.read("peerdesk.db").startswith(b"SQLite format 3")
    Person.create(name="Added after the backup", role="supporter")
    vault = services.vault
    end_session(services)
    replaced = restore_backup(vault, target, PASSPHRASE)
    assert (replaced / "peerdesk.db").exists()  # the replaced vault is kept, not deleted
    vault.unlock_with_passphrase(PASSPHRASE)
    start_session(vault)
    assert [p.name for p in Person.select()] == ["Canary-Backup-7731"]


def test_automatic_backups_rotate(services: Services) -> None:
    services.backups.keep = 3
    for _ in range(5):
        services.backups.automatic("manual")
    names = [p.name for p in services.backups.automatic_backups()]
    assert len(names) == 3
    assert len(services.backups.list_backups()) == 3


def test_restore_with_wrong_passphrase_touches_nothing(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "b.pdbackup"
    services.backups.backup_to(target)
    vault = services.vault
    end_session(services)
    before = hashlib.sha256(vault.db_path.read_bytes()).hexdigest()
    with pytest.raises(WrongSecretError):
        restore_backup(vault, target, "not the passphrase")
    assert hashlib.sha256(vault.db_path.read_bytes()).hexdigest() == before
    assert not list(vault.folder.glob(".restore-*"))


def test_damaged_backup_is_refused(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "b.pdbackup"
    services.backups.backup_to(target)
    data = bytearray(target.read_bytes())
    data[len(data) // 2] ^= 0xFF
    target.write_bytes(bytes(data))
    vault = services.vault
    end_session(services)
    with pytest.raises(VaultDamagedError):
        restore_backup(vault, target, PASSPHRASE)
    vault.unlock_with_passphrase(PASSPHRASE)  # the live vault still opens


def test_not_a_backup_is_a_clear_error(new_vault: tuple[Vault, str], tmp_path: Path) -> None:
    vault, _ = new_vault
    vault.lock()
    bogus = tmp_path / "notes.pdbackup"
    bogus.write_text("hello")
    with pytest.raises(VaultError, match="not a PeerDesk backup"):
        restore_backup(vault, bogus, PASSPHRASE)


def test_restore_refuses_an_unlocked_vault(services: Services, tmp_path: Path) -> None:
    target = tmp_path / "b.pdbackup"
    services.backups.backup_to(target)
    with pytest.raises(VaultError, match="Lock the vault"):
        restore_backup(services.vault, target, PASSPHRASE)


def test_daily_backup_once_a_day_and_staging_leftovers_cleared(services: Services) -> None:
    from datetime import UTC, datetime, timedelta

    leftover = services.vault.backups_dir / ".auto-x.pdbackup.123.db"
    leftover.write_bytes(b"encrypted staging")
    first = services.backups.daily_if_due()
    assert first is not None
    assert first.reason == "daily"
    assert not leftover.exists()
    assert services.backups.daily_if_due() is None  # made less than a day ago
    later = datetime.now(UTC) + timedelta(hours=25)
    assert services.backups.daily_if_due(now=later) is not None
    assert len(services.backups.automatic_backups()) == 2
