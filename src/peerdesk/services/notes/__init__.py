"""Session notes, addenda, service types, planned contacts and the caseload (no Qt)."""

from peerdesk.services.notes.caseload import (
    CaseloadFilter,
    CaseloadRow,
    CaseloadService,
    CaseloadSort,
    OverdueMilestone,
    UnsignedNote,
)
from peerdesk.services.notes.formats.csv_notes import safe_cell
from peerdesk.services.notes.model import (
    AddendumRow,
    MissingFieldsError,
    NoteFilter,
    NoteHit,
    NoteNotFound,
    NoteRow,
    NotesError,
    SignedNoteError,
)
from peerdesk.services.notes.service import AGENCY_ENABLED, NotesService

__all__ = [
    "AGENCY_ENABLED",
    "AddendumRow",
    "CaseloadFilter",
    "CaseloadRow",
    "CaseloadService",
    "CaseloadSort",
    "MissingFieldsError",
    "NoteFilter",
    "NoteHit",
    "NoteNotFound",
    "NoteRow",
    "NotesError",
    "NotesService",
    "OverdueMilestone",
    "SignedNoteError",
    "UnsignedNote",
    "safe_cell",
]
