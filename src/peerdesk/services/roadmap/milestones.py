"""Milestones: one owner each, a due date, an order within the goal, done or not."""

from __future__ import annotations

from datetime import date
from typing import Any

from peewee import JOIN

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.roadmap.common import (
    RoadmapError,
    alive,
    clean_title,
    live,
    next_position,
    position_before,
)
from peerdesk.services.roadmap.feed import FeedOps
from peerdesk.services.roadmap.goal_reads import as_date
from peerdesk.services.roadmap.rows import MilestoneRow, VictoryRow
from peerdesk.store.records import Goal, Milestone, Person, Victory, database_proxy, utc_now


class MilestoneOps(FeedOps):
    # -- milestones ------------------------------------------------------------------------

    def _milestone_query(self) -> Any:
        """Milestones of living goals with their owner's name and the goal's title and target.

        Read as plain rows from the cursor: lists like "due soon" can hold thousands of rows on
        a peer specialist's caseload, and peewee's objects and converters cost four times more
        than the query itself.
        """
        owner = Person.alias("owner")
        return (
            live(Milestone)
            .select(
                Milestone.id,
                Milestone.goal,
                Milestone.title,
                Milestone.owner,
                owner.name,
                Milestone.due_date,
                Milestone.done_at,
                Milestone.position,
                Goal.title,
                Goal.target_date,
            )
            .join(owner, JOIN.LEFT_OUTER, on=(Milestone.owner == owner.id))
            .switch(Milestone)
            .join(Goal, on=(Milestone.goal == Goal.id))
            .where(alive(Goal))
        )

    @staticmethod
    def _milestone_rows(query: Any) -> list[MilestoneRow]:
        return [
            MilestoneRow(
                id=mid,
                goal_id=goal_id,
                title=title,
                owner_id=owner_id,
                owner_name=owner_name or "",
                due_date=as_date(due),
                done_at=as_date(done),
                position=position,
                goal_title=goal_title,
                goal_target=as_date(target),
            )
            for (
                mid,
                goal_id,
                title,
                owner_id,
                owner_name,
                due,
                done,
                position,
                goal_title,
                target,
            ) in database_proxy.execute_sql(*query.sql()).fetchall()
        ]

    def milestones(self, goal_id: str) -> list[MilestoneRow]:
        query = (
            self._milestone_query()
            .where(Milestone.goal == goal_id)
            .order_by(Milestone.position, Milestone.created_at, Milestone.id)
        )
        return self._milestone_rows(query)

    def get_milestone(self, milestone_id: str) -> MilestoneRow:
        rows = self._milestone_rows(self._milestone_query().where(Milestone.id == milestone_id))
        if not rows:
            raise RoadmapError(translate("RoadmapError", "That milestone no longer exists."))
        return rows[0]

    def add_milestone(
        self,
        goal_id: str,
        title: str,
        *,
        owner_id: str | None = None,
        due_date: date | None = None,
    ) -> MilestoneRow:
        title = clean_title(title, "milestone")
        with database_proxy.atomic():
            self._alive_goal(goal_id)
            self._check_owner(owner_id)
            record = Milestone.create(
                goal=goal_id,
                title=title,
                owner=owner_id,
                due_date=due_date,
                position=next_position(Milestone, Milestone.goal == goal_id),
            )
        self._publish(
            Change("milestone", "inserted", (record.id,)), Change("goal", "updated", (goal_id,))
        )
        return self.get_milestone(record.id)

    def update_milestone(self, milestone_id: str, **changes: Any) -> MilestoneRow:
        """Change title, owner_id or due_date."""
        allowed = {"title", "owner_id", "due_date"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"Cannot change {', '.join(sorted(unknown))} of a milestone.")
        with database_proxy.atomic():
            record = self._alive_milestone(milestone_id)
            if "title" in changes:
                record.title = clean_title(changes["title"], "milestone")
            if "owner_id" in changes:
                self._check_owner(changes["owner_id"])
                record.owner = changes["owner_id"]
            if "due_date" in changes:
                record.due_date = changes["due_date"]
            record.save()
        self._publish(
            Change("milestone", "updated", (milestone_id,)),
            Change("goal", "updated", (record.goal_id,)),
        )
        return self.get_milestone(milestone_id)

    def move_milestone(self, milestone_id: str, before_id: str | None = None) -> MilestoneRow:
        """Reorder: put the milestone just before ``before_id`` (None: at the end)."""
        with database_proxy.atomic():
            record = self._alive_milestone(milestone_id)
            position = position_before(
                Milestone, milestone_id, before_id, Milestone.goal == record.goal_id
            )
            record.position = position
            record.save()
        self._publish(Change("milestone", "updated", (milestone_id,)))
        return self.get_milestone(milestone_id)

    def complete_milestone(
        self, milestone_id: str, on: date | None = None, *, victory: bool = True
    ) -> VictoryRow | None:
        """Mark a milestone done and collect the small victory it is.

        ``victory=False`` records it as done without a victory (sample data, imports).
        """
        with database_proxy.atomic():
            record = self._alive_milestone(milestone_id)
            if record.done_at is not None:
                raise RoadmapError(translate("RoadmapError", "That milestone is already done."))
            record.done_at = on or self.today()
            record.save()
            if not victory:
                won = None
            else:
                won = Victory.create(
                    occurred_at=self.now(),
                    person=record.owner_id,
                    goal=record.goal_id,
                    milestone=milestone_id,
                    text=translate("Victory", "Milestone done: {title}").format(title=record.title),
                )
        self._publish(
            Change("milestone", "updated", (milestone_id,)),
            Change("goal", "updated", (record.goal_id,)),
        )
        if won is None:
            return None
        self._publish(Change("victory", "inserted", (won.id,)))
        return self.get_victory(won.id)

    def reopen_milestone(self, milestone_id: str) -> None:
        """Not done after all: the milestone's victory is tombstoned with it."""
        with database_proxy.atomic():
            record = self._alive_milestone(milestone_id)
            record.done_at = None
            record.save()
            victories = [
                v.id
                for v in live(Victory).where(Victory.milestone == milestone_id).select(Victory.id)
            ]
            if victories:
                Victory.update(deleted_at=utc_now()).where(Victory.id.in_(victories)).execute()
        self._publish(
            Change("milestone", "updated", (milestone_id,)),
            Change("goal", "updated", (record.goal_id,)),
        )
        if victories:
            self._publish(Change("victory", "deleted", tuple(victories)))

    def delete_milestone(self, milestone_id: str) -> None:
        with database_proxy.atomic():
            record = self._alive_milestone(milestone_id)
            record.deleted_at = utc_now()
            record.save()
        self._publish(
            Change("milestone", "deleted", (milestone_id,)),
            Change("goal", "updated", (record.goal_id,)),
        )

    def _check_owner(self, person_id: str | None) -> None:
        if person_id is not None and not self._in_circle(person_id):
            raise RoadmapError(
                translate("RoadmapError", "A milestone's owner must be someone in the circle.")
            )
