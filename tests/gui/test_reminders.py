"""Reminders ring on time (clock injected), say nothing personal, respect the lock, and
never ring when they are off."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QSystemTrayIcon
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common import autostart
from peerdesk.gui.settings.reminders_section import RemindersSection
from peerdesk.gui.shell.reminders import NEXT_KEY, ReminderBell, ReminderTicker
from peerdesk.services.reminders import DueReminder, ReminderPlan, ReminderService

CANARY = "Zanzibar-canary-goal"


class Clock:
    def __init__(self, start: datetime) -> None:
        self.value = start

    def __call__(self) -> datetime:
        return self.value


@pytest.fixture
def clock() -> Clock:
    return Clock(datetime(2026, 11, 30, 12, 0))


def test_the_ticker_rings_each_kind_once_when_due_and_skips_long_missed_ones(
    qtbot: QtBot, clock: Clock
) -> None:
    ticker = ReminderTicker(now=clock)
    at = clock.value + timedelta(minutes=5)
    ticker.set_upcoming(
        [
            DueReminder(at, "checkin"),
            DueReminder(at, "goal_review"),
            DueReminder(at + timedelta(days=1), "checkin"),
        ]
    )
    rung: list[str] = []
    ticker.due.connect(rung.append)
    ticker.check()
    assert rung == []
    clock.value = at + timedelta(seconds=1)
    ticker.check()
    assert rung == ["checkin", "goal_review"]
    assert [r.kind for r in ticker.pending] == ["checkin"]
    clock.value += timedelta(days=2)  # the computer slept through the next one
    ticker.check()
    assert rung == ["checkin", "goal_review"]
    assert ticker.pending == []


def test_the_timer_rings_without_being_asked(qtbot: QtBot, clock: Clock) -> None:
    ticker = ReminderTicker(now=clock)
    clock.value += timedelta(minutes=1)  # already due when armed: the timer fires at once
    with qtbot.waitSignal(ticker.due, timeout=3000) as blocker:
        ticker.set_upcoming([DueReminder(clock.value - timedelta(seconds=1), "checkin")])
    assert blocker.args == ["checkin"]


def test_outside_the_vault_only_kinds_and_times_are_kept(qtbot: QtBot, clock: Clock) -> None:
    ticker = ReminderTicker(now=clock)
    ticker.set_upcoming([DueReminder(clock.value + timedelta(hours=1), "milestone_due")])
    stored = QSettings().value(NEXT_KEY)
    assert stored == [["milestone_due", "2026-11-30T13:00:00"]]
    # A new ticker (a restarted, still locked PeerDesk) rings from what was kept.
    again = ReminderTicker(now=clock)
    assert [(r.kind, r.at) for r in again.pending] == [
        ("milestone_due", datetime(2026, 11, 30, 13, 0))
    ]
    again.snooze("checkin", timedelta(minutes=30))
    assert [r.kind for r in again.pending] == ["checkin", "milestone_due"]


def _fake_notify_send(folder: Path) -> Path:
    log = folder / "notify.log"
    script = folder / "notify-send"
    script.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" >> "{log}"\n')
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return log


def test_without_a_tray_a_desktop_notification_says_only_the_generic_sentence(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    log = _fake_notify_send(tmp_path)
    monkeypatch.setenv("PATH", f"{tmp_path}{os.pathsep}{os.environ['PATH']}")
    bell = ReminderBell(QSystemTrayIcon().icon())
    assert bell.ring("checkin") == "notification"
    assert log.read_text().splitlines()[-2:] == ["PeerDesk", "PeerDesk: time for your check-in"]


def test_with_neither_tray_nor_notifications_a_banner_waits_for_the_next_unlock(
    make_controller: Callable[..., AppController],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    monkeypatch.setenv("PATH", str(tmp_path))  # no notify-send here
    controller = make_controller(unlock=False)
    assert controller.reminders.bell.ring("goal_review") == "banner"
    from tests.conftest import PASSPHRASE

    with qtbot.waitSignal(controller.unlocked):
        controller.unlock(PASSPHRASE)
    assert controller.window.statusBar().currentMessage() == "PeerDesk: time to look at your goals"


def test_an_unlocked_plan_feeds_the_ticker_with_no_personal_text(
    unlocked_controller: AppController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = unlocked_controller
    services = controller.services
    assert services is not None
    me = services.people.create("Canary Person", "self", is_owner=True)
    goal = services.roadmap.create_goal(me.id, CANARY, status="in_progress")
    tomorrow = date.today() + timedelta(days=1)
    services.roadmap.add_milestone(goal.id, CANARY + " step", due_date=tomorrow)
    reminders = controller.reminders
    assert reminders.ticker.pending == []  # off by default
    ReminderService(services.settings, lambda: []).save_plan(
        ReminderPlan(enabled=True, checkin_times=(time(8, 0),), milestones=True)
    )
    kinds = {r.kind for r in reminders.ticker.pending}
    assert kinds == {"checkin", "milestone_due"}
    assert CANARY not in repr(QSettings().value(NEXT_KEY))
    shown: list[tuple[str, str]] = []
    reminders.bell.shown.connect(lambda how, kind: shown.append((how, kind)))
    monkeypatch.setattr(QSystemTrayIcon, "isSystemTrayAvailable", staticmethod(lambda: False))
    reminders.ticker.due.emit("milestone_due")
    assert shown
    assert shown[0][1] == "milestone_due"
    # Turned off: nothing left to ring.
    ReminderService(services.settings, lambda: []).save_plan(ReminderPlan(enabled=False))
    assert reminders.ticker.pending == []


def test_a_click_while_locked_shows_the_lock_screen_not_the_area(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    controller = unlocked_controller
    controller.lock()
    controller.reminders.open_for("checkin")
    assert controller.window.is_showing_locked
    from tests.conftest import PASSPHRASE

    with qtbot.waitSignal(controller.unlocked):
        controller.unlock(PASSPHRASE)
    controller.reminders.open_for("goal_review")
    assert controller.window.page_stack.currentWidget() is controller.window.pages["roadmap"]


def test_the_settings_section_edits_the_plan_and_start_at_login(
    qtbot: QtBot, tmp_path: Path
) -> None:
    section = RemindersSection()
    qtbot.addWidget(section)
    section.load(ReminderPlan())
    assert not section.ui.addTimeButton.isEnabled()  # off: nothing to edit
    edits: list[ReminderPlan] = []
    section.plan_edited.connect(edits.append)
    section.ui.enabledCheck.setChecked(True)
    section.day_checks[4].setChecked(True)
    section.ui.newTimeEdit.setTime(section.ui.newTimeEdit.time().fromString("07:30", "HH:mm"))
    section.ui.addTimeButton.click()
    plan = edits[-1]
    assert plan.enabled
    assert plan.review_weekdays == (4,)
    assert time(7, 30) in plan.checkin_times
    assert not autostart.is_enabled()
    section.ui.loginCheck.setChecked(True)
    entry = Path(os.environ["XDG_CONFIG_HOME"]) / "autostart" / "peerdesk.desktop"
    assert entry.exists()
    assert "--minimized" in entry.read_text()
    section.ui.loginCheck.setChecked(False)
    assert not entry.exists()
