"""What every part of the roadmap service shares: errors, checks and list positions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

from peewee import SQL, NodeList, fn

from peerdesk.i18n import translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.settings import SettingsService
from peerdesk.store.records import Goal, Milestone, Person
from peerdesk.store.records.roadmap import GOAL_STATUSES, RATING_MAX, RATING_MIN

TITLE_MAX = 200
AREA_MAX = 80
# Below this gap between neighbours, a reorder renumbers the whole list (1, 2, 3, ...).
MIN_POSITION_GAP = 1e-6


class RoadmapError(ValueError):
    """A request the roadmap cannot carry out, in words for the user."""


class GoalNotFound(LookupError):
    pass


def alive(record: Any) -> Any:
    """``deleted_at IS NULL``, written so SQLite will not use the deleted_at index for it.

    Nearly every row is alive, so that index is the worst choice for this test, but without
    ANALYZE statistics SQLite takes it anyway (5x slower goal rows on a large vault). A
    unary ``+`` is SQLite's documented way to rule an index out.
    """
    return NodeList((SQL("+"), record.deleted_at), glue="").is_null()


def live(record: Any) -> Any:
    """A select of the record's living rows (like ``Record.alive()``, see :func:`alive`)."""
    return record.select().where(alive(record))


def local_now() -> datetime:
    return datetime.now().replace(microsecond=0)


def clean_title(title: str, what: str) -> str:
    title = " ".join(title.split())
    milestone = what == "milestone"
    if not title:
        raise RoadmapError(
            translate("RoadmapError", "A milestone needs a title.")
            if milestone
            else translate("RoadmapError", "A goal needs a title.")
        )
    if len(title) > TITLE_MAX:
        text = (
            translate("RoadmapError", "A milestone title can be at most {count} characters.")
            if milestone
            else translate("RoadmapError", "A goal title can be at most {count} characters.")
        )
        raise RoadmapError(text.format(count=TITLE_MAX))
    return title


def check_status(status: str) -> str:
    if status not in GOAL_STATUSES:
        raise RoadmapError(f"Unknown status {status!r}; choose one of: {', '.join(GOAL_STATUSES)}.")
    return status


def check_rating(rating: int | None) -> int | None:
    if rating is None:
        return None
    if not RATING_MIN <= int(rating) <= RATING_MAX:
        raise RoadmapError(
            translate("RoadmapError", "How it is going is a number from {low} to {high}.").format(
                low=RATING_MIN, high=RATING_MAX
            )
        )
    return int(rating)


def between(before: float | None, after: float | None) -> float | None:
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


def next_position(record: Any, *where: Any) -> float:
    """The position after the last living row of ``record`` matching ``where`` (append)."""
    last = record.select(fn.MAX(record.position)).where(alive(record), *where).scalar()
    return float(last or 0.0) + 1.0


def position_before(record: Any, moving_id: str, before_id: str | None, *where: Any) -> float:
    """The position that puts ``moving_id`` just before ``before_id`` (None: at the end).

    The siblings are the living rows of ``record`` matching ``where``. When the neighbours are
    too close to split, the siblings are renumbered 1, 2, 3, ... leaving a gap for the mover.
    """
    siblings = list(
        live(record)
        .select(record.id, record.position)
        .where(record.id != moving_id, *where)
        .order_by(record.position, record.created_at, record.id)
        .tuples()
    )
    index = next((i for i, (rid, _p) in enumerate(siblings) if rid == before_id), len(siblings))
    prev_pos = siblings[index - 1][1] if index > 0 else None
    next_pos = siblings[index][1] if index < len(siblings) else None
    position = between(prev_pos, next_pos)
    if position is not None:
        return position
    for i, (rid, _pos) in enumerate(siblings):
        record.update(position=float(i + 1 if i < index else i + 2)).where(
            record.id == rid
        ).execute()
    return float(index + 1)


class RoadmapBase:
    """State and look-ups shared by the goal, milestone, feed and list parts of the service."""

    def __init__(
        self,
        bus: ChangeBus,
        settings: SettingsService,
        *,
        today: Callable[[], date] = date.today,
        now: Callable[[], datetime] = local_now,
    ) -> None:
        self.bus = bus
        self.settings = settings
        self.today = today
        self.now = now

    def _publish(self, *changes: Change) -> None:
        for change in changes:
            self.bus.publish(change)

    def _alive_goal(self, goal_id: str) -> Any:
        goal = live(Goal).where(Goal.id == goal_id).first()
        if goal is None:
            raise GoalNotFound(f"No goal with id {goal_id}.")
        return goal

    def _alive_milestone(self, milestone_id: str) -> Any:
        record = live(Milestone).where(Milestone.id == milestone_id).first()
        if record is None:
            raise RoadmapError(translate("RoadmapError", "That milestone no longer exists."))
        return record

    def _owner_id(self) -> str | None:
        owner = live(Person).where(Person.is_owner == True).first()  # noqa: E712
        return owner.id if owner is not None else None

    @staticmethod
    def _in_circle(person_id: str) -> bool:
        return bool(live(Person).where(Person.id == person_id).count() > 0)
