"""Plain, immutable rows the roadmap service hands out (to Qt models, exports and the CLI)."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import date, datetime

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate

# The English names, marked for lupdate; status_label() and rating_label() translate them
# when they are shown (these tables are built at import time, before any translator).
STATUS_LABELS = {
    "proposed": QT_TRANSLATE_NOOP("GoalStatus", "Proposed"),
    "in_progress": QT_TRANSLATE_NOOP("GoalStatus", "In progress"),
    "paused": QT_TRANSLATE_NOOP("GoalStatus", "Paused"),
    "achieved": QT_TRANSLATE_NOOP("GoalStatus", "Achieved"),
    "not_achieved": QT_TRANSLATE_NOOP("GoalStatus", "Not achieved (yet)"),
}
# Statuses where work is still expected: "due soon" and "waiting on me" look only at these.
ACTIVE_STATUSES = ("proposed", "in_progress")
RATING_LABELS = {
    1: QT_TRANSLATE_NOOP("CheckinRating", "Struggling"),
    2: QT_TRANSLATE_NOOP("CheckinRating", "Hard going"),
    3: QT_TRANSLATE_NOOP("CheckinRating", "Steady"),
    4: QT_TRANSLATE_NOOP("CheckinRating", "Going well"),
    5: QT_TRANSLATE_NOOP("CheckinRating", "Great"),
}


def status_label(status: str) -> str:
    """A goal status in words, in the language shown."""
    label = STATUS_LABELS.get(status)
    return translate("GoalStatus", label) if label is not None else status


def rating_label(rating: int | None) -> str:
    """How a check-in said it is going ("Going well"), in the language shown; "" if unsaid."""
    label = RATING_LABELS.get(rating or 0)
    return translate("CheckinRating", label) if label is not None else ""


def rating_text(rating: int | None) -> str:
    """ "Going well (4 of 5)"; "" when the check-in gave no rating."""
    if rating is None:
        return ""
    return translate("CheckinRating", "{label} ({rating} of 5)").format(
        label=rating_label(rating), rating=rating
    )


@dataclass(frozen=True)
class GoalFilter:
    """Which goals a view shows. ``None`` means "any"; ``text``: words the title holds."""

    person_id: str | None = None
    life_area: str | None = None
    status: str | None = None
    text: str = ""


def fold(text: str) -> str:
    """Lower case without accents, for matching what someone types ("manana" finds
    "Mañana")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def title_matches(title: str, query: str) -> bool:
    """Every word of ``query`` is somewhere in ``title`` (case and accents aside)."""
    folded = fold(title)
    return all(word in folded for word in fold(query).split())


@dataclass(frozen=True)
class GoalRow:
    id: str
    person_id: str
    person_name: str
    title: str
    vision: str
    life_area: str
    status: str
    start_date: date | None
    target_date: date | None
    position: float
    milestones_total: int = 0
    milestones_done: int = 0
    milestones_after_target: int = 0
    next_due: date | None = None

    @property
    def progress(self) -> float:
        """Share of milestones done, 0.0–1.0 (0 when the goal has no milestones)."""
        if self.milestones_total == 0:
            return 0.0
        return self.milestones_done / self.milestones_total

    @property
    def progress_text(self) -> str:
        if self.milestones_total == 0:
            return translate("GoalRow", "No milestones yet")
        return translate(
            "GoalRow", "{done} of %n milestone(s) done", None, self.milestones_total
        ).format(done=self.milestones_done)

    @property
    def status_label(self) -> str:
        return status_label(self.status)

    @property
    def target_before_start(self) -> bool:
        return (
            self.start_date is not None
            and self.target_date is not None
            and self.target_date < self.start_date
        )

    @property
    def date_warnings(self) -> tuple[str, ...]:
        """Out-of-order dates: allowed, but worth a second look."""
        warnings: list[str] = []
        if self.target_before_start:
            warnings.append(translate("GoalRow", "The target date is before the start date."))
        if self.milestones_after_target == 1:
            warnings.append(
                translate("GoalRow", "One milestone is due after the goal's target date.")
            )
        elif self.milestones_after_target > 1:
            warnings.append(
                translate(
                    "GoalRow",
                    "%n milestones are due after the goal's target date.",
                    None,
                    self.milestones_after_target,
                )
            )
        return tuple(warnings)


@dataclass(frozen=True)
class MilestoneRow:
    id: str
    goal_id: str
    title: str
    owner_id: str | None
    owner_name: str
    due_date: date | None
    done_at: date | None
    position: float
    goal_title: str = ""
    goal_target: date | None = None

    @property
    def done(self) -> bool:
        return self.done_at is not None

    @property
    def due_after_target(self) -> bool:
        return (
            self.due_date is not None
            and self.goal_target is not None
            and self.due_date > self.goal_target
        )


@dataclass(frozen=True)
class CheckinRow:
    id: str
    goal_id: str
    kind: str  # "checkin" | "status"
    occurred_at: datetime
    person_id: str | None
    person_name: str
    rating: int | None
    what_happened: str
    next_step: str
    next_step_owner_id: str | None
    next_step_owner_name: str
    from_status: str | None = None
    to_status: str | None = None

    @property
    def summary(self) -> str:
        """One line for lists: a status change reads as a sentence, a check-in as its news."""
        if self.kind == "status":
            old = status_label(self.from_status or "")
            new = status_label(self.to_status or "")
            return translate("CheckinRow", "Status changed from {old} to {new}").format(
                old=old, new=new
            )
        if self.what_happened:
            return self.what_happened.splitlines()[0]
        return rating_label(self.rating) or translate("CheckinRow", "Check-in")


@dataclass(frozen=True)
class VictoryRow:
    id: str
    occurred_at: datetime
    person_id: str | None
    person_name: str
    goal_id: str | None
    goal_title: str
    milestone_id: str | None
    text: str


@dataclass(frozen=True)
class ParticipantRow:
    id: str
    goal_id: str
    person_id: str
    person_name: str
    role: str


@dataclass(frozen=True)
class WhoDoesWhat:
    """One person's part in a goal: the open milestones they own and the next steps they took on."""

    person_id: str
    person_name: str
    role: str
    milestones: tuple[str, ...] = ()
    next_steps: tuple[str, ...] = ()


@dataclass(frozen=True)
class WaitingItem:
    """Something waiting on one person: an open milestone or a check-in's next step."""

    kind: str  # "milestone" | "next_step"
    id: str  # milestone id or check-in id
    goal_id: str
    goal_title: str
    text: str
    due_date: date | None = None


@dataclass(frozen=True)
class DeletedGoal:
    """What :meth:`RoadmapService.undo_delete_goal` needs to bring a deleted goal back."""

    goal_id: str
    title: str
    deleted_at: datetime
    milestones: int = 0
    checkins: int = 0
