"""Session notes as Markdown, for the PDF (QTextDocument renders it; see the CLI and GUI).

User text is made inert (raw HTML escaped) and set as plain paragraphs. The policy's export
notice opens the document and closes it, so it travels with every page range printed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime

from peerdesk.i18n import translate
from peerdesk.services.inert_markdown import escape_html
from peerdesk.services.notes.model import MODE_LABELS, SETTING_LABELS, NoteRow

_MD_SPECIAL = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|>~"})


def _text(value: str) -> str:
    """User text as literal Markdown: HTML escaped, Markdown punctuation escaped."""
    lines = [escape_html(line).translate(_MD_SPECIAL) for line in value.splitlines()]
    return "  \n".join(lines)


def iso_day(day: date) -> str:
    return day.isoformat()


def iso_stamp(moment: datetime) -> str:
    """A UTC time as the file states it (the GUI passes the locale's way of writing it)."""
    return moment.strftime("%Y-%m-%d %H:%M")


def notes_markdown(
    notes: Iterable[NoteRow],
    names: Mapping[str, str],
    goal_titles: Mapping[str, str],
    *,
    notice: str = "",
    title: str = "",
    day_text: Callable[[date], str] = iso_day,
    stamp_text: Callable[[datetime], str] = iso_stamp,
) -> str:
    """``day_text`` writes a note's date and ``stamp_text`` a UTC signing time (ISO by
    default; the GUI gives the locale's formats, Qt-free code cannot)."""
    heading = title or translate("Notes", "Session notes")
    out: list[str] = [f"# {_text(heading)}", ""]
    if notice:
        out += [f"> {_text(notice)}", ""]
    count = 0
    for note in notes:
        count += 1
        person = names.get(note.person_id, "")
        when = day_text(note.note_date)
        if note.start_time:
            when += (
                f", {note.start_time}–{note.end_time}" if note.end_time else f", {note.start_time}"
            )
        out.append(f"## {_text(person)} — {_text(when)}")
        out.append("")
        facts = []
        duration = note.duration_minutes
        if duration is not None:
            facts.append(translate("Notes", "Duration: {m} minutes").format(m=duration))
        if note.setting or note.mode:
            setting = _label(SETTING_LABELS, note.setting)
            mode = _label(MODE_LABELS, note.mode)
            facts.append(" · ".join(x for x in (setting, mode) if x))
        if note.service_type:
            facts.append(translate("Notes", "Service: {s}").format(s=_text(note.service_type)))
        if facts:
            out += ["  \n".join(facts), ""]
        goals = [goal_titles.get(g, "") for g in note.goal_ids]
        if any(goals):
            goals_heading = translate("Notes", "Goals addressed")
            out.append(f"**{goals_heading}**")
            out += [f"- {_text(g)}" for g in goals if g]
            out.append("")
        for label, value in (
            (translate("Notes", "What was done"), note.what_was_done),
            (translate("Notes", "In their own words"), note.response),
            (translate("Notes", "Next steps"), note.next_steps),
            (translate("Notes", "Who does them"), note.next_steps_by),
        ):
            if value.strip():
                out += [f"**{label}**", "", _text(value), ""]
        staff = note.staff_name + (f", {note.staff_credential}" if note.staff_credential else "")
        if note.signed_at is not None:
            out += [
                translate("Notes", "Signed by {who} on {when} UTC").format(
                    who=_text(staff), when=_text(stamp_text(note.signed_at))
                ),
                "",
            ]
        else:
            draft = translate("Notes", "DRAFT — not signed")
            out += [f"**{draft}** ({_text(staff)})", ""]
        for add in note.addenda:
            who = add.staff_name + (f", {add.staff_credential}" if add.staff_credential else "")
            addendum = translate("Notes", "Addendum")
            out += [
                f"**{addendum}** — "
                + translate("Notes", "written and signed by {who} on {when} UTC").format(
                    who=_text(who), when=_text(stamp_text(add.signed_at))
                ),
                "",
                _text(add.text),
                "",
            ]
        out += ["---", ""]
    if count == 0:
        out += [translate("Notes", "No notes in this selection."), ""]
    if notice:
        out += [f"> {_text(notice)}", ""]
    return "\n".join(out)


def _label(labels: Mapping[str, str], key: str) -> str:
    source = labels.get(key)
    return translate("Notes", source) if source else key
