"""Roadmap: shared goals, milestones with owners, accountability check-ins, victories."""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import BaseRecord
from peerdesk.store.records.people import Person

GOAL_STATUSES = ("proposed", "in_progress", "paused", "achieved", "not_achieved")
# The starting list; the vault's own (editable) list lives in the settings.
DEFAULT_LIFE_AREAS = (
    "Health",
    "Housing",
    "Work and learning",
    "Relationships",
    "Recovery",
    "Wellbeing",
    "Other",
)
CHECKIN_KINDS = ("checkin", "status")
RATING_MIN, RATING_MAX = 1, 5


class Goal(BaseRecord):
    person = peewee.ForeignKeyField(Person, backref="goals", on_delete="RESTRICT")
    title = peewee.CharField(max_length=200)
    vision = peewee.TextField(default="")  # why this matters, in the person's own words
    life_area = peewee.CharField(max_length=80, default="Other")
    status = peewee.CharField(max_length=20, default="proposed", index=True)
    start_date = peewee.DateField(null=True)
    target_date = peewee.DateField(null=True)
    position = peewee.FloatField(default=0)  # order within a board column


class GoalParticipant(BaseRecord):
    goal = peewee.ForeignKeyField(Goal, backref="participants", on_delete="CASCADE")
    person = peewee.ForeignKeyField(Person, backref="participations", on_delete="CASCADE")
    role = peewee.CharField(max_length=80, default="")


class Milestone(BaseRecord):
    goal = peewee.ForeignKeyField(Goal, backref="milestones", on_delete="CASCADE")
    title = peewee.CharField(max_length=200)
    owner = peewee.ForeignKeyField(Person, null=True, backref="milestones", on_delete="SET NULL")
    due_date = peewee.DateField(null=True, index=True)
    done_at = peewee.DateField(null=True)
    position = peewee.FloatField(default=0)


class GoalCheckin(BaseRecord):
    """One item of a goal's feed: an accountability check-in or a recorded status change."""

    goal = peewee.ForeignKeyField(Goal, backref="checkins", on_delete="CASCADE")
    kind = peewee.CharField(max_length=20, default="checkin")  # one of CHECKIN_KINDS
    occurred_at = peewee.DateTimeField(index=True)
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    rating = peewee.IntegerField(null=True)  # RATING_MIN..RATING_MAX, how it is going
    what_happened = peewee.TextField(default="")
    next_step = peewee.TextField(default="")
    next_step_owner = peewee.ForeignKeyField(
        Person, null=True, backref="next_steps", on_delete="SET NULL"
    )
    from_status = peewee.CharField(max_length=20, null=True)  # kind "status" only
    to_status = peewee.CharField(max_length=20, null=True)


class Victory(BaseRecord):
    occurred_at = peewee.DateTimeField(index=True)
    person = peewee.ForeignKeyField(Person, null=True, on_delete="SET NULL")
    goal = peewee.ForeignKeyField(Goal, null=True, backref="victories", on_delete="SET NULL")
    milestone = peewee.ForeignKeyField(Milestone, null=True, on_delete="SET NULL")
    text = peewee.TextField()


RECORDS: list[type[peewee.Model]] = [Goal, GoalParticipant, Milestone, GoalCheckin, Victory]
# The goal's feed is read newest first, per goal; milestones in order, per goal.
EXTRA_SQL: list[str] = [
    "CREATE INDEX IF NOT EXISTS goal_checkin_feed ON goal_checkin (goal_id, occurred_at)",
    "CREATE INDEX IF NOT EXISTS milestone_order ON milestone (goal_id, position)",
    # A board column is read in order without sorting.
    "CREATE INDEX IF NOT EXISTS goal_board ON goal (status, position)",
]
