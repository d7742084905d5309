"""Keyboard helpers of the journal: one Tab stop per row of buttons, Tab out of date fields.

``ButtonRow``: one Tab stop per row of buttons, arrow keys inside it (the mood row, each
feeling group).

What a keyboard or screen-reader user expects from a group of radio buttons or toggles
(WAI-ARIA's "roving tab index"): Tab enters the group once, on its chosen button (or the
first), and leaves it with the next Tab; Left/Right and Up/Down move to the previous/next
button, Home/End to the first/last, without leaving the group (no wrap-around). In a
*choice* group (the mood row) moving also chooses, as radio buttons do; in a group of
toggles (feelings) Space toggles the focused button.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QDateTimeEdit, QScrollArea, QWidget

_BACK = {Qt.Key.Key_Left, Qt.Key.Key_Up}
_ON = {Qt.Key.Key_Right, Qt.Key.Key_Down}


class ButtonRow(QObject):
    """Roving focus over ``buttons`` (in reading order)."""

    def __init__(
        self, buttons: Sequence[QAbstractButton], *, choose: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.buttons = list(buttons)
        self.choose = choose
        for button in self.buttons:
            button.installEventFilter(self)
            button.toggled.connect(lambda _on: self.update_stop())
        self.update_stop()

    def tab_stop(self) -> QAbstractButton | None:
        """The one button Tab lands on: the focused one, else the first chosen, else the first."""
        for button in self.buttons:
            if button.hasFocus():
                return button
        if self.choose:
            for button in self.buttons:
                if button.isChecked():
                    return button
        return self.buttons[0] if self.buttons else None

    def update_stop(self) -> None:
        stop = self.tab_stop()
        for button in self.buttons:
            policy = Qt.FocusPolicy.StrongFocus if button is stop else Qt.FocusPolicy.ClickFocus
            if button.focusPolicy() != policy:
                button.setFocusPolicy(policy)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched in self.buttons
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and self._move(watched, event)
        ):
            return True
        if watched in self.buttons and event.type() == QEvent.Type.FocusIn:
            self.update_stop()
            _scroll_to(watched)
        return super().eventFilter(watched, event)

    def _move(self, current: QObject, event: QKeyEvent) -> bool:
        if event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            return False
        key = event.key()
        index = self.buttons.index(current)  # type: ignore[arg-type]
        if key in _BACK:
            target = max(index - 1, 0)
        elif key in _ON:
            target = min(index + 1, len(self.buttons) - 1)
        elif key == Qt.Key.Key_Home:
            target = 0
        elif key == Qt.Key.Key_End:
            target = len(self.buttons) - 1
        else:
            return False
        button = self.buttons[target]
        if target != index:
            button.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            button.setFocus(Qt.FocusReason.OtherFocusReason)
            if self.choose and not button.isChecked():
                button.click()
            self.update_stop()
        return True  # at either end the key stays in the group


def _scroll_to(widget: QObject) -> None:
    """A focused button inside a scroll area (the feelings) is scrolled into view."""
    if not isinstance(widget, QWidget):
        return
    parent = widget.parentWidget()
    while parent is not None and not isinstance(parent, QScrollArea):
        parent = parent.parentWidget()
    if isinstance(parent, QScrollArea):
        parent.ensureWidgetVisible(widget)


class _TabLeaves(QObject):
    """Tab and Shift+Tab leave a date/time field instead of stepping through its parts."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            isinstance(watched, QWidget)
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        ):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier
            )
            target = focus_neighbour(watched, forward)
            if target is not None:
                reason = (
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                target.setFocus(reason)
                return True
        return super().eventFilter(watched, event)


def focus_neighbour(widget: QWidget, forward: bool) -> QWidget | None:
    """The widget Tab (or Shift+Tab) reaches after ``widget``, as Qt would choose it."""
    candidate = widget.nextInFocusChain() if forward else widget.previousInFocusChain()
    while candidate is not None and candidate is not widget:
        if (
            candidate.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
            and candidate.isVisible()
            and candidate.isEnabled()
            and candidate.focusProxy() is None
            and candidate.window() is widget.window()
            and not widget.isAncestorOf(candidate)
        ):
            return candidate
        candidate = candidate.nextInFocusChain() if forward else candidate.previousInFocusChain()
    return None


def tab_leaves(*edits: QDateTimeEdit) -> None:
    """Tab moves on from each date field (the arrow keys still move between its parts):
    Qt's default walks day, month, year and hour first, which a keyboard user does not
    expect and a screen reader does not announce."""
    for edit in edits:
        leaver = edit.findChild(_TabLeaves)
        if leaver is None:
            edit.installEventFilter(_TabLeaves(edit))
