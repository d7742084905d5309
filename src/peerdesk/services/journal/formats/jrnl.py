"""jrnl's JSON export: ``{"tags": {...}, "entries": [{"title", "body", "date", "time", ...}]}``."""

from __future__ import annotations

import re
from datetime import datetime
from pathlib import Path

from peerdesk.i18n import translate
from peerdesk.services.journal.formats import json_stream
from peerdesk.services.journal.formats.import_common import (
    MAX_ENTRIES,
    ImportedEntry,
    ImportFileError,
    ImportPreview,
    check_file,
    check_limits,
    content_key,
    dedupe_steps,
    entry_where,
    expect,
    too_many_entries,
)
from peerdesk.services.journal.model import clean_tag, unique_casefold
from peerdesk.services.steps import Progress, Steps, run_to_end

_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_TIME = re.compile(r"\d{1,2}:\d{2}")


def _when(day: str, clock: str) -> datetime:
    """YYYY-MM-DD and HH:MM (strict; fromisoformat alone accepts other shapes too)."""
    if not _DATE.fullmatch(day) or not _TIME.fullmatch(clock):
        raise ValueError(day)
    return datetime.fromisoformat(f"{day}T{clock.zfill(5)}")


def read_jrnl(path: Path) -> ImportPreview:
    """Parsed in a stream (``json_stream``): one entry's dict at a time, never the whole
    file's, so a 117 MB export does not need several times its size in memory."""
    return run_to_end(read_jrnl_steps(path))


READ_STEP = 500  # entries parsed between two progress steps


def read_jrnl_steps(path: Path) -> Steps[ImportPreview]:
    """:func:`read_jrnl` as steps, for a window that keeps repainting while it reads."""
    path = Path(path)
    check_file(path)
    preview = ImportPreview("jrnl", path, [])
    missing = translate("JournalImport", 'not a jrnl JSON export (no "entries" list)')
    for number, item in enumerate(json_stream.items(path, "entries", missing), start=1):
        if number > MAX_ENTRIES:
            raise ImportFileError(path, too_many_entries())
        where = entry_where(number)
        if not isinstance(item, dict):
            raise ImportFileError(path, translate("JournalImport", "should be an object"), where)
        preview.entries.append(_entry(path, where, item))
        if number % READ_STEP == 0:
            yield Progress(number, 0, "entries")
    return (yield from dedupe_steps(preview))


def _entry(path: Path, where: str, item: dict[str, object]) -> ImportedEntry:
    title = expect(path, where, "title", item.get("title", ""), str)
    body = expect(path, where, "body", item.get("body", ""), str)
    day = expect(path, where, "date", item.get("date"), str)
    clock = expect(path, where, "time", item.get("time", "00:00"), str)
    starred = expect(path, where, "starred", item.get("starred", False), bool)
    tags = expect(path, where, "tags", item.get("tags", []), list)
    uuid = item.get("uuid")
    if uuid is not None:
        expect(path, where, "uuid", uuid, str)
    try:
        occurred = _when(day.strip(), clock.strip()[:5])
    except ValueError as exc:
        raise ImportFileError(
            path,
            translate(
                "JournalImport", "field 'date'/'time' is not YYYY-MM-DD and HH:MM ({value})"
            ).format(value=f"{day!r} {clock!r}"),
            where,
        ) from exc
    names: list[str] = []
    for tag in tags:
        expect(path, where, "tags", tag, str)
        name = clean_tag(tag.lstrip("@"))
        if name:
            names.append(name)
    key = f"jrnl:{uuid}" if uuid else content_key("jrnl", day, clock, title, body)
    entry = ImportedEntry(
        source_key=key,
        occurred_at=occurred,
        title=title.strip(),
        body=body.strip("\n"),
        starred=starred,
        tags=tuple(unique_casefold(names)),
    )
    return check_limits(path, where, entry)
