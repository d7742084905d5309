"""A vault written by wave 1 (schema 1) gains every wave-2 table, in order, with a backup."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from peerdesk.services.exchange import ExchangeService
from peerdesk.services.exchange.service import ShareRequest
from peerdesk.services.session import end_session, start_session
from peerdesk.store.migrations import schema_version
from peerdesk.store.records import agency, contacts, exchange
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_version_1_vault_gains_exchange_and_agency_tables(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    db = vault.database
    wave2 = [*agency.RECORDS, *exchange.RECORDS, *contacts.RECORDS]
    for sql in ("session_note_fts",):
        db.execute_sql(f"DROP TABLE IF EXISTS {sql}")
    for record in wave2:
        db.execute_sql(f"DROP TABLE IF EXISTS {record._meta.table_name}")
    db.execute_sql("PRAGMA user_version = 1")
    vault.set_audit_anchor(0, "")  # a wave-1 vault had no audit trail
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault)
    assert [m.version for m in services.migrated] == [2, 3, 4]
    assert schema_version(vault.database) == 4
    assert any(b.name.endswith(".pdbackup") for b in vault.backups_dir.iterdir())
    person = services.people.create("Robin Example", "self").id
    note = services.notes.create_draft(person, date(2026, 1, 1), staff_name="Jo").id
    services.notes.sign(note)
    with pytest.raises(peewee.IntegrityError, match="signed session note"):
        vault.database.execute_sql("DELETE FROM session_note WHERE id = ?", (note,))
    assert isinstance(services.exchange, ExchangeService)
    assert services.exchange.make_payload(ShareRequest("library", cards="all"))
    end_session(services)
