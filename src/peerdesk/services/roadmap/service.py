"""The shared goal roadmap: goals, participants, milestones, check-ins and victories.

Every mutating call runs in one transaction and then publishes what changed on the
:class:`~peerdesk.services.events.ChangeBus`. A milestone change also publishes the goal as
updated, because the goal's progress (and date warnings) changed with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import Any

from peewee import JOIN, SQL, NodeList, fn

from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.roadmap import goal_reads
from peerdesk.services.roadmap.goal_reads import as_date, batches
from peerdesk.services.roadmap.rows import (
    ACTIVE_STATUSES,
    CheckinRow,
    DeletedGoal,
    GoalFilter,
    GoalRow,
    MilestoneRow,
    ParticipantRow,
    VictoryRow,
    WaitingItem,
    WhoDoesWhat,
)
from peerdesk.services.settings import SettingsService
from peerdesk.store.records import (
    Goal,
    GoalCheckin,
    GoalParticipant,
    Milestone,
    Person,
    Victory,
    database_proxy,
    utc_now,
)
from peerdesk.store.records.roadmap import (
    DEFAULT_LIFE_AREAS,
    GOAL_STATUSES,
    RATING_MAX,
    RATING_MIN,
)

LIFE_AREAS_SETTING = "roadmap.life_areas"
TITLE_MAX = 200
AREA_MAX = 80
# Below this gap between neighbours, a reorder renumbers the whole list (1, 2, 3, ...).
MIN_POSITION_GAP = 1e-6


class RoadmapError(ValueError):
    """A request the roadmap cannot carry out, in words for the user."""


class GoalNotFound(LookupError):
    pass


def _alive(record: Any) -> Any:
    """``deleted_at IS NULL``, written so SQLite will not use the deleted_at index for it.

    Nearly every row is alive, so that index is the worst choice for this test, but without
    ANALYZE statistics SQLite takes it anyway (5x slower goal rows on a large vault). A
    unary ``+`` is SQLite's documented way to rule an index out.
    """
    return NodeList((SQL("+"), record.deleted_at), glue="").is_null()


def _live(record: Any) -> Any:
    """A select of the record's living rows (like ``Record.alive()``, see :func:`_alive`)."""
    return record.select().where(_alive(record))


def _local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _clean_title(title: str, what: str) -> str:
    title = " ".join(title.split())
    if not title:
        raise RoadmapError(f"A {what} needs a title.")
    if len(title) > TITLE_MAX:
        raise RoadmapError(f"A {what} title can be at most {TITLE_MAX} characters.")
    return title


def _check_status(status: str) -> str:
    if status not in GOAL_STATUSES:
        raise RoadmapError(f"Unknown status {status!r}; choose one of: {', '.join(GOAL_STATUSES)}.")
    return status


def _check_rating(rating: int | None) -> int | None:
    if rating is None:
        return None
    if not RATING_MIN <= int(rating) <= RATING_MAX:
        raise RoadmapError(f"How it is going is a number from {RATING_MIN} to {RATING_MAX}.")
    return int(rating)


def _between(before: float | None, after: float | None) -> float | None:
    """A position between two neighbours, or None when they are too close to split."""
    if before is None and after is None:
        return 1.0
    if before is None:
        assert after is not None
        return after - 1.0
    if after is None:
        return before + 1.0
    if after - before < MIN_POSITION_GAP:
        return None
    return (before + after) / 2.0


class RoadmapService:
    def __init__(
        self,
        bus: ChangeBus,
        settings: SettingsService,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = _local_now,
    ) -> None:
        self.bus = bus
        self.settings = settings
        self.today = today
        self.now = now

    def _publish(self, *changes: Change) -> None:
        for change in changes:
            self.bus.publish(change)

    # -- life areas ------------------------------------------------------------------------

    def life_areas(self) -> list[str]:
        value = self.settings.get(LIFE_AREAS_SETTING)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return list(value)
        return list(DEFAULT_LIFE_AREAS)

    def set_life_areas(self, areas: Sequence[str]) -> list[str]:
        cleaned: list[str] = []
        seen: set[str] = set()
        for area in areas:
            name = " ".join(area.split())
            if not name or name.casefold() in seen:
                continue
            if len(name) > AREA_MAX:
                raise RoadmapError(f"A life area can be at most {AREA_MAX} characters.")
            seen.add(name.casefold())
            cleaned.append(name)
        if not cleaned:
            raise RoadmapError("Keep at least one life area.")
        self.settings.set(LIFE_AREAS_SETTING, cleaned)
        return cleaned

    def areas_in_use(self) -> list[str]:
        """The editable list plus any area still used by a goal (kept after renames)."""
        areas = self.life_areas()
        known = {a.casefold() for a in areas}
        used = _live(Goal).select(Goal.life_area).distinct().order_by(Goal.life_area)
        for goal in used:
            if goal.life_area.casefold() not in known:
                areas.append(goal.life_area)
                known.add(goal.life_area.casefold())
        return areas

    # -- goals: reading --------------------------------------------------------------------

    def roadmap_goal_ids(self, goal_filter: GoalFilter | None = None) -> list[str]:
        """Goals in timeline order: by start (or target) date, undated ones last."""
        return goal_reads.timeline_ids(goal_filter)

    def board_goal_ids(self, status: str, goal_filter: GoalFilter | None = None) -> list[str]:
        """One board column: the goals with this status, in their board order."""
        return goal_reads.column_ids(_check_status(status), goal_filter)

    def goal_rows(self, goal_ids: Sequence[str]) -> dict[str, GoalRow]:
        """Rows for these goals (tombstoned ones left out), with progress and date flags."""
        return goal_reads.goal_rows(goal_ids)

    def get_goal(self, goal_id: str) -> GoalRow:
        row = self.goal_rows([goal_id]).get(goal_id)
        if row is None:
            raise GoalNotFound(f"No goal with id {goal_id}.")
        return row

    def goal_count(self) -> int:
        return int(_live(Goal).count())

    def milestone_marks(self, goal_ids: Sequence[str]) -> dict[str, list[tuple[date, bool]]]:
        """Per goal, the milestones that have a due date: (due date, done) in date order."""
        return goal_reads.milestone_marks(goal_ids)

    # -- goals: changing -------------------------------------------------------------------

    def create_goal(
        self,
        person_id: str,
        title: str,
        *,
        vision: str = "",
        life_area: str = "Other",
        status: str = "proposed",
        start_date: date | None = None,
        target_date: date | None = None,
        participants: Iterable[tuple[str, str]] = (),
    ) -> GoalRow:
        """A new goal for ``person_id``; ``participants`` are (person id, role in the goal)."""
        title = _clean_title(title, "goal")
        _check_status(status)
        area = " ".join(life_area.split()) or "Other"
        with database_proxy.atomic():
            if _live(Person).where(Person.id == person_id).count() == 0:
                raise RoadmapError("Choose whose goal this is from the circle.")
            last = (
                Goal.select(fn.MAX(Goal.position))
                .where(Goal.status == status, _alive(Goal))
                .scalar()
            )
            goal = Goal.create(
                person=person_id,
                title=title,
                vision=vision.strip(),
                life_area=area[:AREA_MAX],
                status=status,
                start_date=start_date,
                target_date=target_date,
                position=(last or 0.0) + 1.0,
            )
            added = [self._add_participant(goal.id, pid, role) for pid, role in participants]
        self._publish(Change("goal", "inserted", (goal.id,)))
        if added:
            self._publish(Change("goal_participant", "inserted", tuple(added)))
        return self.get_goal(goal.id)

    def update_goal(self, goal_id: str, **changes: Any) -> GoalRow:
        """Change title, vision, life_area, start_date, target_date or person_id.

        Status changes go through :meth:`set_status` so the feed records them.
        """
        allowed = {"title", "vision", "life_area", "start_date", "target_date", "person_id"}
        unknown = set(changes) - allowed
        if unknown:
            raise TypeError(f"Cannot change {', '.join(sorted(unknown))} with update_goal.")
        with database_proxy.atomic():
            goal = self._alive_goal(goal_id)
            if "title" in changes:
                goal.title = _clean_title(changes["title"], "goal")
            if "vision" in changes:
                goal.vision = str(changes["vision"]).strip()
            if "life_area" in changes:
                goal.life_area = (" ".join(str(changes["life_area"]).split()) or "Other")[:AREA_MAX]
            if "start_date" in changes:
                goal.start_date = changes["start_date"]
            if "target_date" in changes:
                goal.target_date = changes["target_date"]
            if "person_id" in changes:
                if _live(Person).where(Person.id == changes["person_id"]).count() == 0:
                    raise RoadmapError("Choose whose goal this is from the circle.")
                goal.person = changes["person_id"]
            goal.save()
        self._publish(Change("goal", "updated", (goal_id,)))
        return self.get_goal(goal_id)

    def set_status(
        self, goal_id: str, status: str, *, by: str | None = None, note: str = ""
    ) -> GoalRow:
        """Change a goal's status (to the end of its new board column) and record it in the feed."""
        return self.move_goal(goal_id, status, before_id=None, by=by, note=note)

    def move_goal(
        self,
        goal_id: str,
        status: str,
        *,
        before_id: str | None = None,
        by: str | None = None,
        note: str = "",
    ) -> GoalRow:
        """Put a goal in a board column, just before ``before_id`` (or at the end).

        A change of column is a status change: it is recorded in the goal's feed, and
        reaching "achieved" is collected as a victory.
        """
        _check_status(status)
        changes: list[Change] = []
        with database_proxy.atomic():
            goal: Any = self._alive_goal(goal_id)
            old_status = goal.status
            goal.position = self._board_position(goal_id, status, before_id)
            goal.status = status
            goal.save()
            if old_status != status:
                feed = GoalCheckin.create(
                    goal=goal_id,
                    kind="status",
                    occurred_at=self.now(),
                    person=by or self._owner_id(),
                    what_happened=note.strip(),
                    from_status=old_status,
                    to_status=status,
                )
                changes.append(Change("goal_checkin", "inserted", (feed.id,)))
                if status == "achieved":
                    victory = Victory.create(
                        occurred_at=self.now(),
                        person=goal.person_id,
                        goal=goal_id,
                        text=f"Goal achieved: {goal.title}",
                    )
                    changes.append(Change("victory", "inserted", (victory.id,)))
        self._publish(Change("goal", "updated", (goal_id,)), *changes)
        return self.get_goal(goal_id)

    def _board_position(self, goal_id: str, status: str, before_id: str | None) -> float:
        column = [
            (gid, pos)
            for gid, pos in _live(Goal)
            .select(Goal.id, Goal.position)
            .where(Goal.status == status, Goal.id != goal_id)
            .order_by(Goal.position, Goal.created_at, Goal.id)
            .tuples()
        ]
        index = next((i for i, (gid, _p) in enumerate(column) if gid == before_id), len(column))
        prev_pos = column[index - 1][1] if index > 0 else None
        next_pos = column[index][1] if index < len(column) else None
        position = _between(prev_pos, next_pos)
        if position is not None:
            return position
        # Neighbours too close: renumber the column, leaving a gap at ``index``.
        for i, (gid, _pos) in enumerate(column):
            Goal.update(position=float(i + 1 if i < index else i + 2)).where(
                Goal.id == gid
            ).execute()
        return float(index + 1)

    def delete_goal(self, goal_id: str) -> DeletedGoal:
        """Tombstone a goal with its milestones, participants and feed (victories stay).

        They all get the same stamp, to the microsecond, so undo brings back exactly these
        rows and not ones deleted on their own a moment before.
        """
        stamp = datetime.now(UTC).replace(tzinfo=None)
        with database_proxy.atomic():
            goal = self._alive_goal(goal_id)
            counts = {}
            for record in (Milestone, GoalCheckin, GoalParticipant):
                counts[record] = (
                    record.update(deleted_at=stamp)
                    .where(record.goal == goal_id, record.deleted_at.is_null())
                    .execute()
                )
            goal.deleted_at = stamp
            goal.save()
        self._publish(Change("goal", "deleted", (goal_id,)))
        return DeletedGoal(
            goal_id=goal_id,
            title=goal.title,
            deleted_at=stamp,
            milestones=int(counts[Milestone]),
            checkins=int(counts[GoalCheckin]),
        )

    def undo_delete_goal(self, deleted: DeletedGoal) -> GoalRow:
        """Bring back a goal and exactly what was tombstoned with it."""
        with database_proxy.atomic():
            goal = Goal.get_or_none(Goal.id == deleted.goal_id)
            if goal is None or goal.deleted_at is None:
                raise RoadmapError("That goal is not deleted; nothing to undo.")
            for record in (Milestone, GoalCheckin, GoalParticipant):
                record.update(deleted_at=None).where(
                    record.goal == deleted.goal_id, record.deleted_at == deleted.deleted_at
                ).execute()
            goal.deleted_at = None
            goal.save()
        self._publish(Change("goal", "inserted", (deleted.goal_id,)))
        return self.get_goal(deleted.goal_id)

    def deleted_goal_ids(self) -> list[str]:
        query: Any = Goal.select(Goal.id).where(Goal.deleted_at.is_null(False)).tuples()
        return [r[0] for r in query]

    def _alive_goal(self, goal_id: str) -> Any:
        goal = _live(Goal).where(Goal.id == goal_id).first()
        if goal is None:
            raise GoalNotFound(f"No goal with id {goal_id}.")
        return goal

    def _owner_id(self) -> str | None:
        owner = _live(Person).where(Person.is_owner == True).first()  # noqa: E712
        return owner.id if owner is not None else None

    # -- participants ----------------------------------------------------------------------

    def participants(self, goal_id: str) -> list[ParticipantRow]:
        query = (
            _live(GoalParticipant)
            .select(GoalParticipant, Person.name)
            .join(Person, on=(GoalParticipant.person == Person.id), attr="person_rec")
            .where(GoalParticipant.goal == goal_id)
            .order_by(GoalParticipant.created_at, GoalParticipant.id)
        )
        return [
            ParticipantRow(p.id, goal_id, p.person_id, p.person_rec.name, p.role) for p in query
        ]

    def add_participant(self, goal_id: str, person_id: str, role: str = "") -> ParticipantRow:
        with database_proxy.atomic():
            self._alive_goal(goal_id)
            participant_id = self._add_participant(goal_id, person_id, role)
        self._publish(Change("goal_participant", "inserted", (participant_id,)))
        return next(p for p in self.participants(goal_id) if p.id == participant_id)

    def _add_participant(self, goal_id: str, person_id: str, role: str) -> str:
        if _live(Person).where(Person.id == person_id).count() == 0:
            raise RoadmapError("A participant must be someone in the circle.")
        existing = (
            _live(GoalParticipant)
            .where(GoalParticipant.goal == goal_id, GoalParticipant.person == person_id)
            .first()
        )
        if existing is not None:
            existing.role = role.strip()[:80]
            existing.save()
            return str(existing.id)
        record = GoalParticipant.create(goal=goal_id, person=person_id, role=role.strip()[:80])
        return str(record.id)

    def remove_participant(self, participant_id: str) -> None:
        with database_proxy.atomic():
            GoalParticipant.update(deleted_at=utc_now()).where(
                GoalParticipant.id == participant_id
            ).execute()
        self._publish(Change("goal_participant", "deleted", (participant_id,)))

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

    # -- milestones ------------------------------------------------------------------------

    def _milestone_query(self) -> Any:
        """Milestones of living goals with their owner's name and the goal's title and target.

        Read as plain rows from the cursor: lists like "due soon" can hold thousands of rows on
        a peer specialist's caseload, and peewee's objects and converters cost four times more
        than the query itself.
        """
        owner = Person.alias("owner")
        return (
            _live(Milestone)
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
            .where(_alive(Goal))
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
            raise RoadmapError("That milestone no longer exists.")
        return rows[0]

    def add_milestone(
        self,
        goal_id: str,
        title: str,
        *,
        owner_id: str | None = None,
        due_date: date | None = None,
    ) -> MilestoneRow:
        title = _clean_title(title, "milestone")
        with database_proxy.atomic():
            self._alive_goal(goal_id)
            self._check_owner(owner_id)
            last = (
                Milestone.select(fn.MAX(Milestone.position))
                .where(Milestone.goal == goal_id, _alive(Milestone))
                .scalar()
            )
            record = Milestone.create(
                goal=goal_id,
                title=title,
                owner=owner_id,
                due_date=due_date,
                position=(last or 0.0) + 1.0,
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
                record.title = _clean_title(changes["title"], "milestone")
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
            siblings = [
                (mid, pos)
                for mid, pos in _live(Milestone)
                .select(Milestone.id, Milestone.position)
                .where(Milestone.goal == record.goal_id, Milestone.id != milestone_id)
                .order_by(Milestone.position, Milestone.created_at, Milestone.id)
                .tuples()
            ]
            index = next(
                (i for i, (mid, _p) in enumerate(siblings) if mid == before_id), len(siblings)
            )
            prev_pos = siblings[index - 1][1] if index > 0 else None
            next_pos = siblings[index][1] if index < len(siblings) else None
            position = _between(prev_pos, next_pos)
            if position is None:
                for i, (mid, _pos) in enumerate(siblings):
                    Milestone.update(position=float(i + 1 if i < index else i + 2)).where(
                        Milestone.id == mid
                    ).execute()
                position = float(index + 1)
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
                raise RoadmapError("That milestone is already done.")
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
                    text=f"Milestone done: {record.title}",
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
                for v in _live(Victory).where(Victory.milestone == milestone_id).select(Victory.id)
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

    def _alive_milestone(self, milestone_id: str) -> Any:
        record = _live(Milestone).where(Milestone.id == milestone_id).first()
        if record is None:
            raise RoadmapError("That milestone no longer exists.")
        return record

    def _check_owner(self, person_id: str | None) -> None:
        if person_id is not None and _live(Person).where(Person.id == person_id).count() == 0:
            raise RoadmapError("A milestone's owner must be someone in the circle.")

    # -- check-ins (the goal's feed) -------------------------------------------------------

    def _checkin_query(self) -> Any:
        who = Person.alias("who")
        taker = Person.alias("taker")
        return (
            _live(GoalCheckin)
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
            _live(GoalCheckin)
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
        rating = _check_rating(rating)
        if not (what_happened.strip() or next_step.strip() or rating is not None):
            raise RoadmapError("Say how it is going, what happened, or the next step.")
        with database_proxy.atomic():
            self._alive_goal(goal_id)
            for pid in (person_id, next_step_owner_id):
                if pid is not None and _live(Person).where(Person.id == pid).count() == 0:
                    raise RoadmapError("Check-in people must be in the circle.")
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
            _live(Victory)
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
        query = _live(Victory).select(Victory.id)
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
            raise RoadmapError("That victory no longer exists.")
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
            raise RoadmapError("Write a few words about the win.")
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
