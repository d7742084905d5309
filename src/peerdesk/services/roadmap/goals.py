"""Goals: life areas, reading and changing goals, the board order, participants."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from typing import Any

from peerdesk.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, content_language, translate
from peerdesk.services.events import Change
from peerdesk.services.roadmap import goal_reads
from peerdesk.services.roadmap.common import (
    AREA_MAX,
    GoalNotFound,
    RoadmapBase,
    RoadmapError,
    check_status,
    clean_title,
    live,
    next_position,
    position_before,
)
from peerdesk.services.roadmap.rows import DeletedGoal, GoalFilter, GoalRow, ParticipantRow
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
from peerdesk.store.records.roadmap import DEFAULT_LIFE_AREAS

LIFE_AREAS_SETTING = "roadmap.life_areas"
LIFE_AREA_CONTEXT = "LifeArea"
# DEFAULT_LIFE_AREAS, marked for lupdate; shown in the content language until the user
# edits the list (then the vault keeps the user's own names).
_LIFE_AREA_NAMES = (
    QT_TRANSLATE_NOOP("LifeArea", "Health"),
    QT_TRANSLATE_NOOP("LifeArea", "Housing"),
    QT_TRANSLATE_NOOP("LifeArea", "Work and learning"),
    QT_TRANSLATE_NOOP("LifeArea", "Relationships"),
    QT_TRANSLATE_NOOP("LifeArea", "Recovery"),
    QT_TRANSLATE_NOOP("LifeArea", "Wellbeing"),
    QT_TRANSLATE_NOOP("LifeArea", "Other"),
)
assert _LIFE_AREA_NAMES == DEFAULT_LIFE_AREAS


def _whose_goal() -> str:
    return translate("RoadmapError", "Choose whose goal this is from the circle.")


def default_life_areas() -> list[str]:
    """The default life areas in the content language."""
    if content_language() == DEFAULT_LANGUAGE:
        return list(DEFAULT_LIFE_AREAS)
    return [translate(LIFE_AREA_CONTEXT, area) for area in DEFAULT_LIFE_AREAS]


class GoalOps(RoadmapBase):
    # -- life areas ------------------------------------------------------------------------

    def life_areas(self) -> list[str]:
        value = self.settings.get(LIFE_AREAS_SETTING)
        if isinstance(value, list) and value and all(isinstance(v, str) for v in value):
            return list(value)
        return default_life_areas()

    def set_life_areas(self, areas: Sequence[str]) -> list[str]:
        cleaned: list[str] = []
        seen: set[str] = set()
        for area in areas:
            name = " ".join(area.split())
            if not name or name.casefold() in seen:
                continue
            if len(name) > AREA_MAX:
                raise RoadmapError(
                    translate(
                        "RoadmapError", "A life area can be at most {count} characters."
                    ).format(count=AREA_MAX)
                )
            seen.add(name.casefold())
            cleaned.append(name)
        if not cleaned:
            raise RoadmapError(translate("RoadmapError", "Keep at least one life area."))
        self.settings.set(LIFE_AREAS_SETTING, cleaned)
        return cleaned

    def areas_in_use(self) -> list[str]:
        """The editable list plus any area still used by a goal (kept after renames)."""
        areas = self.life_areas()
        known = {a.casefold() for a in areas}
        used = live(Goal).select(Goal.life_area).distinct().order_by(Goal.life_area)
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
        return goal_reads.column_ids(check_status(status), goal_filter)

    def goal_rows(self, goal_ids: Sequence[str]) -> dict[str, GoalRow]:
        """Rows for these goals (tombstoned ones left out), with progress and date flags."""
        return goal_reads.goal_rows(goal_ids)

    def get_goal(self, goal_id: str) -> GoalRow:
        row = self.goal_rows([goal_id]).get(goal_id)
        if row is None:
            raise GoalNotFound(f"No goal with id {goal_id}.")
        return row

    def goal_count(self) -> int:
        return int(live(Goal).count())

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
        life_area: str = "",
        status: str = "proposed",
        start_date: date | None = None,
        target_date: date | None = None,
        participants: Iterable[tuple[str, str]] = (),
    ) -> GoalRow:
        """A new goal for ``person_id``; ``participants`` are (person id, role in the goal)."""
        title = clean_title(title, "goal")
        check_status(status)
        area = " ".join(life_area.split()) or default_life_areas()[-1]
        with database_proxy.atomic():
            if not self._in_circle(person_id):
                raise RoadmapError(_whose_goal())
            goal = Goal.create(
                person=person_id,
                title=title,
                vision=vision.strip(),
                life_area=area[:AREA_MAX],
                status=status,
                start_date=start_date,
                target_date=target_date,
                position=next_position(Goal, Goal.status == status),
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
                goal.title = clean_title(changes["title"], "goal")
            if "vision" in changes:
                goal.vision = str(changes["vision"]).strip()
            if "life_area" in changes:
                goal.life_area = (
                    " ".join(str(changes["life_area"]).split()) or default_life_areas()[-1]
                )[:AREA_MAX]
            if "start_date" in changes:
                goal.start_date = changes["start_date"]
            if "target_date" in changes:
                goal.target_date = changes["target_date"]
            if "person_id" in changes:
                if not self._in_circle(changes["person_id"]):
                    raise RoadmapError(_whose_goal())
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
        check_status(status)
        changes: list[Change] = []
        with database_proxy.atomic():
            goal: Any = self._alive_goal(goal_id)
            old_status = goal.status
            goal.position = position_before(Goal, goal_id, before_id, Goal.status == status)
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
                        text=translate("Victory", "Goal achieved: {title}").format(
                            title=goal.title
                        ),
                    )
                    changes.append(Change("victory", "inserted", (victory.id,)))
        self._publish(Change("goal", "updated", (goal_id,)), *changes)
        return self.get_goal(goal_id)

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
                raise RoadmapError(
                    translate("RoadmapError", "That goal is not deleted; nothing to undo.")
                )
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

    # -- participants ----------------------------------------------------------------------

    def participants(self, goal_id: str) -> list[ParticipantRow]:
        query = (
            live(GoalParticipant)
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
        if not self._in_circle(person_id):
            raise RoadmapError(
                translate("RoadmapError", "A participant must be someone in the circle.")
            )
        existing = (
            live(GoalParticipant)
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
