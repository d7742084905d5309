"""The journal service: check-ins and entries, tags, trackers, prompts, timeline and search.

Every mutating call runs in one transaction, keeps the full-text index in step, and
publishes a :class:`~peerdesk.services.events.Change` with entity ``journal_entry`` (or
``journal_tracker``, ``journal_prompt``, ``journal_template``).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from datetime import date, datetime, timedelta
from typing import Any

import peewee

from peerdesk.i18n import translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.journal import content, text_index
from peerdesk.services.journal import search as search_module
from peerdesk.services.journal.highlight import markdown_plain
from peerdesk.services.journal.model import (
    Entry,
    EntryFields,
    EntrySnapshot,
    JournalValueError,
    PromptInfo,
    TemplateInfo,
    TimelineRow,
    TrackerInfo,
    validate,
)
from peerdesk.services.journal.search import SearchFilters, SearchHit
from peerdesk.services.journal.trends import Trends
from peerdesk.services.steps import Progress, Steps, run_to_end
from peerdesk.store.records import (
    EntryEmotion,
    EntryTag,
    EntryTemplate,
    JournalEntry,
    Prompt,
    Tag,
    Tracker,
    TrackerValue,
    database_proxy,
    utc_now,
)
from peerdesk.vault.errors import StorageFullError

ENTRY = "journal_entry"
TRACKER = "journal_tracker"
PROMPT = "journal_prompt"
TEMPLATE = "journal_template"
PREVIEW_CHARS = 140


def _preview(body: str) -> str:
    text = " ".join(markdown_plain(body).split())
    return text if len(text) <= PREVIEW_CHARS else text[: PREVIEW_CHARS - 1].rstrip() + "…"


def _as_datetime(value: Any) -> datetime:
    return value if isinstance(value, datetime) else datetime.fromisoformat(str(value))


# Ids of built-in prompts and templates offered from the shipped files (not yet stored).
BUILTIN_ID_PREFIX = "builtin:"


class JournalService:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        self.trends = Trends()

    # -- writing ---------------------------------------------------------------------------

    def create(self, fields: EntryFields) -> str:
        """A new entry or check-in; returns its id."""
        clean = validate(fields)
        with database_proxy.atomic():
            self._check_trackers(clean.trackers)
            rowid = text_index.next_rowid()
            record = JournalEntry.create(
                kind=clean.kind,
                occurred_at=clean.occurred_at,
                title=clean.title,
                body=clean.body,
                mood=clean.mood,
                energy=clean.energy,
                sleep_hours=clean.sleep_hours,
                starred=clean.starred,
                search_rowid=rowid,
            )
            self._write_children(record.id, clean)
            text_index.put(rowid, clean.title, clean.body, clean.tags)
        self.bus.publish(Change(ENTRY, "inserted", (record.id,)))
        return str(record.id)

    def check_in(
        self,
        mood: int | None,
        *,
        emotions: Iterable[str] = (),
        energy: int | None = None,
        sleep_hours: float | None = None,
        note: str = "",
        trackers: dict[str, float] | None = None,
        occurred_at: datetime | None = None,
    ) -> str:
        """ "How are you feeling today?": a check-in (several a day are normal)."""
        return self.create(
            EntryFields(
                kind="checkin",
                occurred_at=occurred_at,
                body=note,
                mood=mood,
                energy=energy,
                sleep_hours=sleep_hours,
                emotions=tuple(emotions),
                trackers=trackers or {},
            )
        )

    def update(self, entry_id: str, fields: EntryFields) -> None:
        clean = validate(fields)
        assert clean.occurred_at is not None
        with database_proxy.atomic():
            record = self._alive(entry_id)
            self._check_trackers(clean.trackers)
            record.kind = clean.kind
            record.occurred_at = clean.occurred_at
            record.title = clean.title
            record.body = clean.body
            record.mood = clean.mood
            record.energy = clean.energy
            record.sleep_hours = clean.sleep_hours
            record.starred = clean.starred
            if record.search_rowid is None:
                record.search_rowid = text_index.next_rowid()
            record.save()
            self._clear_children(entry_id)
            self._write_children(entry_id, clean)
            self._drop_unused_tags()
            text_index.put(record.search_rowid, clean.title, clean.body, clean.tags)
        self.bus.publish(Change(ENTRY, "updated", (entry_id,)))

    def set_starred(self, entry_id: str, starred: bool) -> None:
        with database_proxy.atomic():
            record = self._alive(entry_id)
            record.starred = bool(starred)
            record.save()
        self.bus.publish(Change(ENTRY, "updated", (entry_id,)))

    def delete(self, entry_ids: Sequence[str]) -> list[EntrySnapshot]:
        """Delete entries; returns snapshots for undo (:meth:`restore`).

        The row stays as a tombstone (for merging vaults later) but its text, tags,
        emotions and tracker values are wiped and its index row removed, so the words are
        neither findable nor left in the database pages (``secure_delete`` is on).
        """
        snapshots: list[EntrySnapshot] = []
        with database_proxy.atomic():
            for entry_id in entry_ids:
                record = JournalEntry.get_or_none(
                    (JournalEntry.id == entry_id) & JournalEntry.deleted_at.is_null()
                )
                if record is None:
                    continue
                snapshots.append(
                    EntrySnapshot(self._entry(record), record.source_key, record.search_rowid)
                )
                if record.search_rowid is not None:
                    text_index.remove(record.search_rowid)
                self._clear_children(entry_id)
                record.title = ""
                record.body = ""
                record.mood = record.energy = record.sleep_hours = None
                record.starred = False
                record.search_rowid = None
                record.deleted_at = utc_now()
                record.save()
            self._drop_unused_tags()
        if snapshots:
            self.bus.publish(Change(ENTRY, "deleted", tuple(s.entry.id for s in snapshots)))
        return snapshots

    def restore(self, snapshots: Sequence[EntrySnapshot]) -> None:
        """Undo a delete: the entries come back with the same ids, text and index rows."""
        restored: list[str] = []
        with database_proxy.atomic():
            for snap in snapshots:
                record = JournalEntry.get_or_none(JournalEntry.id == snap.entry.id)
                if record is None:
                    continue
                entry = snap.entry
                rowid = snap.search_rowid
                taken = (
                    rowid is not None
                    and JournalEntry.select()
                    .where((JournalEntry.search_rowid == rowid) & (JournalEntry.id != entry.id))
                    .exists()
                )
                if rowid is None or taken:
                    rowid = text_index.next_rowid()
                record.deleted_at = None
                record.search_rowid = rowid
                record.save()
                self._clear_children(entry.id)
                clean = validate(entry)
                # Trackers deleted meanwhile are dropped rather than failing the undo.
                alive = {t.id for t in Tracker.select(Tracker.id)}
                clean = dataclasses.replace(
                    clean, trackers={k: v for k, v in clean.trackers.items() if k in alive}
                )
                JournalEntry.update(
                    title=clean.title,
                    body=clean.body,
                    mood=clean.mood,
                    energy=clean.energy,
                    sleep_hours=clean.sleep_hours,
                    starred=clean.starred,
                ).where(JournalEntry.id == entry.id).execute()
                self._write_children(entry.id, clean)
                text_index.put(rowid, clean.title, clean.body, clean.tags)
                restored.append(entry.id)
        if restored:
            self.bus.publish(Change(ENTRY, "inserted", tuple(restored)))

    # -- reading ---------------------------------------------------------------------------

    def get(self, entry_id: str) -> Entry:
        return self._entry(self._alive(entry_id))

    def exists(self, entry_id: str) -> bool:
        return bool(JournalEntry.alive().where(JournalEntry.id == entry_id).exists())

    def count(self, kind: str | None = None) -> int:
        query = JournalEntry.alive()
        if kind:
            query = query.where(JournalEntry.kind == kind)
        return int(query.count())

    def timeline_page(
        self,
        after: tuple[datetime, str] | None = None,
        limit: int = 200,
        filters: SearchFilters | None = None,
    ) -> list[TimelineRow]:
        """Newest first, keyset-paged: pass the last row's (occurred_at, id) for the next page."""
        filters = filters or SearchFilters()
        where, params = search_module._filter_sql(filters)
        if after is not None:
            where += " AND (e.occurred_at < ? OR (e.occurred_at = ? AND e.id < ?))"
            stamp = after[0].isoformat(sep=" ")
            params += [stamp, stamp, after[1]]
        rows = database_proxy.execute_sql(
            "SELECT e.id, e.kind, e.occurred_at, e.title, substr(e.body, 1, 400), e.mood, "
            f"e.starred FROM journal_entry e WHERE {where} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ?",
            (*params, int(limit)),
        ).fetchall()
        return [
            TimelineRow(r[0], r[1], _as_datetime(r[2]), r[3], _preview(r[4]), r[5], bool(r[6]))
            for r in rows
        ]

    def rows(self, entry_ids: Sequence[str]) -> list[TimelineRow]:
        if not entry_ids:
            return []
        marks = ", ".join("?" for _ in entry_ids)
        found = {
            r[0]: TimelineRow(
                r[0], r[1], _as_datetime(r[2]), r[3], _preview(r[4]), r[5], bool(r[6])
            )
            for r in database_proxy.execute_sql(
                "SELECT id, kind, occurred_at, title, substr(body, 1, 400), mood, starred "
                f"FROM journal_entry WHERE deleted_at IS NULL AND id IN ({marks})",
                tuple(entry_ids),
            ).fetchall()
        }
        return [found[i] for i in entry_ids if i in found]

    def entries_on(self, day: date) -> list[TimelineRow]:
        filters = SearchFilters(since=day, until=day)
        return self.timeline_page(limit=1000, filters=filters)

    def search(
        self,
        query: str,
        filters: SearchFilters | None = None,
        *,
        limit: int = 50,
        offset: int = 0,
    ) -> list[SearchHit]:
        return search_module.search(query, filters, limit=limit, offset=offset)

    def search_count(self, query: str, filters: SearchFilters | None = None) -> int:
        return search_module.count(query, filters)

    def entries_between(self, since: date | None, until: date | None) -> list[Entry]:
        """Full entries oldest first (exports)."""
        return run_to_end(self.entries_between_steps(since, until))

    def span_summary(self, since: date | None, until: date | None) -> tuple[int, date | None]:
        """How many living entries lie between the days (inclusive), and the first one's
        day: what an export will hold, without reading the entries (two index reads)."""
        query = _between(JournalEntry.alive(), since, until)
        first = query.order_by(JournalEntry.occurred_at).first()
        if first is None:
            return 0, None
        return int(query.count()), _as_datetime(first.occurred_at).date()

    def entries_between_steps(
        self, since: date | None, until: date | None, *, chunk: int = 100
    ) -> Steps[list[Entry]]:
        """:meth:`entries_between` as steps of ``chunk`` entries (100 000 entries take
        seconds to read: a window shows progress and keeps repainting meanwhile). Each
        step reads the next entries in the index's order, after the last (time, id) read:
        never all 100 000 ids, nor a count of them, in one step (0.1-0.6 s each)."""
        rest = _between(JournalEntry.alive(), None, until)
        first = _between(rest, since, None)
        total = yield from _count_steps(first, rest)
        yield Progress(0, total, "entries")
        entries: list[Entry] = []
        page = _in_order(first)
        while records := list(page.limit(chunk)):
            page = _in_order(rest, after=records[-1])
            entries.extend(self._entries(records))
            yield Progress(len(entries), max(total, len(entries)), "entries")
        return entries

    # -- tags ------------------------------------------------------------------------------

    def tag_names(self) -> list[str]:
        """Every tag in use, A to Z (a tag goes when its last entry does)."""
        rows = database_proxy.execute_sql("SELECT name FROM tag").fetchall()
        return sorted((str(r[0]) for r in rows), key=str.casefold)

    # -- trackers --------------------------------------------------------------------------

    def trackers(self, *, include_archived: bool = False) -> list[TrackerInfo]:
        query = Tracker.alive()
        if not include_archived:
            query = query.where(Tracker.archived == False)  # noqa: E712
        return [
            TrackerInfo(t.id, t.name, t.kind, t.scale_min, t.scale_max, t.archived)
            for t in query.order_by(Tracker.position, Tracker.name)
        ]

    def add_tracker(
        self, name: str, kind: str = "scale", scale_min: int = 0, scale_max: int = 10
    ) -> str:
        name = " ".join(name.split())
        if not name or len(name) > 80:
            raise JournalValueError(
                translate("JournalErrors", "A tracker needs a name of 1 to 80 characters.")
            )
        if kind not in ("scale", "bool"):
            raise JournalValueError(translate("JournalErrors", "A tracker is a scale or yes/no."))
        if kind == "bool":
            scale_min, scale_max = 0, 1
        if not scale_min < scale_max or scale_max - scale_min > 1000:
            raise JournalValueError(
                translate(
                    "JournalErrors", "A scale tracker needs a smaller lowest than highest value."
                )
            )
        with database_proxy.atomic():
            clash = Tracker.alive().where(Tracker.name == name).exists()
            if clash:
                raise JournalValueError(
                    translate("JournalErrors", "There is already a tracker called {name}.").format(
                        name=repr(name)
                    )
                )
            position = Tracker.select().count()
            tracker = Tracker.create(
                name=name, kind=kind, scale_min=scale_min, scale_max=scale_max, position=position
            )
        self.bus.publish(Change(TRACKER, "inserted", (tracker.id,)))
        return str(tracker.id)

    def archive_tracker(self, tracker_id: str, archived: bool = True) -> None:
        with database_proxy.atomic():
            Tracker.update(archived=archived, updated_at=utc_now()).where(
                Tracker.id == tracker_id
            ).execute()
        self.bus.publish(Change(TRACKER, "updated", (tracker_id,)))

    # -- prompts and templates -------------------------------------------------------------

    def prompts(self) -> list[PromptInfo]:
        """Built-in prompts are shown in the content language (matched by key; they cannot
        be edited), the user's own as written."""
        stored = self._ensure_builtin_content()
        shipped = {p.key: p for p in content.builtin_prompts()}
        rows = []
        for p in Prompt.alive().order_by(Prompt.builtin.desc(), Prompt.created_at):
            builtin = shipped.get(p.key) if p.builtin else None
            category = builtin.category if builtin else p.category
            text = builtin.text if builtin else p.text
            rows.append(PromptInfo(p.id, category, text, p.builtin))
        rows.sort(key=lambda r: (not r.builtin, r.category))  # stable: oldest first within
        if stored:
            return rows
        # A full disk kept the built-ins from being written: offer them from the files.
        return [
            PromptInfo(f"{BUILTIN_ID_PREFIX}{p.key}", p.category, p.text, True)
            for p in shipped.values()
        ] + rows

    def add_prompt(self, text: str, category: str = "Mine") -> str:
        text = text.strip()
        if not text or len(text) > 1000:
            raise JournalValueError(
                translate("JournalErrors", "A prompt needs 1 to 1000 characters.")
            )
        with database_proxy.atomic():
            prompt = Prompt.create(text=text, category=category.strip()[:80] or "Mine")
        self.bus.publish(Change(PROMPT, "inserted", (prompt.id,)))
        return str(prompt.id)

    def delete_prompt(self, prompt_id: str) -> None:
        with database_proxy.atomic():
            Prompt.update(deleted_at=utc_now()).where(Prompt.id == prompt_id).execute()
        self.bus.publish(Change(PROMPT, "deleted", (prompt_id,)))

    def templates(self) -> list[TemplateInfo]:
        stored = self._ensure_builtin_content()
        shipped = {t.key: t for t in content.builtin_templates()}
        rows = []
        for t in EntryTemplate.alive():
            builtin = shipped.get(t.key) if t.builtin else None
            name, body = (builtin.name, builtin.body) if builtin else (t.name, t.body)
            rows.append(TemplateInfo(t.id, name, body, t.builtin))
        rows.sort(key=lambda r: (not r.builtin, r.name))
        if stored:
            return rows
        return [
            TemplateInfo(f"{BUILTIN_ID_PREFIX}{t.key}", t.name, t.body, True)
            for t in shipped.values()
        ] + rows

    def add_template(self, name: str, body: str) -> str:
        name = " ".join(name.split())
        if not name or len(name) > 120:
            raise JournalValueError(
                translate("JournalErrors", "A template needs a name of 1 to 120 characters.")
            )
        if len(body) > 20_000:
            raise JournalValueError(
                translate("JournalErrors", "A template is limited to 20 000 characters.")
            )
        with database_proxy.atomic():
            template = EntryTemplate.create(name=name, body=body)
        self.bus.publish(Change(TEMPLATE, "inserted", (template.id,)))
        return str(template.id)

    def delete_template(self, template_id: str) -> None:
        with database_proxy.atomic():
            EntryTemplate.update(deleted_at=utc_now()).where(
                EntryTemplate.id == template_id
            ).execute()
        self.bus.publish(Change(TEMPLATE, "deleted", (template_id,)))

    def emotion_groups(self) -> list[content.EmotionGroup]:
        return content.emotion_groups()

    def mood_words(self) -> dict[int, str]:
        return content.mood_words()

    # -- internals -------------------------------------------------------------------------

    def _ensure_builtin_content(self) -> bool:
        """Write the built-in prompts and templates once; False when a full disk kept
        them from being written (reading must never need a write: docs/SECURITY.md)."""
        if Prompt.select().where(Prompt.builtin == True).exists():  # noqa: E712
            return True
        try:
            with database_proxy.atomic():
                for prompt in content.builtin_prompts():
                    Prompt.insert(
                        key=prompt.key, category=prompt.category, text=prompt.text, builtin=True
                    ).on_conflict_ignore().execute()
                for template in content.builtin_templates():
                    EntryTemplate.insert(
                        key=template.key, name=template.name, body=template.body, builtin=True
                    ).on_conflict_ignore().execute()
        except StorageFullError:
            return False
        return True

    def _alive(self, entry_id: str) -> JournalEntry:
        record = JournalEntry.get_or_none(
            (JournalEntry.id == entry_id) & JournalEntry.deleted_at.is_null()
        )
        if record is None:
            raise KeyError(f"no journal entry {entry_id}")
        return record

    def _check_trackers(self, values: dict[str, float] | Any) -> None:
        if not values:
            return
        known = {t.id: t for t in Tracker.alive().where(Tracker.id.in_(list(values)))}
        for tracker_id, value in values.items():
            tracker = known.get(tracker_id)
            if tracker is None:
                raise JournalValueError(
                    translate("JournalErrors", "A tracker of this check-in no longer exists.")
                )
            if not tracker.scale_min <= float(value) <= tracker.scale_max:
                raise JournalValueError(
                    translate("JournalErrors", "{name} must be from {low} to {high}.").format(
                        name=tracker.name, low=tracker.scale_min, high=tracker.scale_max
                    )
                )

    def _tag_ids(self, names: Iterable[str]) -> list[str]:
        wanted = list(names)
        if not wanted:
            return []
        existing = {t.name.casefold(): t.id for t in Tag.select(Tag.id, Tag.name)}
        ids: list[str] = []
        for name in wanted:
            tag_id = existing.get(name.casefold())
            if tag_id is None:
                tag_id = Tag.create(name=name).id
                existing[name.casefold()] = tag_id
            ids.append(tag_id)
        return ids

    def _write_children(self, entry_id: str, clean: EntryFields) -> None:
        tag_ids = self._tag_ids(clean.tags)
        if tag_ids:
            EntryTag.insert_many([{"entry": entry_id, "tag": t} for t in tag_ids]).execute()
        if clean.emotions:
            EntryEmotion.insert_many(
                [{"entry": entry_id, "name": e} for e in clean.emotions]
            ).execute()
        if clean.trackers:
            TrackerValue.insert_many(
                [
                    {"entry": entry_id, "tracker": t, "value": float(v)}
                    for t, v in clean.trackers.items()
                ]
            ).execute()

    def _drop_unused_tags(self) -> None:
        """Tag names are the user's words too: none may outlive its last entry."""
        database_proxy.execute_sql(
            "DELETE FROM tag WHERE NOT EXISTS "
            "(SELECT 1 FROM entry_tag WHERE entry_tag.tag_id = tag.id)"
        )

    def _clear_children(self, entry_id: str) -> None:
        EntryTag.delete().where(EntryTag.entry == entry_id).execute()
        EntryEmotion.delete().where(EntryEmotion.entry == entry_id).execute()
        TrackerValue.delete().where(TrackerValue.entry == entry_id).execute()

    def _entry(self, record: JournalEntry) -> Entry:
        return self._entries([record])[0]

    def _entries(self, records: Sequence[JournalEntry]) -> list[Entry]:
        ids = [r.id for r in records]
        tags: dict[str, list[str]] = {}
        emotions: dict[str, list[str]] = {}
        trackers: dict[str, dict[str, float]] = {}
        for chunk_start in range(0, len(ids), 500):
            chunk = ids[chunk_start : chunk_start + 500]
            tag_rows: Any = (
                EntryTag.select(EntryTag.entry, Tag.name)
                .join(Tag)
                .where(EntryTag.entry.in_(chunk))
                .tuples()
            )
            for entry_id, name in tag_rows:
                tags.setdefault(entry_id, []).append(name)
            emotion_rows: Any = (
                EntryEmotion.select(EntryEmotion.entry, EntryEmotion.name)
                .where(EntryEmotion.entry.in_(chunk))
                .tuples()
            )
            for entry_id, name in emotion_rows:
                emotions.setdefault(entry_id, []).append(name)
            value_rows: Any = (
                TrackerValue.select(TrackerValue.entry, TrackerValue.tracker, TrackerValue.value)
                .where(TrackerValue.entry.in_(chunk))
                .tuples()
            )
            for entry_id, tracker_id, value in value_rows:
                trackers.setdefault(entry_id, {})[tracker_id] = value
        return [
            Entry(
                kind=r.kind,
                occurred_at=_as_datetime(r.occurred_at),
                title=r.title,
                body=r.body,
                mood=r.mood,
                energy=r.energy,
                sleep_hours=r.sleep_hours,
                starred=bool(r.starred),
                tags=tuple(sorted(tags.get(r.id, []), key=str.casefold)),
                emotions=tuple(sorted(emotions.get(r.id, []))),
                trackers=trackers.get(r.id, {}),
                id=r.id,
                source=r.source,
                created_at=r.created_at,
                updated_at=r.updated_at,
            )
            for r in records
        ]


def _between(query: Any, since: date | None, until: date | None) -> Any:
    """Entries from the start of ``since`` to the end of ``until`` (either may be open)."""
    if since is not None:
        start = datetime.combine(since, datetime.min.time())
        query = query.where(JournalEntry.occurred_at >= start)
    if until is not None:
        end = datetime.combine(until + timedelta(days=1), datetime.min.time())
        query = query.where(JournalEntry.occurred_at < end)
    return query


def _in_order(query: Any, after: JournalEntry | None = None) -> Any:
    """``query`` by time then id, from just after ``after``. The pages after the first
    drop the lower time bound for this one, so SQLite seeks the index to it (with both,
    it scans from the lower bound on every page)."""
    if after is not None:
        query = query.where(
            peewee.Tuple(JournalEntry.occurred_at, JournalEntry.id)
            > peewee.Tuple(after.occurred_at, after.id)
        )
    return query.order_by(JournalEntry.occurred_at, JournalEntry.id)


def _count_steps(first: Any, rest: Any, step: int = 10_000) -> Steps[int]:
    """How many entries the pages of ``first`` then ``rest`` hold, ``step`` index
    entries a step: counting 100 000 in one call decrypts the whole index (~0.1 s)."""
    columns = (JournalEntry.occurred_at, JournalEntry.id)
    counted = 0
    page = _in_order(first.select(*columns))
    while (row := page.offset(step - 1).limit(1).first()) is not None:
        counted += step
        page = _in_order(rest.select(*columns), after=row)
        yield Progress(0, 0, "entries")
    return counted + int(page.count())
