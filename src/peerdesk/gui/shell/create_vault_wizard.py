"""First run: create a vault — a passphrase (twice, with a strength hint), the recovery code
shown once (save, print or copy it, then confirm), and the optional "remember" choice."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QStandardPaths, QTimer
from PySide6.QtGui import QGuiApplication, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from peerdesk.services.policy import Policy
from peerdesk.vault.errors import VaultError
from peerdesk.vault.keyring_store import KeyringStatus
from peerdesk.vault.strength import estimate

CLIPBOARD_CLEAR_MS = 60_000

CreateVault = Callable[[str], str]  # passphrase -> recovery code


def _muted(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setProperty("role", "muted")
    return label


class WelcomePage(QWizardPage):
    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.setTitle(self.tr("Welcome to PeerDesk"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "PeerDesk keeps your journal, your goals and your coping strategies in a vault: "
                "an encrypted file on this computer. Nothing is sent anywhere.\n\n"
                "You will choose a passphrase to open it, and get a recovery code in case you "
                "ever forget the passphrase."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addSpacing(12)
        layout.addWidget(
            _muted(self.tr("The vault will be created in:\n{folder}").format(folder=folder))
        )
        layout.addStretch(1)


class PassphrasePage(QWizardPage):
    def __init__(self, policy: Policy | None = None) -> None:
        super().__init__()
        self.policy = policy
        self.setTitle(self.tr("Choose a passphrase"))
        self.setSubTitle(
            self.tr(
                "It opens your vault. A few unrelated words are easy to remember and hard to guess."
            )
        )
        form = QFormLayout(self)
        self.passphrase_edit = QLineEdit()
        self.passphrase_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat_edit = QLineEdit()
        self.repeat_edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_check = QCheckBox(self.tr("&Show what I type"))
        self.strength_label = _muted("")
        self.mismatch_label = QLabel("")
        self.mismatch_label.setProperty("role", "error")
        self.policy_label = _muted("")
        self.policy_label.setProperty("role", "error")  # the button stays off until it is met
        self.policy_label.setObjectName("policyLabel")
        form.addRow(self.tr("&Passphrase"), self.passphrase_edit)
        form.addRow(self.tr("&Repeat it"), self.repeat_edit)
        form.addRow("", self.show_check)
        form.addRow("", self.strength_label)
        form.addRow("", self.mismatch_label)
        form.addRow("", self.policy_label)
        self.passphrase_edit.setAccessibleName(self.tr("Passphrase"))
        self.repeat_edit.setAccessibleName(self.tr("Repeat the passphrase"))
        self.passphrase_edit.textChanged.connect(self._changed)
        self.repeat_edit.textChanged.connect(self._changed)
        self.show_check.toggled.connect(self._toggle_echo)
        self.setCommitPage(True)
        self._changed()

    def _toggle_echo(self, show: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if show else QLineEdit.EchoMode.Password
        self.passphrase_edit.setEchoMode(mode)
        self.repeat_edit.setEchoMode(mode)

    def _changed(self) -> None:
        text = self.passphrase_edit.text()
        minimum = self.policy.min_passphrase_length if self.policy is not None else 8
        self.strength_label.setText(
            estimate(text).text if text else self.tr("At least %n characters.", "", max(minimum, 8))
        )
        repeat = self.repeat_edit.text()
        self.mismatch_label.setText(
            self.tr("The two passphrases are not the same yet.")
            if repeat and repeat != text
            else ""
        )
        self.mismatch_label.setVisible(bool(self.mismatch_label.text()))
        problem = self.policy_problem()
        self.policy_label.setText(problem or "")
        self.policy_label.setVisible(bool(problem))
        self.completeChanged.emit()
        self._make_room()

    def _make_room(self) -> None:
        """A message that wraps (a large font, a long translation) grows the wizard, up to
        the screen, instead of being cut under the buttons."""
        wizard = self.wizard()
        layout = self.layout()
        if wizard is None or layout is None or not self.isVisible():
            return
        layout.activate()
        short = layout.totalHeightForWidth(self.width()) - self.height()
        if short <= 0:
            return
        screen = wizard.screen().availableGeometry().height() if wizard.screen() else 0
        height = wizard.height() + short
        wizard.resize(wizard.width(), min(height, screen) if screen else height)

    def policy_problem(self) -> str | None:
        """What the organisation's passphrase rules say about the text typed (None: fine)."""
        text = self.passphrase_edit.text()
        if self.policy is None or not text:
            return None
        return self.policy.passphrase_problem(text)

    def isComplete(self) -> bool:
        text = self.passphrase_edit.text()
        if self.policy is not None and self.policy.passphrase_problem(text) is not None:
            return False
        return estimate(text).acceptable and text == self.repeat_edit.text()

    def passphrase(self) -> str:
        return self.passphrase_edit.text()

    def forget(self) -> None:
        self.passphrase_edit.clear()
        self.repeat_edit.clear()


def suggested_code_path() -> Path:
    """Where "Save to a file…" proposes the code: the Documents folder, never the folder
    the program was started from (issue 14)."""
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    base = Path(folder) if folder else Path.home()
    return base / "peerdesk-recovery-code.txt"


class RecoveryCodePage(QWizardPage):
    def __init__(self, create_vault: CreateVault, passphrase_page: PassphrasePage) -> None:
        super().__init__()
        self._create_vault = create_vault
        self._passphrase_page = passphrase_page
        self.recovery_code = ""
        self.setTitle(self.tr("Your recovery code"))
        self.setSubTitle(
            self.tr(
                "If you forget your passphrase, this code is the only way back into your vault. "
                "It is shown only this once."
            )
        )
        layout = QVBoxLayout(self)
        self.code_label = QLabel()
        self.code_label.setProperty("role", "recovery-code")
        self.code_label.setWordWrap(True)
        layout.addWidget(self.code_label)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save to a file…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.copy_button = QPushButton(self.tr("&Copy"))
        self.code_label.setAccessibleName(self.tr("Your recovery code"))
        self.save_button.setAccessibleName(self.tr("Save the recovery code to a file"))
        self.print_button.setAccessibleName(self.tr("Print the recovery code"))
        self.copy_button.setAccessibleName(self.tr("Copy the recovery code"))
        self.copy_button.setAccessibleDescription(
            self.tr("The clipboard is cleared again after one minute")
        )
        for button in (self.save_button, self.print_button, self.copy_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.status_label = _muted(
            self.tr(
                "Keep it somewhere safe and apart from this computer, e.g. printed in a drawer."
            )
        )
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.confirm_check = QCheckBox(self.tr("I have sa&ved my recovery code somewhere safe"))
        layout.addWidget(self.confirm_check)
        self.confirm_check.toggled.connect(self.completeChanged)
        self.save_button.clicked.connect(self._save)
        self.print_button.clicked.connect(self._print)
        self.copy_button.clicked.connect(self._copy)
        self._clipboard_timer = QTimer(self)
        self._clipboard_timer.setSingleShot(True)
        self._clipboard_timer.timeout.connect(self._clear_clipboard)

    def initializePage(self) -> None:
        if self.recovery_code:
            return
        try:
            self.recovery_code = self._create_vault(self._passphrase_page.passphrase())
        except VaultError as exc:
            QMessageBox.critical(self, self.tr("The vault could not be created"), str(exc))
            self.code_label.setText("—")
            return
        finally:
            self._passphrase_page.forget()
        self.code_label.setText(self.recovery_code)

    def isComplete(self) -> bool:
        return bool(self.recovery_code) and self.confirm_check.isChecked()

    def _text_for_keeping(self) -> str:
        return (
            self.tr("PeerDesk recovery code")
            + f"\n\n    {self.recovery_code}\n\n"
            + self.tr("Use it to set a new passphrase if you forget yours.")
            + "\n"
            + self.tr(
                "Anyone with this code and your vault files can open your vault: keep it safe."
            )
            + "\n"
        )

    def _save(self) -> None:
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the recovery code (then move it off this computer)"),
            str(suggested_code_path()),
            self.tr("Text files (*.txt)"),
        )
        if not path:
            return
        try:
            Path(path).write_text(self._text_for_keeping(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("The file could not be written: {error}").format(error=exc.strerror),
            )
            return
        self.status_label.setText(
            self.tr(
                "Saved to {path}. Now move it off this computer (a USB stick, or print it "
                "and delete the file): anyone with this computer and the code can open "
                "your vault."
            ).format(path=path)
        )

    def _print(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter()
        dialog = QPrintDialog(printer, self)
        if dialog.exec() != QPrintDialog.DialogCode.Accepted:
            return
        document = QTextDocument()
        document.setPlainText(self._text_for_keeping())
        document.print_(printer)
        self.status_label.setText(self.tr("Sent to the printer."))

    def _copy(self) -> None:
        QGuiApplication.clipboard().setText(self.recovery_code)
        self._clipboard_timer.start(CLIPBOARD_CLEAR_MS)
        self.status_label.setText(self.tr("Copied. The clipboard will be cleared in one minute."))

    def _clear_clipboard(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if clipboard.text() == self.recovery_code:
            clipboard.clear()


class RememberPage(QWizardPage):
    def __init__(self, keyring: KeyringStatus, policy: Policy | None = None) -> None:
        super().__init__()
        self.setTitle(self.tr("On this computer"))
        layout = QVBoxLayout(self)
        self.remember_check = QCheckBox(
            self.tr("&Remember my vault on this computer (open it without the passphrase)")
        )
        self.remember_check.setChecked(False)
        self.remember_check.setEnabled(keyring.usable)
        layout.addWidget(self.remember_check)
        allowed = policy is None or policy.allows_remember()
        if not allowed:
            # The organisation forbids it: not offered at all.
            self.remember_check.setEnabled(False)
            self.remember_check.hide()
            text = self.tr(
                "Your organisation does not allow remembering vaults on this computer: "
                "you will type your passphrase each time."
            )
        elif keyring.usable:
            text = self.tr(
                "Only choose this on a computer nobody else uses: anyone who can log in as you "
                "could then open PeerDesk. You can change this later in Settings."
            )
        else:
            text = keyring.reason
        layout.addWidget(_muted(text))
        layout.addStretch(1)


class CreateVaultWizard(QWizard):
    """Collects the passphrase, creates the vault through ``create_vault``, shows the code."""

    def __init__(
        self,
        folder: Path,
        create_vault: CreateVault,
        keyring: KeyringStatus,
        parent: QWidget | None = None,
        *,
        policy: Policy | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Create your PeerDesk vault"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setMinimumSize(620, 460)
        self.setButtonText(QWizard.WizardButton.CommitButton, self.tr("&Create my vault"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("&Start using PeerDesk"))
        self.policy = policy
        self.passphrase_page = PassphrasePage(policy)
        self.recovery_page = RecoveryCodePage(create_vault, self.passphrase_page)
        self.remember_page = RememberPage(keyring, policy)
        self.addPage(WelcomePage(folder))
        self.addPage(self.passphrase_page)
        self.addPage(self.recovery_page)
        self.addPage(self.remember_page)

    @property
    def remember_requested(self) -> bool:
        if self.policy is not None and not self.policy.allows_remember():
            return False
        return self.remember_page.remember_check.isChecked()

    @property
    def vault_created(self) -> bool:
        return bool(self.recovery_page.recovery_code)
