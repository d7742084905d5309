"""Qt item models of the roadmap: the timeline, board columns, a goal's feed, victories."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QModelIndex, QObject, Qt

from peerdesk.gui.common.id_rows import IdListModel, Index
from peerdesk.gui.roadmap.dates import long_date, short_date_time
from peerdesk.gui.roadmap.speech import goal_sentence
from peerdesk.services.roadmap import (
    CheckinRow,
    GoalFilter,
    GoalRow,
    RoadmapService,
    VictoryRow,
    rating_text,
    status_label,
)

GOAL_MIME = "application/x-peerdesk-goal-ids"


def goal_tooltip(goal: GoalRow) -> str:
    lines = [goal.title, f"{goal.person_name} · {goal.life_area} · {goal.status_label}"]
    lines.append(goal.progress_text)
    lines += [f"⚠ {w}" for w in goal.date_warnings]
    return "\n".join(lines)


def encode_ids(mime_type: str, ids: Sequence[str]) -> QMimeData:
    mime = QMimeData()
    mime.setData(mime_type, QByteArray(json.dumps(list(ids)).encode("utf-8")))
    return mime


def decode_ids(mime_type: str, mime: QMimeData) -> list[str]:
    if not mime.hasFormat(mime_type):
        return []
    try:
        value = json.loads(bytes(mime.data(mime_type).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    return [v for v in value if isinstance(v, str)] if isinstance(value, list) else []


class GoalListModel(IdListModel[Any]):
    """Goals over the roadmap service, filtered by person, life area and status."""

    list_entities = frozenset({"goal"})
    row_entities = frozenset({"person"})

    def __init__(self, roadmap: RoadmapService, parent: QObject | None = None) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap
        self.goal_filter = GoalFilter()

    def set_filter(self, goal_filter: GoalFilter) -> None:
        if goal_filter != self.goal_filter:
            self.goal_filter = goal_filter
            self.reload()

    def goal_at(self, row: int) -> GoalRow | None:
        value = self.row_at(row)
        return value.goal if isinstance(value, TimelineRow) else value

    def display(self, row: Any, role: int) -> Any:
        goal: GoalRow = row.goal if isinstance(row, TimelineRow) else row
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return goal_sentence(goal)
        if role == Qt.ItemDataRole.DisplayRole:
            return goal.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return goal_tooltip(goal)
        return None


@dataclass(frozen=True)
class TimelineRow:
    goal: GoalRow
    marks: tuple[tuple[date, bool], ...]  # milestones with a due date: (due, done)


class RoadmapModel(GoalListModel):
    """All goals in timeline order; each row carries its milestone marks."""

    list_entities = frozenset({"goal"})
    row_entities = frozenset({"person", "milestone"})

    def load_ids(self) -> list[str]:
        return self.roadmap.roadmap_goal_ids(self.goal_filter)

    def load_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        goals = self.roadmap.goal_rows(ids)
        marks = self.roadmap.milestone_marks(list(goals))
        return {gid: TimelineRow(goal, tuple(marks.get(gid, ()))) for gid, goal in goals.items()}

    def _on_change(self, change: Any) -> None:
        # A milestone change names milestones, not goals: its goal follows as "goal updated".
        if change.entity == "milestone":
            return
        super()._on_change(change)


class BoardColumnModel(GoalListModel):
    """One column of the board: the goals with one status. Dropping a goal here moves it."""

    def __init__(self, roadmap: RoadmapService, status: str, parent: QObject | None = None) -> None:
        super().__init__(roadmap, parent)
        self.status = status

    @property
    def title(self) -> str:
        return status_label(self.status)

    def load_ids(self) -> list[str]:
        return self.roadmap.board_goal_ids(self.status, self.goal_filter)

    def load_rows(self, ids: Sequence[str]) -> dict[str, Any]:
        return dict(self.roadmap.goal_rows(ids))

    # -- drag and drop ---------------------------------------------------------------------

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = super().flags(index)
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return base | Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [GOAL_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = [self._ids[i.row()] for i in indexes if i.isValid() and i.row() < len(self._ids)]
        return encode_ids(GOAL_MIME, ids)

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return action == Qt.DropAction.MoveAction and bool(decode_ids(GOAL_MIME, data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        """Goals dropped at ``row`` (or onto an item, or at the end) take this column's status."""
        if action == Qt.DropAction.IgnoreAction:
            return True
        ids = decode_ids(GOAL_MIME, data)
        if not ids or action != Qt.DropAction.MoveAction:
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else len(self._ids)
        before = next((k for k in self._ids[row:] if k not in ids), None)
        for goal_id in ids:
            self.roadmap.move_goal(goal_id, self.status, before_id=before)
        # The move arrives through the change bus; the source column must not remove rows.
        return True


class FeedModel(IdListModel[CheckinRow]):
    """One goal's feed, newest first: check-ins and status changes."""

    list_entities = frozenset({"goal_checkin"})
    row_entities = frozenset({"person"})

    def __init__(self, roadmap: RoadmapService, parent: QObject | None = None) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap
        self.goal_id: str | None = None

    def set_goal(self, goal_id: str | None) -> None:
        self.goal_id = goal_id
        self.reload()

    def load_ids(self) -> list[str]:
        return self.roadmap.feed_ids(self.goal_id) if self.goal_id else []

    def load_rows(self, ids: Sequence[str]) -> dict[str, CheckinRow]:
        return self.roadmap.checkin_rows(ids)

    def display(self, row: CheckinRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return feed_text(row)
        return None


def feed_text(row: CheckinRow) -> str:
    when = short_date_time(row.occurred_at)
    head = f"{when} · {row.person_name}" if row.person_name else when
    if row.kind == "status":
        lines = [head, row.summary]
        if row.what_happened:
            lines.append(row.what_happened)
        return "\n".join(lines)
    lines = [head]
    if row.rating is not None:
        lines.append(
            QCoreApplication.translate("FeedModel", "How it is going: {rating}").format(
                rating=rating_text(row.rating)
            )
        )
    if row.what_happened:
        lines.append(row.what_happened)
    if row.next_step:
        owner = f" ({row.next_step_owner_name})" if row.next_step_owner_name else ""
        lines.append(
            QCoreApplication.translate("FeedModel", "Next step: {step}").format(
                step=row.next_step + owner
            )
        )
    return "\n".join(lines)


class VictoriesModel(IdListModel[VictoryRow]):
    """Small victories, newest first: something to look back on, on a hard day."""

    list_entities = frozenset({"victory"})
    row_entities = frozenset({"person", "goal"})

    def __init__(self, roadmap: RoadmapService, parent: QObject | None = None) -> None:
        super().__init__(roadmap.bus, parent)
        self.roadmap = roadmap

    def load_ids(self) -> list[str]:
        return self.roadmap.victory_ids()

    def load_rows(self, ids: Sequence[str]) -> dict[str, VictoryRow]:
        return self.roadmap.victory_rows(ids)

    def _on_change(self, change: Any) -> None:
        if change.entity == "goal" and change.kind != "updated":
            return  # a deleted goal's victories stay, with its title
        super()._on_change(change)

    def display(self, row: VictoryRow, role: int) -> Any:
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            when = long_date(row.occurred_at.date())
            bits = [when] + [b for b in (row.person_name, row.goal_title) if b]
            return f"{row.text}\n{' · '.join(bits)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.display(row, Qt.ItemDataRole.DisplayRole)
        return None
