"""Passphrase fields never hand a typed character to the accessibility layer (issue 13).

Orca 43 spoke a Qt password field's passphrase letter by letter (Qt reports each inserted
character; keepassxc #1920). SecretLineEdit keeps the passphrase in Python: the QLineEdit
underneath — whose text Qt's accessibility events and interface carry — holds only bullets.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QGuiApplication
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from peerdesk.gui.common.secret_edit import BULLET, SecretLineEdit


def _shown_to_qt(edit: SecretLineEdit) -> str:
    return QLineEdit.text(edit)  # the C++ text: what the display and the events hold


def _spoken(edit: SecretLineEdit) -> str:
    interface = QAccessible.queryAccessibleInterface(edit)
    text = interface.textInterface()
    return " ".join(
        [
            interface.text(QAccessible.Text.Name),
            interface.text(QAccessible.Text.Value),
            text.text(0, text.characterCount()) if text is not None else "",
        ]
    )


def _field(qtbot: QtBot) -> SecretLineEdit:
    edit = SecretLineEdit()
    edit.setAccessibleName("Passphrase")
    qtbot.addWidget(edit)
    edit.show()
    qtbot.waitExposed(edit)
    edit.setFocus()
    return edit


def test_typing_keeps_the_passphrase_out_of_qt(qtbot: QtBot) -> None:
    edit = _field(qtbot)
    seen: list[str] = []
    edit.textChanged.connect(seen.append)
    qtbot.keyClicks(edit, "tangerine 42")
    assert edit.text() == "tangerine 42"
    assert _shown_to_qt(edit) == BULLET * 12
    assert "tang" not in _spoken(edit)
    assert "42" not in _spoken(edit)
    assert seen
    assert all(set(text) <= {BULLET} for text in seen)


def test_editing_in_the_middle_backspace_delete_and_selection(qtbot: QtBot) -> None:
    edit = _field(qtbot)
    qtbot.keyClicks(edit, "abcdef")
    for _ in range(2):
        qtbot.keyClick(edit, Qt.Key.Key_Left)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)  # removes "d"
    qtbot.keyClicks(edit, "XY")
    qtbot.keyClick(edit, Qt.Key.Key_Delete)  # removes "e"
    assert edit.text() == "abcXYf"
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, "Z")  # replaces the selection "ab"
    assert edit.text() == "ZcXYf"
    assert _shown_to_qt(edit) == BULLET * 5
    qtbot.keyClick(edit, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # no undo
    assert edit.text() == "ZcXYf"


def test_paste_show_and_hide(qtbot: QtBot) -> None:
    edit = _field(qtbot)
    QGuiApplication.clipboard().setText("from a password manager\nsecond line")
    qtbot.keyClick(edit, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    QGuiApplication.clipboard().clear()
    assert edit.text() == "from a password manager"
    assert _shown_to_qt(edit) == BULLET * len("from a password manager")
    edit.setEchoMode(QLineEdit.EchoMode.Normal)  # "Show passphrase": seen and heard
    assert _shown_to_qt(edit) == "from a password manager"
    qtbot.keyClick(edit, Qt.Key.Key_End)
    qtbot.keyClicks(edit, "!")
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    assert edit.text() == "from a password manager!"
    assert _shown_to_qt(edit) == BULLET * 24
    edit.clear()
    assert edit.text() == ""
    assert _shown_to_qt(edit) == ""
