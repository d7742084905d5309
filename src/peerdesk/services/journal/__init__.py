"""The journal: check-ins, entries, search, trends, imports and exports (no Qt)."""

from peerdesk.services.journal.model import (
    Entry,
    EntryFields,
    EntrySnapshot,
    JournalValueError,
    TimelineRow,
    TrackerInfo,
)
from peerdesk.services.journal.search import SearchFilters, SearchHit
from peerdesk.services.journal.service import JournalService

__all__ = [
    "Entry",
    "EntryFields",
    "EntrySnapshot",
    "JournalService",
    "JournalValueError",
    "SearchFilters",
    "SearchHit",
    "TimelineRow",
    "TrackerInfo",
]
