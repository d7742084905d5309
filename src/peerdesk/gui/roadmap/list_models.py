"""Small lists for the roadmap: the circle, "due soon", "waiting on me", "who does what".

Each is read whole (they are short) and kept in step with row inserts, moves and removals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any, Generic, TypeVar

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt

from peerdesk.gui.common.id_rows import Index, sync_rows
from peerdesk.gui.roadmap.dates import short_date
from peerdesk.gui.roadmap.dialogs import anyone, person_label
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.people import PeopleService, PersonRow
from peerdesk.services.roadmap import MilestoneRow, RoadmapService, WaitingItem, WhoDoesWhat

RowT = TypeVar("RowT")
RowRole = Qt.ItemDataRole.UserRole + 1


class SnapshotModel(QAbstractTableModel, Generic[RowT]):
    """A short list read whole; changes on the bus re-read it and sync the rows.

    ``columns`` are English titles marked with QT_TRANSLATE_NOOP in the "RoadmapColumns"
    context, translated when a view asks for them."""

    columns: tuple[str, ...] = ("",)
    entities: frozenset[str] = frozenset()

    def __init__(self, bus: ChangeBus, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._keys: list[str] = []
        self._rows: dict[str, RowT] = {}
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)

    def load(self) -> list[tuple[str, RowT]]:
        raise NotImplementedError

    def cell(self, row: RowT, column: int, role: int) -> Any:
        raise NotImplementedError

    def reload(self) -> None:
        self.beginResetModel()
        loaded = self.load()
        self._keys = [k for k, _r in loaded]
        self._rows = dict(loaded)
        self.endResetModel()

    def refresh(self) -> None:
        loaded = self.load()
        old = self._rows
        self._rows = dict(loaded)
        wanted = [k for k, _r in loaded]
        if wanted != self._keys and not sync_rows(self, QModelIndex(), self._keys, wanted):
            self.beginResetModel()
            self._keys = wanted
            self.endResetModel()
            return
        last = self.columnCount() - 1
        for i, key in enumerate(self._keys):
            if old.get(key) != self._rows.get(key):
                self.dataChanged.emit(self.index(i, 0), self.index(i, last))

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._keys, self._rows = [], {}
        self.endResetModel()

    def _on_change(self, change: Change) -> None:
        if self._unsubscribe is not None and change.entity in self.entities:
            self.refresh()

    def row_at(self, row: int) -> RowT | None:
        return self._rows.get(self._keys[row]) if 0 <= row < len(self._keys) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._keys)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            # The tooltip repeats the title: a narrow column elides it.
            if not 0 <= section < len(self.columns):
                return None
            return QCoreApplication.translate("RoadmapColumns", self.columns[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if row is None:
            return None
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            role = Qt.ItemDataRole.DisplayRole
        value = self.cell(row, index.column(), role)
        if role == Qt.ItemDataRole.ToolTipRole and value is None:
            # A narrow column elides its text: the tooltip holds the whole of it.
            return self.cell(row, index.column(), Qt.ItemDataRole.DisplayRole)
        return value


class PeopleModel(SnapshotModel[PersonRow]):
    """The circle: owner first, then by name."""

    columns = (
        QT_TRANSLATE_NOOP("RoadmapColumns", "Name"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Role"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Contact"),
    )
    entities = frozenset({"person"})

    def __init__(self, people: PeopleService, parent: QObject | None = None) -> None:
        super().__init__(people.bus, parent)
        self.people = people

    def load(self) -> list[tuple[str, PersonRow]]:
        return [(p.id, p) for p in self.people.list()]

    def cell(self, row: PersonRow, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 0:
            return person_label(row)
        if column == 1:
            return row.role_label
        if column == 2:
            return " ".join(row.contact.split())
        return None


_ROADMAP_ENTITIES = frozenset({"goal", "milestone", "goal_checkin", "person"})


class DueSoonModel(SnapshotModel[MilestoneRow]):
    """Open milestones of active goals due in the next two weeks (overdue first)."""

    columns = (
        QT_TRANSLATE_NOOP("RoadmapColumns", "Due"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Milestone"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Goal"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Who"),
    )
    entities = _ROADMAP_ENTITIES

    def __init__(
        self, roadmap: RoadmapService, days: int = 14, parent: QObject | None = None
    ) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap
        self.days = days

    def load(self) -> list[tuple[str, MilestoneRow]]:
        return [(m.id, m) for m in self.roadmap.due_soon(self.days)]

    def cell(self, row: MilestoneRow, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and row.due_date is not None:
            if row.due_date < self.roadmap.today():
                return QCoreApplication.translate(
                    "DueSoonModel", "Overdue: worth a word at the next check-in (no judgement)."
                )
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        who = row.owner_name or anyone()
        return (short_date(row.due_date), row.title, row.goal_title, who)[column]


class WaitingOnModel(SnapshotModel[WaitingItem]):
    """What one person (by default the vault's owner) said they would do."""

    columns = (
        QT_TRANSLATE_NOOP("RoadmapColumns", "What"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Goal"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Due"),
    )
    entities = _ROADMAP_ENTITIES

    def __init__(
        self, roadmap: RoadmapService, person_id: str | None, parent: QObject | None = None
    ) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap
        self.person_id = person_id

    def load(self) -> list[tuple[str, WaitingItem]]:
        if not self.person_id:
            return []
        return [(f"{w.kind}:{w.id}", w) for w in self.roadmap.waiting_on(self.person_id)]

    def cell(self, row: WaitingItem, column: int, role: int) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        what = (
            row.text
            if row.kind == "milestone"
            else QCoreApplication.translate("WaitingOnModel", "Next step: {step}").format(
                step=row.text
            )
        )
        return (what, row.goal_title, short_date(row.due_date))[column]


class WhoDoesWhatModel(SnapshotModel[WhoDoesWhat]):
    """Everyone with a part in one goal, and what that part is."""

    columns = (
        QT_TRANSLATE_NOOP("RoadmapColumns", "Who"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Part"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Open milestones"),
        QT_TRANSLATE_NOOP("RoadmapColumns", "Next step"),
    )
    entities = frozenset({"goal", "goal_participant", "milestone", "goal_checkin", "person"})

    def __init__(self, roadmap: RoadmapService, parent: QObject | None = None) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap
        self.goal_id: str | None = None

    def set_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id
        self.reload()

    def load(self) -> list[tuple[str, WhoDoesWhat]]:
        if not self.goal_id:
            return []
        try:
            parts = self.roadmap.who_does_what(self.goal_id)
        except LookupError:
            return []
        return [(p.person_id, p) for p in parts]

    def cell(self, row: WhoDoesWhat, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and column == 2:
            return "\n".join(row.milestones) or None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.person_name, row.role, "; ".join(row.milestones), "; ".join(row.next_steps))[
            column
        ]


def rows_of(model: SnapshotModel[RowT]) -> Sequence[RowT]:
    """Every row of a snapshot model (for tests and exports)."""
    return [r for r in (model.row_at(i) for i in range(model.rowCount())) if r is not None]
