"""The journal as one Markdown document, oldest first, grouped by day.

Raw HTML in the user's text is escaped, so a Markdown viewer (or QTextDocument, which
renders the PDF from this) shows it as text instead of running it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date

from peerdesk.services.inert_markdown import escape_html as inert_markdown
from peerdesk.services.journal.content import emotion_label, mood_word
from peerdesk.services.journal.model import Entry


def _facts(entry: Entry, tracker_names: Mapping[str, str]) -> list[str]:
    facts: list[str] = []
    if entry.mood is not None:
        facts.append(f"Mood {entry.mood}/10 ({mood_word(entry.mood)})")
    if entry.energy is not None:
        facts.append(f"Energy {entry.energy}/10")
    if entry.sleep_hours is not None:
        facts.append(f"Sleep {entry.sleep_hours:g} h")
    if entry.emotions:
        facts.append("Feeling " + ", ".join(emotion_label(e) for e in entry.emotions))
    for tracker_id, value in entry.trackers.items():
        name = tracker_names.get(tracker_id, "Tracker")
        facts.append(f"{name}: {value:g}")
    if entry.tags:
        facts.append("Tags: " + ", ".join(f"#{t}" if " " not in t else t for t in entry.tags))
    if entry.starred:
        facts.append("★ starred")
    return facts


def journal_markdown(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    *,
    title: str = "Journal",
    since: date | None = None,
    until: date | None = None,
) -> str:
    return "".join(
        journal_markdown_parts(entries, tracker_names, title=title, since=since, until=until)
    )


def journal_markdown_parts(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    *,
    title: str = "Journal",
    since: date | None = None,
    until: date | None = None,
    entries_per_part: int = 200,
) -> Iterator[str]:
    """:func:`journal_markdown` in pieces of ``entries_per_part`` entries (joined, the same
    text): a window sends a 30 MB journal to the PDF helper piece by piece, so no single
    join or encode of the whole text holds Python's GIL for a tenth of a second."""
    held: str | None = None  # the last piece is held back: the document's end is trimmed
    for lines in _line_groups(entries, tracker_names, title, since, until, entries_per_part):
        piece = "\n".join(lines)
        if held is not None:
            yield held
            piece = "\n" + piece
        held = piece
    yield (held or "").rstrip() + "\n"


def _line_groups(
    entries: Sequence[Entry],
    tracker_names: Mapping[str, str],
    title: str,
    since: date | None,
    until: date | None,
    entries_per_part: int,
) -> Iterator[list[str]]:
    lines = [f"# {inert_markdown(title)}", ""]
    if since or until:
        start = since.isoformat() if since else "the start"
        end = until.isoformat() if until else "today"
        span = f"{start} to {end}"
        lines += [f"*{span} · {len(entries)} entries*", ""]
    yield lines
    current_day: date | None = None
    lines = []
    for number, entry in enumerate(entries, 1):
        assert entry.occurred_at is not None
        day = entry.occurred_at.date()
        if day != current_day:
            current_day = day
            lines += [f"## {day.strftime('%A %d %B %Y')}", ""]
        clock = entry.occurred_at.strftime("%H:%M")
        heading = entry.title or ("Check-in" if entry.kind == "checkin" else "Entry")
        lines += [f"### {clock} · {inert_markdown(heading)}", ""]
        facts = _facts(entry, tracker_names)
        if facts:
            lines += ["*" + inert_markdown(" · ".join(facts)).replace("*", "\\*") + "*", ""]
        if entry.body.strip():
            lines += [inert_markdown(entry.body.strip()), ""]
        if number % entries_per_part == 0:
            yield lines
            lines = []
    if lines:
        yield lines
