"""The library's item models: strategy cards (lazy), a card's use history, crisis plan sections.

They call services only. The card model holds the ordered ids of the current query and a
small cache of card values, fetched in blocks when a view asks for rows it has not seen.
Changes published on the bus turn into row inserts/removals, dataChanged or a reset.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.library import (
    CrisisItem,
    CrisisPlanService,
    LibraryQuery,
    LibraryService,
    StrategyCard,
    UseEntry,
)

Index = QModelIndex | QPersistentModelIndex

CARD_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
EFFECT_ROLE = Qt.ItemDataRole.UserRole + 3

CACHE_SIZE = 600
FETCH_BLOCK = 80
LIBRARY_ENTITIES = {"strategy", "strategy_use", "library_category"}


class StrategyListModel(QAbstractListModel):
    """The cards matching a :class:`LibraryQuery`, in its order."""

    query_changed = Signal()

    def __init__(self, library: LibraryService, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._query = LibraryQuery()
        self._ids: list[str] = self._library.query_ids(self._query)
        self._cache: OrderedDict[str, StrategyCard] = OrderedDict()
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    # -- Qt API ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        if role == ID_ROLE:
            return self._ids[index.row()]
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.AccessibleTextRole,
            CARD_ROLE,
            EFFECT_ROLE,
        ):
            return None
        card = self.card_at(index.row())
        if card is None:
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return card.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return card.content.summary or card.title
        if role == EFFECT_ROLE:
            return card.effectiveness.describe()
        return card

    # -- reading -----------------------------------------------------------------------------

    @property
    def query(self) -> LibraryQuery:
        return self._query

    def ids(self) -> list[str]:
        return list(self._ids)

    def row_of(self, strategy_id: str) -> int:
        try:
            return self._ids.index(strategy_id)
        except ValueError:
            return -1

    def card_at(self, row: int) -> StrategyCard | None:
        sid = self._ids[row]
        card = self._cache.get(sid)
        if card is None:
            self._fetch_around(row)
            card = self._cache.get(sid)
        else:
            self._cache.move_to_end(sid)
        return card

    def _fetch_around(self, row: int) -> None:
        start = max(0, row - FETCH_BLOCK // 4)
        wanted = [i for i in self._ids[start : start + FETCH_BLOCK] if i not in self._cache]
        for sid, card in self._library.cards(wanted).items():
            self._cache[sid] = card
        while len(self._cache) > CACHE_SIZE:
            self._cache.popitem(last=False)

    # -- changing ----------------------------------------------------------------------------

    def set_query(self, query: LibraryQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self.beginResetModel()
        self._ids = self._library.query_ids(query)
        self.endResetModel()
        self.query_changed.emit()

    def close(self) -> None:
        """Stop listening and forget every card (the vault is being locked)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.entity not in LIBRARY_ENTITIES or self._unsubscribe is None:
            return
        if change.entity == "strategy" and change.kind == "updated":
            for sid in change.ids:
                self._cache.pop(sid, None)
        else:
            self._cache.clear()  # figures or membership may have moved anywhere
        self._apply_new_ids(self._library.query_ids(self._query), change)

    def _apply_new_ids(self, new: list[str], change: Change) -> None:
        old = self._ids
        if new == old:
            for sid in change.ids:
                row = self.row_of(sid)
                if row >= 0:
                    index = self.index(row)
                    self.dataChanged.emit(index, index)
            if change.entity != "strategy" and old:
                self.dataChanged.emit(self.index(0), self.index(len(old) - 1))
            return
        if len(new) == len(old) + 1:
            row = next(
                (n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(old)
            )
            if new[:row] + new[row + 1 :] == old:
                self.beginInsertRows(QModelIndex(), row, row)
                self._ids = new
                self.endInsertRows()
                return
        if len(new) == len(old) - 1:
            row = next(
                (n for n, (a, b) in enumerate(zip(old, new, strict=False)) if a != b), len(new)
            )
            if old[:row] + old[row + 1 :] == new:
                self.beginRemoveRows(QModelIndex(), row, row)
                self._ids = new
                self.endRemoveRows()
                return
        if sorted(new) == sorted(old):
            self.layoutAboutToBeChanged.emit()
            persistent = self.persistentIndexList()
            moved = [(p, old[p.row()]) for p in persistent]
            self._ids = new
            positions = {sid: n for n, sid in enumerate(new)}
            self.changePersistentIndexList(
                persistent, [self.index(positions[sid]) for _p, sid in moved]
            )
            self.layoutChanged.emit()
            return
        self.beginResetModel()
        self._ids = new
        self.endResetModel()


class UseHistoryModel(QAbstractListModel):
    """The "I used this" logs of one card, newest first."""

    def __init__(self, library: LibraryService, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._library = library
        self._strategy_id: str | None = None
        self._uses: list[UseEntry] = []
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._uses)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._uses):
            return None
        use = self._uses[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe_use(use)
        if role == Qt.ItemDataRole.ToolTipRole:
            return use.note or None
        if role == ID_ROLE:
            return use.id
        return None

    def set_strategy(self, strategy_id: str | None) -> None:
        self.beginResetModel()
        self._strategy_id = strategy_id
        self._uses = self._library.uses(strategy_id) if strategy_id else []
        self.endResetModel()

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.set_strategy(None)

    def _on_change(self, change: Change) -> None:
        if change.entity == "strategy_use" and self._strategy_id is not None:
            self.set_strategy(self._strategy_id)


def describe_use(use: UseEntry) -> str:
    before = "–" if use.distress_before is None else str(use.distress_before)
    after = "–" if use.distress_after is None else str(use.distress_after)
    text = f"{use.used_at:%d %b %Y, %H:%M}   distress {before} → {after}"
    if use.checkin_id:
        text += "   (check-in that day)"
    if use.note:
        first = use.note.splitlines()[0]
        text += f"   · {first[:80]}"
    return text


class CrisisSectionModel(QAbstractListModel):
    """The items of one crisis plan section."""

    def __init__(
        self, crisis: CrisisPlanService, bus: ChangeBus, section: str, parent: QObject | None = None
    ):
        super().__init__(parent)
        self._crisis = crisis
        self.section = section
        self._items: list[CrisisItem] = crisis.plan().section(section)
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            text = item.text
            if item.contact:
                text += f"  —  {item.contact}"
            if item.strategy_title and item.strategy_title != item.text:
                text += f"  (card: {item.strategy_title})"
            return text
        if role == ID_ROLE:
            return item.id
        if role == CARD_ROLE:
            return item
        return None

    def item_at(self, row: int) -> CrisisItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._items = []
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if change.entity in ("crisis_plan_item", "strategy") and self._unsubscribe is not None:
            self.beginResetModel()
            self._items = self._crisis.plan().section(self.section)
            self.endResetModel()
