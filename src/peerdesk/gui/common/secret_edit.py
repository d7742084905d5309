"""A passphrase field whose characters never reach a screen reader (issue 13).

Checked with Orca 43 on AT-SPI: a QLineEdit in Password mode shows bullets, but Qt 6.12
still reports each typed character in its ``text-changed:insert`` event, and Orca spoke the
passphrase letter by letter (the bug of keepassxc #1920). This field keeps the passphrase in
Python and gives the QLineEdit underneath only "●" — so the events, the accessible text and
the display all hold bullets, and a screen reader says "bullet". ``text()`` returns the
passphrase, so callers use it like a QLineEdit. Shown in plain text (the wizard's "Show
passphrase"), it is an ordinary field again: the person asked to see and hear it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QContextMenuEvent,
    QGuiApplication,
    QInputMethodEvent,
    QKeyEvent,
    QKeySequence,
)
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

BULLET = "●"
_IGNORED = (
    QKeySequence.StandardKey.Undo,
    QKeySequence.StandardKey.Redo,
    QKeySequence.StandardKey.Copy,
    QKeySequence.StandardKey.Cut,
)


class SecretLineEdit(QLineEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._secret = ""
        super().setEchoMode(QLineEdit.EchoMode.Password)
        self.setAcceptDrops(False)  # a drop would insert real characters
        self.setAttribute(Qt.WidgetAttribute.WA_InputMethodEnabled, True)

    # -- what callers see ---------------------------------------------------------------------

    def text(self) -> str:
        return self._secret if self._hidden() else super().text()

    def setText(self, text: str | None) -> None:
        self._secret = text or ""
        super().setText(BULLET * len(self._secret) if self._hidden() else self._secret)

    def clear(self) -> None:
        self._secret = ""
        super().clear()

    def setEchoMode(self, mode: QLineEdit.EchoMode) -> None:
        secret = self.text()
        super().setEchoMode(mode)
        self.setText(secret)

    # -- editing while hidden -----------------------------------------------------------------

    def _hidden(self) -> bool:
        return self.echoMode() != QLineEdit.EchoMode.Normal

    def _insert(self, typed: str) -> None:
        typed = typed.replace("\n", "").replace("\r", "")
        if not typed:
            return
        start, length = self._replaced()
        self._secret = self._secret[:start] + typed + self._secret[start + length :]
        self.insert(BULLET * len(typed))  # replaces the selection, as typing does

    def _replaced(self) -> tuple[int, int]:
        if self.hasSelectedText():
            return self.selectionStart(), len(self.selectedText())
        return self.cursorPosition(), 0

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not self._hidden():
            super().keyPressEvent(event)
            self._secret = super().text()
            return
        if any(event.matches(key) for key in _IGNORED):
            event.accept()  # undo would bring back bullets, not the passphrase
            return
        if event.matches(QKeySequence.StandardKey.Paste):
            self._insert(QGuiApplication.clipboard().text().split("\n")[0])
            event.accept()
            return
        typed = event.text()
        control = event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.MetaModifier
        )
        if typed and typed.isprintable() and not control:
            self._insert(typed)
            event.accept()
            return
        before = len(super().text())
        super().keyPressEvent(event)  # moves, selections, Backspace, Delete, Enter…
        removed = before - len(super().text())
        if removed > 0:  # what was removed starts where the cursor now is
            start = self.cursorPosition()
            self._secret = self._secret[:start] + self._secret[start + removed :]

    def inputMethodEvent(self, event: QInputMethodEvent) -> None:
        if not self._hidden():
            super().inputMethodEvent(event)
            self._secret = super().text()
            return
        self._insert(event.commitString())  # composed characters; the preedit is not shown
        event.accept()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if not self._hidden():
            super().contextMenuEvent(event)
            return
        event.accept()  # Qt's menu would paste or undo past the bullets (Ctrl+V pastes)


class SecretDialog(QDialog):
    """"Type the passphrase": a label (the field's spoken name), the field, OK and Cancel."""

    def __init__(self, parent: QWidget | None, title: str, label: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        layout = QVBoxLayout(self)
        prompt = QLabel(label)
        prompt.setWordWrap(True)
        self.edit = SecretLineEdit()
        self.edit.setObjectName("secretEdit")
        prompt.setBuddy(self.edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        for widget in (prompt, self.edit, buttons):
            layout.addWidget(widget)
        self.edit.setFocus()


def ask_secret(parent: QWidget | None, title: str, label: str) -> str | None:
    """Ask in a :class:`SecretDialog`; the passphrase, or None when cancelled."""
    dialog = SecretDialog(parent, title, label)
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    secret = dialog.edit.text()
    dialog.edit.clear()
    dialog.deleteLater()
    return secret if accepted else None
