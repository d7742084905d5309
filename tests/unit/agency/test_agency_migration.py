"""Migration 4 adds the agency tables and triggers to a vault made before them."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from peerdesk.services.notes.export import gather_notes
from peerdesk.services.notes.model import NoteFilter
from peerdesk.services.policy import Policy
from peerdesk.services.session import end_session, start_session
from peerdesk.store.migrations import schema_version
from peerdesk.store.records import database_proxy
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def test_a_version_3_vault_gains_the_agency_tables(
    new_vault: tuple[Vault, str], default_policy: Policy
) -> None:
    vault, _ = new_vault
    services = start_session(vault, policy=default_policy)
    db = vault.database
    for table in (
        "session_note_fts",
        "note_addendum",
        "session_note",
        "planned_contact",
        "service_type",
        "audit_event",
    ):
        db.execute_sql(f"DROP TABLE {table}")
    db.execute_sql("PRAGMA user_version = 3")  # everything before the agency step is there
    vault.set_audit_anchor(0, "")  # the old vault had no trail
    end_session(services)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault, policy=default_policy)
    assert schema_version(vault.database) == 4
    assert [m.version for m in services.migrated] == [4]
    person = services.people.create("Robin Example", "self").id
    note = services.notes.create_draft(person, date(2026, 1, 1), staff_name="Jo").id
    services.notes.sign(note)
    with pytest.raises(peewee.IntegrityError, match="signed session note"):
        database_proxy.execute_sql("DELETE FROM session_note WHERE id = ?", (note,))
    one = gather_notes(services.notes, default_policy, NoteFilter(), note_ids=(note,))
    assert [n.id for n in one.notes] == [note]
    assert services.audit.verify().ok
    end_session(services)
