"""A goal and its milestones as a tree (goal → milestones), with drag-and-drop reorder.

Ticking a milestone completes it through the service; the small victory that creates is
announced with :attr:`GoalTreeModel.victory_won` so the page can celebrate it.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QObject,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont

from peerdesk.gui.common.id_rows import Index, sync_rows
from peerdesk.gui.roadmap.dates import short_date
from peerdesk.gui.roadmap.models import decode_ids, encode_ids
from peerdesk.gui.roadmap.speech import goal_sentence, milestone_sentence
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.events import Change
from peerdesk.services.roadmap import GoalNotFound, GoalRow, MilestoneRow, RoadmapService

MILESTONE_MIME = "application/x-peerdesk-milestone-ids"
GOAL_ITEM = 0  # internal id of the top-level goal item
MILESTONE_ITEM = 1  # internal id of its milestone children
COLUMNS = (
    QT_TRANSLATE_NOOP("GoalTreeModel", "Milestone"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Who"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Due"),
    QT_TRANSLATE_NOOP("GoalTreeModel", "Done"),
)
RowRole = Qt.ItemDataRole.UserRole + 1


class GoalTreeModel(QAbstractItemModel):
    victory_won = Signal(object)  # VictoryRow

    def __init__(self, roadmap: RoadmapService, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.roadmap = roadmap
        self.goal: GoalRow | None = None
        self._ids: list[str] = []
        self._rows: dict[str, MilestoneRow] = {}
        self._unsubscribe: Any = roadmap.bus.subscribe(self._on_change)

    # -- life cycle ------------------------------------------------------------------------

    def set_goal(self, goal_id: str | None) -> None:
        self.beginResetModel()
        self.goal = None
        self._ids, self._rows = [], {}
        if goal_id is not None:
            try:
                self.goal = self.roadmap.get_goal(goal_id)
            except GoalNotFound:
                self.goal = None
            if self.goal is not None:
                self._load_milestones()
                self._ids = [*self._rows]
        self.endResetModel()

    def close(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.set_goal(None)

    def goal_index(self) -> QModelIndex:
        return self.index(0, 0) if self.goal is not None else QModelIndex()

    def _load_milestones(self) -> None:
        assert self.goal is not None
        self._rows = {m.id: m for m in self.roadmap.milestones(self.goal.id)}

    def _on_change(self, change: Change) -> None:
        if self.goal is None or self._unsubscribe is None:
            return
        goal_id = self.goal.id
        if change.entity == "goal" and goal_id in change.ids:
            if change.kind == "deleted":
                self.set_goal(None)
                return
            self.goal = self.roadmap.get_goal(goal_id)
            self._refresh_milestones()
            self.dataChanged.emit(self.index(0, 0), self.index(0, len(COLUMNS) - 1))
        elif change.entity == "milestone" and (
            any(i in self._rows for i in change.ids) or change.kind == "inserted"
        ):
            self._refresh_milestones()
        elif change.entity == "person":
            self.goal = self.roadmap.get_goal(goal_id)
            self._refresh_milestones(force=True)

    def _refresh_milestones(self, *, force: bool = False) -> None:
        old = dict(self._rows)
        self._load_milestones()
        parent = self.goal_index()
        wanted = list(self._rows)
        if wanted != self._ids and not sync_rows(self, parent, self._ids, wanted):
            self.beginResetModel()
            self._ids = wanted
            self.endResetModel()
            return
        for row, key in enumerate(self._ids):
            if force or old.get(key) != self._rows.get(key):
                self.dataChanged.emit(
                    self.index(row, 0, parent), self.index(row, len(COLUMNS) - 1, parent)
                )

    # -- structure -------------------------------------------------------------------------

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, GOAL_ITEM)
        if parent.internalId() == GOAL_ITEM:
            return self.createIndex(row, column, MILESTONE_ITEM)
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if index.isValid() and index.internalId() == MILESTONE_ITEM:
            return self.createIndex(0, 0, GOAL_ITEM)
        return QModelIndex()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return 1 if self.goal is not None else 0
        if parent.internalId() == GOAL_ITEM and parent.column() == 0:
            return len(self._ids)
        return 0

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(COLUMNS):
            return QCoreApplication.translate("GoalTreeModel", COLUMNS[section])
        return None

    def milestone_at(self, index: Index) -> MilestoneRow | None:
        if not index.isValid() or index.internalId() != MILESTONE_ITEM:
            return None
        if not 0 <= index.row() < len(self._ids):
            return None
        return self._rows.get(self._ids[index.row()])

    def milestone_ids(self) -> list[str]:
        return list(self._ids)

    # -- data ------------------------------------------------------------------------------

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == GOAL_ITEM:
            return self._goal_data(index.column(), role)
        milestone = self.milestone_at(index)
        return self._milestone_data(milestone, index.column(), role) if milestone else None

    def _goal_data(self, column: int, role: int) -> Any:
        goal = self.goal
        if goal is None:
            return None
        if role == RowRole:
            return goal
        if role == Qt.ItemDataRole.FontRole and column == 0:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join((goal.title, goal.progress_text, *goal.date_warnings))
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return goal_sentence(goal)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return goal.title
            if column == 1:
                return goal.person_name
            if column == 2:
                flag = " ⚠" if goal.target_before_start else ""
                return short_date(goal.target_date) + flag
            if column == 3:
                return QCoreApplication.translate("GoalTreeModel", "{done} of {total}").format(
                    done=goal.milestones_done, total=goal.milestones_total
                )
        return None

    def _milestone_data(self, m: MilestoneRow, column: int, role: int) -> Any:
        if role == RowRole:
            return m
        if role == Qt.ItemDataRole.CheckStateRole and column == 0:
            return Qt.CheckState.Checked if m.done else Qt.CheckState.Unchecked
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text of the row: a narrow column elides the title.
            parts = [m.title, m.owner_name or "", short_date(m.due_date)]
            if m.due_after_target:
                parts.append(
                    QCoreApplication.translate(
                        "GoalTreeModel",
                        "Due after the goal's target date. Allowed, but worth a second look.",
                    )
                )
            return "\n".join(p for p in parts if p)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == 0:
            return milestone_sentence(m)
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == 0:
                return m.title
            if column == 1:
                return m.owner_name or QCoreApplication.translate("GoalTreeModel", "Anyone")
            if column == 2:
                return short_date(m.due_date) + (" ⚠" if m.due_after_target else "")
            if column == 3:
                return short_date(m.done_at)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.internalId() == GOAL_ITEM:
            return base | Qt.ItemFlag.ItemIsDropEnabled
        base |= Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
        if index.column() == 0:
            base |= Qt.ItemFlag.ItemIsUserCheckable
        return base

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        milestone = self.milestone_at(index)
        if milestone is None or role != Qt.ItemDataRole.CheckStateRole or index.column() != 0:
            return False
        checked = Qt.CheckState(value) == Qt.CheckState.Checked
        if checked == milestone.done:
            return True
        if checked:
            won = self.roadmap.complete_milestone(milestone.id)
            if won is not None:
                self.victory_won.emit(won)
        else:
            self.roadmap.reopen_milestone(milestone.id)
        return True

    # -- drag and drop (reorder) -----------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MILESTONE_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids: list[str] = []
        for index in indexes:
            milestone = self.milestone_at(index)
            if milestone is not None and milestone.id not in ids:
                ids.append(milestone.id)
        return encode_ids(MILESTONE_MIME, ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        ids = decode_ids(MILESTONE_MIME, data)
        return (
            action == Qt.DropAction.MoveAction
            and bool(ids)
            and all(i in self._rows for i in ids)
            and parent.isValid()
        )

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = decode_ids(MILESTONE_MIME, data)
        if parent.internalId() == MILESTONE_ITEM:  # dropped onto a milestone: before it
            row, parent = parent.row(), parent.parent()
        if row < 0:
            row = len(self._ids)
        before = next((k for k in self._ids[row:] if k not in ids), None)
        for milestone_id in ids:
            self.roadmap.move_milestone(milestone_id, before_id=before)
        return True
