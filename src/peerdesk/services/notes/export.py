"""Gathering a selection of notes for export (CSV or PDF), with the names and goal titles."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from peerdesk.services.notes.formats import notes_csv, notes_markdown
from peerdesk.services.notes.formats.notes_text import iso_day, iso_stamp
from peerdesk.services.notes.model import NoteFilter, NoteRow
from peerdesk.services.notes.service import NotesService
from peerdesk.services.policy import Policy
from peerdesk.store.records import Goal, Person


@dataclass(frozen=True)
class NotesExport:
    notes: tuple[NoteRow, ...]
    names: dict[str, str]
    goal_titles: dict[str, str]
    notice: str
    person_id: str | None = None

    def csv_text(self) -> str:
        return notes_csv(self.notes, self.names, self.goal_titles, self.notice)

    def markdown(
        self,
        title: str = "",
        *,
        day_text: Callable[[date], str] = iso_day,
        stamp_text: Callable[[datetime], str] = iso_stamp,
    ) -> str:
        return notes_markdown(
            self.notes,
            self.names,
            self.goal_titles,
            notice=self.notice,
            title=title,
            day_text=day_text,
            stamp_text=stamp_text,
        )


def gather_notes(
    notes: NotesService,
    policy: Policy,
    flt: NoteFilter,
    *,
    note_ids: tuple[str, ...] | None = None,
) -> NotesExport:
    """The notes in ``flt`` (oldest first), or exactly ``note_ids`` (e.g. the one note open in
    the editor), with the policy's notice. Refused when readable exports are not allowed."""
    policy.check_plaintext_export("notes")
    if note_ids is not None:
        found = notes.rows(list(note_ids))
        rows = tuple(found[i] for i in note_ids if i in found)
    else:
        rows = tuple(notes.list_notes(flt, newest_first=False))
    people = {r.person_id for r in rows}
    names = {
        p.id: p.name for p in Person.select(Person.id, Person.name).where(Person.id.in_(people))
    }
    goal_ids = {g for r in rows for g in r.goal_ids}
    titles = {g.id: g.title for g in Goal.select(Goal.id, Goal.title).where(Goal.id.in_(goal_ids))}
    return NotesExport(rows, names, titles, policy.export_notice, flt.person_id)


def write_notes_csv(export: NotesExport, path: Path) -> None:
    """A new private file (never overwrites; 0600)."""
    from peerdesk.services.export_files import write_export

    write_export(path, export.csv_text().encode("utf-8"))
