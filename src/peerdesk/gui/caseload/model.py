"""The caseload as a table: one row a person served, sortable by every column.

Rows come from :meth:`CaseloadService.rows` (a handful of grouped queries); sorting and
filtering are asked of the service too, so the model holds only the visible rows.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from peerdesk.gui.common.theme import colour
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.notes import CaseloadFilter, CaseloadRow, CaseloadService, CaseloadSort

Index = QModelIndex | QPersistentModelIndex
_HEADERS = (
    QT_TRANSLATE_NOOP("CaseloadModel", "Person"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Last contact"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Next contact"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Goals due"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Waiting on them"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Unsigned"),
    QT_TRANSLATE_NOOP("CaseloadModel", "Overdue"),
)
COLUMN_SORTS = (
    CaseloadSort.NAME,
    CaseloadSort.LAST_CONTACT,
    CaseloadSort.NEXT_PLANNED,
    CaseloadSort.GOALS_DUE,
    None,  # waiting on the person: sorted in the model (the service has no key for it)
    CaseloadSort.UNSIGNED,
    CaseloadSort.OVERDUE,
)
WAITING_COLUMN = 4
# What each column counts, shown as the column's cells' tooltip (and spoken with a cell).
_TIPS = {
    2: QT_TRANSLATE_NOOP("CaseloadModel", "The next contact planned from now on"),
    3: QT_TRANSLATE_NOOP(
        "CaseloadModel", "Open goals whose target date is within two weeks or past"
    ),
    4: QT_TRANSLATE_NOOP("CaseloadModel", "Milestones this person owns that are not done yet"),
    5: QT_TRANSLATE_NOOP(
        "CaseloadModel", "Session notes not signed yet, and the date of the oldest"
    ),
    6: QT_TRANSLATE_NOOP("CaseloadModel", "Milestones past their due date, and who owns them"),
}


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """Translate a source text of this model (collected by lupdate through
    QT_TRANSLATE_NOOP or a literal ``QCoreApplication.translate("CaseloadModel", …)``)."""
    return QCoreApplication.translate("CaseloadModel", text, disambiguation, n)


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def local_date(day: date | None) -> str:
    if day is None:
        return ""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.ShortFormat)


class CaseloadModel(QAbstractTableModel):
    PersonIdRole = Qt.ItemDataRole.UserRole + 1
    RowRole = Qt.ItemDataRole.UserRole + 2
    _entities = frozenset(
        {"session_note", "planned_contact", "person", "goal", "milestone", "setting"}
    )

    def __init__(
        self,
        caseload: CaseloadService,
        bus: ChangeBus,
        names: Callable[[], dict[str, str]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.caseload = caseload
        self.names = names
        self.filter = CaseloadFilter()
        self.sort_column = 0
        self.descending = False
        # The page turns this off and reloads when it is visible (a hidden caseload does not
        # re-query on every autosave of a note).
        self.auto_reload = True
        self._rows: list[CaseloadRow] = []
        self.loaded_at = 0.0
        self._names: dict[str, str] = {}
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)
        self.reload()

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._rows = []
        self._names = {}
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if self._unsubscribe is not None and self.auto_reload and self.is_affected_by(change):
            self.reload()

    def is_affected_by(self, change: Change) -> bool:
        return change.entity in self._entities

    def reload(self) -> None:
        sort = COLUMN_SORTS[self.sort_column] or CaseloadSort.NAME
        rows = self.caseload.rows(self.filter, sort, descending=self.descending)
        if self.sort_column == WAITING_COLUMN:
            rows.sort(key=lambda r: r.name.casefold())
            rows.sort(key=lambda r: r.waiting_on_person, reverse=self.descending)
        self.beginResetModel()
        self._rows = rows
        self._names = self.names()
        self.loaded_at = time.monotonic()
        self.endResetModel()

    def set_filter(self, flt: CaseloadFilter) -> None:
        self.filter = flt
        self.reload()

    # -- Qt --------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(_HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(_HEADERS):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return tr(_HEADERS[section])
        if role == Qt.ItemDataRole.ToolTipRole:  # what the column counts (the whole title
            return self._tooltip(section) or tr(_HEADERS[section])  # when it is cut short)
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(_HEADERS):
            return
        self.sort_column = column
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    def row_at(self, row: int) -> CaseloadRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, person_id: str) -> int | None:
        for index, row in enumerate(self._rows):
            if row.person_id == person_id:
                return index
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        column = index.column()
        if role == self.PersonIdRole:
            return row.person_id
        if role == self.RowRole:
            return row
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self.spoken(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # what the column counts, or the whole row
            return self._tooltip(column) or self.spoken(row, column)
        attention = (column == 5 and row.unsigned_notes) or (column == 6 and row.overdue_milestones)
        if role == Qt.ItemDataRole.ForegroundRole and attention:
            return QBrush(QColor(colour("error")))
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= 3:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _text(self, row: CaseloadRow, column: int) -> str:
        if column == 0:
            return row.name
        if column == 1:
            if row.last_contact is None:
                return QCoreApplication.translate("CaseloadModel", "Never")
            return local_date(row.last_contact)
        if column == 2:
            if row.next_planned is None:
                return QCoreApplication.translate("CaseloadModel", "Not planned")
            return QLocale().toString(QDateTime(row.next_planned), QLocale.FormatType.ShortFormat)
        if column == 3:
            return str(row.goals_due) if row.goals_due else ""
        if column == 4:
            return str(row.waiting_on_person) if row.waiting_on_person else ""
        if column == 5:
            if not row.unsigned_notes:
                return ""
            return QCoreApplication.translate(
                "CaseloadModel", "%n · {date}", None, row.unsigned_notes
            ).format(date=local_date(row.oldest_unsigned))
        if column == 6:
            if not row.overdue_milestones:
                return ""
            owners = [self._names.get(o, "") for o in row.overdue_owner_ids]
            owners = [o for o in owners if o]
            text = str(row.overdue_milestones)
            return f"{text}: {', '.join(owners)}" if owners else text
        return ""

    def _tooltip(self, column: int) -> str | None:
        tip = _TIPS.get(column)
        return tr(tip) if tip else None

    def spoken(self, row: CaseloadRow, column: int) -> str:
        """What a screen reader says for a cell: the whole row as one sentence on the name,
        the column's title and value on the others."""
        if column != 0:
            value = self._text(row, column) or QCoreApplication.translate("CaseloadModel", "none")
            return QCoreApplication.translate("CaseloadModel", "{column}: {value}").format(
                column=tr(_HEADERS[column]), value=value
            )
        return self.sentence(row)

    def sentence(self, row: CaseloadRow) -> str:
        """E.g. "Robin: last contact 3 March 2026; next contact not planned; 2 notes not
        signed, the oldest from 1 March 2026; 1 milestone overdue (Robin)"."""
        parts = [
            QCoreApplication.translate("CaseloadModel", "last contact {date}").format(
                date=long_date(row.last_contact)
            )
            if row.last_contact is not None
            else QCoreApplication.translate("CaseloadModel", "no contact yet")
        ]
        if row.next_planned is None:
            parts.append(QCoreApplication.translate("CaseloadModel", "next contact not planned"))
        else:
            when = QLocale().toString(QDateTime(row.next_planned), QLocale.FormatType.LongFormat)
            parts.append(
                QCoreApplication.translate("CaseloadModel", "next contact {when}").format(when=when)
            )
        if row.goals_due:
            parts.append(
                QCoreApplication.translate("CaseloadModel", "%n goal(s) due", None, row.goals_due)
            )
        if row.waiting_on_person:
            parts.append(
                QCoreApplication.translate(
                    "CaseloadModel",
                    "waiting on them for %n milestone(s)",
                    None,
                    row.waiting_on_person,
                )
            )
        if row.unsigned_notes:
            oldest = long_date(row.oldest_unsigned) if row.oldest_unsigned else ""
            parts.append(
                QCoreApplication.translate(
                    "CaseloadModel",
                    "%n note(s) not signed, the oldest from {date}",
                    None,
                    row.unsigned_notes,
                ).format(date=oldest)
            )
        if row.overdue_milestones:
            owners = [self._names.get(o, "") for o in row.overdue_owner_ids]
            text = QCoreApplication.translate(
                "CaseloadModel", "%n milestone(s) overdue", None, row.overdue_milestones
            )
            owners = [o for o in owners if o]
            parts.append(f"{text} ({', '.join(owners)})" if owners else text)
        return f"{row.name}: " + "; ".join(parts)
