"""The printable recovery plan for one person: what goes in is exactly what the user chose.

:func:`build_plan` gathers the chosen goals into a :class:`RecoveryPlan` (plain data);
``plan_text`` turns it into Markdown or HTML and ``gui.exports.roadmap_pdf`` into a PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime

from peerdesk.i18n import translate
from peerdesk.services.people import PeopleService
from peerdesk.services.roadmap.rows import GoalFilter, rating_text, status_label
from peerdesk.services.roadmap.service import RoadmapError, RoadmapService

# Goals offered (and ticked) by default: the ones still being worked on.
DEFAULT_PLAN_STATUSES = ("proposed", "in_progress", "paused")


@dataclass(frozen=True)
class PlanSelection:
    """What the user ticked. ``goal_ids`` None means the goals in DEFAULT_PLAN_STATUSES."""

    person_id: str
    goal_ids: tuple[str, ...] | None = None
    include_vision: bool = True
    include_milestones: bool = True
    include_participants: bool = True
    include_contacts: bool = False  # contact details are other people's data: opt in
    checkins_per_goal: int = 3  # the most recent N check-ins per goal; 0 leaves them out
    include_victories: bool = False


@dataclass(frozen=True)
class PlanMilestone:
    title: str
    owner: str
    due_date: date | None
    done_at: date | None
    due_after_target: bool


@dataclass(frozen=True)
class PlanPerson:
    name: str
    role: str
    contact: str = ""


@dataclass(frozen=True)
class PlanCheckin:
    occurred_at: datetime
    who: str
    summary: str  # a status change in words, or "Going well (4 of 5)"
    what_happened: str
    next_step: str
    next_step_owner: str


@dataclass(frozen=True)
class PlanGoal:
    title: str
    vision: str
    life_area: str
    status: str
    start_date: date | None
    target_date: date | None
    progress_text: str
    warnings: tuple[str, ...]
    milestones: tuple[PlanMilestone, ...] = ()
    people: tuple[PlanPerson, ...] = ()
    checkins: tuple[PlanCheckin, ...] = ()


@dataclass(frozen=True)
class PlanVictory:
    occurred_at: datetime
    text: str


@dataclass(frozen=True)
class RecoveryPlan:
    person_name: str
    prepared_on: date
    goals: tuple[PlanGoal, ...]
    victories: tuple[PlanVictory, ...] = field(default=())

    @property
    def milestone_count(self) -> int:
        return sum(len(g.milestones) for g in self.goals)

    @property
    def checkin_count(self) -> int:
        return sum(len(g.checkins) for g in self.goals)

    def describe(self) -> str:
        """What the file will contain, in one line (for the export dialog and the CLI)."""
        parts = [
            translate("RecoveryPlan", "%n goal(s)", None, len(self.goals)),
            translate("RecoveryPlan", "%n milestone(s)", None, self.milestone_count),
            translate("RecoveryPlan", "%n check-in(s)", None, self.checkin_count),
        ]
        if self.victories:
            parts.append(translate("RecoveryPlan", "%n small win(s)", None, len(self.victories)))
        return translate("RecoveryPlan", "Recovery plan for {name}: {parts}").format(
            name=self.person_name, parts=", ".join(parts)
        )


def plan_goal_ids(roadmap: RoadmapService, person_id: str) -> list[str]:
    """The goals offered by default for a person's plan, in timeline order."""
    ids = roadmap.roadmap_goal_ids(GoalFilter(person_id=person_id))
    rows = roadmap.goal_rows(ids)
    return [gid for gid in ids if gid in rows and rows[gid].status in DEFAULT_PLAN_STATUSES]


def build_plan(
    roadmap: RoadmapService,
    people: PeopleService,
    selection: PlanSelection,
    *,
    prepared_on: date | None = None,
) -> RecoveryPlan:
    person = people.get(selection.person_id)
    wanted: Sequence[str] = (
        selection.goal_ids if selection.goal_ids is not None else plan_goal_ids(roadmap, person.id)
    )
    rows = roadmap.goal_rows(list(wanted))
    contacts = {p.id: p.contact for p in people.list()} if selection.include_contacts else {}
    goals: list[PlanGoal] = []
    for goal_id in wanted:
        row = rows.get(goal_id)
        if row is None:
            continue
        if row.person_id != person.id:
            raise RoadmapError(
                translate(
                    "RoadmapError", "The goal “{title}” belongs to someone else's roadmap."
                ).format(title=row.title)
            )
        milestones: tuple[PlanMilestone, ...] = ()
        if selection.include_milestones:
            milestones = tuple(
                PlanMilestone(m.title, m.owner_name, m.due_date, m.done_at, m.due_after_target)
                for m in roadmap.milestones(goal_id)
            )
        plan_people: tuple[PlanPerson, ...] = ()
        if selection.include_participants:
            plan_people = tuple(
                PlanPerson(w.person_name, w.role, contacts.get(w.person_id, ""))
                for w in roadmap.who_does_what(goal_id)
            )
        checkins: tuple[PlanCheckin, ...] = ()
        if selection.checkins_per_goal > 0:
            checkins = tuple(
                PlanCheckin(
                    occurred_at=c.occurred_at,
                    who=c.person_name,
                    summary=c.summary if c.kind == "status" else rating_text(c.rating),
                    what_happened=c.what_happened,
                    next_step=c.next_step,
                    next_step_owner=c.next_step_owner_name,
                )
                for c in roadmap.feed(goal_id, limit=selection.checkins_per_goal)
            )
        goals.append(
            PlanGoal(
                title=row.title,
                vision=row.vision if selection.include_vision else "",
                life_area=row.life_area,
                status=status_label(row.status),
                start_date=row.start_date,
                target_date=row.target_date,
                progress_text=row.progress_text,
                warnings=row.date_warnings,
                milestones=milestones,
                people=plan_people,
                checkins=checkins,
            )
        )
    victories: tuple[PlanVictory, ...] = ()
    if selection.include_victories:
        victories = tuple(
            PlanVictory(v.occurred_at, v.text) for v in roadmap.victories(person_id=person.id)
        )
    return RecoveryPlan(
        person_name=person.name,
        prepared_on=prepared_on or roadmap.today(),
        goals=tuple(goals),
        victories=victories,
    )
