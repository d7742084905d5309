"""The lock screen: passphrase (or recovery code), the keyring button, restore from backup.

It only collects what the person types; the app controller does the unlocking and calls
:meth:`show_error` with a calm, plain message when it fails. Nothing typed is kept after a
successful unlock.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
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
        self.ui.restoreButton.setAccessibleName(self.tr("Restore from a backup"))
        self.ui.restoreButton.setToolTip(
            self.tr("Put a backup (.pdbackup) back in place of this vault's files")
        )
        self.ui.secretEdit.setAccessibleName(self.tr("Passphrase"))
        self.ui.recoveryCheck.setAccessibleName(self.tr("Use my recovery code"))
        self.ui.unlockButton.setAccessibleName(self.tr("Unlock"))
        self.ui.keyringButton.setAccessibleName(self.tr("Unlock with the system keyring"))
        self.ui.messageLabel.setAccessibleName(self.tr("Why the vault did not open"))
        self.set_keyring_available(False)
        # Restore is always there, as a quiet link; found damage makes it a button.
        self.offer_restore(False)
        self.ui.messageLabel.hide()
        self.ui.card.installEventFilter(self)
        # The scroll area only scrolls a short window; it keeps the window's own background.
        self.ui.scrollArea.viewport().setAutoFillBackground(False)
        self.ui.scrollArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a Tab stop of its own
        self.ui.scrollContents.setAutoFillBackground(False)

    def set_vault(self, location: str, hint: str = "") -> None:
        self.ui.vaultLabel.setText(location)
        self.ui.hintLabel.setText(hint)
        self.ui.hintLabel.setVisible(bool(hint))
        self._fit()

    def set_title(self, text: str) -> None:
        self.ui.titleLabel.setText(text)

    def set_keyring_available(self, available: bool) -> None:
        self.ui.keyringButton.setVisible(available)
        self._fit()

    def offer_restore(self, offer: bool) -> None:
        """Restore is always offered; ``offer`` (damage found) makes it a full button."""
        self.ui.restoreButton.setVisible(True)
        self.ui.restoreButton.setFlat(not offer)
        self.ui.restoreButton.setProperty("emphasised", offer)
        self._fit()

    @property
    def restore_emphasised(self) -> bool:
        return not self.ui.restoreButton.isFlat()

    def suggest_recovery_code(self) -> None:
        """The passphrase cannot work (its sealed key is damaged): switch to the code."""
        self.ui.recoveryCheck.setChecked(True)

    def show_error(self, message: str) -> None:
        self.ui.messageLabel.setText(message)
        self.ui.messageLabel.show()
        self.ui.secretEdit.selectAll()
        self.ui.secretEdit.setFocus()
        self._fit()

    # -- fitting: wrapped labels need their height for the card's width -----------------

    def _fit(self) -> None:
        """Give the card the height its wrapped lines need at its width, so nothing is
        squeezed over anything else (the scroll area scrolls when the window is short)."""
        card = self.ui.card
        layout = card.layout()
        width = max(card.width(), card.minimumWidth())
        if layout.hasHeightForWidth():
            needed = layout.totalHeightForWidth(width)
        else:
            needed = layout.totalSizeHint().height()
        card.setMinimumHeight(max(needed, layout.totalMinimumSize().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.card and event.type() == QEvent.Type.Resize:
            self._fit()
        return super().eventFilter(watched, event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit()

    def reset(self) -> None:
        """Forget whatever was typed (called on every lock and after unlocking)."""
        self.ui.secretEdit.clear()
        self.ui.messageLabel.clear()
        self.ui.messageLabel.hide()
        self.ui.recoveryCheck.setChecked(False)
        self.ui.secretEdit.setFocus()
        self._fit()

    def _recovery_toggled(self, on: bool) -> None:
        self.ui.secretLabel.setText(self.tr("&Recovery code") if on else self.tr("&Passphrase"))
        self.ui.secretEdit.setAccessibleName(
            self.tr("Recovery code") if on else self.tr("Passphrase")
        )
        self.ui.secretEdit.setPlaceholderText(
            "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX" if on else self.tr("Your passphrase")
        )
        self.ui.secretEdit.clear()
        self.ui.secretEdit.setFocus()

    def _submit(self) -> None:
        secret = self.ui.secretEdit.text()
        if not secret:
            self.show_error(
                self.tr("Please type your recovery code.")
                if self.ui.recoveryCheck.isChecked()
                else self.tr("Please type your passphrase.")
            )
            return
        self.unlock_requested.emit(secret, self.ui.recoveryCheck.isChecked())
