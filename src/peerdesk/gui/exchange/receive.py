"""Receive a file: open it (share passphrase in a helper process), check who sent it, show
the preview, and read it in with a progress dialog whose Cancel rolls everything back.

Every step is a non-blocking dialog (``open()``), so the window stays alive and tests can
drive it; the flow keeps the current one in ``current``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.exchange import scrypt_process
from peerdesk.gui.exchange.files import FileProblem, read_bundle
from peerdesk.gui.exchange.preview_dialog import PreviewDialog
from peerdesk.gui.exchange.workers import ApplyRunner, ScryptJob, run_scrypt
from peerdesk.services.session import Services


class PassphraseDialog(QDialog):
    """Asks the share passphrase of a file (never echoed, never spoken)."""

    def __init__(self, parent: QWidget | None, problem: str = "") -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share passphrase"))
        self.setAccessibleName(self.tr("Share passphrase"))
        text = QLabel(
            self.tr("This file is locked with a share passphrase. Type the one you agreed on:")
        )
        text.setWordWrap(True)
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(self.tr("Share passphrase"))
        text.setBuddy(self.edit)
        self.problemLabel = QLabel(problem)
        self.problemLabel.setWordWrap(True)
        self.problemLabel.setProperty("role", "error")
        self.problemLabel.setVisible(bool(problem))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Open"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setAccessibleName(self.tr("Open"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(self.tr("Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.edit)
        layout.addWidget(self.problemLabel)
        layout.addWidget(buttons)
        self.setMinimumWidth(420)


class SenderDialog(QDialog):
    """An unknown sender: their name and fingerprint words, to compare aloud, before
    anything is read in."""

    def __init__(self, parent: QWidget | None, name: str, words: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Someone new"))
        self.setAccessibleName(self.tr("Someone new"))
        intro = QLabel(
            self.tr(
                "This file is from “%1”, who is not among your contacts yet. Before anything "
                "is read in, compare these words aloud with them, in person or on the phone. "
                "They find theirs in Settings, under Contacts."
            ).replace("%1", name or self.tr("someone with no name"))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.wordsLabel = QLabel(words)
        self.wordsLabel.setAccessibleName(self.tr("Fingerprint words"))
        self.wordsLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.wordsLabel.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.wordsLabel.setWordWrap(True)
        font = self.wordsLabel.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.wordsLabel.setFont(font)
        warning = QLabel(
            self.tr("If a single word differs, do not trust it: the file may not come from them.")
        )
        warning.setWordWrap(True)
        warning.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            self.tr("They differ — do not read it in")
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("The words differ, do not read it in")
        )
        self.trustButton = QPushButton(self.tr("The words &match — trust them"))
        self.trustButton.setAccessibleName(self.tr("The words match, trust this sender"))
        buttons.addButton(self.trustButton, QDialogButtonBox.ButtonRole.AcceptRole)
        # Enter must not trust a stranger before the words were compared: the safe answer is
        # the default; trusting takes its own button (Tab or Alt and its letter).
        self.trustButton.setAutoDefault(False)
        differ = buttons.button(QDialogButtonBox.StandardButton.Cancel)
        differ.setDefault(True)
        differ.setFocus()
        self.trustButton.clicked.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.wordsLabel)
        layout.addWidget(warning)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)


class ReceiveFlow(QObject):
    """One received file, from reading it to the summary after the merge."""

    finished = Signal(str)  # "applied", "refused", "cancelled", "nothing"
    applied = Signal(object)  # the ApplyResult

    def __init__(self, services: Services, parent: QWidget) -> None:
        super().__init__(parent)
        self.services = services
        self.window = parent
        self.data = b""
        self.opened: Any = None
        self.preview: Any = None
        self.current: QDialog | None = None
        self.job: ScryptJob | None = None
        self.runner: ApplyRunner | None = None
        self.message: QMessageBox | None = None
        self.outcome = ""

    # -- reading ----------------------------------------------------------------------------

    def start(self, path: Path) -> None:
        try:
            self.data = read_bundle(path)
        except FileProblem as exc:
            self._refuse(str(exc))
            return
        self._open_without_passphrase()

    def _open_without_passphrase(self) -> None:
        from peerdesk.services.exchange.errors import BundleError, PassphraseNeededError

        try:
            opened = self.services.exchange.open(self.data)
        except PassphraseNeededError:
            self._ask_passphrase()
            return
        except BundleError as exc:
            self._refuse(str(exc))
            return
        self._opened(opened)

    def _ask_passphrase(self, problem: str = "") -> None:
        dialog = PassphraseDialog(self.window, problem)
        dialog.accepted.connect(lambda: self._take_passphrase(dialog))
        dialog.rejected.connect(lambda: self._end("cancelled"))
        self._show(dialog)

    def _take_passphrase(self, dialog: PassphraseDialog) -> None:
        passphrase = dialog.edit.text()
        dialog.edit.clear()  # the passphrase lives on only in the helper process
        self._decrypt(passphrase)

    def _decrypt(self, passphrase: str) -> None:
        if not passphrase:
            self._ask_passphrase()
            return
        self.job, _progress = run_scrypt(
            self.window,
            scrypt_process.OPEN,
            (self.data, passphrase),
            self.tr("Opening the file with the share passphrase…"),
        )
        self.job.succeeded.connect(self._decrypted)
        self.job.failed.connect(self._decrypt_failed)
        self.job.cancelled.connect(lambda: self._end("cancelled"))

    def _decrypt_failed(self, exc: Exception) -> None:
        from peerdesk.services.exchange.errors import WrongPassphraseError

        if isinstance(exc, WrongPassphraseError):
            self._ask_passphrase(str(exc))
        else:
            self._refuse(str(exc))

    def _decrypted(self, opened: Any) -> None:
        from peerdesk.services.exchange.errors import BundleError

        try:
            checked = self.services.exchange.finish_open(opened)
        except BundleError as exc:
            self._refuse(str(exc))
            return
        self._opened(checked)

    def _opened(self, opened: Any) -> None:
        self.opened = opened
        if opened.contact is None:
            dialog = SenderDialog(
                self.window, opened.sender.display_name, opened.sender.fingerprint
            )
            dialog.accepted.connect(self._show_preview)
            dialog.rejected.connect(lambda: self._end("cancelled"))
            self._show(dialog)
            return
        self._show_preview()

    # -- preview and apply ------------------------------------------------------------------

    def _show_preview(self) -> None:
        from peerdesk.services.exchange.errors import BundleError
        from peerdesk.services.exchange.service import ExchangeError

        try:
            self.preview = self.services.exchange.preview_bundle(self.opened)
        except (ExchangeError, BundleError, ValueError) as exc:
            self._refuse(str(exc))
            return
        dialog = PreviewDialog(self.preview, self.services.people.list(), self.window)
        dialog.apply_requested.connect(self.apply)
        dialog.rejected.connect(lambda: self._end("cancelled"))
        self._show(dialog)

    def apply(self) -> None:
        from peerdesk.services.exchange.errors import BundleError
        from peerdesk.services.exchange.service import ExchangeCancelled, ExchangeError

        dialog = self.current
        assert isinstance(dialog, PreviewDialog)
        resolutions = dialog.resolutions()
        people = dialog.people_choices()
        dialog.applyButton.setEnabled(False)
        self.runner = ApplyRunner(dialog, self.tr("Reading the file in…"))
        try:
            result = self.runner.run(
                lambda progress, cancelled: self.services.exchange.apply(
                    self.preview,
                    resolutions,  # type: ignore[arg-type]
                    people=people,
                    progress=progress,
                    cancelled=cancelled,
                    pin_sender=self.opened.contact is None,
                )
            )
        except ExchangeCancelled:
            dialog.applyButton.setEnabled(True)
            dialog.show_error(self.tr("Cancelled: nothing was changed."))
            self.outcome = "apply-cancelled"
            return
        except (ExchangeError, BundleError, ValueError, LookupError) as exc:
            dialog.applyButton.setEnabled(True)
            dialog.show_error(self.tr("Nothing was changed: %1").replace("%1", str(exc)))
            return
        dialog.done(QDialog.DialogCode.Accepted)
        self.current = None
        self.applied.emit(result)
        self.report_applied(result.counts)
        self._end("applied")

    def report_applied(self, counts: dict[str, int]) -> None:
        """What the file changed, in a message (counts of an ApplyResult)."""
        lines = [
            self.tr("%n new", "", counts.get("new", 0)),
            self.tr("%n changed", "", counts.get("changed", 0)),
            self.tr("%n deleted", "", counts.get("deleted", 0)),
            self.tr("%n conflict(s) settled", "", counts.get("conflicts_resolved", 0)),
            self.tr("%n person(s) added to your circle", "", counts.get("people_created", 0)),
        ]
        self._inform(self.tr("The file is read in"), "\n".join(lines))

    # -- endings ----------------------------------------------------------------------------

    def _show(self, dialog: QDialog) -> None:
        self.current = dialog
        dialog.open()

    def _refuse(self, reason: str) -> None:
        self._inform(
            self.tr("This file was not read in"),
            reason + "\n\n" + self.tr("Nothing in your vault was changed."),
            warning=True,
        )
        self._end("refused")

    def _inform(self, title: str, text: str, *, warning: bool = False) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information,
            title,
            text,
            QMessageBox.StandardButton.Ok,
            self.window,
        )
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(title)
        self.message = box
        box.open()

    def _end(self, outcome: str) -> None:
        if self.outcome == "apply-cancelled" and outcome == "cancelled":
            outcome = "apply-cancelled"
        self.outcome = outcome
        self.current = None
        self.data = b""
        self.finished.emit(outcome)
