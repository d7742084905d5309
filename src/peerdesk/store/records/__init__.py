"""All records, gathered per area. Each area module lists its ``RECORDS`` (and ``EXTRA_SQL``)."""

from __future__ import annotations

import peewee

from peerdesk.store.records import (
    agency,
    contacts,
    exchange,
    journal,
    library,
    meta,
    people,
    roadmap,
)
from peerdesk.store.records.agency import (
    AuditEvent,
    NoteAddendum,
    PlannedContact,
    ServiceType,
    SessionNote,
)
from peerdesk.store.records.base import BaseRecord, PlainRecord, database_proxy, new_id, utc_now
from peerdesk.store.records.contacts import (
    ExchangeContact,
    ExchangeIdentity,
    ExchangeScope,
    ExchangeSequence,
)
from peerdesk.store.records.journal import (
    EntryEmotion,
    EntryLink,
    EntryTag,
    EntryTemplate,
    JournalEntry,
    Prompt,
    Tag,
    Tracker,
    TrackerValue,
)
from peerdesk.store.records.library import (
    CrisisPlanItem,
    LibraryCategory,
    Strategy,
    StrategyTag,
    StrategyUse,
)
from peerdesk.store.records.meta import Draft, Setting
from peerdesk.store.records.people import Person
from peerdesk.store.records.roadmap import Goal, GoalCheckin, GoalParticipant, Milestone, Victory

_AREAS = (meta, people, journal, roadmap, library, contacts, exchange, agency)

ALL_RECORDS: list[type[peewee.Model]] = [r for area in _AREAS for r in area.RECORDS]
ALL_EXTRA_SQL: list[str] = [sql for area in _AREAS for sql in getattr(area, "EXTRA_SQL", [])]

__all__ = [
    "ALL_EXTRA_SQL",
    "ALL_RECORDS",
    "AuditEvent",
    "BaseRecord",
    "CrisisPlanItem",
    "Draft",
    "EntryEmotion",
    "EntryLink",
    "EntryTag",
    "EntryTemplate",
    "ExchangeContact",
    "ExchangeIdentity",
    "ExchangeScope",
    "ExchangeSequence",
    "Goal",
    "GoalCheckin",
    "GoalParticipant",
    "JournalEntry",
    "LibraryCategory",
    "Milestone",
    "NoteAddendum",
    "Person",
    "PlainRecord",
    "PlannedContact",
    "Prompt",
    "ServiceType",
    "SessionNote",
    "Setting",
    "Strategy",
    "StrategyTag",
    "StrategyUse",
    "Tag",
    "Tracker",
    "TrackerValue",
    "Victory",
    "database_proxy",
    "new_id",
    "utc_now",
]
