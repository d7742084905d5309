"""Small helpers that give controls what a screen reader needs (issue 13).

Qt speaks a control's accessible name: its own text (buttons, check boxes), the text of a
QLabel whose buddy it is (form rows), or what ``setAccessibleName`` gave it. Everything
else — an icon-only button, a field with only a placeholder, a list — needs a name here.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QScrollBar,
    QWidget,
)

_CLEAR_ACTION = "_q_qlineeditclearaction"  # the name Qt gives a line edit's clear action


def name(widget: QWidget, text: str, description: str = "") -> None:
    """Give ``widget`` an accessible name (already translated) and, optionally, a description."""
    widget.setAccessibleName(text)
    if description:
        widget.setAccessibleDescription(description)


def enable_clear_button(edit: QLineEdit) -> None:
    """Turn on the line edit's clear button and give the button a name and a tooltip.

    Qt's clear button is an unnamed icon; a screen reader would say only "button"."""
    edit.setClearButtonEnabled(True)
    action = edit.findChild(QAction, _CLEAR_ACTION)
    if action is not None:
        text = QCoreApplication.translate("Accessibility", "Clear")
        action.setText(text)
        action.setToolTip(text)


def chain_tab_order(widgets: Sequence[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (hidden or disabled ones are skipped as usual)."""
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)


def tab_stops(container: QWidget) -> list[QWidget]:
    """The widgets under ``container`` that Tab can reach, in the order they were made (the
    order of a form's .ui file), without the parts of spin boxes and combo boxes and without
    scroll areas (their contents are the stops)."""
    found = []
    for widget in [container, *container.findChildren(QWidget)]:
        if not widget.focusPolicy() & Qt.FocusPolicy.TabFocus or widget.focusProxy() is not None:
            continue
        if isinstance(widget, (QAbstractScrollArea, QScrollBar)) and not isinstance(
            widget, QAbstractItemView
        ):
            continue
        if isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue
        found.append(widget)
    return found
