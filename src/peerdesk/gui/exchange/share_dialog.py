"""Share…: what goes in the file, for whom, and exactly what it will hold.

The same style as the export dialogs: every choice updates the list on the right, which is
the service's own description of the file. Sealing to a share passphrase runs in a helper
process with a progress dialog (scrypt takes seconds); sealing to a contact is instant.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime, time
from itertools import pairwise
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.exchange import scrypt_process
from peerdesk.gui.exchange.files import (
    SUFFIX,
    FileProblem,
    suggested_name,
    with_suffix,
    write_new_private,
)
from peerdesk.gui.exchange.models import person_text
from peerdesk.gui.exchange.preview_dialog import FittingScroll
from peerdesk.gui.exchange.workers import ApplyRunner, ScryptJob, run_scrypt
from peerdesk.services.session import Services

MIN_SHARE_PASSPHRASE = 8
ChoosePath = Callable[[QWidget, str], Path | None]


def ask_save_path(parent: QWidget, suggested: str) -> Path | None:
    path, _filter = QFileDialog.getSaveFileName(
        parent,
        QCoreApplication.translate("ShareDialog", "Save the exchange file"),
        suggested,
        QCoreApplication.translate("ShareDialog", "PeerDesk exchange files (*%1)").replace(
            "%1", SUFFIX
        ),
        options=QFileDialog.Option.DontConfirmOverwrite,  # we never overwrite: we refuse
    )
    return with_suffix(Path(path)) if path else None


class ShareDialog(QDialog):
    saved = Signal(str)  # the path written

    def __init__(
        self,
        services: Services,
        *,
        what: str = "roadmap",
        person_id: str | None = None,
        card_titles: Sequence[str] = (),
        parent: QWidget | None = None,
        choose_path: ChoosePath = ask_save_path,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Share with someone"))
        self.setAccessibleName(self.tr("Share with someone"))
        self._services = services
        self._titles = tuple(card_titles)
        self._choose_path = choose_path
        self.job: ScryptJob | None = None
        self.written: Path | None = None

        # -- what ---------------------------------------------------------------------------
        self.roadmapRadio = QRadioButton(self.tr("One person's &roadmap"))
        self.cardsRadio = QRadioButton(self.tr("Strategy &cards"))
        self.summaryRadio = QRadioButton(self.tr("A progress &summary (never journal text)"))
        self.whatGroup = QButtonGroup(self)
        for button, key in (
            (self.roadmapRadio, "roadmap"),
            (self.cardsRadio, "library"),
            (self.summaryRadio, "summary"),
        ):
            button.setProperty("what", key)
            button.setAccessibleName(button.text().replace("&", ""))
            self.whatGroup.addButton(button)
        self.personCombo = QComboBox()
        self.personCombo.setAccessibleName(self.tr("Whose roadmap or summary"))
        for person in services.people.list():
            self.personCombo.addItem(person_text(person), person.id)
        owner = services.people.owner()
        wanted = person_id or (owner.id if owner is not None else None)
        index = self.personCombo.findData(wanted)
        self.personCombo.setCurrentIndex(max(index, 0))
        self.cardsCombo = QComboBox()
        self.cardsCombo.setAccessibleName(self.tr("Which cards"))
        self.cardsCombo.addItem(self.tr("All cards"), "all")
        self.cardsCombo.addItem(self.tr("Favourites only"), "favourites")
        self.cardsCombo.addItem(self.tr("The cards ticked below"), "titles")
        self.cardList = QListWidget()
        self.cardList.setAccessibleName(self.tr("Cards to share"))
        self.cardList.setMaximumHeight(120)
        chosen = {" ".join(t.split()).casefold() for t in self._titles}
        titles: dict[str, str] = {}
        for card in services.library.all_cards():
            titles.setdefault(" ".join(card.title.split()).casefold(), card.title)
        for title in sorted(titles.values(), key=str.casefold):
            item = QListWidgetItem(title)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            ticked = " ".join(title.split()).casefold() in chosen
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.cardList.addItem(item)
        if self._titles:
            self.cardsCombo.setCurrentIndex(2)
        self.personalCheck = QCheckBox(self.tr("Include contact &details and the card use log"))
        self.personalCheck.setAccessibleName(self.tr("Include contact details and the use log"))
        self.personalCheck.setToolTip(
            self.tr("Off by default: names and roles only, and no use log of the cards.")
        )
        what_box = QGroupBox(self.tr("What to share"))
        what_form = QFormLayout(what_box)
        self._what_form = what_form
        what_form.addRow(self.roadmapRadio)
        what_form.addRow(self.cardsRadio)
        what_form.addRow(self.summaryRadio)
        self.personLabel = QLabel(self.tr("&Whose:"))
        self.personLabel.setBuddy(self.personCombo)
        what_form.addRow(self.personLabel, self.personCombo)
        self.cardsLabel = QLabel(self.tr("C&ards:"))
        self.cardsLabel.setBuddy(self.cardsCombo)
        what_form.addRow(self.cardsLabel, self.cardsCombo)
        what_form.addRow(self.cardList)
        what_form.addRow(self.personalCheck)

        # -- for whom -----------------------------------------------------------------------
        self.contactRadio = QRadioButton(self.tr("To a &known contact (only they can open it)"))
        self.contactRadio.setAccessibleName(self.tr("To a known contact"))
        self.contactCombo = QComboBox()
        self.contactCombo.setAccessibleName(self.tr("Contact"))
        for contact in services.contacts.list_contacts():
            self.contactCombo.addItem(contact.name, contact.id)
        self.passphraseRadio = QRadioButton(self.tr("With a share &passphrase agreed in person"))
        self.passphraseRadio.setAccessibleName(self.tr("With a share passphrase"))
        self.toGroup = QButtonGroup(self)
        self.toGroup.addButton(self.contactRadio)
        self.toGroup.addButton(self.passphraseRadio)
        self.passEdit = QLineEdit()
        self.passEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.passEdit.setAccessibleName(self.tr("Share passphrase"))
        self.repeatEdit = QLineEdit()
        self.repeatEdit.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeatEdit.setAccessibleName(self.tr("Share passphrase again"))
        self.passHint = QLabel(
            self.tr(
                "Agree on it face to face and never send it with the file. After this first "
                "file, replies are locked to each other's keys and need no passphrase."
            )
        )
        self.passHint.setWordWrap(True)
        self.passHint.setProperty("role", "muted")
        self.expiryCheck = QCheckBox(self.tr("The file &expires after"))
        self.expiryCheck.setAccessibleName(self.tr("The file expires"))
        self.expiryDate = QDateEdit(QDate.currentDate().addDays(30))
        self.expiryDate.setCalendarPopup(True)
        self.expiryDate.setMinimumDate(QDate.currentDate())
        self.expiryDate.setAccessibleName(self.tr("Expiry date"))
        self.expiryDate.setEnabled(False)
        to_box = QGroupBox(self.tr("Who can open it"))
        to_form = QFormLayout(to_box)
        to_form.addRow(self.contactRadio)
        to_form.addRow(self.tr("C&ontact:"), self.contactCombo)
        to_form.addRow(self.passphraseRadio)
        pass_label = QLabel(self.tr("Pa&ssphrase:"))
        pass_label.setBuddy(self.passEdit)
        to_form.addRow(pass_label, self.passEdit)
        repeat_label = QLabel(self.tr("&Again:"))
        repeat_label.setBuddy(self.repeatEdit)
        to_form.addRow(repeat_label, self.repeatEdit)
        to_form.addRow(self.passHint)
        expiry_row = QHBoxLayout()
        expiry_row.addWidget(self.expiryCheck)
        expiry_row.addWidget(self.expiryDate)
        expiry_row.addStretch(1)
        to_form.addRow(expiry_row)

        # -- contents -----------------------------------------------------------------------
        self.contentsList = QListWidget()
        self.contentsList.setAccessibleName(self.tr("What the file will hold"))
        self.contentsList.setWordWrap(True)
        self.contentsList.setMinimumWidth(280)
        contents_box = QGroupBox(self.tr("The file will hold exactly"))
        contents_layout = QVBoxLayout(contents_box)
        contents_layout.addWidget(self.contentsList)

        self.errorLabel = QLabel()
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("role", "error")
        self.errorLabel.setAccessibleName(self.tr("Problem"))
        self.errorLabel.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.saveButton = QPushButton(self.tr("&Save as…"))
        self.saveButton.setAccessibleName(self.tr("Save as"))
        self.saveButton.setDefault(True)
        self.buttons.addButton(self.saveButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.buttons.rejected.connect(self.reject)
        self.saveButton.clicked.connect(self._save_clicked)

        choices = QWidget()
        left = QVBoxLayout(choices)
        left.setContentsMargins(0, 0, 0, 0)
        left.addWidget(what_box)
        left.addWidget(to_box)
        left.addStretch(1)
        columns = QHBoxLayout()
        columns.addWidget(FittingScroll(choices), 3)
        columns.addWidget(contents_box, 2)
        outer = QVBoxLayout(self)
        outer.addLayout(columns, 1)
        outer.addWidget(self.errorLabel)
        outer.addWidget(self.buttons)

        self._set_tab_order()
        {"roadmap": self.roadmapRadio, "library": self.cardsRadio}.get(
            what, self.summaryRadio
        ).setChecked(True)
        has_contacts = self.contactCombo.count() > 0
        self.contactRadio.setEnabled(has_contacts)
        (self.contactRadio if has_contacts else self.passphraseRadio).setChecked(True)
        for signal in (
            self.whatGroup.buttonToggled,
            self.toGroup.buttonToggled,
            self.personCombo.currentIndexChanged,
            self.cardsCombo.currentIndexChanged,
            self.personalCheck.toggled,
            self.cardList.itemChanged,
        ):
            signal.connect(self._refresh)
        self.expiryCheck.toggled.connect(self.expiryDate.setEnabled)
        self._refresh()
        self.resize(860, 560)

    def _set_tab_order(self) -> None:
        """Top to bottom: what (one stop for the three kinds, arrows between them), whose or
        which cards, who can open it, then the file's contents, Save as, Cancel."""
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        order: list[tuple[QWidget, str]] = [
            (self.roadmapRadio, "shareRoadmap"),
            (self.cardsRadio, "shareCards"),
            (self.summaryRadio, "shareSummary"),
            (self.personCombo, "sharePerson"),
            (self.cardsCombo, "shareWhichCards"),
            (self.cardList, "shareCardList"),
            (self.personalCheck, "sharePersonal"),
            (self.contactRadio, "shareToContact"),
            (self.contactCombo, "shareContact"),
            (self.passphraseRadio, "shareToPassphrase"),
            (self.passEdit, "sharePassphrase"),
            (self.repeatEdit, "sharePassphraseAgain"),
            (self.expiryCheck, "shareExpires"),
            (self.expiryDate, "shareExpiryDate"),
            (self.contentsList, "shareContents"),
            (self.saveButton, "shareSave"),
            (cancel, "cancel"),
        ]
        for widget, key in order:
            widget.setObjectName(key)
        for (first, _a), (second, _b) in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- state ------------------------------------------------------------------------------

    @property
    def what(self) -> str:
        checked = self.whatGroup.checkedButton()
        return str(checked.property("what")) if checked is not None else "roadmap"

    def request(self) -> Any:
        from peerdesk.services.exchange.service import ShareRequest

        what = self.what
        person = self.personCombo.currentData() if what != "library" else None
        cards = str(self.cardsCombo.currentData() or "all")
        titles = self.ticked_titles() if cards == "titles" else ()
        return ShareRequest(what, person, cards, titles, self.personalCheck.isChecked())  # type: ignore[arg-type]

    def ticked_titles(self) -> tuple[str, ...]:
        return tuple(
            self.cardList.item(row).text()
            for row in range(self.cardList.count())
            if self.cardList.item(row).checkState() == Qt.CheckState.Checked
        )

    def _refresh(self, *_args: object) -> None:
        from peerdesk.services.exchange.service import ExchangeError

        what = self.what
        person_matters = what != "library"
        # Only the rows that matter for this kind of share (keeps the dialog short).
        for widget in (self.personLabel, self.personCombo):
            widget.setEnabled(person_matters)
        for widget in (self.cardsLabel, self.cardsCombo):
            widget.setEnabled(what == "library")
        self._what_form.setRowVisible(self.personCombo, person_matters)
        self._what_form.setRowVisible(self.cardsCombo, what == "library")
        self._what_form.setRowVisible(
            self.cardList, what == "library" and self.cardsCombo.currentData() == "titles"
        )
        self.personalCheck.setEnabled(what != "summary")
        by_contact = self.contactRadio.isChecked()
        self.contactCombo.setEnabled(by_contact)
        for edit in (self.passEdit, self.repeatEdit):
            edit.setEnabled(not by_contact)
        self.contentsList.clear()
        try:
            description = self._services.exchange.describe(self.request())
        except (ExchangeError, LookupError, ValueError) as exc:
            self.contentsList.addItem(str(exc))
            self.saveButton.setEnabled(False)
            return
        self.saveButton.setEnabled(what != "library" or description.counts.get("cards", 0) > 0)
        if description.person_name:
            self.contentsList.addItem(self.tr("Whose: %1").replace("%1", description.person_name))
        for line in description.lines():
            self.contentsList.addItem(line)
        if description.titles:
            self.contentsList.addItem(self.tr("Titles:"))
            for title in description.titles:
                self.contentsList.addItem("   " + title)
        if description.people:
            self.contentsList.addItem(self.tr("People named:"))
            for name in description.people:
                self.contentsList.addItem("   " + name)

    def show_error(self, text: str) -> None:
        self.errorLabel.setText(text)
        self.errorLabel.setVisible(bool(text))

    # -- saving -----------------------------------------------------------------------------

    def _check(self) -> str | None:
        """The problem with the choices, in one line, or None."""
        if self.contactRadio.isChecked():
            return None if self.contactCombo.currentData() else self.tr("Choose a contact.")
        passphrase = self.passEdit.text()
        if len(passphrase) < MIN_SHARE_PASSPHRASE:
            return self.tr(
                "The share passphrase needs at least %n characters.", "", MIN_SHARE_PASSPHRASE
            )
        if passphrase != self.repeatEdit.text():
            return self.tr("The two share passphrases are not the same.")
        return None

    def _expires_at(self) -> datetime | None:
        if not self.expiryCheck.isChecked():
            return None
        day = self.expiryDate.date().toPython()
        assert isinstance(day, date)
        local_end = datetime.combine(day, time(23, 59, 59)).astimezone()
        return local_end.astimezone(UTC)

    def _save_clicked(self) -> None:
        problem = self._check()
        if problem:
            self.show_error(problem)
            return
        path = self._choose_path(self, suggested_name(self.what))
        if path is not None:
            self.save_to(path)

    def save_to(self, path: Path) -> None:
        """Seal and write to *path* (a new file); the passphrase case finishes later."""
        from peerdesk.services.exchange.errors import BundleError
        from peerdesk.services.exchange.service import ExchangeError

        problem = self._check()
        if problem:
            self.show_error(problem)
            return
        if path.exists():
            self.show_error(self.tr("A file with this name exists already; choose another name."))
            return
        self.show_error("")
        contact = self.contactCombo.currentData() if self.contactRadio.isChecked() else None
        request, expires_at = self.request(), self._expires_at()
        gathering = ApplyRunner(
            self, self.tr("Gathering what the file will hold…"), cancellable=False
        )
        try:
            prepared = gathering.run(
                lambda progress, _cancelled: self._services.exchange.prepare_bundle(
                    request, to_contact=contact, expires_at=expires_at, progress=progress
                )
            )
            if prepared.recipient is not None:
                self._write(path, prepared.seal())
                return
        except (ExchangeError, BundleError, ValueError, LookupError) as exc:
            self.show_error(str(exc))
            return
        self.saveButton.setEnabled(False)
        self.job, _dialog = run_scrypt(
            self,
            scrypt_process.ENCRYPT,
            (prepared.inner, self.passEdit.text()),
            self.tr("Locking the file with the share passphrase…"),
        )
        self.job.succeeded.connect(lambda data: self._write(path, bytes(data)))
        self.job.failed.connect(lambda exc: self._job_ended(str(exc)))
        self.job.cancelled.connect(
            lambda: self._job_ended(self.tr("Cancelled; no file was written."))
        )

    def done(self, result: int) -> None:
        """Closing forgets the passphrase and stops a sealing still under way."""
        self.passEdit.clear()
        self.repeatEdit.clear()
        if self.job is not None and not self.job.finished:
            self.job.cancel()
        super().done(result)

    def _job_ended(self, message: str) -> None:
        self.saveButton.setEnabled(True)
        self.show_error(message)

    def _write(self, path: Path, data: bytes) -> None:
        self.saveButton.setEnabled(True)
        try:
            write_new_private(path, data)
        except FileProblem as exc:
            self.show_error(str(exc))
            return
        self.written = path
        self.passEdit.clear()
        self.repeatEdit.clear()
        self.saved.emit(str(path))
        self.accept()
