"""Daylio's CSV export, in its three known shapes, parsed by column name:

- ``full_date,date,weekday,time,mood,activities,note_title,note`` (current);
- ``full_date,date,weekday,time,mood,activities,scales,note_title,note`` (with scales);
- ``year,date,weekday,time,mood,activities,note`` (older), with ``date`` like ``28 September``
  or ``April 12``.

Times come as ``10:00 pm``, ``10:04 AM`` or ``13:48``. Mood words are the user's own; the
defaults (rad, good, meh, bad, awful) and a few common ones get a proposed value on the
0–10 scale, and the user confirms or changes the mapping before importing.
"""

from __future__ import annotations

import csv
import html
import io
import re
from datetime import date, datetime, time
from html.parser import HTMLParser
from pathlib import Path

from peerdesk.i18n import translate
from peerdesk.services.journal.formats.import_common import (
    MAX_ENTRIES,
    ImportedEntry,
    ImportFileError,
    ImportPreview,
    check_limits,
    content_key,
    decode_text,
    dedupe,
    line_where,
    read_bytes,
    too_many_entries,
)
from peerdesk.services.journal.model import clean_tag, unique_casefold

DEFAULT_MOODS: dict[str, int] = {
    "rad": 9,
    "awesome": 9,
    "great": 9,
    "good": 7,
    "fine": 6,
    "meh": 5,
    "okay": 5,
    "ok": 5,
    "average": 5,
    "bad": 3,
    "sad": 3,
    "awful": 1,
    "terrible": 1,
    "horrible": 1,
}
MAX_FIELD_CHARS = 1_000_000
_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ),
        start=1,
    )
    for name in names
}
_TIME = re.compile(r"^(\d{1,2}):(\d{2})(?::\d{2})?\s*([ap]\.?m\.?)?$", re.IGNORECASE)
_SCALE = re.compile(r"^(-?\d+(?:\.\d+)?)\s*/\s*(\d+)")
_DURATION = re.compile(r"^(\d{1,2}):(\d{2})$")
_BREAK = re.compile(r"<br\s*/?>|</p>", re.IGNORECASE)


class _TextOnly(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_data(self, data: str) -> None:
        self.parts.append(data)


def plain_text(note: str) -> str:
    """Daylio notes may hold HTML: keep the words and line breaks, drop the markup."""
    if "<" not in note and "&" not in note:
        return note
    parser = _TextOnly()
    parser.feed(_BREAK.sub("\n", note))
    parser.close()
    return html.unescape("".join(parser.parts))


def _clean(value: str | None) -> str:
    return (value or "").replace("\u00a0", " ").strip()


def _parse_time(value: str) -> time | None:
    match = _TIME.match(_clean(value))
    if not match:
        return None
    hour, minute, half = int(match.group(1)), int(match.group(2)), match.group(3)
    if half:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half.lower().startswith("p") else 0)
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _parse_day_month(year: int, value: str) -> date | None:
    words = _clean(value).replace(",", " ").split()
    if len(words) != 2:
        return None
    first, second = words
    if first.isdecimal() and len(first) <= 2 and second.lower() in _MONTHS:
        day, month = int(first), _MONTHS[second.lower()]
    elif second.isdecimal() and len(second) <= 2 and first.lower() in _MONTHS:
        day, month = int(second), _MONTHS[first.lower()]
    else:
        return None
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _parse_scales(value: str) -> tuple[dict[str, tuple[float, int, int]], float | None, list[str]]:
    scales: dict[str, tuple[float, int, int]] = {}
    sleep: float | None = None
    unknown: list[str] = []
    for part in _clean(value).split("|"):
        name, sep, raw = part.partition(":")
        name, raw = _clean(name), _clean(raw)
        if not sep or not name:
            if part.strip():
                unknown.append(part.strip()[:40])
            continue
        scale = _SCALE.match(raw)
        duration = _DURATION.match(raw)
        if scale:
            top = int(scale.group(2))
            if 0 < top <= 1000:
                scales[name[:80]] = (min(float(scale.group(1)), top), 0, top)
                continue
        elif duration:
            hours = int(duration.group(1)) + int(duration.group(2)) / 60
            if name.casefold() == "sleep time" and hours <= 24:
                sleep = round(hours, 2)
            elif hours <= 24:
                scales[f"{name[:70]} (hours)"] = (round(hours, 2), 0, 24)
            continue
        unknown.append(name[:40])
    return scales, sleep, unknown


def read_daylio(path: Path) -> ImportPreview:
    path = Path(path)
    text = decode_text(path, read_bytes(path))
    if "\x00" in text:
        raise ImportFileError(
            path, translate("JournalImport", "the file holds NUL bytes; it is not a Daylio CSV")
        )
    csv.field_size_limit(MAX_FIELD_CHARS)
    reader = csv.DictReader(io.StringIO(text, newline=""))
    header = [_clean(h).lower() for h in (reader.fieldnames or [])]
    reader.fieldnames = header
    has_full_date = "full_date" in header
    needed = {"date", "time", "mood"} | ({"full_date"} if has_full_date else {"year"})
    missing = sorted(needed - set(header))
    if missing:
        raise ImportFileError(
            path,
            translate("JournalImport", "not a Daylio CSV export (missing column {names})").format(
                names=", ".join(missing)
            ),
            line_where(1),
        )
    preview = ImportPreview("daylio", path, [])
    labels: dict[str, int | None] = {}
    unknown_scales: set[str] = set()
    try:
        for row in reader:
            where = line_where(reader.line_num)
            if None in row:
                raise ImportFileError(
                    path, translate("JournalImport", "more values than columns"), where
                )
            if all(not _clean(v) for v in row.values()):
                continue
            if len(preview.entries) >= MAX_ENTRIES:
                raise ImportFileError(path, too_many_entries())
            entry = _entry(path, where, row, has_full_date, unknown_scales)
            label = entry.mood_label or ""
            labels.setdefault(label, DEFAULT_MOODS.get(label))
            preview.entries.append(entry)
    except csv.Error as exc:
        raise ImportFileError(
            path,
            translate("JournalImport", "not valid CSV ({reason})").format(reason=exc),
            line_where(reader.line_num),
        ) from exc
    preview.mood_labels = labels
    if unknown_scales:
        preview.notes.append(
            translate("JournalImport", "Scales not understood, left out: {names}.").format(
                names=", ".join(sorted(unknown_scales)[:5])
            )
        )
    unmapped = preview.unmapped_moods
    if unmapped:
        preview.notes.append(
            translate(
                "JournalImport",
                "Mood words without a value yet: {words} (choose one for each, or they are"
                " imported without a mood).",
            ).format(words=", ".join(unmapped[:8]))
        )
    return dedupe(preview)


def _entry(
    path: Path,
    where: str,
    row: dict[str, str],
    has_full_date: bool,
    unknown_scales: set[str],
) -> ImportedEntry:
    if has_full_date:
        try:
            day = date.fromisoformat(_clean(row.get("full_date")))
        except ValueError as exc:
            raise ImportFileError(
                path,
                translate("JournalImport", "column 'full_date' is not YYYY-MM-DD ({value})").format(
                    value=repr(_clean(row.get("full_date"))[:20])
                ),
                where,
            ) from exc
    else:
        year_text = _clean(row.get("year"))
        parsed = (
            _parse_day_month(int(year_text), row.get("date", ""))
            if year_text.isdecimal() and len(year_text) <= 4
            else None
        )
        if parsed is None:
            raise ImportFileError(
                path,
                translate("JournalImport", "columns 'year'/'date' are not a date ({value})").format(
                    value=f"{year_text[:6]!r} {_clean(row.get('date'))[:20]!r}"
                ),
                where,
            )
        day = parsed
    clock = _parse_time(row.get("time", ""))
    if clock is None:
        raise ImportFileError(
            path,
            translate(
                "JournalImport", "column 'time' is not a time like 13:48 or 1:48 pm ({value})"
            ).format(value=repr(_clean(row.get("time"))[:20])),
            where,
        )
    mood_label = " ".join(_clean(row.get("mood")).lower().split())
    if not mood_label:
        raise ImportFileError(path, translate("JournalImport", "column 'mood' is empty"), where)
    if len(mood_label) > 80:
        raise ImportFileError(
            path, translate("JournalImport", "column 'mood' is longer than 80 characters"), where
        )
    activities = [clean_tag(a) for a in _clean(row.get("activities")).split("|")]
    scales, sleep, unknown = _parse_scales(row.get("scales", ""))
    unknown_scales.update(unknown)
    title = plain_text(_clean(row.get("note_title")))
    body = plain_text(row.get("note") or "").strip()
    key = content_key(
        "daylio",
        day.isoformat(),
        clock.isoformat(),
        mood_label,
        _clean(row.get("activities")),
        _clean(row.get("note_title")),
        row.get("note") or "",
    )
    entry = ImportedEntry(
        source_key=key,
        occurred_at=datetime.combine(day, clock),
        kind="checkin",
        title=" ".join(title.split()),
        body=body,
        mood_label=mood_label,
        sleep_hours=sleep,
        tags=tuple(unique_casefold(a for a in activities if a)),
        scales=scales,
    )
    return check_limits(path, where, entry)
