"""Coping-strategy library: strategy cards, their use log, and the crisis plan."""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import BaseRecord, PlainRecord
from peerdesk.store.records.journal import JournalEntry

CRISIS_SECTIONS = (
    "warning_signs",
    "self_help",
    "distractions",
    "ask_for_help",
    "professionals",
    "safer_surroundings",
    "reasons",
)


class LibraryCategory(BaseRecord):
    name = peewee.CharField(max_length=80, unique=True)
    position = peewee.IntegerField(default=0)


class Strategy(BaseRecord):
    title = peewee.CharField(max_length=200)
    category = peewee.CharField(max_length=80, default="", index=True)
    summary = peewee.TextField(default="")
    steps = peewee.TextField(default="")  # Markdown
    when_to_use = peewee.TextField(default="")
    warning_signs = peewee.TextField(default="[]")  # JSON list of short phrases
    duration_minutes = peewee.IntegerField(null=True)
    source = peewee.TextField(default="")  # attribution: "from a peer", "adapted from ..."
    provenance = peewee.TextField(default="")  # "imported from FILE on DATE"
    favourite = peewee.BooleanField(default=False)
    starter_key = peewee.CharField(max_length=80, null=True, unique=True)
    search_rowid = peewee.IntegerField(null=True, unique=True)  # row in strategy_fts
    # How it worked, worked out from the live StrategyUse rows by the library service
    # (kept here so sorting 5 000 cards by them needs no aggregate query).
    use_count = peewee.IntegerField(default=0)
    rated_count = peewee.IntegerField(default=0)
    average_change = peewee.FloatField(null=True)  # mean of (before - after)
    last_used_at = peewee.DateTimeField(null=True)


class StrategyTag(PlainRecord):
    # No index of its own: the unique (strategy, name) index below serves lookups by card.
    strategy = peewee.ForeignKeyField(Strategy, backref="tags", on_delete="CASCADE", index=False)
    name = peewee.CharField(max_length=80, index=True)

    class Meta:
        indexes = ((("strategy", "name"), True),)


class StrategyUse(BaseRecord):
    strategy = peewee.ForeignKeyField(Strategy, backref="uses", on_delete="CASCADE")
    used_at = peewee.DateTimeField(index=True)
    distress_before = peewee.IntegerField(null=True)  # 0..10
    distress_after = peewee.IntegerField(null=True)  # 0..10
    note = peewee.TextField(default="")
    checkin = peewee.ForeignKeyField(JournalEntry, null=True, on_delete="SET NULL")


class CrisisPlanItem(BaseRecord):
    section = peewee.CharField(max_length=40, index=True)  # one of CRISIS_SECTIONS
    position = peewee.IntegerField(default=0)
    text = peewee.TextField(default="")
    contact = peewee.TextField(default="")
    strategy = peewee.ForeignKeyField(Strategy, null=True, on_delete="SET NULL")
    person_id = peewee.CharField(max_length=36, null=True)


RECORDS: list[type[peewee.Model]] = [
    LibraryCategory,
    Strategy,
    StrategyTag,
    StrategyUse,
    CrisisPlanItem,
]
# Full-text index of the cards (rowid = Strategy.search_rowid), kept in step by the library
# service. Contentless: it holds the index only, not a second copy of the text, and rows
# can still be deleted (contentless_delete, SQLite 3.43+).
EXTRA_SQL: list[str] = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS strategy_fts USING fts5("
    "title, summary, steps, when_to_use, tags, content = '', contentless_delete = 1, "
    "tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
]
