"""Lock PeerDesk when the desktop locks its screen or the computer goes to sleep.

KeePassXC users expect this. On Linux the desktop announces both over D-Bus:
``ActiveChanged(true)`` from the screen saver (freedesktop, GNOME, KDE) on the session bus,
and ``PrepareForSleep(true)`` from logind on the system bus. Where there is no bus (other
platforms, a bare X session) the watcher simply stays silent; idle auto-lock still applies.
"""

from __future__ import annotations

import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

_SCREEN_SAVERS = (
    ("/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)


class ScreenLockWatcher(QObject):
    screen_locked = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.listening = False
        if not sys.platform.startswith("linux"):
            return
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # QtDBus not shipped in this build
            return
        # PySide6's stubs want bytes here, but at run time only the str from SLOT() works.
        _SLOT: Any = SLOT("_active_changed(bool)")
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for path, interface in _SCREEN_SAVERS:
                ok = session.connect(
                    "",
                    path,
                    interface,
                    "ActiveChanged",
                    self,
                    _SLOT,
                )
                self.listening = self.listening or ok
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(
                "org.freedesktop.login1",
                "/org/freedesktop/login1",
                "org.freedesktop.login1.Manager",
                "PrepareForSleep",
                self,
                _SLOT,
            )

    @Slot(bool)
    def _active_changed(self, active: bool) -> None:
        if active:
            self.screen_locked.emit()
