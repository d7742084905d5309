"""The list of session notes: ids over NotesService, rows read a page at a time.

Without search text the ids come from :meth:`NotesService.note_ids` (newest first, the
filters applied in SQL); with search text from :meth:`NotesService.search` (every word
must match), filtered by status and dates on the hits.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QObject, Qt

from peerdesk.gui.common.id_rows import IdListModel
from peerdesk.services.events import ChangeBus
from peerdesk.services.notes import NoteFilter, NoteRow, NotesService
from peerdesk.services.people import PeopleService


def short_date(day: Any) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


def long_date(day: Any) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def status_text(row: NoteRow) -> str:
    """ "Signed", "Draft", "Signed · amended (2)"."""
    status = (
        QCoreApplication.translate("NotesListModel", "Signed")
        if row.is_signed
        else QCoreApplication.translate("NotesListModel", "Draft")
    )
    if row.addenda:
        status += " · " + QCoreApplication.translate(
            "NotesListModel", "amended (%n)", None, len(row.addenda)
        )
    return status


class NotesListModel(IdListModel[NoteRow]):
    list_entities = frozenset({"session_note"})
    row_entities = frozenset({"person"})
    IdRole = Qt.ItemDataRole.UserRole + 2

    def __init__(
        self,
        notes: NotesService,
        people: PeopleService,
        bus: ChangeBus,
        parent: QObject | None = None,
        *,
        flt: NoteFilter | None = None,
        text: str = "",
    ) -> None:
        super().__init__(bus, parent)
        self.notes = notes
        self.people = people
        self.filter = flt or NoteFilter()
        self.search_text = text
        self.snippets: dict[str, str] = {}
        self._names: dict[str, str] | None = None
        self.reload()

    @property
    def searching(self) -> bool:
        return bool(self.search_text.strip())

    def set_query(self, flt: NoteFilter, text: str) -> None:
        self.filter = flt
        self.search_text = text
        self.reload()

    def names(self) -> dict[str, str]:
        if self._names is None:
            self._names = self.people.names()
        return self._names

    def invalidate(self, ids: Sequence[str] | None) -> None:
        if ids is None:
            self._names = None
        super().invalidate(ids)

    def load_ids(self) -> list[str]:
        if not self.searching:
            self.snippets = {}
            return self.notes.note_ids(self.filter)
        flt = self.filter
        hits = self.notes.search(self.search_text, person_id=flt.person_id, limit=200)
        kept = [
            h
            for h in hits
            if (flt.status is None or h.status == flt.status)
            and (flt.since is None or h.note_date >= flt.since)
            and (flt.until is None or h.note_date <= flt.until)
        ]
        self.snippets = {h.id: h.snippet for h in kept}
        return [h.id for h in kept]

    def load_rows(self, ids: Sequence[str]) -> dict[str, NoteRow]:
        return self.notes.rows(ids)

    def display(self, row: NoteRow, role: int) -> Any:
        if role == self.IdRole:
            return row.id
        if role == Qt.ItemDataRole.DisplayRole:
            person = self.names().get(row.person_id, "")
            first = f"{short_date(row.note_date)}  {row.start_time}".rstrip() + f" · {person}"
            second = " · ".join(x for x in (row.service_type, status_text(row)) if x)
            lines = [first, second]
            snippet = self.snippets.get(row.id)
            if snippet:
                lines.append(snippet[:90])
            return "\n".join(lines)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.sentence(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.snippets.get(row.id) or row.what_was_done[:200] or None
        if role == Qt.ItemDataRole.FontRole and not row.is_signed:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setItalic(True)
            return font
        return None

    def sentence(self, row: NoteRow) -> str:
        """One spoken sentence, e.g. "Session note for Robin, 3 March 2026 at 10:00, Peer
        support (individual), signed, amended once"."""
        person = self.names().get(row.person_id, "")
        when = long_date(row.note_date)
        if row.start_time:
            when = QCoreApplication.translate("NotesListModel", "{date} at {time}").format(
                date=when, time=row.start_time
            )
        if row.is_signed:
            state = QCoreApplication.translate("NotesListModel", "signed")
        else:
            state = QCoreApplication.translate("NotesListModel", "a draft, not signed yet")
        parts = [
            QCoreApplication.translate("NotesListModel", "Session note for {person}").format(
                person=person
            ),
            when,
            row.service_type,
            state,
        ]
        if row.addenda:
            parts.append(
                QCoreApplication.translate(
                    "NotesListModel", "amended %n time(s)", None, len(row.addenda)
                )
            )
        snippet = self.snippets.get(row.id)
        if snippet:
            parts.append(
                QCoreApplication.translate("NotesListModel", "found: {text}").format(text=snippet)
            )
        return ", ".join(p for p in parts if p)
