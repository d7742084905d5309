"""Small helpers that give controls what a screen reader needs (issue 13).

Qt speaks a control's accessible name: its own text (buttons, check boxes), the text of a
QLabel whose buddy it is (form rows), or what ``setAccessibleName`` gave it. Everything
else — an icon-only button, a field with only a placeholder, a list — needs a name here.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLineEdit, QWidget

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
