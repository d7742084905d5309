"""What every journal importer shares: the parsed entries, the preview, errors and limits.

An importer only *reads*: it turns a file into an :class:`ImportPreview` (or raises
:class:`ImportFileError` naming the file, the line or entry, and the field). Nothing touches
the vault until :func:`peerdesk.services.journal.formats.apply_import` writes the whole
preview in one transaction.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.journal.model import (
    MAX_BODY_CHARS,
    MAX_TAG_CHARS,
    MAX_TAGS,
    MAX_TITLE_CHARS,
)
from peerdesk.services.steps import Progress, Steps, run_to_end

MAX_FILE_BYTES = 256 * 1024 * 1024
_SURROGATE = re.compile("[\ud800-\udfff]")
MAX_ENTRIES = 2_000_000


class ImportFileError(ValueError):
    """The file cannot be imported; nothing was written. The message names where and what."""

    def __init__(self, path: Path, message: str, where: str = "") -> None:
        self.path = Path(path)
        self.where = where
        self.problem = message
        super().__init__(f"{path}: {where + ': ' if where else ''}{message}")


@dataclass(slots=True)
class ImportedEntry:
    source_key: str
    occurred_at: datetime
    kind: str = "entry"
    title: str = ""
    body: str = ""
    mood: int | None = None
    mood_label: str | None = None  # Daylio: the user's own word, mapped at import time
    sleep_hours: float | None = None
    starred: bool = False
    tags: tuple[str, ...] = ()
    emotions: tuple[str, ...] = ()
    energy: int | None = None
    # Tracker name -> (value, lowest, highest); missing trackers are created on import.
    scales: dict[str, tuple[float, int, int]] = field(default_factory=dict)


@dataclass
class ImportPreview:
    source: str  # "jrnl" | "dayone" | "daylio"
    path: Path
    entries: list[ImportedEntry]
    notes: list[str] = field(default_factory=list)  # things skipped or changed, in words
    mood_labels: dict[str, int | None] = field(default_factory=dict)  # Daylio proposal
    duplicates_in_file: int = 0

    @property
    def count(self) -> int:
        return len(self.entries)

    @property
    def first(self) -> datetime | None:
        return min((e.occurred_at for e in self.entries), default=None)

    @property
    def last(self) -> datetime | None:
        return max((e.occurred_at for e in self.entries), default=None)

    @property
    def unmapped_moods(self) -> list[str]:
        return sorted(label for label, value in self.mood_labels.items() if value is None)


def check_file(path: Path) -> None:
    """A readable regular file within the size limit, or ImportFileError saying why not."""
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ImportFileError(path, translate("JournalImport", "the file does not exist")) from exc
    except OSError as exc:
        raise ImportFileError(path, _cannot_read(exc)) from exc
    if not path.is_file():
        raise ImportFileError(path, translate("JournalImport", "this is not a file"))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(path, _too_large())
    try:
        with path.open("rb"):
            pass
    except OSError as exc:
        raise ImportFileError(path, _cannot_read(exc)) from exc


def read_bytes(path: Path) -> bytes:
    try:
        size = path.stat().st_size
    except FileNotFoundError as exc:
        raise ImportFileError(path, translate("JournalImport", "the file does not exist")) from exc
    except OSError as exc:
        raise ImportFileError(path, _cannot_read(exc)) from exc
    if not path.is_file():
        raise ImportFileError(path, translate("JournalImport", "this is not a file"))
    if size > MAX_FILE_BYTES:
        raise ImportFileError(path, _too_large())
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(path, _cannot_read(exc)) from exc


def decode_text(path: Path, data: bytes) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        raise ImportFileError(path, not_utf8(exc.start), line_where(line)) from exc


def load_json(path: Path, text: str) -> Any:
    try:
        return json.loads(text)
    except RecursionError as exc:
        raise ImportFileError(
            path, translate("JournalImport", "the JSON is nested too deeply")
        ) from exc
    except json.JSONDecodeError as exc:
        raise ImportFileError(path, not_json(exc.msg), line_where(exc.lineno)) from exc


def expect(path: Path, where: str, name: str, value: Any, kind: type | tuple[type, ...]) -> Any:
    """The value, or an error naming the field and the type it should have had."""
    if isinstance(value, bool) and kind is not bool and bool not in _as_tuple(kind):
        raise ImportFileError(path, _should_be(name, kind), where)
    if not isinstance(value, kind):
        raise ImportFileError(path, _should_be(name, kind), where)
    if isinstance(value, str) and _SURROGATE.search(value):
        # JSON may spell half of a UTF-16 pair ("\ud800"): not a character, not storable.
        raise ImportFileError(
            path,
            translate("JournalImport", "field {name} holds an invalid character").format(
                name=repr(name)
            ),
            where,
        )
    return value


def _as_tuple(kind: type | tuple[type, ...]) -> tuple[type, ...]:
    return kind if isinstance(kind, tuple) else (kind,)


def _kind_word(kind: type | tuple[type, ...]) -> str:
    words = {
        str: translate("JournalImport", "text"),
        bool: translate("JournalImport", "true or false"),
        list: translate("JournalImport", "a list"),
        dict: translate("JournalImport", "an object"),
        int: translate("JournalImport", "a number"),
    }
    return translate("JournalImport", " or ").join(
        words.get(k, k.__name__) for k in _as_tuple(kind)
    )


def _should_be(name: str, kind: type | tuple[type, ...]) -> str:
    return translate("JournalImport", "field {name} should be {kind}").format(
        name=repr(name), kind=_kind_word(kind)
    )


def _cannot_read(exc: OSError) -> str:
    return translate("JournalImport", "cannot read the file ({reason})").format(reason=exc.strerror)


def _too_large() -> str:
    return translate("JournalImport", "the file is larger than {limit} MB").format(
        limit=MAX_FILE_BYTES // 2**20
    )


def line_where(line: int) -> str:
    """Where a problem is: "line 3"."""
    return translate("JournalImport", "line {number}").format(number=line)


def entry_where(number: int, member: str = "") -> str:
    """Where a problem is: "entry 5" (in ``member`` of a zip, when there is one)."""
    where = translate("JournalImport", "entry {number}").format(number=number)
    return f"{member}: {where}" if member else where


def not_utf8(byte: int) -> str:
    return translate("JournalImport", "the text is not valid UTF-8 (byte {number})").format(
        number=byte
    )


def not_json(reason: str) -> str:
    return translate("JournalImport", "not valid JSON ({reason})").format(reason=reason)


def too_many_entries() -> str:
    return translate("JournalImport", "more than {limit} entries").format(limit=MAX_ENTRIES)


def check_limits(path: Path, where: str, entry: ImportedEntry) -> ImportedEntry:
    if len(entry.title) > MAX_TITLE_CHARS:
        raise ImportFileError(
            path,
            translate("JournalImport", "the title is longer than {limit} characters").format(
                limit=MAX_TITLE_CHARS
            ),
            where,
        )
    if len(entry.body) > MAX_BODY_CHARS:
        raise ImportFileError(
            path,
            translate("JournalImport", "the text is longer than {limit} characters").format(
                limit=MAX_BODY_CHARS
            ),
            where,
        )
    if len(entry.tags) > MAX_TAGS:
        raise ImportFileError(
            path, translate("JournalImport", "more than {limit} tags").format(limit=MAX_TAGS), where
        )
    for tag in entry.tags:
        if len(tag) > MAX_TAG_CHARS:
            raise ImportFileError(
                path,
                translate("JournalImport", "a tag is longer than {limit} characters").format(
                    limit=MAX_TAG_CHARS
                ),
                where,
            )
    return entry


def content_key(source: str, *parts: str) -> str:
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8", "surrogatepass")).hexdigest()
    return f"{source}:{digest[:40]}"


def dedupe(preview: ImportPreview) -> ImportPreview:
    return run_to_end(dedupe_steps(preview))


def dedupe_steps(preview: ImportPreview, *, step: int = 10_000) -> Steps[ImportPreview]:
    """Drop the entries whose key came before in the file; progress every ``step``
    entries (100 000 entries are a few tens of ms of work: one step would stall a window)."""
    seen: set[str] = set()
    unique: list[ImportedEntry] = []
    for number, entry in enumerate(preview.entries, 1):
        if number % step == 0:
            yield Progress(len(preview.entries), 0, "entries")
        if entry.source_key in seen:
            preview.duplicates_in_file += 1
            continue
        seen.add(entry.source_key)
        unique.append(entry)
    preview.entries = unique
    if preview.duplicates_in_file:
        preview.notes.append(
            translate(
                "JournalImport",
                "Entries that appear twice in the file, imported once: %n.",
                None,
                preview.duplicates_in_file,
            )
        )
    return preview
