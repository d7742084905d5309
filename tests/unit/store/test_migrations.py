"""Schema migrations: versioned, one transaction each, an encrypted backup taken first."""

from __future__ import annotations

import peewee
import pytest

from peerdesk.services.session import end_session, start_session
from peerdesk.store.migrations import MIGRATIONS, SCHEMA_VERSION, Migration, schema_version
from peerdesk.store.records import Person
from peerdesk.vault.errors import VaultError
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def _add_nickname(db: peewee.Database) -> None:
    db.execute_sql("ALTER TABLE person ADD COLUMN nickname TEXT DEFAULT ''")
    db.execute_sql("UPDATE person SET nickname = substr(name, 1, 3)")


def _broken(db: peewee.Database) -> None:
    db.execute_sql("ALTER TABLE person ADD COLUMN half_done TEXT")
    raise RuntimeError("step failed midway")


def test_new_vault_is_at_the_latest_version(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    assert schema_version(vault.database) == SCHEMA_VERSION
    assert [m.version for m in services.migrated] == [m.version for m in MIGRATIONS]
    assert services.backups.automatic_backups() == []  # nothing to back up on creation


def test_upgrade_takes_a_backup_first(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    Person.create(name="Alexandra", role="self")
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    newer = (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "nicknames", _add_nickname))
    services = start_session(vault, newer)
    assert [m.version for m in services.migrated] == [SCHEMA_VERSION + 1]
    assert schema_version(vault.database) == SCHEMA_VERSION + 1
    row = vault.database.execute_sql("SELECT nickname FROM person").fetchone()
    assert row[0] == "Ale"
    backups = services.backups.list_backups()
    assert len(backups) == 1
    assert backups[0].schema_version == SCHEMA_VERSION
    assert f"before-v{SCHEMA_VERSION}-to-v{SCHEMA_VERSION + 1}" in backups[0].reason


def test_a_failing_step_rolls_back(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    broken = (*MIGRATIONS, Migration(SCHEMA_VERSION + 1, "broken", _broken))
    with pytest.raises(RuntimeError):
        start_session(vault, broken)
    assert schema_version(vault.database) == SCHEMA_VERSION
    columns = [c.name for c in vault.database.get_columns("person")]
    assert "half_done" not in columns


def test_a_vault_from_a_newer_peerdesk_is_refused(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    start_session(vault)
    vault.database.execute_sql(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    with pytest.raises(VaultError, match="newer PeerDesk"):
        start_session(vault)
