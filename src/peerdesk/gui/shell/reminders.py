"""Reminders on the desktop: a ticker that rings at the planned times, and the ways to ring.

The plan lives in the vault; while PeerDesk is locked it cannot be read, so after each unlock
(and each change of the plan or of milestone dates) the ticker is handed the next week's
times and keeps just those — kind and time, no text — in QSettings. A locked PeerDesk rings
from them. The text shown is always one of three generic sentences (``reminder_text``).

How it rings, in order of preference: the tray icon's message where the desktop has a tray
(stock GNOME needs the AppIndicator extension); a freedesktop notification otherwise, sent
with ``notify-send`` (libnotify; PySide6's QtDBus cannot type the call's unsigned argument);
and where neither exists, a calm message in the window's status bar at the next unlock.
Clicking a reminder brings the window up: the lock screen when locked, else the area.
Nothing rings while PeerDesk is closed, unless the user turned on "start at login".
"""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSettings, QTimer, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from peerdesk.services.events import Change
from peerdesk.services.reminders import KINDS, DueReminder, ReminderService, reminder_text
from peerdesk.services.reminders.schedule import PLAN_SETTING

if TYPE_CHECKING:
    from peerdesk.app import AppController

NEXT_KEY = "reminders/next"  # [[kind, ISO time], ...]: no text, nothing from the vault
SNOOZE = timedelta(minutes=30)
LATE_LIMIT = timedelta(hours=2)  # a time missed by more (the computer slept) is skipped
CHECK_EVERY_MS = 60_000  # re-check at least this often: clocks jump, computers sleep


class ReminderTicker(QObject):
    """Holds the upcoming (kind, time) pairs and emits ``due(kind)`` when one is reached."""

    due = Signal(str)

    def __init__(
        self, now: Callable[[], datetime] = datetime.now, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.now = now
        self._pending: list[DueReminder] = []
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.check)
        self._pending = self._load()
        self._arm()

    @property
    def pending(self) -> list[DueReminder]:
        return list(self._pending)

    def set_upcoming(self, reminders: list[DueReminder]) -> None:
        """Replace the plan's times (after an unlock or a change of the plan)."""
        self._pending = sorted(r for r in reminders if r.kind in KINDS)
        self._save()
        self._arm()

    def snooze(self, kind: str, delay: timedelta = SNOOZE) -> None:
        self._pending = sorted([*self._pending, DueReminder(self.now() + delay, kind)])
        self._save()
        self._arm()

    def clear(self) -> None:
        self._pending = []
        self._save()
        self._timer.stop()

    def check(self) -> None:
        """Ring what is due (one ring per kind), drop what was missed long ago, re-arm."""
        now = self.now()
        rung: set[str] = set()
        keep: list[DueReminder] = []
        for reminder in self._pending:
            if reminder.at > now:
                keep.append(reminder)
            elif now - reminder.at <= LATE_LIMIT and reminder.kind not in rung:
                rung.add(reminder.kind)
        changed = len(keep) != len(self._pending)
        self._pending = keep
        if changed:
            self._save()
        for kind in KINDS:
            if kind in rung:
                self.due.emit(kind)
        self._arm()

    def _arm(self) -> None:
        if not self._pending:
            self._timer.stop()
            return
        wait = (self._pending[0].at - self.now()).total_seconds() * 1000
        self._timer.start(int(min(max(wait, 0), CHECK_EVERY_MS)))

    def _save(self) -> None:
        QSettings().setValue(NEXT_KEY, [[r.kind, r.at.isoformat()] for r in self._pending])

    @staticmethod
    def _load() -> list[DueReminder]:
        raw = QSettings().value(NEXT_KEY, [])
        found: list[DueReminder] = []
        for item in raw if isinstance(raw, list) else []:
            try:
                kind, when = item
                if kind in KINDS:
                    found.append(DueReminder(datetime.fromisoformat(str(when)), str(kind)))
            except (TypeError, ValueError):
                continue
        return sorted(found)


def _notify_send() -> str | None:
    return shutil.which("notify-send")


class ReminderBell(QObject):
    """Shows a due reminder the best way the desktop allows, and handles the click."""

    shown = Signal(str, str)  # how ("tray", "notification", "banner"), kind
    opened = Signal(str)  # kind: the user clicked it
    snooze_requested = Signal(str)  # kind

    def __init__(self, icon: QIcon, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._icon = icon
        self.tray: QSystemTrayIcon | None = None
        self.waiting: list[str] = []  # kinds for the banner at the next unlock
        self._last_kind = "checkin"

    def ring(self, kind: str) -> str:
        """Show the reminder; returns how it was shown."""
        self._last_kind = kind
        text = reminder_text(kind)
        if QSystemTrayIcon.isSystemTrayAvailable():
            tray = self._ensure_tray()
            tray.showMessage("PeerDesk", text, self._icon, 15_000)
            how = "tray"
        elif (command := _notify_send()) is not None:
            # The text is one of three fixed sentences: nothing personal on a locked screen.
            subprocess.run(
                [command, "--app-name=PeerDesk", "--expire-time=15000", "PeerDesk", text],
                check=False,
                timeout=10,
                capture_output=True,
            )
            how = "notification"
        else:
            if kind not in self.waiting:
                self.waiting.append(kind)
            how = "banner"
        self.shown.emit(how, kind)
        return how

    def start_in_tray(self) -> bool:
        """Show only the tray icon (start at login); False where the desktop has no tray."""
        if not QSystemTrayIcon.isSystemTrayAvailable():
            return False
        self._ensure_tray()
        return True

    def take_waiting(self) -> list[str]:
        kinds, self.waiting = self.waiting, []
        return kinds

    def _ensure_tray(self) -> QSystemTrayIcon:
        if self.tray is None:
            self.tray = QSystemTrayIcon(self._icon, self)
            self.tray.setToolTip("PeerDesk")  # never anything personal
            self.tray.messageClicked.connect(lambda: self.opened.emit(self._last_kind))
            self.tray.activated.connect(lambda _reason: self.opened.emit(self._last_kind))
            menu = QMenu()
            menu.addAction(self.tr("Open PeerDesk"), lambda: self.opened.emit(self._last_kind))
            menu.addAction(
                self.tr("Remind me again in 30 minutes"),
                lambda: self.snooze_requested.emit(self._last_kind),
            )
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.show()
        return self.tray


class Reminders(QObject):
    """Wires the ticker and the bell to the app: unlock, lock, changes, clicks."""

    def __init__(self, controller: AppController, ticker: ReminderTicker | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        self.ticker = ticker or ReminderTicker(parent=self)
        self.bell = ReminderBell(controller.window.windowIcon(), self)
        self.service: ReminderService | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self.ticker.due.connect(self.bell.ring)
        self.bell.opened.connect(self.open_for)
        self.bell.snooze_requested.connect(lambda kind: self.ticker.snooze(kind))
        controller.unlocked.connect(self._unlocked)
        controller.locked.connect(self._locked)

    def _unlocked(self) -> None:
        services = self.controller.services
        if services is None:
            return
        roadmap = services.roadmap

        def due_dates() -> list[date]:
            return [m.due_date for m in roadmap.due_soon(days=8) if m.due_date is not None]

        self.service = ReminderService(services.settings, due_dates, now=self.ticker.now)
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self.refresh()
        for kind in self.bell.take_waiting():
            self.controller.window.statusBar().showMessage(reminder_text(kind), 20_000)

    def _locked(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.service = None  # the stored times keep ringing; the plan is unreadable now

    def _on_change(self, change: Change) -> None:
        plan_changed = change.entity == "setting" and PLAN_SETTING in change.ids
        if plan_changed or change.entity in ("milestone", "goal"):
            self.refresh()

    def refresh(self) -> None:
        if self.service is None:
            return
        upcoming = self.service.upcoming()
        if upcoming:
            self.ticker.set_upcoming(upcoming)
        else:
            self.ticker.clear()

    def open_for(self, kind: str) -> None:
        """A click on a reminder: the window, on the lock screen or on the area."""
        window = self.controller.window
        window.showNormal()
        window.raise_()
        window.activateWindow()
        if not self.controller.is_locked:
            area = "journal" if kind == "checkin" else "roadmap"
            window.show_area(area)
