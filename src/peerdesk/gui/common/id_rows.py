"""Lists of ids kept in step with the services, with rows fetched on demand.

:func:`sync_rows` turns "the list is now this" into the smallest run of
``beginRemoveRows``/``beginMoveRows``/``beginInsertRows`` calls, so views keep their
selection and scroll position. :class:`IdListModel` holds the ids of a (possibly large) list
plus a small cache of rows, fetched a page at a time when a view asks for them (the Anki
browser pattern): opening a 2 000-goal board reads ids only.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.services.events import Change, ChangeBus

RowT = TypeVar("RowT")
Index = QModelIndex | QPersistentModelIndex
RESET_ABOVE = 200  # more changes than this: a reset is cheaper than a diff
PAGE = 32  # rows read at once: about two screens of a board column or the timeline
CACHE_LIMIT = 2048


def sync_rows(
    model: QAbstractItemModel,
    parent: QModelIndex,
    current: list[str],
    wanted: Sequence[str],
    *,
    begin_remove: Callable[[QModelIndex, int, int], None] | None = None,
) -> bool:
    """Edit ``current`` in place into ``wanted``, announcing each step to the views.

    Returns False (changing nothing) when the lists differ too much; the caller then resets.
    """
    wanted_set = set(wanted)
    gone = [i for i, key in enumerate(current) if key not in wanted_set]
    added = len(wanted_set - set(current))
    if len(gone) + added > RESET_ABOVE:
        return False
    # 1. removals, bottom up, in contiguous runs
    for start, end in reversed(_runs(gone)):
        model.beginRemoveRows(parent, start, end)
        del current[start : end + 1]
        model.endRemoveRows()
    # 2. moves and insertions, top down
    moves = 0
    for target, key in enumerate(wanted):
        if target < len(current) and current[target] == key:
            continue
        try:
            source = current.index(key, target)
        except ValueError:
            model.beginInsertRows(parent, target, target)
            current.insert(target, key)
            model.endInsertRows()
            continue
        moves += 1
        if moves > RESET_ABOVE:
            return False
        model.beginMoveRows(parent, source, source, parent, target)
        current.insert(target, current.pop(source))
        model.endMoveRows()
    return True


def _runs(rows: list[int]) -> list[tuple[int, int]]:
    runs: list[tuple[int, int]] = []
    for row in rows:
        if runs and runs[-1][1] == row - 1:
            runs[-1] = (runs[-1][0], row)
        else:
            runs.append((row, row))
    return runs


class IdListModel(QAbstractListModel, Generic[RowT]):
    """A flat list of ids over a service; subclasses say how to load ids and rows."""

    RowRole = Qt.ItemDataRole.UserRole + 1
    #: Change entities that can add, remove or reorder ids (others only refresh rows).
    list_entities: frozenset[str] = frozenset()
    #: Change entities that only alter how rows look (all cached rows are re-read).
    row_entities: frozenset[str] = frozenset()

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._ids: list[str] = []
        self._cache: dict[str, RowT] = {}
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    # -- to implement ----------------------------------------------------------------------

    def load_ids(self) -> list[str]:
        raise NotImplementedError

    def load_rows(self, ids: Sequence[str]) -> dict[str, RowT]:
        raise NotImplementedError

    def display(self, row: RowT, role: int) -> Any:
        return None

    # -- life cycle ------------------------------------------------------------------------

    def reload(self) -> None:
        self.beginResetModel()
        self._cache.clear()
        self._ids = self.load_ids()
        self.endResetModel()

    def close(self) -> None:
        """Stop listening and forget every row (the vault is being locked)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._ids = []
        self._cache.clear()
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if self._unsubscribe is None:
            return
        if change.entity in self.list_entities:
            self.refresh(change.ids)
        if change.entity in self.row_entities:
            # The ids name other things (a renamed person, say): any row may show them.
            self.invalidate(None)

    def refresh(self, changed: Sequence[str] = ()) -> None:
        """Re-read the ids; rows that changed are re-read when next shown."""
        wanted = self.load_ids()
        if wanted != self._ids and not sync_rows(self, QModelIndex(), self._ids, wanted):
            self.reload()
            return
        self.invalidate(changed)

    def invalidate(self, ids: Sequence[str] | None) -> None:
        """Forget cached rows (all when ``ids`` is None) and tell the views to repaint them."""
        if not self._ids:
            self._cache.clear()
            return
        if ids is None:
            self._cache.clear()
            self.dataChanged.emit(self.index(0), self.index(len(self._ids) - 1))
            return
        positions = {key: i for i, key in enumerate(self._ids)} if len(ids) > 8 else None
        for key in ids:
            self._cache.pop(key, None)
            row = positions.get(key) if positions is not None else self._row_of(key)
            if row is not None:
                self.dataChanged.emit(self.index(row), self.index(row))

    def _row_of(self, key: str) -> int | None:
        try:
            return self._ids.index(key)
        except ValueError:
            return None

    # -- reading ---------------------------------------------------------------------------

    def ids(self) -> list[str]:
        return list(self._ids)

    def id_at(self, row: int) -> str | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of(self, key: str) -> int | None:
        return self._row_of(key)

    def row_at(self, row: int) -> RowT | None:
        key = self.id_at(row)
        if key is None:
            return None
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        if len(self._cache) > CACHE_LIMIT:
            self._cache.clear()
        start = (row // PAGE) * PAGE
        page = [k for k in self._ids[start : start + PAGE] if k not in self._cache]
        self._cache.update(self.load_rows(page))
        return self._cache.get(key)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt default
        return 0 if parent.isValid() else len(self._ids)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.parent().isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == self.RowRole:
            return row
        return self.display(row, role)
