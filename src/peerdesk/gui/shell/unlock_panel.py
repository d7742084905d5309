"""The lock screen: passphrase (or recovery code), the keyring button, restore from backup.

It only collects what the person types; the app controller does the unlocking and calls
:meth:`show_error` with a calm, plain message when it fails. Nothing typed is kept after a
successful unlock.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QWidget

from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_unlock_panel import Ui_UnlockPanel


class UnlockPanel(QWidget):
    unlock_requested = Signal(str, bool)  # secret, is_recovery_code
    keyring_requested = Signal()
    restore_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_UnlockPanel()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("lock").pixmap(56, 56))
        self.ui.iconLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.ui.messageLabel.setProperty("role", "error")
        self.ui.hintLabel.setProperty("role", "muted")
        self.ui.vaultLabel.setProperty("role", "muted")
        self.ui.unlockButton.clicked.connect(self._submit)
        self.ui.secretEdit.returnPressed.connect(self._submit)
        self.ui.secretEdit.textChanged.connect(lambda _t: self.ui.messageLabel.clear())
        self.ui.recoveryCheck.toggled.connect(self._recovery_toggled)
        self.ui.keyringButton.clicked.connect(self.keyring_requested)
        self.ui.restoreButton.clicked.connect(self.restore_requested)
        self.set_keyring_available(False)
        self.ui.restoreButton.hide()
        self.ui.messageLabel.hide()

    def set_vault(self, location: str, hint: str = "") -> None:
        self.ui.vaultLabel.setText(location)
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))

    def set_title(self, text: str) -> None:
        self.ui.titleLabel.setText(text)

    def set_keyring_available(self, available: bool) -> None:
        self.ui.keyringButton.setVisible(available)

    def offer_restore(self, offer: bool) -> None:
        self.ui.restoreButton.setVisible(offer)

    def show_error(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.show()
        self.ui.secretEdit.selectAll()
        self.ui.secretEdit.setFocus()

    def reset(self) -> None:
        """Forget whatever was typed (called on every lock and after unlocking)."""
        self.ui.secretEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.messageLabel.hide()
        self.ui.recoveryCheck.setChecked(False)
        self.ui.secretEdit.setFocus()

    def _recovery_toggled(self, on: bool) -> None:
        self.ui.secretLabel.setText("&Recovery code" if on else "&Passphrase")
        self.ui.secretEdit.setPlaceholderText(
            "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if on else "Your passphrase"
        )
        self.ui.secretEdit.clear()
        self.ui.secretEdit.setFocus()

    def _submit(self) -> None:
        secret = self.ui.secretEdit.text()
        if not secret:
            self.show_error(
                "Please type your recovery code."
                if self.ui.recoveryCheck.isChecked()
                else "Please type your passphrase."
            )
            return
        self.unlock_requested.emit(secret, self.ui.recoveryCheck.isChecked())
