"""Agency workstations: the audit trail, session notes with addenda, service types, planned
contacts.

Guards that hold for every writer (services, imports, exchange, raw SQL):

- a *signed* session note cannot be updated or deleted (SQLite triggers abort the statement,
  and :meth:`SessionNote.save` / :meth:`SessionNote.delete_instance` refuse before trying);
- addenda are append-only (no UPDATE or DELETE at all) and only attach to a signed note;
- audit rows are append-only; the hash chain (services/audit) detects what a writer with the
  data key does anyway after dropping the triggers.
"""

from __future__ import annotations

from typing import Any

import peewee

from peerdesk.store.records.base import BaseRecord, PlainRecord
from peerdesk.store.records.people import Person

NOTE_SETTINGS = ("in_person", "phone", "video")
NOTE_MODES = ("individual", "group")
SIGNED_NOTE_MESSAGE = "peerdesk: a signed session note is final; add an addendum instead"
ADDENDUM_MESSAGE = "peerdesk: addenda are append-only"
ADDENDUM_PARENT_MESSAGE = "peerdesk: an addendum belongs to a signed session note"
AUDIT_MESSAGE = "peerdesk: the audit trail is append-only"


class SignedNoteError(Exception):
    """A signed session note (or an addendum) was about to be changed or deleted."""


class AuditEvent(PlainRecord):
    """One audit row. ``hash`` = SHA-256(prev_hash + canonical row bytes); see services/audit."""

    seq = peewee.IntegerField(primary_key=True)  # 1, 2, 3, ... (no gaps)
    at = peewee.CharField(max_length=32)  # UTC, ISO 8601, seconds
    os_user = peewee.CharField(max_length=200)
    vault_label = peewee.CharField(max_length=200)
    kind = peewee.CharField(max_length=40)
    details = peewee.TextField(default="{}")  # canonical JSON, no user content
    prev_hash = peewee.CharField(max_length=64)
    hash = peewee.CharField(max_length=64)


class ServiceType(BaseRecord):
    """The agency's list of service types (editable; kept in the vault)."""

    name = peewee.CharField(max_length=120, unique=True)
    position = peewee.IntegerField(default=0)
    archived = peewee.BooleanField(default=False)


class SessionNote(BaseRecord):
    person = peewee.ForeignKeyField(Person, backref="session_notes", on_delete="RESTRICT")
    note_date = peewee.DateField()
    start_time = peewee.CharField(max_length=5, default="")  # "HH:MM" local
    end_time = peewee.CharField(max_length=5, default="")
    setting = peewee.CharField(max_length=20, default="")  # one of NOTE_SETTINGS
    mode = peewee.CharField(max_length=20, default="")  # one of NOTE_MODES
    service_type = peewee.CharField(max_length=120, default="")
    goal_ids = peewee.TextField(default="[]")  # JSON list of the person's goal ids
    what_was_done = peewee.TextField(default="")
    response = peewee.TextField(default="")  # the person's own words
    next_steps = peewee.TextField(default="")
    next_steps_by = peewee.CharField(max_length=200, default="")
    staff_name = peewee.CharField(max_length=200, default="")
    staff_credential = peewee.CharField(max_length=120, default="")
    signed_at = peewee.DateTimeField(null=True)  # UTC; set once, then the row is final
    search_rowid = peewee.IntegerField(null=True, unique=True)  # row in session_note_fts
    # Indexes: partial ones in EXTRA_SQL (living notes per person by date; drafts).

    def _signed_in_database(self) -> bool:
        if not self.id:
            return False
        row = (
            SessionNote.select(SessionNote.signed_at)
            .where(SessionNote.id == self.id)
            .tuples()
            .first()
        )
        return row is not None and row[0] is not None

    def save(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("force_insert") and self._signed_in_database():
            raise SignedNoteError(SIGNED_NOTE_MESSAGE)
        return super().save(*args, **kwargs)

    def delete_instance(self, *args: Any, **kwargs: Any) -> Any:
        if self._signed_in_database():
            raise SignedNoteError(SIGNED_NOTE_MESSAGE)
        return super().delete_instance(*args, **kwargs)


class NoteAddendum(BaseRecord):
    """A dated, signed correction or late entry below a signed note. Append-only."""

    note = peewee.ForeignKeyField(SessionNote, backref="addenda", on_delete="RESTRICT")
    written_at = peewee.DateTimeField()  # UTC
    text = peewee.TextField()
    staff_name = peewee.CharField(max_length=200)
    staff_credential = peewee.CharField(max_length=120, default="")
    signed_at = peewee.DateTimeField()  # UTC

    def save(self, *args: Any, **kwargs: Any) -> Any:
        if not kwargs.get("force_insert") and self.id:
            exists = NoteAddendum.select().where(NoteAddendum.id == self.id).exists()
            if exists:
                raise SignedNoteError(ADDENDUM_MESSAGE)
        return super().save(*args, **kwargs)

    def delete_instance(self, *args: Any, **kwargs: Any) -> Any:
        raise SignedNoteError(ADDENDUM_MESSAGE)


class PlannedContact(BaseRecord):
    """A contact planned with a person served (the caseload's "next planned contact")."""

    person = peewee.ForeignKeyField(Person, backref="planned_contacts", on_delete="CASCADE")
    planned_at = peewee.DateTimeField()  # local wall-clock time
    setting = peewee.CharField(max_length=20, default="")  # one of NOTE_SETTINGS or ""

    class Meta:
        indexes = ((("person", "planned_at"), False),)


RECORDS: list[type[peewee.Model]] = [
    AuditEvent,
    ServiceType,
    SessionNote,
    NoteAddendum,
    PlannedContact,
]

EXTRA_SQL: list[str] = [
    # Signed notes are final, whoever writes (signing itself updates an unsigned row).
    "CREATE TRIGGER IF NOT EXISTS session_note_signed_no_update BEFORE UPDATE ON session_note "
    f"WHEN old.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, '{SIGNED_NOTE_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS session_note_signed_no_delete BEFORE DELETE ON session_note "
    f"WHEN old.signed_at IS NOT NULL BEGIN SELECT RAISE(ABORT, '{SIGNED_NOTE_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS note_addendum_no_update BEFORE UPDATE ON note_addendum "
    f"BEGIN SELECT RAISE(ABORT, '{ADDENDUM_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS note_addendum_no_delete BEFORE DELETE ON note_addendum "
    f"BEGIN SELECT RAISE(ABORT, '{ADDENDUM_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS note_addendum_signed_parent BEFORE INSERT ON note_addendum "
    "WHEN (SELECT signed_at FROM session_note WHERE id = new.note_id) IS NULL "
    f"BEGIN SELECT RAISE(ABORT, '{ADDENDUM_PARENT_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_update BEFORE UPDATE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END",
    "CREATE TRIGGER IF NOT EXISTS audit_event_no_delete BEFORE DELETE ON audit_event "
    f"BEGIN SELECT RAISE(ABORT, '{AUDIT_MESSAGE}'); END",
    # A person's living notes by date (covering for the caseload's "last contact"), and
    # drafts per person, oldest first (the caseload's "not yet signed").
    "CREATE INDEX IF NOT EXISTS session_note_person_date ON session_note (person_id, note_date) "
    "WHERE deleted_at IS NULL",
    "CREATE INDEX IF NOT EXISTS session_note_drafts ON session_note (person_id, note_date) "
    "WHERE signed_at IS NULL AND deleted_at IS NULL",
    # The notes list, newest first (NotesService.note_ids): read in index order, no sort
    # (15 600 notes: ~90 ms -> ~10 ms).
    "CREATE INDEX IF NOT EXISTS session_note_newest ON session_note "
    "(note_date DESC, start_time DESC, id) WHERE deleted_at IS NULL",
    # Every unsigned note, oldest first (CaseloadService.unsigned_notes, the caseload's side
    # list): ~80 ms -> under 1 ms on 15 600 notes.
    "CREATE INDEX IF NOT EXISTS session_note_drafts_by_date ON session_note (note_date, id) "
    "WHERE signed_at IS NULL AND deleted_at IS NULL",
    # Full-text index of the notes (rowid = SessionNote.search_rowid), contentless.
    "CREATE VIRTUAL TABLE IF NOT EXISTS session_note_fts USING fts5("
    "service_type, what_was_done, response, next_steps, staff, addenda, "
    "content = '', contentless_delete = 1, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
]
