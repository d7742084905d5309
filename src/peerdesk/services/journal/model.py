"""Plain values the journal service takes and returns (no peewee, no Qt)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from peerdesk.i18n import translate

MOOD_MIN, MOOD_MAX = 0, 10
MAX_TITLE_CHARS = 500
MAX_BODY_CHARS = 1_000_000
MAX_TAG_CHARS = 80
MAX_EMOTION_CHARS = 60
MAX_TAGS = 100
MAX_SLEEP_HOURS = 24.0

# "#tag" in the text: a letter or digit run after '#', not a Markdown heading ("# Title")
# and not a number ("#1").
_HASHTAG = re.compile(r"(?<![\w&#/])#(?!\d+\b)(\w[\w-]*)")


class JournalValueError(ValueError):
    """A value out of range or too long; the message names the field."""


@dataclass(frozen=True)
class EntryFields:
    """What the user writes: everything of an entry or a check-in except its identity."""

    kind: str = "entry"  # "entry" | "checkin"
    occurred_at: datetime | None = None  # local wall-clock time; None = now
    title: str = ""
    body: str = ""  # Markdown
    mood: int | None = None
    energy: int | None = None
    sleep_hours: float | None = None
    starred: bool = False
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    trackers: Mapping[str, float] = field(default_factory=dict)  # tracker id -> value


@dataclass(frozen=True)
class Entry(EntryFields):
    """An entry as stored (``tags`` includes the #tags found in the body)."""

    id: str = ""
    source: str = ""
    created_at: datetime | None = None
    updated_at: datetime | None = None


@dataclass(frozen=True)
class EntrySnapshot:
    """Everything needed to bring a deleted entry back exactly (kept in memory for undo)."""

    entry: Entry
    source_key: str | None
    search_rowid: int | None


@dataclass(frozen=True)
class TimelineRow:
    """One row of the timeline: small, so a page of them is cheap to hold."""

    id: str
    kind: str
    occurred_at: datetime
    title: str
    preview: str
    mood: int | None
    starred: bool


@dataclass(frozen=True)
class TrackerInfo:
    id: str
    name: str
    kind: str  # "scale" | "bool"
    scale_min: int
    scale_max: int
    archived: bool = False


@dataclass(frozen=True)
class PromptInfo:
    id: str
    category: str
    text: str
    builtin: bool


@dataclass(frozen=True)
class TemplateInfo:
    id: str
    name: str
    body: str
    builtin: bool


def clean_tag(name: str) -> str:
    return " ".join(name.strip().lstrip("#").split())


def hashtags(text: str) -> list[str]:
    return _HASHTAG.findall(text)


def unique_casefold(names: Iterable[str]) -> list[str]:
    seen: set[str] = set()
    result: list[str] = []
    for name in names:
        key = name.casefold()
        if name and key not in seen:
            seen.add(key)
            result.append(name)
    return result


def _check_scale(name: str, value: int | None) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise JournalValueError(
            translate("JournalErrors", "{field} must be a whole number from 0 to 10.").format(
                field=name
            )
        )
    if not MOOD_MIN <= value <= MOOD_MAX:
        raise JournalValueError(
            translate("JournalErrors", "{field} must be from 0 to 10 (got {value}).").format(
                field=name, value=value
            )
        )
    return value


def validate(fields: EntryFields) -> EntryFields:
    """Checked and normalised fields, or JournalValueError naming the field."""
    if fields.kind not in ("entry", "checkin"):
        raise JournalValueError(f"kind must be 'entry' or 'checkin' (got {fields.kind!r}).")
    if len(fields.title) > MAX_TITLE_CHARS:
        raise JournalValueError(
            translate("JournalErrors", "The title is longer than {limit} characters.").format(
                limit=MAX_TITLE_CHARS
            )
        )
    if len(fields.body) > MAX_BODY_CHARS:
        raise JournalValueError(
            translate("JournalErrors", "The text is longer than {limit} characters.").format(
                limit=MAX_BODY_CHARS
            )
        )
    _check_scale(translate("JournalErrors", "Mood"), fields.mood)
    _check_scale(translate("JournalErrors", "Energy"), fields.energy)
    sleep = fields.sleep_hours
    if sleep is not None and not 0 <= float(sleep) <= MAX_SLEEP_HOURS:
        raise JournalValueError(
            translate("JournalErrors", "Sleep must be from 0 to 24 hours (got {value}).").format(
                value=sleep
            )
        )
    tags = unique_casefold(clean_tag(t) for t in (*fields.tags, *hashtags(fields.body)))
    if len(tags) > MAX_TAGS:
        raise JournalValueError(
            translate("JournalErrors", "An entry can have at most {limit} tags.").format(
                limit=MAX_TAGS
            )
        )
    for tag in tags:
        if len(tag) > MAX_TAG_CHARS:
            raise JournalValueError(
                translate("JournalErrors", "The tag {tag}… is longer than {limit}.").format(
                    tag=repr(tag[:20]), limit=MAX_TAG_CHARS
                )
            )
    emotions = unique_casefold(" ".join(e.split()) for e in fields.emotions)
    for emotion in emotions:
        if len(emotion) > MAX_EMOTION_CHARS:
            raise JournalValueError(
                translate("JournalErrors", "An emotion name is longer than {limit}.").format(
                    limit=MAX_EMOTION_CHARS
                )
            )
    return EntryFields(
        kind=fields.kind,
        occurred_at=(fields.occurred_at or datetime.now()).replace(microsecond=0, tzinfo=None),
        title=fields.title.strip(),
        body=fields.body,
        mood=fields.mood,
        energy=fields.energy,
        sleep_hours=None if sleep is None else round(float(sleep), 2),
        starred=bool(fields.starred),
        tags=tuple(tags),
        emotions=tuple(emotions),
        trackers=dict(fields.trackers),
    )
