"""The roadmap's two passing messages: a victory banner that fades in and goes by itself,
and the undo bar after a goal was deleted."""

from __future__ import annotations

from PySide6.QtCore import QEasingCurve, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QLabel

VICTORY_SHOWN_MS = 9000
UNDO_SHOWN_MS = 20000
BANNER_STYLE = (
    "QFrame#victoryBanner { background: #fff4dc; border: 1px solid #e8b86d; border-radius: 10px; }"
)
UNDO_STYLE = "QFrame#undoBar { background: #eef4f3; border: 1px solid #9bb; border-radius: 10px; }"


class PassingBanner(QObject):
    """A frame with a text label, shown for ``shown_ms`` (faded in when ``fade`` is set)."""

    def __init__(
        self,
        frame: QFrame,
        label: QLabel,
        *,
        style: str,
        shown_ms: int,
        fade: bool = False,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.frame = frame
        self.label = label
        frame.setStyleSheet(style)
        frame.hide()
        self._timer = QTimer(self, singleShot=True, interval=shown_ms)
        self._timer.timeout.connect(self.dismiss)
        self._fade: QPropertyAnimation | None = None
        if fade:
            effect = QGraphicsOpacityEffect(frame)
            frame.setGraphicsEffect(effect)
            self._fade = QPropertyAnimation(effect, b"opacity", self)
            self._fade.setDuration(450)
            self._fade.setEasingCurve(QEasingCurve.Type.OutCubic)

    def show_text(self, text: str) -> None:
        self.label.setText(text)
        self.frame.setAccessibleDescription(text)
        self.frame.show()
        if self._fade is not None:
            self._fade.stop()
            self._fade.setStartValue(0.0)
            self._fade.setEndValue(1.0)
            self._fade.start()
        self._timer.start()

    def dismiss(self) -> None:
        self._timer.stop()
        self.frame.hide()

    def clear(self) -> None:
        """Forget the text too (the vault is locking: nothing decrypted stays on screen)."""
        self.dismiss()
        self.label.clear()
