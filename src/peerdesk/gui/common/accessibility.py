"""Small helpers that give controls what a screen reader needs (issue 13).

Qt speaks a control's accessible name: its own text (buttons, check boxes), the text of a
QLabel whose buddy it is (form rows), or what ``setAccessibleName`` gave it. Everything
else — an icon-only button, a field with only a placeholder, a list — needs a name here.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QPushButton,
    QScrollBar,
    QStackedLayout,
    QStackedWidget,
    QTabWidget,
    QToolButton,
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


class QuietStack(QWidget):
    """Pages shown one at a time, as a plain container.

    A QStackedWidget is a "layered pane" to AT-SPI, and Orca says "layered pane" for each
    unnamed one the focus enters (three times before the journal's search box was heard).
    A QWidget with a QStackedLayout holds pages the same way and is not announced."""

    currentChanged = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._layout = QStackedLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.currentChanged.connect(self.currentChanged)

    def addWidget(self, page: QWidget) -> int:
        return self._layout.addWidget(page)

    def setCurrentIndex(self, index: int) -> None:
        self._layout.setCurrentIndex(index)

    def currentIndex(self) -> int:
        return self._layout.currentIndex()

    def currentWidget(self) -> QWidget | None:
        return self._layout.currentWidget()

    def widget(self, index: int) -> QWidget | None:
        return self._layout.widget(index)

    def count(self) -> int:
        return self._layout.count()


class _KeyboardAndNames(QObject):
    """Two things every window needs, for every widget made now or later:

    - each tab widget's page stack is named after the tab shown ("Timeline"), so a screen
      reader entering a tab's page hears which page it is, not "layered pane";
    - Enter (Return) presses the focused push or tool button outside dialogs, as it does in
      dialogs and on other desktops; Qt's buttons outside a dialog answer only to Space, so
      "Check in again" could not be pressed with Enter (found with Orca).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind == QEvent.Type.Polish and isinstance(watched, QTabWidget):
            name_tab_pages(watched)
        elif (
            kind == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and isinstance(watched, (QPushButton, QToolButton))
            and _enter_presses(watched, event)
        ):
            watched.animateClick()
            return True
        return False


def _enter_presses(button: QAbstractButton, event: QKeyEvent) -> bool:
    return (
        event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        and not event.isAutoRepeat()
        and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        and button.isEnabled()
        and button.hasFocus()
        and not isinstance(button.window(), QDialog)  # a dialog has its own Enter
    )


def name_tab_pages(tabs: QTabWidget) -> None:
    stack = tabs.findChild(QStackedWidget, "qt_tabwidget_stackedwidget")
    if stack is None or stack.property("peerdeskNamed"):
        return
    stack.setProperty("peerdeskNamed", True)

    def follow(index: int) -> None:
        stack.setAccessibleName(tabs.tabText(index).replace("&", "") if index >= 0 else "")

    tabs.currentChanged.connect(follow)
    follow(tabs.currentIndex())


def install_keyboard_and_names(app: QApplication) -> None:
    """Install :class:`_KeyboardAndNames` on the application (once)."""
    if app.findChild(_KeyboardAndNames) is None:
        app.installEventFilter(_KeyboardAndNames(app))
