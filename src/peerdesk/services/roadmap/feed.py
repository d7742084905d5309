"""A goal's feed (accountability check-ins and status changes) and the victories."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from peewee import JOIN

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.roadmap.common import RoadmapBase, RoadmapError, check_rating, live
from peerdesk.services.roadmap.goal_reads import batches
from peerdesk.services.roadmap.rows import CheckinRow, VictoryRow
from peerdesk.store.records import Goal, GoalCheckin, Person, Victory, database_proxy, utc_now


class FeedOps(RoadmapBase):
    def _checkin_query(self) -> Any:
        who = Person.alias("who")
        taker = Person.alias("taker")
        return (
            live(GoalCheckin)
            .select(GoalCheckin, who.name, taker.name)
            .join(who, JOIN.LEFT_OUTER, on=(GoalCheckin.person == who.id), attr="who")
            .switch(GoalCheckin)
            .join(
                taker,
                JOIN.LEFT_OUTER,
                on=(GoalCheckin.next_step_owner == taker.id),
                attr="taker",
            )
        )

    @staticmethod
    def _checkin_row(record: Any) -> CheckinRow:
        who = getattr(record, "who", None)
        taker = getattr(record, "taker", None)
        return CheckinRow(
            id=record.id,
            goal_id=record.goal_id,
            kind=record.kind,
            occurred_at=record.occurred_at,
            person_id=record.person_id,
            person_name=(who.name or "") if who is not None else "",
            rating=record.rating,
            what_happened=record.what_happened,
            next_step=record.next_step,
            next_step_owner_id=record.next_step_owner_id,
            next_step_owner_name=(taker.name or "") if taker is not None else "",
            from_status=record.from_status,
            to_status=record.to_status,
        )

    def feed_ids(self, goal_id: str) -> list[str]:
        """The goal's feed, newest first."""
        query = (
            live(GoalCheckin)
            .select(GoalCheckin.id)
            .where(GoalCheckin.goal == goal_id)
            .order_by(GoalCheckin.occurred_at.desc(), GoalCheckin.created_at.desc())
        )
        return [r[0] for r in query.tuples()]

    def checkin_rows(self, checkin_ids: Sequence[str]) -> dict[str, CheckinRow]:
        rows: dict[str, CheckinRow] = {}
        for batch in batches(list(checkin_ids)):
            query = self._checkin_query().where(GoalCheckin.id.in_(list(batch)))
            rows.update({r.id: self._checkin_row(r) for r in query})
        return rows

    def feed(self, goal_id: str, limit: int | None = None) -> list[CheckinRow]:
        ids = self.feed_ids(goal_id)
        if limit is not None:
            ids = ids[:limit]
        rows = self.checkin_rows(ids)
        return [rows[i] for i in ids if i in rows]

    def latest_checkin(self, goal_id: str) -> CheckinRow | None:
        record = (
            self._checkin_query()
            .where(GoalCheckin.goal == goal_id, GoalCheckin.kind == "checkin")
            .order_by(GoalCheckin.occurred_at.desc(), GoalCheckin.created_at.desc())
            .first()
        )
        return self._checkin_row(record) if record is not None else None

    def add_checkin(
        self,
        goal_id: str,
        *,
        person_id: str | None = None,
        rating: int | None = None,
        what_happened: str = "",
        next_step: str = "",
        next_step_owner_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> CheckinRow:
        """An accountability check-in: how it is going, what happened, the next step and who."""
        rating = check_rating(rating)
        if not (what_happened.strip() or next_step.strip() or rating is not None):
            raise RoadmapError(
                translate("RoadmapError", "Say how it is going, what happened, or the next step.")
            )
        with database_proxy.atomic():
            self._alive_goal(goal_id)
            for pid in (person_id, next_step_owner_id):
                if pid is not None and not self._in_circle(pid):
                    raise RoadmapError(
                        translate("RoadmapError", "Check-in people must be in the circle.")
                    )
            record = GoalCheckin.create(
                goal=goal_id,
                kind="checkin",
                occurred_at=occurred_at or self.now(),
                person=person_id,
                rating=rating,
                what_happened=what_happened.strip(),
                next_step=next_step.strip(),
                next_step_owner=next_step_owner_id if next_step.strip() else None,
            )
        self._publish(Change("goal_checkin", "inserted", (record.id,)))
        return self.checkin_rows([record.id])[record.id]

    def delete_checkin(self, checkin_id: str) -> None:
        with database_proxy.atomic():
            GoalCheckin.update(deleted_at=utc_now()).where(GoalCheckin.id == checkin_id).execute()
        self._publish(Change("goal_checkin", "deleted", (checkin_id,)))

    # -- victories -------------------------------------------------------------------------

    def _victory_query(self) -> Any:
        return (
            live(Victory)
            .select(Victory, Person.name, Goal.title)
            .join(Person, JOIN.LEFT_OUTER, on=(Victory.person == Person.id), attr="who")
            .switch(Victory)
            .join(Goal, JOIN.LEFT_OUTER, on=(Victory.goal == Goal.id), attr="goal_rec")
        )

    @staticmethod
    def _victory_row(record: Any) -> VictoryRow:
        who = getattr(record, "who", None)
        goal = getattr(record, "goal_rec", None)
        return VictoryRow(
            id=record.id,
            occurred_at=record.occurred_at,
            person_id=record.person_id,
            person_name=(who.name or "") if who is not None else "",
            goal_id=record.goal_id,
            goal_title=(goal.title or "") if goal is not None else "",
            milestone_id=record.milestone_id,
            text=record.text,
        )

    def victory_ids(self, person_id: str | None = None) -> list[str]:
        """Victories, newest first."""
        query = live(Victory).select(Victory.id)
        if person_id:
            query = query.where(Victory.person == person_id)
        query = query.order_by(Victory.occurred_at.desc(), Victory.created_at.desc())
        return [r[0] for r in query.tuples()]

    def victory_rows(self, victory_ids: Sequence[str]) -> dict[str, VictoryRow]:
        rows: dict[str, VictoryRow] = {}
        for batch in batches(list(victory_ids)):
            query = self._victory_query().where(Victory.id.in_(list(batch)))
            rows.update({r.id: self._victory_row(r) for r in query})
        return rows

    def get_victory(self, victory_id: str) -> VictoryRow:
        row = self.victory_rows([victory_id]).get(victory_id)
        if row is None:
            raise RoadmapError(translate("RoadmapError", "That victory no longer exists."))
        return row

    def victories(self, person_id: str | None = None) -> list[VictoryRow]:
        ids = self.victory_ids(person_id)
        rows = self.victory_rows(ids)
        return [rows[i] for i in ids if i in rows]

    def log_win(
        self,
        text: str,
        *,
        person_id: str | None = None,
        goal_id: str | None = None,
        occurred_at: datetime | None = None,
    ) -> VictoryRow:
        """A small victory that is not a milestone: "went to the meeting even though ..."."""
        text = text.strip()
        if not text:
            raise RoadmapError(translate("RoadmapError", "Write a few words about the win."))
        with database_proxy.atomic():
            if goal_id is not None:
                self._alive_goal(goal_id)
            record = Victory.create(
                occurred_at=occurred_at or self.now(),
                person=person_id or self._owner_id(),
                goal=goal_id,
                text=text,
            )
        self._publish(Change("victory", "inserted", (record.id,)))
        return self.get_victory(record.id)

    def delete_victory(self, victory_id: str) -> None:
        with database_proxy.atomic():
            Victory.update(deleted_at=utc_now()).where(Victory.id == victory_id).execute()
        self._publish(Change("victory", "deleted", (victory_id,)))
