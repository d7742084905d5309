"""The reminder plan: which times it gives, and what it never says."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from peerdesk.services.reminders import (
    KINDS,
    ReminderPlan,
    ReminderService,
    next_occurrences,
    reminder_text,
)
from peerdesk.services.session import Services

MONDAY_NOON = datetime(2026, 11, 30, 12, 0)  # a Monday


def test_nothing_until_turned_on() -> None:
    assert ReminderPlan().enabled is False
    assert next_occurrences(ReminderPlan(), MONDAY_NOON) == []


def test_checkin_times_every_day_after_now_within_the_horizon() -> None:
    plan = ReminderPlan(enabled=True, checkin_times=(time(9, 0), time(20, 30)))
    found = next_occurrences(plan, MONDAY_NOON, horizon=timedelta(days=2))
    assert [(r.at, r.kind) for r in found] == [
        (datetime(2026, 11, 30, 20, 30), "checkin"),
        (datetime(2026, 12, 1, 9, 0), "checkin"),
        (datetime(2026, 12, 1, 20, 30), "checkin"),
        (datetime(2026, 12, 2, 9, 0), "checkin"),
    ]


def test_goal_reviews_on_the_chosen_weekdays_and_milestones_on_their_day() -> None:
    plan = ReminderPlan(
        enabled=True,
        checkin_times=(),
        review_weekdays=(2,),  # Wednesday
        review_time=time(18, 0),
        milestones=True,
        milestone_time=time(9, 0),
    )
    due = [date(2026, 12, 1), date(2026, 11, 29), date(2027, 3, 1)]  # tomorrow, past, far
    found = next_occurrences(plan, MONDAY_NOON, due)
    assert [(r.at, r.kind) for r in found] == [
        (datetime(2026, 12, 1, 9, 0), "milestone_due"),
        (datetime(2026, 12, 2, 18, 0), "goal_review"),
    ]
    without = next_occurrences(
        plan.__class__(**{**plan.__dict__, "milestones": False}), MONDAY_NOON, due
    )
    assert [r.kind for r in without] == ["goal_review"]


def test_the_texts_are_generic_and_fixed() -> None:
    texts = {reminder_text(kind) for kind in KINDS}
    assert len(texts) == 3
    assert all(text.startswith("PeerDesk: ") for text in texts)


def test_a_malformed_stored_plan_is_off_not_an_error() -> None:
    for value in (
        None,
        "x",
        {"enabled": True, "checkin_times": ["25:99"]},
        {"review_weekdays": ["a"]},
    ):
        assert ReminderPlan.from_json(value) == ReminderPlan()
    plan = ReminderPlan(enabled=True, checkin_times=(time(7, 15),), review_weekdays=(0, 6))
    assert ReminderPlan.from_json(plan.to_json()) == plan


def test_the_plan_lives_in_the_vault_and_milestones_come_from_the_roadmap(
    services: Services,
) -> None:
    due_dates: list[date] = [date(2026, 12, 1)]
    reminders = ReminderService(services.settings, lambda: due_dates, now=lambda: MONDAY_NOON)
    assert reminders.upcoming() == []
    reminders.save_plan(ReminderPlan(enabled=True, checkin_times=(), milestones=True))
    assert ReminderService(services.settings, lambda: []).plan().milestones is True
    assert [r.kind for r in reminders.upcoming()] == ["milestone_due"]
