"""Auto-lock: notice when nobody has touched the app for a while."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer, Signal

_ACTIVITY = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
    QEvent.Type.InputMethod,
}


class IdleWatcher(QObject):
    """Emits ``idle`` after ``timeout_ms`` without keyboard, mouse or touch input."""

    idle = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.idle)
        self._timeout_ms = 0

    def set_timeout_ms(self, timeout_ms: int) -> None:
        """0 turns auto-lock off."""
        self._timeout_ms = max(0, timeout_ms)
        self.restart()

    def restart(self) -> None:
        if self._timeout_ms > 0:
            self._timer.start(self._timeout_ms)
        else:
            self._timer.stop()

    def stop(self) -> None:
        self._timer.stop()

    @property
    def active(self) -> bool:
        return self._timer.isActive()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in _ACTIVITY and self._timer.isActive():
            self._timer.start(self._timeout_ms)
        return False
