"""Qt item models of a received file's preview: its items and its conflicts, and contacts.

They show what the exchange service worked out; they never touch the database.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

Index = QModelIndex | QPersistentModelIndex
MINE = "mine"
THEIRS = "theirs"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def status_label(status: str) -> str:
    return {
        "new": _t("New"),
        "changed": _t("Changed"),
        "restored": _t("Restored"),
        "deleted": _t("Deleted"),
        "conflict": _t("Conflict"),
    }.get(status, status)


def kind_label(table: str) -> str:
    return {
        "goal": _t("Goal"),
        "milestone": _t("Milestone"),
        "goal_checkin": _t("Check-in"),
        "victory": _t("Victory"),
        "goal_participant": _t("Person in a goal"),
        "strategy": _t("Strategy card"),
        "strategy_use": _t("Use log entry"),
    }.get(table, table)


def field_label(name: str) -> str:
    return {
        "_deleted": _t("Deleted or kept"),
        "title": _t("Title"),
        "due_date": _t("Due date"),
        "target_date": _t("Target date"),
        "done_at": _t("Done"),
        "owner_id": _t("Owner"),
        "position": _t("Order"),
        "status": _t("Status"),
        "why": _t("Why"),
        "notes": _t("Notes"),
        "area": _t("Life area"),
        "rating": _t("Rating"),
        "what_happened": _t("What happened"),
    }.get(name, name.replace("_", " ").capitalize())


def value_text(value: Any, deleted: bool = False) -> str:
    if deleted:
        return _t("(deleted)")
    if value is None or value == "":
        return _t("(empty)")
    if isinstance(value, bool):
        return _t("Yes") if value else _t("No")
    if isinstance(value, (list, tuple)):
        return ", ".join(str(v) for v in value)
    return str(value)


def when_text(value: Any) -> str:
    if not value:
        return ""
    if isinstance(value, datetime):
        moment = value
    else:
        try:
            moment = datetime.fromisoformat(str(value))
        except ValueError:
            return str(value)
    if moment.tzinfo is None:  # stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def conflict_side(conflict: Any, side: str) -> str:
    """The value of one side of a conflict as words ("(deleted)" for a deletion)."""
    if conflict.field == "_deleted" or conflict.kind != "edit":
        deleted = (side == THEIRS and conflict.kind == "they_deleted") or (
            side == MINE and conflict.kind == "you_deleted"
        )
        if deleted:
            return _t("(deleted)")
        return _t("(kept, with edits)")
    return value_text(conflict.mine if side == MINE else conflict.theirs)


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.HEADERS)
        ):
            return _t(self.HEADERS[section])
        return None


class PreviewItemsModel(_Table):
    """One row per record the file would add, change, restore or delete."""

    HEADERS = ("What happens", "Kind", "Item", "Fields")

    def __init__(self, items: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._items = list(items)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def item(self, row: int) -> Any:
        return self._items[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return status_label(item.status)
            if column == 1:
                return kind_label(item.table)
            if column == 2:
                return item.label
            if column == 3:  # which fields change (every field of a new record is noise)
                if item.status == "new":
                    return ""
                return ", ".join(field_label(f) for f in item.fields)
        if role == STATUS_ROLE:
            return item.status
        return None


class ConflictsModel(_Table):
    """One row per field both sides changed; the last column is the person's choice."""

    HEADERS = ("Item", "Field", "Mine", "Theirs", "Keep")
    choices_changed = Signal()

    def __init__(self, conflicts: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        self._conflicts = list(conflicts)
        self.choices: dict[str, str] = {}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._conflicts)

    def conflict(self, row: int) -> Any:
        return self._conflicts[row]

    def choice(self, row: int) -> str | None:
        return self.choices.get(self._conflicts[row].key)

    def set_choice(self, row: int, choice: str) -> None:
        if choice not in (MINE, THEIRS) or not 0 <= row < len(self._conflicts):
            return
        self.choices[self._conflicts[row].key] = choice
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        self.choices_changed.emit()

    def set_all(self, choice: str) -> None:
        if not self._conflicts:
            return
        for conflict in self._conflicts:
            self.choices[conflict.key] = choice
        last = self.index(len(self._conflicts) - 1, len(self.HEADERS) - 1)
        self.dataChanged.emit(self.index(0, 0), last)
        self.choices_changed.emit()

    def undecided(self) -> int:
        return sum(1 for c in self._conflicts if c.key not in self.choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._conflicts):
            return None
        conflict = self._conflicts[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return conflict.label
            if column == 1:
                return field_label(conflict.field)
            if column == 2:
                return conflict_side(conflict, MINE)
            if column == 3:
                return conflict_side(conflict, THEIRS)
            if column == 4:
                choice = self.choices.get(conflict.key)
                if choice == MINE:
                    return _t("Mine")
                if choice == THEIRS:
                    return _t("Theirs")
                return _t("Choose…")
        if role == Qt.ItemDataRole.FontRole and column == 4 and conflict.key not in self.choices:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class ContactsModel(_Table):
    """Pinned contacts: name, fingerprint words, last exchange."""

    HEADERS = ("Name", "Fingerprint (compare aloud)", "Last exchange")

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[Any] = []

    def set_contacts(self, contacts: Sequence[Any]) -> None:
        self.beginResetModel()
        self._contacts = list(contacts)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def contact(self, row: int) -> Any:
        return self._contacts[row] if 0 <= row < len(self._contacts) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return contact.name
            if column == 1:
                return contact.fingerprint
            if column == 2:
                return when_text(contact.last_exchange_at)
        return None
