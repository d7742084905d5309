"""Session notes as the GUI and CLI see them: plain frozen dataclasses, no records."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any, Literal

from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.store.records.agency import SignedNoteError

NoteStatus = Literal["draft", "signed"]

# The fields a caller may set on a draft (the same names require_note_fields uses, except
# goals_addressed, which is ``goal_ids`` here).
EDITABLE_FIELDS = (
    "note_date",
    "start_time",
    "end_time",
    "setting",
    "mode",
    "service_type",
    "goal_ids",
    "what_was_done",
    "response",
    "next_steps",
    "next_steps_by",
    "staff_name",
    "staff_credential",
)
# Source texts (context "Notes"): translate("Notes", …) where they are shown.
SETTING_LABELS = {
    "in_person": QT_TRANSLATE_NOOP("Notes", "In person"),
    "phone": QT_TRANSLATE_NOOP("Notes", "Phone"),
    "video": QT_TRANSLATE_NOOP("Notes", "Video"),
}
MODE_LABELS = {
    "individual": QT_TRANSLATE_NOOP("Notes", "Individual"),
    "group": QT_TRANSLATE_NOOP("Notes", "Group"),
}
# Seeded once per vault in the content language (translate("ServiceType", …)); the agency
# edits the list afterwards.
DEFAULT_SERVICE_TYPES = (
    QT_TRANSLATE_NOOP("ServiceType", "Peer support (individual)"),
    QT_TRANSLATE_NOOP("ServiceType", "Peer support (group)"),
    QT_TRANSLATE_NOOP("ServiceType", "Recovery planning"),
    QT_TRANSLATE_NOOP("ServiceType", "Resource navigation"),
    QT_TRANSLATE_NOOP("ServiceType", "Crisis support"),
    QT_TRANSLATE_NOOP("ServiceType", "Outreach"),
    QT_TRANSLATE_NOOP("ServiceType", "Follow-up"),
)


class NotesError(ValueError):
    """A note cannot be saved as asked (the message says why, in plain words)."""


class MissingFieldsError(NotesError):
    """Signing refused: required fields are empty (``fields`` names them)."""

    def __init__(self, message: str, fields: tuple[str, ...]) -> None:
        super().__init__(message)
        self.fields = fields


class NoteNotFound(LookupError):
    pass


__all__ = [
    "AddendumRow",
    "MissingFieldsError",
    "NoteFilter",
    "NoteHit",
    "NoteNotFound",
    "NoteRow",
    "NotesError",
    "SignedNoteError",
]


@dataclass(frozen=True)
class AddendumRow:
    id: str
    note_id: str
    written_at: datetime  # UTC
    text: str
    staff_name: str
    staff_credential: str
    signed_at: datetime  # UTC

    @classmethod
    def of(cls, record: Any) -> AddendumRow:
        return cls(
            id=record.id,
            note_id=str(record.note_id),
            written_at=record.written_at,
            text=record.text,
            staff_name=record.staff_name,
            staff_credential=record.staff_credential,
            signed_at=record.signed_at,
        )


def _minutes(hhmm: str) -> int | None:
    if len(hhmm) != 5 or hhmm[2] != ":":
        return None
    try:
        return int(hhmm[:2]) * 60 + int(hhmm[3:])
    except ValueError:
        return None


@dataclass(frozen=True)
class NoteRow:
    id: str
    person_id: str
    note_date: date
    start_time: str
    end_time: str
    setting: str
    mode: str
    service_type: str
    goal_ids: tuple[str, ...]
    what_was_done: str
    response: str
    next_steps: str
    next_steps_by: str
    staff_name: str
    staff_credential: str
    signed_at: datetime | None  # UTC
    created_at: datetime
    updated_at: datetime
    addenda: tuple[AddendumRow, ...] = ()

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None

    @property
    def status(self) -> NoteStatus:
        return "signed" if self.signed_at is not None else "draft"

    @property
    def duration_minutes(self) -> int | None:
        start, end = _minutes(self.start_time), _minutes(self.end_time)
        if start is None or end is None or end < start:
            return None
        return end - start

    def filled(self) -> dict[str, bool]:
        """Field name (as in require_note_fields) → has a value."""
        return {
            "start_time": bool(self.start_time),
            "end_time": bool(self.end_time),
            "setting": bool(self.setting),
            "mode": bool(self.mode),
            "service_type": bool(self.service_type.strip()),
            "goals_addressed": bool(self.goal_ids),
            "what_was_done": bool(self.what_was_done.strip()),
            "response": bool(self.response.strip()),
            "next_steps": bool(self.next_steps.strip()),
            "next_steps_by": bool(self.next_steps_by.strip()),
            "staff_name": bool(self.staff_name.strip()),
            "staff_credential": bool(self.staff_credential.strip()),
        }

    @classmethod
    def of(cls, record: Any, addenda: tuple[AddendumRow, ...] = ()) -> NoteRow:
        try:
            goals = json.loads(record.goal_ids or "[]")
        except ValueError:
            goals = []
        return cls(
            id=record.id,
            person_id=str(record.person_id),
            note_date=record.note_date,
            start_time=record.start_time,
            end_time=record.end_time,
            setting=record.setting,
            mode=record.mode,
            service_type=record.service_type,
            goal_ids=tuple(str(g) for g in goals) if isinstance(goals, list) else (),
            what_was_done=record.what_was_done,
            response=record.response,
            next_steps=record.next_steps,
            next_steps_by=record.next_steps_by,
            staff_name=record.staff_name,
            staff_credential=record.staff_credential,
            signed_at=record.signed_at,
            created_at=record.created_at,
            updated_at=record.updated_at,
            addenda=addenda,
        )


@dataclass(frozen=True)
class NoteFilter:
    person_id: str | None = None
    since: date | None = None
    until: date | None = None
    status: NoteStatus | None = None


@dataclass(frozen=True)
class NoteHit:
    id: str
    person_id: str
    note_date: date
    status: NoteStatus
    snippet: str  # plain text around the first match
