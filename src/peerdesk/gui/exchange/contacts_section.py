"""Contacts, a section of Settings: the vaults this one exchanges files with."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.exchange.models import ContactsModel
from peerdesk.services.session import Services


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_name(parent: QWidget, title: str, current: str) -> str | None:
    text, ok = QInputDialog.getText(
        parent,
        title,
        QCoreApplication.translate("ContactsSection", "Name shown in this vault:"),
        QLineEdit.EchoMode.Normal,
        current,
    )
    return text if ok and text.strip() else None


class ContactsSection(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Contacts (exchange files)"))
        self.setObjectName("contactsSection")
        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.ask_name: Callable[[QWidget, str, str], str | None] = ask_name
        self._services: Services | None = None
        self.model = ContactsModel(self)
        self.ownLabel = QLabel()
        self.ownLabel.setWordWrap(True)
        self.ownLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ownLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.ownLabel.setAccessibleName(self.tr("This vault's fingerprint words"))
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setAccessibleName(self.tr("Contacts"))
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setTabKeyNavigation(False)  # Tab leaves the list; arrows move within it
        self.view.verticalHeader().hide()
        self.view.setMinimumHeight(110)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.emptyLabel = QLabel(
            self.tr(
                "No contacts yet. Someone becomes a contact when you read in their first file "
                "and the fingerprint words match."
            )
        )
        self.emptyLabel.setWordWrap(True)
        self.emptyLabel.setProperty("role", "muted")
        self.renameButton = QPushButton(self.tr("&Rename…"))
        self.renameButton.setAccessibleName(self.tr("Rename the contact"))
        self.forgetButton = QPushButton(self.tr("&Forget…"))
        self.forgetButton.setAccessibleName(self.tr("Forget the contact"))
        self.renameButton.clicked.connect(self._rename_clicked)
        self.forgetButton.clicked.connect(self._forget_clicked)
        buttons = QHBoxLayout()
        buttons.addWidget(self.renameButton)
        buttons.addWidget(self.forgetButton)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.ownLabel)
        layout.addWidget(self.view)
        layout.addWidget(self.emptyLabel)
        layout.addLayout(buttons)
        self.view.selectionModel().selectionChanged.connect(lambda *_a: self._update_buttons())
        self._update_buttons()

    def attach(self, services: Services) -> None:
        self._services = services
        self.refresh()

    def detach(self) -> None:
        self._services = None
        self.model.set_contacts([])
        self.ownLabel.clear()
        self._update_buttons()

    def refresh(self) -> None:
        services = self._services
        if services is None:
            return
        own = services.contacts.identity.existing()
        self.ownLabel.setText(
            self.tr("This vault's fingerprint, for others to compare: %1").replace(
                "%1", own.fingerprint
            )
            if own is not None
            else self.tr("This vault gets its fingerprint with the first file it shares.")
        )
        keep = self.selected_id()
        self.model.set_contacts(services.contacts.list_contacts())
        for row in range(self.model.rowCount()):
            contact = self.model.contact(row)
            if contact is not None and contact.id == keep:
                self.view.selectRow(row)
        self.emptyLabel.setVisible(self.model.rowCount() == 0)
        self._update_buttons()

    def selected_id(self) -> str | None:
        if not self.view.selectionModel().hasSelection():
            return None
        contact = self.model.contact(self.view.currentIndex().row())
        return str(contact.id) if contact is not None else None

    def select_row(self, row: int) -> None:
        self.view.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self._services is not None and self.view.selectionModel().hasSelection()
        self.renameButton.setEnabled(chosen)
        self.forgetButton.setEnabled(chosen)

    def _rename_clicked(self) -> None:
        contact = self.model.contact(self.view.currentIndex().row())
        if contact is None:
            return
        name = self.ask_name(self, self.tr("Rename a contact"), contact.name)
        if name:
            self.rename(contact.id, name)

    def rename(self, contact_id: str, name: str) -> None:
        if self._services is not None:
            self._services.contacts.rename(contact_id, name)
            self.refresh()

    def _forget_clicked(self) -> None:
        contact = self.model.contact(self.view.currentIndex().row())
        if contact is None:
            return
        if self.confirm(
            self,
            self.tr("Forget this contact?"),
            self.tr(
                "Forget “%1”? Their next file will be from someone unknown: you will compare "
                "the fingerprint words again. What you received from them stays."
            ).replace("%1", contact.name),
        ):
            self.forget(contact.id)

    def forget(self, contact_id: str) -> None:
        if self._services is not None:
            self._services.contacts.forget(contact_id)
            self.refresh()
