"""Change the passphrase (or set a new one after unlocking with the recovery code)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from peerdesk.gui.forms.ui_change_passphrase_dialog import Ui_ChangePassphraseDialog
from peerdesk.services.policy import Policy
from peerdesk.vault.strength import estimate


class ChangePassphraseDialog(QDialog):
    """Asks for the current passphrase (unless ``need_current`` is off) and a new one twice."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        need_current: bool = True,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(parent)
        self._policy = policy
        self.ui = Ui_ChangePassphraseDialog()
        self.ui.setupUi(self)
        self.ui.strengthLabel.setProperty("role", "muted")
        self.ui.messageLabel.setProperty("role", "error")
        self.ui.currentLabel.setVisible(need_current)
        self.ui.currentEdit.setVisible(need_current)
        self._need_current = need_current
        self._ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Change passphrase"))
        for edit in (self.ui.currentEdit, self.ui.newEdit, self.ui.repeatEdit):
            edit.textChanged.connect(self._update)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._update()

    @property
    def current_passphrase(self) -> str:
        return str(self.ui.currentEdit.text())

    @property
    def new_passphrase(self) -> str:
        return str(self.ui.newEdit.text())

    def show_error(self, message: str) -> None:
        self.ui.messageLabel.setText(message)

    def _update(self) -> None:
        new = self.ui.newEdit.text()
        hint = estimate(new)
        self.ui.strengthLabel.setText(
            hint.text if new else self.tr("A few unrelated words work well.")
        )
        same = new == self.ui.repeatEdit.text()
        # The organisation's rules, in its words (SecurityService checks them again).
        problem = self._policy.passphrase_problem(new) if self._policy and new else None
        if problem:
            self.ui.messageLabel.setText(problem)
        else:
            self.ui.messageLabel.setText(
                ""
                if same or not self.ui.repeatEdit.text()
                else self.tr("The two new passphrases differ.")
            )
        has_current = bool(self.ui.currentEdit.text()) or not self._need_current
        self._ok.setEnabled(has_current and hint.acceptable and same and problem is None)
