"""The reminder plan and the times it gives.

The plan (check-in times, goal review days, milestone reminders) lives in the vault with
the other settings. What leaves the vault is only what a locked PeerDesk needs to ring on
time: a list of (kind, time) pairs. A kind is one of three fixed words, so the text a
notification shows is always one of three generic sentences: notifications can appear on a
locked screen and must never carry a goal, a name or a feeling.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.services.settings import SettingsService

PLAN_SETTING = "reminders.plan"
KINDS = ("checkin", "goal_review", "milestone_due")
_TEXTS = {
    "checkin": QT_TRANSLATE_NOOP("Reminders", "PeerDesk: time for your check-in"),
    "goal_review": QT_TRANSLATE_NOOP("Reminders", "PeerDesk: time to look at your goals"),
    "milestone_due": QT_TRANSLATE_NOOP("Reminders", "PeerDesk: a step on your roadmap is due"),
}
HORIZON = timedelta(days=8)  # how far ahead the stored times reach
MAX_CHECKIN_TIMES = 6


def reminder_text(kind: str) -> str:
    """The whole notification text for ``kind``: generic by construction."""
    return translate("Reminders", _TEXTS[kind])


@dataclass(frozen=True)
class ReminderPlan:
    """What the user asked to be reminded of. Off until they turn it on."""

    enabled: bool = False
    checkin_times: tuple[time, ...] = (time(20, 0),)
    review_weekdays: tuple[int, ...] = ()  # 0 = Monday
    review_time: time = time(18, 0)
    milestones: bool = False  # a nudge in the morning of a milestone's due date
    milestone_time: time = time(9, 0)

    def to_json(self) -> dict[str, Any]:
        return {
            "enabled": self.enabled,
            "checkin_times": [t.strftime("%H:%M") for t in self.checkin_times],
            "review_weekdays": list(self.review_weekdays),
            "review_time": self.review_time.strftime("%H:%M"),
            "milestones": self.milestones,
            "milestone_time": self.milestone_time.strftime("%H:%M"),
        }

    @classmethod
    def from_json(cls, value: object) -> ReminderPlan:
        """A plan from stored JSON; anything malformed falls back to the default (off)."""
        if not isinstance(value, dict):
            return cls()
        try:
            times = tuple(sorted({_hhmm(t) for t in value.get("checkin_times", [])}))
            days = tuple(
                sorted({int(d) for d in value.get("review_weekdays", []) if 0 <= int(d) <= 6})
            )
            return cls(
                enabled=bool(value.get("enabled", False)),
                checkin_times=times[:MAX_CHECKIN_TIMES],
                review_weekdays=days,
                review_time=_hhmm(value.get("review_time", "18:00")),
                milestones=bool(value.get("milestones", False)),
                milestone_time=_hhmm(value.get("milestone_time", "09:00")),
            )
        except (TypeError, ValueError):
            return cls()


def _hhmm(value: object) -> time:
    if not isinstance(value, str):
        raise ValueError("not a time")
    return time.fromisoformat(value).replace(second=0, microsecond=0)


@dataclass(frozen=True, order=True)
class DueReminder:
    at: datetime
    kind: str = field(compare=False)

    def text(self) -> str:
        return reminder_text(self.kind)


def next_occurrences(
    plan: ReminderPlan,
    now: datetime,
    milestone_due_dates: Sequence[date] = (),
    horizon: timedelta = HORIZON,
) -> list[DueReminder]:
    """Every reminder strictly after ``now`` and within ``horizon``, in time order.

    ``milestone_due_dates`` are the due dates of open milestones (dates only: no titles).
    """
    if not plan.enabled:
        return []
    end = now + horizon
    found: list[DueReminder] = []
    day = now.date()
    while datetime.combine(day, time()) <= end:
        for moment in plan.checkin_times:
            found.append(DueReminder(datetime.combine(day, moment), "checkin"))
        if day.weekday() in plan.review_weekdays:
            found.append(DueReminder(datetime.combine(day, plan.review_time), "goal_review"))
        day += timedelta(days=1)
    if plan.milestones:
        for due in sorted(set(milestone_due_dates)):
            found.append(DueReminder(datetime.combine(due, plan.milestone_time), "milestone_due"))
    return sorted(r for r in found if now < r.at <= end)


class ReminderService:
    """Reads and saves the plan in the vault and works out the next reminders."""

    def __init__(
        self,
        settings: SettingsService,
        due_dates: Callable[[], Sequence[date]],
        now: Callable[[], datetime] = datetime.now,
    ) -> None:
        self.settings = settings
        self._due_dates = due_dates
        self.now = now

    def plan(self) -> ReminderPlan:
        return ReminderPlan.from_json(self.settings.get(PLAN_SETTING))

    def save_plan(self, plan: ReminderPlan) -> None:
        self.settings.set(PLAN_SETTING, plan.to_json())

    def upcoming(self) -> list[DueReminder]:
        plan = self.plan()
        dates = self._due_dates() if plan.enabled and plan.milestones else ()
        return next_occurrences(plan, self.now(), dates)
