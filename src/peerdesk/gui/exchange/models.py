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
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
    Signal,
)

from peerdesk.i18n import QT_TRANSLATE_NOOP

Index = QModelIndex | QPersistentModelIndex
MINE = "mine"
THEIRS = "theirs"
STATUS_ROLE = Qt.ItemDataRole.UserRole + 1


def _t(text: str) -> str:
    return QCoreApplication.translate("Exchange", text)


def status_label(status: str) -> str:
    return {
        "new": QCoreApplication.translate("Exchange", "New"),
        "changed": QCoreApplication.translate("Exchange", "Changed"),
        "restored": QCoreApplication.translate("Exchange", "Restored"),
        "deleted": QCoreApplication.translate("Exchange", "Deleted"),
        "conflict": QCoreApplication.translate("Exchange", "Conflict"),
    }.get(status, status)


def kind_label(table: str) -> str:
    return {
        "goal": QCoreApplication.translate("Exchange", "Goal"),
        "milestone": QCoreApplication.translate("Exchange", "Milestone"),
        "goal_checkin": QCoreApplication.translate("Exchange", "Check-in"),
        "victory": QCoreApplication.translate("Exchange", "Victory"),
        "goal_participant": QCoreApplication.translate("Exchange", "Person in a goal"),
        "strategy": QCoreApplication.translate("Exchange", "Strategy card"),
        "strategy_use": QCoreApplication.translate("Exchange", "Use log entry"),
    }.get(table, table)


def field_label(name: str) -> str:
    return {
        "_deleted": QCoreApplication.translate("Exchange", "Deleted or kept"),
        "title": QCoreApplication.translate("Exchange", "Title"),
        "due_date": QCoreApplication.translate("Exchange", "Due date"),
        "target_date": QCoreApplication.translate("Exchange", "Target date"),
        "done_at": QCoreApplication.translate("Exchange", "Done"),
        "owner_id": QCoreApplication.translate("Exchange", "Owner"),
        "position": QCoreApplication.translate("Exchange", "Order"),
        "status": QCoreApplication.translate("Exchange", "Status"),
        "why": QCoreApplication.translate("Exchange", "Why"),
        "notes": QCoreApplication.translate("Exchange", "Notes"),
        "area": QCoreApplication.translate("Exchange", "Life area"),
        "rating": QCoreApplication.translate("Exchange", "Rating"),
        "what_happened": QCoreApplication.translate("Exchange", "What happened"),
    }.get(name, name.replace("_", " ").capitalize())


def value_text(value: Any, deleted: bool = False) -> str:
    if deleted:
        return QCoreApplication.translate("Exchange", "(deleted)")
    if value is None or value == "":
        return QCoreApplication.translate("Exchange", "(empty)")
    if isinstance(value, bool):
        return (
            QCoreApplication.translate("Exchange", "Yes")
            if value
            else QCoreApplication.translate("Exchange", "No")
        )
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
    utc = moment.astimezone(UTC)
    stamp = QDateTime(
        QDate(utc.year, utc.month, utc.day),
        QTime(utc.hour, utc.minute, utc.second),
        QTimeZone.utc(),
    )
    return QLocale().toString(stamp.toLocalTime(), QLocale.FormatType.ShortFormat)


def role_text(role: str) -> str:
    """A person's role in a circle, as the "who is" and "whose" lists show it."""
    return {
        "self": QCoreApplication.translate("Exchange", "Person in recovery"),
        "peer_specialist": QCoreApplication.translate("Exchange", "Peer specialist"),
        "supporter": QCoreApplication.translate("Exchange", "Supporter"),
        "group": QCoreApplication.translate("Exchange", "Group"),
        "professional": QCoreApplication.translate("Exchange", "Professional"),
    }.get(role, role)


def person_text(person: Any) -> str:
    """ "Sam Rivera (Person in recovery)" for a PersonRow."""
    return QCoreApplication.translate("Exchange", "{name} ({role})").format(
        name=person.name, role=role_text(person.role)
    )


def conflict_side(conflict: Any, side: str) -> str:
    """The value of one side of a conflict as words ("(deleted)" for a deletion)."""
    if conflict.field == "_deleted" or conflict.kind != "edit":
        deleted = (side == THEIRS and conflict.kind == "they_deleted") or (
            side == MINE and conflict.kind == "you_deleted"
        )
        if deleted:
            return QCoreApplication.translate("Exchange", "(deleted)")
        return QCoreApplication.translate("Exchange", "(kept, with edits)")
    return value_text(conflict.mine if side == MINE else conflict.theirs)


def item_sentence(item: Any) -> str:
    """One spoken sentence for a row of the preview, e.g. "Changed: goal “Find a flat”
    (target date, why)" or "Conflict: milestone “Call the office”, choose a version"."""
    what = QCoreApplication.translate("Exchange", "{kind} “{item}”").format(
        kind=kind_label(item.table), item=item.label
    )
    sentences = {
        "new": QCoreApplication.translate("Exchange", "New: {what}"),
        "changed": QCoreApplication.translate("Exchange", "Changed: {what}"),
        "restored": QCoreApplication.translate("Exchange", "Restored: {what}"),
        "deleted": QCoreApplication.translate("Exchange", "Deleted: {what}"),
        "conflict": QCoreApplication.translate(
            "Exchange", "Conflict: {what}, both of you changed it"
        ),
    }
    text = sentences.get(item.status, "{what}").format(what=what)
    if item.status != "new" and item.fields:
        text += " (" + ", ".join(field_label(f) for f in item.fields) + ")"
    return text


def conflict_sentence(conflict: Any, choice: str | None) -> str:
    """E.g. "Find a flat, title: mine “Find a flat near the park”, theirs “Find a flat by
    March”; keeping mine"."""
    if choice == MINE:
        decided = QCoreApplication.translate("Exchange", "keeping mine")
    elif choice == THEIRS:
        decided = QCoreApplication.translate("Exchange", "taking theirs")
    else:
        decided = QCoreApplication.translate("Exchange", "not chosen yet")
    return QCoreApplication.translate(
        "Exchange", "{item}, {field}: mine “{mine}”, theirs “{theirs}”; {decided}"
    ).format(
        item=conflict.label,
        field=field_label(conflict.field),
        mine=conflict_side(conflict, MINE),
        theirs=conflict_side(conflict, THEIRS),
        decided=decided,
    )


class _Table(QAbstractTableModel):
    HEADERS: tuple[str, ...] = ()

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
            and 0 <= section < len(self.HEADERS)
        ):
            return _t(self.HEADERS[section])  # the tooltip: the whole title when cut short
        return None


class PreviewItemsModel(_Table):
    """One row per record the file would add, change, restore or delete."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Exchange", "What happens"),
        QT_TRANSLATE_NOOP("Exchange", "Kind"),
        QT_TRANSLATE_NOOP("Exchange", "Item"),
        QT_TRANSLATE_NOOP("Exchange", "Fields"),
    )

    def __init__(self, items: Sequence[Any], parent: Any = None) -> None:
        super().__init__(parent)
        # Not copied: a large preview's items are made as the view reads them.
        self._items = items

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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return item_sentence(item)
        if role == STATUS_ROLE:
            return item.status
        return None


class ConflictsModel(_Table):
    """One row per field both sides changed; the last column is the person's choice."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Exchange", "Item"),
        QT_TRANSLATE_NOOP("Exchange", "Field"),
        QT_TRANSLATE_NOOP("Exchange", "Mine"),
        QT_TRANSLATE_NOOP("Exchange", "Theirs"),
        QT_TRANSLATE_NOOP("Exchange", "Keep"),
    )
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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return conflict_sentence(conflict, self.choices.get(conflict.key))
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
                    return QCoreApplication.translate("Exchange", "Mine")
                if choice == THEIRS:
                    return QCoreApplication.translate("Exchange", "Theirs")
                return QCoreApplication.translate("Exchange", "Choose…")
        if role == Qt.ItemDataRole.FontRole and column == 4 and conflict.key not in self.choices:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


class ContactsModel(_Table):
    """Pinned contacts: name, fingerprint words, last exchange."""

    HEADERS = (
        QT_TRANSLATE_NOOP("Exchange", "Name"),
        QT_TRANSLATE_NOOP("Exchange", "Fingerprint (compare aloud)"),
        QT_TRANSLATE_NOOP("Exchange", "Last exchange"),
    )

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
        if role == Qt.ItemDataRole.AccessibleTextRole:
            when = when_text(contact.last_exchange_at)
            return QCoreApplication.translate(
                "Exchange", "{name}, fingerprint words: {words}; last exchange {when}"
            ).format(name=contact.name, words=contact.fingerprint, when=when)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            column = index.column()
            if column == 0:
                return contact.name
            if column == 1:
                return contact.fingerprint
            if column == 2:
                return when_text(contact.last_exchange_at)
        return None
