"""The roadmap service, and the lists it keeps for the people in the circle.

Every mutating call runs in one transaction and then publishes what changed on the
:class:`~peerdesk.services.events.ChangeBus`. A milestone change also publishes the goal as
updated, because the goal's progress (and date warnings) changed with it.

The service is one class put together from one part per responsibility: goals
(``goals.py``), milestones (``milestones.py``), the feed and victories (``feed.py``), and here
the lists that read across them ("due soon", "waiting on", "who does what").
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from peerdesk.services.roadmap.common import GoalNotFound, RoadmapError
from peerdesk.services.roadmap.goals import LIFE_AREAS_SETTING, GoalOps
from peerdesk.services.roadmap.milestones import MilestoneOps
from peerdesk.services.roadmap.rows import ACTIVE_STATUSES, MilestoneRow, WaitingItem, WhoDoesWhat
from peerdesk.store.records import Goal, Milestone, database_proxy

__all__ = ["LIFE_AREAS_SETTING", "GoalNotFound", "RoadmapError", "RoadmapService"]


class RoadmapService(GoalOps, MilestoneOps):
    def who_does_what(self, goal_id: str) -> list[WhoDoesWhat]:
        """Everyone with a part in the goal: participants, milestone owners, next-step takers."""
        parts: dict[str, dict[str, Any]] = {}

        def entry(person_id: str, name: str, role: str = "") -> dict[str, Any]:
            item = parts.setdefault(
                person_id,
                {"name": name, "role": role, "milestones": [], "next_steps": []},
            )
            if role and not item["role"]:
                item["role"] = role
            return item

        for participant in self.participants(goal_id):
            entry(participant.person_id, participant.person_name, participant.role)
        for milestone in self.milestones(goal_id):
            if milestone.owner_id and not milestone.done:
                entry(milestone.owner_id, milestone.owner_name)["milestones"].append(
                    milestone.title
                )
        latest = self.latest_checkin(goal_id)
        if latest is not None and latest.next_step and latest.next_step_owner_id:
            entry(latest.next_step_owner_id, latest.next_step_owner_name)["next_steps"].append(
                latest.next_step
            )
        return [
            WhoDoesWhat(
                person_id=pid,
                person_name=item["name"],
                role=item["role"],
                milestones=tuple(item["milestones"]),
                next_steps=tuple(item["next_steps"]),
            )
            for pid, item in parts.items()
        ]

    # -- lists for the vault owner ---------------------------------------------------------

    def due_soon(self, days: int = 14, person_id: str | None = None) -> list[MilestoneRow]:
        """Open milestones of active goals due within ``days`` (overdue ones included)."""
        horizon = self.today() + timedelta(days=days)
        query = self._milestone_query().where(
            Milestone.done_at.is_null(),
            Milestone.due_date.is_null(False),
            Milestone.due_date <= horizon,
            Goal.status.in_(ACTIVE_STATUSES),
        )
        if person_id:
            query = query.where(Goal.person == person_id)
        query = query.order_by(Milestone.due_date, Goal.title, Milestone.position)
        return self._milestone_rows(query)

    def waiting_on(self, person_id: str) -> list[WaitingItem]:
        """What this person said they would do: open milestones and latest next steps."""
        items: list[WaitingItem] = []
        milestones = (
            self._milestone_query()
            .where(
                Milestone.owner == person_id,
                Milestone.done_at.is_null(),
                Goal.status.in_(ACTIVE_STATUSES),
            )
            .order_by(Milestone.due_date.is_null(), Milestone.due_date, Goal.title)
        )
        for row in self._milestone_rows(milestones):
            items.append(
                WaitingItem(
                    "milestone", row.id, row.goal_id, row.goal_title, row.title, row.due_date
                )
            )
        # Next steps from each active goal's latest check-in (the same one latest_checkin
        # reads): one backwards seek on the feed index per goal.
        statuses = ", ".join("?" for _ in ACTIVE_STATUSES)
        steps = database_proxy.execute_sql(
            "SELECT c.id, c.goal_id, c.next_step, g.title FROM goal AS g "
            "JOIN goal_checkin AS c ON c.id = ("
            "  SELECT n.id FROM goal_checkin AS n"
            "  WHERE n.goal_id = g.id AND n.kind = 'checkin' AND +n.deleted_at IS NULL"
            "  ORDER BY n.occurred_at DESC, n.created_at DESC LIMIT 1) "
            f"WHERE +g.deleted_at IS NULL AND g.status IN ({statuses}) "
            "AND c.next_step_owner_id = ? AND c.next_step != '' "
            "ORDER BY c.occurred_at DESC",
            (*ACTIVE_STATUSES, person_id),
        ).fetchall()
        for checkin_id, goal_id, next_step, goal_title in steps:
            items.append(WaitingItem("next_step", checkin_id, goal_id, goal_title, next_step))
        return items
