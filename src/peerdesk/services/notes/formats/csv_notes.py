"""Session notes as CSV: one row a note, a fixed column set (documented in docs/FORMATS.md).

Never change, drop or reorder a column: agencies load these files into billing and review
tools. Add new columns only at the end, and document them.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Mapping

from peerdesk.services.notes.model import NoteRow

NOTE_CSV_COLUMNS = (
    "note_id",
    "person_id",
    "person",
    "date",
    "start_time",
    "end_time",
    "duration_minutes",
    "setting",
    "mode",
    "service_type",
    "goals_addressed",
    "what_was_done",
    "response",
    "next_steps",
    "next_steps_by",
    "staff_name",
    "staff_credential",
    "status",
    "signed_at_utc",
    "addenda",
    "export_notice",
)
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value: str) -> str:
    """A text cell that no spreadsheet runs as a formula (a leading ' when it could)."""
    return "'" + value if value.startswith(_FORMULA_START) else value


def _addenda_text(note: NoteRow) -> str:
    parts = []
    for add in note.addenda:
        who = add.staff_name + (f", {add.staff_credential}" if add.staff_credential else "")
        stamp = add.signed_at.strftime("%Y-%m-%d %H:%M")
        parts.append(f"[Addendum {stamp} UTC, signed by {who}] {add.text}")
    return "\n".join(parts)


def notes_csv(
    notes: Iterable[NoteRow],
    names: Mapping[str, str],
    goal_titles: Mapping[str, str],
    notice: str = "",
) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(NOTE_CSV_COLUMNS)
    for note in notes:
        duration = note.duration_minutes
        row = [
            note.id,
            note.person_id,
            safe_cell(names.get(note.person_id, "")),
            note.note_date.isoformat(),
            note.start_time,
            note.end_time,
            "" if duration is None else str(duration),
            note.setting,
            note.mode,
            safe_cell(note.service_type),
            safe_cell("; ".join(goal_titles.get(g, g) for g in note.goal_ids)),
            safe_cell(note.what_was_done),
            safe_cell(note.response),
            safe_cell(note.next_steps),
            safe_cell(note.next_steps_by),
            safe_cell(note.staff_name),
            safe_cell(note.staff_credential),
            note.status,
            note.signed_at.strftime("%Y-%m-%d %H:%M:%S") if note.signed_at else "",
            safe_cell(_addenda_text(note)),
            safe_cell(notice),
        ]
        assert len(row) == len(NOTE_CSV_COLUMNS)
        writer.writerow(row)
    return buffer.getvalue()
