"""Deleted and replaced text is gone from the decrypted pages, not just from queries.

``secure_delete`` zeroes freed cells and pages; FTS5 keeps tokens in its index segments
until the index is merged (``optimize``), so deleting from a full-text table must be
followed by it. Pages are decrypted with the data key (tests/security/_pages.py) after
locking, which checkpoints and truncates the WAL.
"""

from __future__ import annotations

from datetime import datetime

from _pages import decrypted_text
from conftest import PASSPHRASE

from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import JournalEntry

KEEP = "keptcanaryzx41"
DELETED = "deletedcanaryzx42"
OLD = "oldversioncanaryzx43"
NEW = "newversioncanaryzx44"
DRAFT = "draftcanaryzx45"
OVERFLOW = "overflowcanaryzx46"
FTS_TOKEN = "ftstokencanaryzx47"


def _pages_after_lock(services: Services) -> tuple[bytes, Services]:
    """Lock (checkpoint + truncate the WAL), decrypt every page, unlock again."""
    vault = services.vault
    data_key = vault._require_data_key()
    end_session(services)
    wal = vault.folder / "peerdesk.db-wal"
    assert not wal.exists() or wal.stat().st_size == 0, "the WAL must be empty after lock"
    text = decrypted_text(vault.db_path, data_key)
    vault.unlock_with_passphrase(PASSPHRASE)
    return text, start_session(vault)


def _entry(title: str, body: str) -> JournalEntry:
    return JournalEntry.create(occurred_at=datetime(2026, 2, 1), title=title, body=body)


def test_deleted_replaced_and_discarded_text_leaves_no_trace(services: Services) -> None:
    _entry("kept", f"today {KEEP} stays")
    doomed = _entry("deleted", f"this {DELETED} goes")
    edited = _entry("edited", f"first {OLD} version")
    big = _entry("long", (f"{OVERFLOW} " * 2000))  # spills onto overflow pages
    services.drafts.save("area:journal", {"body": DRAFT})
    text, services = _pages_after_lock(services)
    for canary in (KEEP, DELETED, OLD, OVERFLOW, DRAFT):
        assert canary.encode() in text, f"control: {canary} should be stored before deleting"

    JournalEntry.delete_by_id(doomed.id)
    JournalEntry.update(body=f"second {NEW} version").where(JournalEntry.id == edited.id).execute()
    JournalEntry.delete_by_id(big.id)
    services.drafts.discard("area:journal")
    text, services = _pages_after_lock(services)

    assert KEEP.encode() in text
    assert NEW.encode() in text
    for gone in (DELETED, OLD, OVERFLOW, DRAFT):
        assert gone.encode() not in text, f"{gone} is still in the decrypted pages"
    end_session(services)


def test_full_text_tokens_are_gone_only_after_optimize(services: Services) -> None:
    """Why the areas merge their full-text index after a delete: on a plain FTS5 table
    (here a scratch one, with SQLite's defaults) the deleted row's tokens stay in the index
    pages, encrypted but readable with the key, until 'optimize'."""
    db = services.vault.database
    db.execute_sql("CREATE VIRTUAL TABLE scratch_fts USING fts5(body)")
    db.execute_sql("INSERT INTO scratch_fts(rowid, body) VALUES (1, ?)", (f"a {FTS_TOKEN} b",))
    db.execute_sql("INSERT INTO scratch_fts(rowid, body) VALUES (2, 'other words')")
    db.execute_sql("DELETE FROM scratch_fts WHERE rowid = 1")
    text, services = _pages_after_lock(services)
    assert FTS_TOKEN.encode() in text  # the threat: secure_delete alone does not help here

    services.vault.database.execute_sql("INSERT INTO scratch_fts(scratch_fts) VALUES ('optimize')")
    text, services = _pages_after_lock(services)
    assert FTS_TOKEN.encode() not in text
    end_session(services)
