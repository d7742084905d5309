"""Enter presses the focused button outside dialogs too (found with Orca, issue 13).

Qt's push and tool buttons outside a dialog answer only to Space; a keyboard user pressing
Enter on "Check in again" heard nothing happen. peerdesk.gui.common.accessibility's
application filter (installed by the launcher and the GUI fixtures) presses them.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QPushButton, QToolButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.journal.page import JournalPage


def test_enter_on_check_in_again_unfolds_and_starts_at_the_mood(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    window.show_area("journal")
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    panel = page.checkin_panel
    panel.set_folded(True)
    panel.unfold_button.setFocus()
    qtbot.waitUntil(panel.unfold_button.hasFocus)
    with qtbot.waitSignal(panel.folded_changed, timeout=2000) as folded:
        qtbot.keyClick(panel.unfold_button, Qt.Key.Key_Return)
    assert folded.args == [False]
    focused = panel.window().focusWidget()
    assert focused in panel.mood_group.buttons()
    assert "of 10" in focused.accessibleName()  # "Mood 7 of 10": what a screen reader says


def test_enter_and_keypad_enter_press_a_focused_button_in_a_window(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    push, tool = QPushButton("Save"), QToolButton()
    tool.setText("Star")
    layout.addWidget(push)
    layout.addWidget(tool)
    window.show()
    qtbot.waitExposed(window)
    for button, key in ((push, Qt.Key.Key_Return), (tool, Qt.Key.Key_Enter)):
        button.setFocus()
        qtbot.waitUntil(button.hasFocus)
        with qtbot.waitSignal(button.clicked, timeout=2000):
            qtbot.keyClick(button, key)
    push.setEnabled(False)
    clicks: list[bool] = []
    push.clicked.connect(clicks.append)
    qtbot.keyClick(push, Qt.Key.Key_Return)
    assert clicks == []


def test_a_dialog_keeps_its_own_enter_one_press_one_click(qtbot: QtBot) -> None:
    dialog = QDialog()
    qtbot.addWidget(dialog)
    layout = QVBoxLayout(dialog)
    first, second = QPushButton("First"), QPushButton("Second")
    layout.addWidget(first)
    layout.addWidget(second)
    clicks: list[str] = []
    first.clicked.connect(lambda: clicks.append("first"))
    second.clicked.connect(lambda: clicks.append("second"))
    dialog.show()
    qtbot.waitExposed(dialog)
    second.setFocus()
    qtbot.waitUntil(second.hasFocus)
    with qtbot.waitSignal(second.clicked, timeout=2000):
        qtbot.keyClick(second, Qt.Key.Key_Return)
    with qtbot.assertNotEmitted(second.clicked, wait=400):  # no second, animated press
        pass
    assert clicks == ["second"]
