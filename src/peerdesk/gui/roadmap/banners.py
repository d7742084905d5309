"""The roadmap's two passing messages: a victory banner that fades in and goes by itself,
and the undo bar after a goal was deleted.

Both float over the bottom of the page (``overlay=host``) instead of taking a place in its
layout: showing one must never move what is under the mouse (a click meant for a row would
land on the next one).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEasingCurve, QEvent, QObject, QPropertyAnimation, QTimer
from PySide6.QtWidgets import QFrame, QGraphicsOpacityEffect, QLabel, QWidget

from peerdesk.gui.common.theme import colour

OVERLAY_MARGIN = 16
OVERLAY_MAX_WIDTH = 720

VICTORY_SHOWN_MS = 9000
UNDO_SHOWN_MS = 20000
# Colours of the current scheme's roles, read when shown and again when the scheme changes.
STYLE = "QFrame#{frame} {{ background: {bg}; border: 1px solid {edge}; border-radius: 10px; }}"


def banner_style() -> str:
    return STYLE.format(
        frame="victoryBanner", bg=colour("victory_bg"), edge=colour("victory_border")
    )


def undo_style() -> str:
    return STYLE.format(frame="undoBar", bg=colour("undo_bg"), edge=colour("undo_border"))


class PassingBanner(QObject):
    """A frame with a text label, shown for ``shown_ms`` (faded in when ``fade`` is set)."""

    def __init__(
        self,
        frame: QFrame,
        label: QLabel,
        *,
        style: Callable[[], str],
        shown_ms: int,
        fade: bool = False,
        overlay: QWidget | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.frame = frame
        self.label = label
        self.host = overlay
        if overlay is not None:
            holder = frame.parentWidget()
            layout = holder.layout() if holder is not None else None
            if layout is not None:
                layout.removeWidget(frame)
            frame.setParent(overlay)
            frame.setAutoFillBackground(True)
            overlay.installEventFilter(self)
        self.make_style = style
        frame.installEventFilter(self)
        self.restyle()
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
        self.place()
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

    def place(self) -> None:
        """Float at the bottom centre of the host, above everything else."""
        host = self.host
        if host is None or not self.frame.isVisible():
            return
        width = min(host.width() - 2 * OVERLAY_MARGIN, OVERLAY_MAX_WIDTH)
        height = self.frame.heightForWidth(width)
        if height <= 0:
            height = self.frame.sizeHint().height()
        x = (host.width() - width) // 2
        y = host.height() - height - OVERLAY_MARGIN
        self.frame.setGeometry(x, max(y, 0), width, height)
        self.frame.raise_()

    def restyle(self) -> None:
        """The style sheet in the current scheme's colours (only when they changed)."""
        sheet = self.make_style()
        if self.frame.styleSheet() != sheet:
            self.frame.setStyleSheet(sheet)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.host and event.type() == QEvent.Type.Resize:
            self.place()
        elif watched is self.frame and event.type() in _SCHEME_EVENTS:
            self.restyle()
        return super().eventFilter(watched, event)


# What a widget receives when the application switches between light and dark.
_SCHEME_EVENTS = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
