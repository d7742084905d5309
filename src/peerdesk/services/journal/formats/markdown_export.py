"""The journal as one Markdown document, oldest first, grouped by day.

Raw HTML in the user's text is escaped, so a Markdown viewer (or QTextDocument, which
renders the PDF from this) shows it as text instead of running it.

The words are translated (``peerdesk.i18n.translate``, context "JournalExport", written out
each time so pyside6-lupdate finds them); dates and
times come from the caller (the GUI passes QLocale's, so a Spanish export reads "lunes, 2 de
febrero de 2026"); without them, ISO-like English forms are used (the CLI).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from datetime import date, datetime

from peerdesk.i18n import translate
from peerdesk.services.inert_markdown import escape_html as inert_markdown
from peerdesk.services.journal.content import emotion_label, mood_word
from peerdesk.services.journal.model import Entry


def _number(value: float) -> str:
    return f"{value:g}"


def _english_day(day: date) -> str:
    return day.strftime("%A %d %B %Y")


def _iso_day(day: date) -> str:
    return day.isoformat()


def _clock(moment: datetime) -> str:
    return moment.strftime("%H:%M")


def _facts(
    entry: Entry, tracker_names: Mapping[str, str], number: Callable[[float], str]
) -> list[str]:
    facts: list[str] = []
    if entry.mood is not None:
        facts.append(
            translate("JournalExport", "Mood {mood}/10 ({word})").format(
                mood=number(entry.mood), word=mood_word(entry.mood)
            )
        )
    if entry.energy is not None:
        facts.append(
            translate("JournalExport", "Energy {energy}/10").format(energy=number(entry.energy))
        )
    if entry.sleep_hours is not None:
        facts.append(
            translate("JournalExport", "Sleep {hours} h").format(hours=number(entry.sleep_hours))
        )
    if entry.emotions:
        facts.append(
            translate("JournalExport", "Feeling {emotions}").format(
                emotions=", ".join(emotion_label(e) for e in entry.emotions)
            )
        )
    for tracker_id, value in entry.trackers.items():
        name = tracker_names.get(tracker_id, translate("JournalExport", "Tracker"))
        facts.append(f"{name}: {number(value)}")
    if entry.tags:
        tags = ", ".join(f"#{t}" if " " not in t else t for t in entry.tags)
        facts.append(translate("JournalExport", "Tags: {tags}").format(tags=tags))
    if entry.starred:
        facts.append(translate("JournalExport", "★ starred"))
    return facts


def journal_markdown(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    *,
    title: str = "",
    since: date | None = None,
    until: date | None = None,
    day_text: Callable[[date], str] = _english_day,
    span_day_text: Callable[[date], str] = _iso_day,
    time_text: Callable[[datetime], str] = _clock,
    number: Callable[[float], str] = _number,
) -> str:
    """``day_text`` names each day's heading, ``span_day_text`` the dates of the range,
    ``time_text`` each entry's time, ``number`` moods, hours and tracker values."""
    return "".join(
        journal_markdown_parts(
            entries,
            tracker_names,
            title=title,
            since=since,
            until=until,
            day_text=day_text,
            span_day_text=span_day_text,
            time_text=time_text,
            number=number,
        )
    )


def journal_markdown_parts(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    *,
    title: str = "",
    since: date | None = None,
    until: date | None = None,
    day_text: Callable[[date], str] = _english_day,
    span_day_text: Callable[[date], str] = _iso_day,
    time_text: Callable[[datetime], str] = _clock,
    number: Callable[[float], str] = _number,
    entries_per_part: int = 200,
) -> Iterator[str]:
    """:func:`journal_markdown` in pieces of ``entries_per_part`` entries (joined, the same
    text): a window sends a 30 MB journal to the PDF helper piece by piece, so no single
    join or encode of the whole text holds Python's GIL for a tenth of a second."""
    held: str | None = None  # the last piece is held back: the document's end is trimmed
    groups = _line_groups(
        entries,
        tracker_names,
        _heading(len(entries), title, since, until, span_day_text),
        day_text,
        time_text,
        number,
        entries_per_part,
    )
    for lines in groups:
        piece = "\n".join(lines)
        if held is not None:
            yield held
            piece = "\n" + piece
        held = piece
    yield (held or "").rstrip() + "\n"


def _heading(
    count: int,
    title: str,
    since: date | None,
    until: date | None,
    span_day_text: Callable[[date], str],
) -> list[str]:
    document_title = title or translate("JournalExport", "Journal")
    lines = [f"# {inert_markdown(document_title)}", ""]
    if since or until:
        if since and until:
            span = translate("JournalExport", "{start} to {end}")
        elif since:
            span = translate("JournalExport", "{start} to today")
        else:
            span = translate("JournalExport", "From the start to {end}")
        span = span.format(
            start=span_day_text(since) if since else "", end=span_day_text(until) if until else ""
        )
        items = translate("JournalExport", "%n item(s)", None, count)
        lines += [f"*{inert_markdown(span)} · {items}*", ""]
    return lines


def _line_groups(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    heading: list[str],
    day_text: Callable[[date], str],
    time_text: Callable[[datetime], str],
    number: Callable[[float], str],
    entries_per_part: int,
) -> Iterator[list[str]]:
    yield heading
    current_day: date | None = None
    lines: list[str] = []
    for count, entry in enumerate(entries, 1):
        assert entry.occurred_at is not None
        day = entry.occurred_at.date()
        if day != current_day:
            current_day = day
            lines += [f"## {inert_markdown(day_text(day))}", ""]
        clock = time_text(entry.occurred_at)
        heading_text = entry.title or (
            translate("JournalExport", "Check-in")
            if entry.kind == "checkin"
            else translate("JournalExport", "Entry")
        )
        lines += [f"### {clock} · {inert_markdown(heading_text)}", ""]
        facts = _facts(entry, tracker_names, number)
        if facts:
            lines += ["*" + inert_markdown(" · ".join(facts)).replace("*", "\\*") + "*", ""]
        if entry.body.strip():
            lines += [inert_markdown(entry.body.strip()), ""]
        if count % entries_per_part == 0:
            yield lines
            lines = []
    if lines:
        yield lines
