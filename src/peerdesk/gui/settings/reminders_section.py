"""Settings → Reminders: when to be nudged, and whether PeerDesk starts at login."""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QLocale, QTime, Signal
from PySide6.QtWidgets import QCheckBox, QGroupBox, QWidget

from peerdesk.gui.common import accessibility, autostart
from peerdesk.gui.forms.ui_reminders_section import Ui_RemindersSection
from peerdesk.services.reminders import ReminderPlan
from peerdesk.services.reminders.schedule import MAX_CHECKIN_TIMES


def _qtime(value: time) -> QTime:
    return QTime(value.hour, value.minute)


def _time(value: QTime) -> time:
    return time(value.hour(), value.minute())


class RemindersSection(QGroupBox):
    plan_edited = Signal(object)  # ReminderPlan

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RemindersSection()
        self.ui.setupUi(self)
        self.ui.privacyHint.setProperty("role", "muted")
        self._loading = False
        self._times: list[time] = []
        locale = QLocale()
        self.day_checks: list[QCheckBox] = []
        for day in range(7):  # Monday first, as Python counts
            check = QCheckBox(locale.dayName(day + 1, QLocale.FormatType.ShortFormat))
            check.setAccessibleName(
                self.tr("Goal review on {day}").format(
                    day=locale.dayName(day + 1, QLocale.FormatType.LongFormat)
                )
            )
            check.setObjectName(f"reviewDay{day + 1}")
            check.toggled.connect(self._edited)
            self.ui.dayRow.addWidget(check)
            self.day_checks.append(check)
        ui = self.ui
        ui.enabledCheck.setAccessibleName(self.tr("Turn on reminders"))
        ui.milestoneCheck.setAccessibleName(self.tr("Remind me on the day a milestone is due"))
        ui.loginCheck.setAccessibleName(self.tr("Start PeerDesk when I log in"))
        ui.addTimeButton.setAccessibleName(self.tr("Add a check-in reminder time"))
        ui.removeTimeButton.setAccessibleName(self.tr("Remove the selected check-in time"))
        ui.newTimeEdit.setTime(QTime(20, 0))
        for signal in (ui.enabledCheck.toggled, ui.milestoneCheck.toggled):
            signal.connect(self._edited)
        for edit in (ui.reviewTimeEdit, ui.milestoneTimeEdit):
            edit.timeChanged.connect(self._edited)
        ui.addTimeButton.clicked.connect(self._add_time)
        ui.removeTimeButton.clicked.connect(self._remove_time)
        ui.loginCheck.toggled.connect(self._login_toggled)
        # The weekday boxes are made here, after the form: Tab follows the form as it reads.
        accessibility.chain_tab_order(self.tab_stops())

    def tab_stops(self) -> list[QWidget]:
        ui = self.ui
        return [
            ui.enabledCheck,
            ui.checkinTimes,
            ui.newTimeEdit,
            ui.addTimeButton,
            ui.removeTimeButton,
            *self.day_checks,
            ui.reviewTimeEdit,
            ui.milestoneCheck,
            ui.milestoneTimeEdit,
            ui.loginCheck,
        ]

    # -- in and out ------------------------------------------------------------------------

    def load(self, plan: ReminderPlan) -> None:
        self._loading = True
        ui = self.ui
        ui.enabledCheck.setChecked(plan.enabled)
        self._times = list(plan.checkin_times)
        self._fill_times()
        for day, check in enumerate(self.day_checks):
            check.setChecked(day in plan.review_weekdays)
        ui.reviewTimeEdit.setTime(_qtime(plan.review_time))
        ui.milestoneCheck.setChecked(plan.milestones)
        ui.milestoneTimeEdit.setTime(_qtime(plan.milestone_time))
        ui.loginCheck.setChecked(autostart.is_enabled())
        self._loading = False
        self._update_enabled()

    def plan(self) -> ReminderPlan:
        ui = self.ui
        return ReminderPlan(
            enabled=ui.enabledCheck.isChecked(),
            checkin_times=tuple(sorted(self._times)),
            review_weekdays=tuple(d for d, c in enumerate(self.day_checks) if c.isChecked()),
            review_time=_time(ui.reviewTimeEdit.time()),
            milestones=ui.milestoneCheck.isChecked(),
            milestone_time=_time(ui.milestoneTimeEdit.time()),
        )

    # -- editing ---------------------------------------------------------------------------

    def _fill_times(self) -> None:
        self.ui.checkinTimes.clear()
        for value in sorted(self._times):
            # As the window's language writes a time (14:30, 2:30 PM).
            shown = QLocale().toString(_qtime(value), QLocale.FormatType.ShortFormat)
            self.ui.checkinTimes.addItem(shown)

    def _add_time(self) -> None:
        value = _time(self.ui.newTimeEdit.time())
        if value not in self._times and len(self._times) < MAX_CHECKIN_TIMES:
            self._times.append(value)
            self._fill_times()
            self._edited()

    def _remove_time(self) -> None:
        times = sorted(self._times)
        row = self.ui.checkinTimes.currentRow()
        if 0 <= row < len(times):
            del times[row]
            self._times = times
            self._fill_times()
            self._edited()

    def _edited(self) -> None:
        self._update_enabled()
        if not self._loading:
            self.plan_edited.emit(self.plan())

    def _update_enabled(self) -> None:
        on = self.ui.enabledCheck.isChecked()
        for widget in (
            self.ui.checkinTimes,
            self.ui.newTimeEdit,
            self.ui.addTimeButton,
            self.ui.removeTimeButton,
            self.ui.reviewTimeEdit,
            self.ui.milestoneCheck,
            self.ui.milestoneTimeEdit,
            *self.day_checks,
        ):
            widget.setEnabled(on)
        full = len(self._times) >= MAX_CHECKIN_TIMES
        self.ui.addTimeButton.setEnabled(on and not full)

    def _login_toggled(self, checked: bool) -> None:
        if not self._loading:
            autostart.set_enabled(checked)
