"""The library's item models: strategy cards (lazy), a card's use history, crisis plan sections.

They call services only. The card model is the shared lazy :class:`IdListModel`: the ordered
ids of the current query and a small cache of cards, read a page at a time when a view asks
for rows it has not seen. Changes published on the bus turn into the smallest run of row
moves, inserts and removals, dataChanged, or a reset.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QDateTime,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from peerdesk.gui.common.id_rows import IdListModel
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

CARD_ROLE = IdListModel.RowRole
ID_ROLE = Qt.ItemDataRole.UserRole + 2
EFFECT_ROLE = Qt.ItemDataRole.UserRole + 3

LIBRARY_ENTITIES = {"strategy", "strategy_use", "library_category"}


class StrategyListModel(IdListModel[StrategyCard]):
    """The cards matching a :class:`LibraryQuery`, in its order (ids plus a page cache)."""

    query_changed = Signal()
    #: A card added, removed, edited or used, or a category renamed: the query may now list
    #: other cards or another order.
    list_entities = frozenset(LIBRARY_ENTITIES)
    #: A use or a category change can alter the figures shown on any card.
    row_entities = frozenset({"strategy_use", "library_category"})

    def __init__(self, library: LibraryService, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(bus, parent)
        self._library = library
        self._query = LibraryQuery()
        self.reload()

    def load_ids(self) -> list[str]:
        return self._library.query_ids(self._query)

    def load_rows(self, ids: Sequence[str]) -> dict[str, StrategyCard]:
        return self._library.cards(list(ids))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == ID_ROLE:  # answered from the id list, without reading the card
            valid = index.isValid() and not index.parent().isValid()
            return self.id_at(index.row()) if valid else None
        return super().data(index, role)

    def display(self, row: StrategyCard, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return row.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_card(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return row.content.summary or row.title
        if role == EFFECT_ROLE:
            return row.effectiveness.describe()
        return None

    @property
    def query(self) -> LibraryQuery:
        return self._query

    def card_at(self, row: int) -> StrategyCard | None:
        return self.row_at(row)

    def set_query(self, query: LibraryQuery) -> None:
        if query == self._query:
            return
        self._query = query
        self.reload()
        self.query_changed.emit()


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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
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


def spoken_card(card: StrategyCard) -> str:
    """What a screen reader says for a card: what the tile shows, as a sentence —
    "Box breathing, Breathing, favourite, about 5 min, Used 3 times · distress down 2.5 on
    average"."""
    parts = [
        card.title,
        card.category or QCoreApplication.translate("StrategyListModel", "No category"),
    ]
    if card.favourite:
        parts.append(QCoreApplication.translate("StrategyListModel", "favourite"))
    if card.content.duration_minutes:
        about = QCoreApplication.translate("StrategyListModel", "about {minutes} min")
        parts.append(about.format(minutes=card.content.duration_minutes))
    parts.append(card.effectiveness.describe())
    return ", ".join(parts)


def describe_use(use: UseEntry) -> str:
    """One "I used this" log: when (in the user's date format), the ratings, the note."""
    before = "–" if use.distress_before is None else str(use.distress_before)
    after = "–" if use.distress_after is None else str(use.distress_after)
    when = QLocale().toString(QDateTime(use.used_at), QLocale.FormatType.ShortFormat)
    text = QCoreApplication.translate(
        "UseHistoryModel", "{when}   distress {before} → {after}"
    ).format(when=when, before=before, after=after)
    if use.checkin_id:
        text += "   " + QCoreApplication.translate("UseHistoryModel", "(check-in that day)")
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
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            text = item.text
            if item.contact:
                text += f"  —  {item.contact}"
            if item.strategy_title and item.strategy_title != item.text:
                text += "  " + QCoreApplication.translate(
                    "CrisisSectionModel", "(card: {title})"
                ).format(title=item.strategy_title)
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
