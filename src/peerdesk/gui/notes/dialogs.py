"""Small dialogs of the notes area: an addendum, the agency's list of service types."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.notes import NotesError, NotesService


class AddendumDialog(QDialog):
    """A dated, signed correction appended below a signed note (the original stays)."""

    def __init__(self, staff_name: str, credential: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add an addendum"))
        self.resize(520, 340)
        explain = QLabel(
            self.tr(
                "An addendum corrects or completes a signed note. It is dated and signed "
                "now, marked as an amendment, and shown below the original, which stays "
                "as it was."
            )
        )
        explain.setWordWrap(True)
        self.text_edit = QPlainTextEdit()
        self.text_edit.setAccessibleName(self.tr("Addendum text"))
        self.text_edit.setTabChangesFocus(True)
        self.staff_edit = QLineEdit(staff_name)
        self.staff_edit.setAccessibleName(self.tr("Staff name"))
        self.credential_edit = QLineEdit(credential)
        self.credential_edit.setAccessibleName(self.tr("Staff credential"))
        form = QFormLayout()
        form.addRow(self.tr("&Addendum"), self.text_edit)
        form.addRow(self.tr("Signed by"), self.staff_edit)
        form.addRow(self.tr("Credential"), self.credential_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.sign_button = buttons.addButton(
            self.tr("Sign the addendum"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.sign_button.setAccessibleName(self.tr("Sign the addendum"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explain)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.text_edit.textChanged.connect(self._update)
        self.staff_edit.textChanged.connect(self._update)
        self._update()

    def _update(self) -> None:
        self.sign_button.setEnabled(
            bool(self.text_edit.toPlainText().strip() and self.staff_edit.text().strip())
        )

    def values(self) -> dict[str, str]:
        return {
            "text": self.text_edit.toPlainText(),
            "staff_name": self.staff_edit.text(),
            "staff_credential": self.credential_edit.text(),
        }


class ServiceTypesDialog(QDialog):
    """The agency's list of service types: add, rename, retire (old notes keep theirs)."""

    def __init__(self, notes: NotesService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.notes = notes
        self.setWindowTitle(self.tr("Service types"))
        self.resize(420, 360)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Service types"))
        add = QPushButton(self.tr("&Add…"))
        rename = QPushButton(self.tr("&Rename…"))
        retire = QPushButton(self.tr("Re&tire"))
        for button, name in (
            (add, self.tr("Add a service type")),
            (rename, self.tr("Rename the chosen service type")),
            (retire, self.tr("Retire the chosen service type")),
        ):
            button.setAccessibleName(name)
        add.clicked.connect(self.add)
        rename.clicked.connect(self.rename)
        retire.clicked.connect(self.retire)
        row = QHBoxLayout()
        for button in (add, rename, retire):
            row.addWidget(button)
        row.addStretch(1)
        hint = QLabel(self.tr("Notes already written keep the service type they were given."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        close.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(row)
        layout.addWidget(hint)
        layout.addWidget(close)
        self.refresh()

    def refresh(self) -> None:
        self.list.clear()
        self.list.addItems(self.notes.service_types())

    def _current(self) -> str | None:
        item = self.list.currentItem()
        return item.text() if item is not None else None

    def _try(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except NotesError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
        self.refresh()

    def add(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add a service type"), self.tr("Name:"))
        if ok:
            self._try(lambda: self.notes.add_service_type(name))

    def rename(self) -> None:
        old = self._current()
        if old is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename a service type"),
            self.tr("New name:"),
            QLineEdit.EchoMode.Normal,
            old,
        )
        if ok:
            self._try(lambda: self.notes.rename_service_type(old, name))

    def retire(self) -> None:
        old = self._current()
        if old is not None:
            self._try(lambda: self.notes.archive_service_type(old))
