"""Journal: check-ins and entries, emotions, tags, trackers, prompts and templates."""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import BaseRecord, PlainRecord

ENTRY_KINDS = ("checkin", "entry")


class JournalEntry(BaseRecord):
    # No single-column indexes on kind or occurred_at: every query of living entries uses
    # the (deleted_at, occurred_at, id, search_rowid) index below, and fewer indexes make
    # a 100 000-entry import faster.
    kind = peewee.CharField(max_length=16, default="entry")
    occurred_at = peewee.DateTimeField()  # local wall-clock time of the moment
    title = peewee.TextField(default="")
    body = peewee.TextField(default="")  # Markdown
    mood = peewee.IntegerField(null=True)  # 0..10
    energy = peewee.IntegerField(null=True)  # 0..10
    sleep_hours = peewee.FloatField(null=True)
    starred = peewee.BooleanField(default=False)
    source = peewee.CharField(max_length=40, default="")  # "", "jrnl", "dayone", "daylio"
    source_key = peewee.CharField(max_length=200, null=True, unique=True)  # idempotent imports
    search_rowid = peewee.IntegerField(null=True, unique=True)  # row in journal_fts

    class Meta:
        # The timeline: living entries, newest first, id as the tie-break (keyset paging);
        # search_rowid makes it covering for date-filtered searches.
        indexes = ((("deleted_at", "occurred_at", "id", "search_rowid"), False),)


class EntryEmotion(PlainRecord):
    entry = peewee.ForeignKeyField(JournalEntry, backref="emotions", on_delete="CASCADE")
    name = peewee.CharField(max_length=60)

    class Meta:
        indexes = ((("entry", "name"), True),)


class Tag(BaseRecord):
    name = peewee.CharField(max_length=80, unique=True)


class EntryTag(PlainRecord):
    entry = peewee.ForeignKeyField(JournalEntry, backref="entry_tags", on_delete="CASCADE")
    tag = peewee.ForeignKeyField(Tag, backref="entry_tags", on_delete="CASCADE")

    class Meta:
        indexes = ((("entry", "tag"), True),)


class Tracker(BaseRecord):
    name = peewee.CharField(max_length=80)
    kind = peewee.CharField(max_length=10, default="scale")  # "scale" | "bool"
    scale_min = peewee.IntegerField(default=0)
    scale_max = peewee.IntegerField(default=10)
    position = peewee.IntegerField(default=0)
    archived = peewee.BooleanField(default=False)


class TrackerValue(PlainRecord):
    entry = peewee.ForeignKeyField(JournalEntry, backref="tracker_values", on_delete="CASCADE")
    tracker = peewee.ForeignKeyField(Tracker, backref="values", on_delete="CASCADE")
    value = peewee.FloatField()

    class Meta:
        indexes = ((("entry", "tracker"), True),)


class Prompt(BaseRecord):
    key = peewee.CharField(max_length=80, null=True, unique=True)  # built-in prompts
    category = peewee.CharField(max_length=80, default="")
    text = peewee.TextField()
    builtin = peewee.BooleanField(default=False)


class EntryTemplate(BaseRecord):
    key = peewee.CharField(max_length=80, null=True, unique=True)
    name = peewee.CharField(max_length=120)
    body = peewee.TextField(default="")
    builtin = peewee.BooleanField(default=False)


class EntryLink(PlainRecord):
    """An entry linked to a goal or a strategy (by id; the target may be tombstoned)."""

    entry = peewee.ForeignKeyField(JournalEntry, backref="links", on_delete="CASCADE")
    target_kind = peewee.CharField(max_length=20)  # "goal" | "strategy"
    target_id = peewee.CharField(max_length=36, index=True)

    class Meta:
        indexes = ((("entry", "target_kind", "target_id"), True),)


RECORDS: list[type[peewee.Model]] = [
    JournalEntry,
    EntryEmotion,
    Tag,
    EntryTag,
    Tracker,
    TrackerValue,
    Prompt,
    EntryTemplate,
    EntryLink,
]

# Full-text index: words or prefixes, case- and accent-insensitive (unicode61,
# remove_diacritics 2). The journal service keeps it in step with JournalEntry, under the
# entry's own stable ``search_rowid`` (never an implicit rowid, which VACUUM may renumber).
# Scripts written without spaces (Chinese, Japanese, Thai, ...) are indexed one character
# per token (see services/journal/text_index.py). FTS5 'secure-delete' removes a deleted or
# edited row's tokens from the index at once, so old text does not linger in it.
EXTRA_SQL: list[str] = [
    "CREATE VIRTUAL TABLE IF NOT EXISTS journal_fts USING fts5("
    "title, body, tags, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')",
    "INSERT INTO journal_fts(journal_fts, rank) VALUES ('secure-delete', 1)",
    # The index's own word list: search expands a typed prefix into the words it starts.
    "CREATE VIRTUAL TABLE IF NOT EXISTS journal_fts_vocab USING fts5vocab(journal_fts, 'row')",
    # "Days checked in": one row per day with a living check-in, kept by triggers so that
    # every writer (the service, bulk imports) keeps it right and counting it reads no entry.
    "CREATE TABLE IF NOT EXISTS journal_checkin_day "
    "(day TEXT PRIMARY KEY, checkins INTEGER NOT NULL) WITHOUT ROWID",
    "CREATE TRIGGER IF NOT EXISTS journal_checkin_day_insert AFTER INSERT ON journal_entry "
    "WHEN new.kind = 'checkin' AND new.deleted_at IS NULL BEGIN "
    "INSERT INTO journal_checkin_day (day, checkins) VALUES (substr(new.occurred_at, 1, 10), 1) "
    "ON CONFLICT (day) DO UPDATE SET checkins = checkins + 1; END",
    "CREATE TRIGGER IF NOT EXISTS journal_checkin_day_delete AFTER DELETE ON journal_entry "
    "WHEN old.kind = 'checkin' AND old.deleted_at IS NULL BEGIN "
    "UPDATE journal_checkin_day SET checkins = checkins - 1 "
    "WHERE day = substr(old.occurred_at, 1, 10); "
    "DELETE FROM journal_checkin_day WHERE checkins <= 0; END",
    "CREATE TRIGGER IF NOT EXISTS journal_checkin_day_update "
    "AFTER UPDATE OF kind, occurred_at, deleted_at ON journal_entry BEGIN "
    "UPDATE journal_checkin_day SET checkins = checkins - 1 "
    "WHERE old.kind = 'checkin' AND old.deleted_at IS NULL "
    "AND day = substr(old.occurred_at, 1, 10); "
    "DELETE FROM journal_checkin_day WHERE checkins <= 0; "
    "INSERT INTO journal_checkin_day (day, checkins) SELECT substr(new.occurred_at, 1, 10), 1 "
    "WHERE new.kind = 'checkin' AND new.deleted_at IS NULL "
    "ON CONFLICT (day) DO UPDATE SET checkins = checkins + 1; END",
]
