"""The crisis plan window: seven sections in PeerDesk's own words, each a short list the user
writes (contacts included), and a one-page PDF to print. Opened from anywhere once unlocked."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QPagedPaintDevice, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.save_file import ask_save_path, offer_open
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_crisis_plan_dialog import Ui_CrisisPlanDialog
from peerdesk.gui.library.card_model import ID_ROLE, CrisisSectionModel
from peerdesk.services.library import SECTIONS, CrisisItem
from peerdesk.services.library.crisis import Section
from peerdesk.services.session import Services


class CrisisItemDialog(QDialog):
    """Add or edit one item: its text, a contact where the section has them, a linked card."""

    def __init__(
        self,
        section: Section,
        cards: list[tuple[str, str]],
        item: CrisisItem | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(section.title)
        layout = QVBoxLayout(self)
        hint = QLabel(section.hint)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        form = QFormLayout()
        self.text_edit = QLineEdit(item.text if item else "")
        self.text_edit.setMaxLength(2000)
        form.addRow(self.tr("&What"), self.text_edit)
        self.contact_edit = QLineEdit(item.contact if item else "")
        self.contact_edit.setMaxLength(500)
        self.contact_edit.setPlaceholderText(
            self.tr("a phone number, an address, when they are around")
        )
        if section.has_contact:
            form.addRow(self.tr("&Contact"), self.contact_edit)
        self.card_combo = QComboBox()
        self.card_combo.addItem(self.tr("(no card)"), None)
        for card_id, title in cards:
            self.card_combo.addItem(title, card_id)
        if item and item.strategy_id:
            self.card_combo.setCurrentIndex(max(0, self.card_combo.findData(item.strategy_id)))
        if section.links_strategies:
            form.addRow(self.tr("Strategy &card"), self.card_combo)
            self.card_combo.activated.connect(self._card_chosen)
        layout.addLayout(form)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(480, self.sizeHint().height())

    def _card_chosen(self, position: int) -> None:
        if not self.text_edit.text().strip() and self.card_combo.itemData(position):
            self.text_edit.setText(self.card_combo.itemText(position))

    @property
    def strategy_id(self) -> str | None:
        value = self.card_combo.currentData()
        return value if isinstance(value, str) else None


class SectionBox(QGroupBox):
    def __init__(self, section: Section, plan: CrisisPlanDialog) -> None:
        super().__init__(section.title)
        self.section = section
        self._plan = plan
        layout = QVBoxLayout(self)
        hint = QLabel(section.hint)
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        self.view = QListView()
        self.view.setObjectName(f"section-{section.key}")
        # Whole lines, wrapped: "local emergency services, or the nearest emergency
        # department" must never need sideways scrolling.
        self.view.setWordWrap(True)
        self.view.setUniformItemSizes(False)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setMaximumHeight(160)
        layout.addWidget(self.view)
        self.view.doubleClicked.connect(self._edit_index)
        name(self.view, section.title)
        # Keys on the list: Enter edits (taken here, so the dialog's default button is not
        # pressed too), Delete removes, Ctrl+Up / Ctrl+Down move the chosen item.
        for keys, handler in (
            (QKeySequence(Qt.Key.Key_Return), self.edit),
            (QKeySequence(Qt.Key.Key_Enter), self.edit),
            (QKeySequence(QKeySequence.StandardKey.Delete), self.remove),
            (QKeySequence("Ctrl+Up"), lambda: self.move_item(-1)),
            (QKeySequence("Ctrl+Down"), lambda: self.move_item(1)),
        ):
            shortcut = QShortcut(keys, self.view)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(handler)
        row = QHBoxLayout()
        for key, text, spoken, handler in (
            ("add", self.tr("Add…"), self.tr("Add to “{section}”"), self.add),
            ("edit", self.tr("Edit…"), self.tr("Edit the chosen item of “{section}”"), self.edit),
            (
                "remove",
                self.tr("Remove"),
                self.tr("Remove the chosen item of “{section}”"),
                self.remove,
            ),
            (
                "up",
                self.tr("Up"),
                self.tr("Move the chosen item up (Ctrl+Up)"),
                lambda: self.move_item(-1),
            ),
            (
                "down",
                self.tr("Down"),
                self.tr("Move the chosen item down (Ctrl+Down)"),
                lambda: self.move_item(1),
            ),
        ):
            button = QPushButton(text)
            button.setObjectName(f"{section.key}-{key}")
            name(button, spoken.format(section=section.title))
            button.clicked.connect(handler)
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        self.model: CrisisSectionModel | None = None

    def set_model(self, model: CrisisSectionModel | None) -> None:
        self.model = model
        self.view.setModel(model)

    def _current(self) -> CrisisItem | None:
        index = self.view.currentIndex()
        if self.model is None or not index.isValid():
            return None
        return self.model.item_at(index.row())

    def _edit_index(self, _index: QModelIndex) -> None:
        self.edit()

    def add(self) -> None:
        services = self._plan.services
        dialog = CrisisItemDialog(self.section, self._plan.card_choices(), parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted and dialog.text_edit.text().strip():
            self._plan.run(
                lambda: services.crisis_plan.add(
                    self.section.key,
                    dialog.text_edit.text(),
                    dialog.contact_edit.text(),
                    dialog.strategy_id,
                )
            )

    def edit(self) -> None:
        item = self._current()
        if item is None:
            return
        services = self._plan.services
        dialog = CrisisItemDialog(self.section, self._plan.card_choices(), item, parent=self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self._plan.run(
                lambda: services.crisis_plan.update(
                    item.id, dialog.text_edit.text(), dialog.contact_edit.text(), dialog.strategy_id
                )
            )
            self._choose(item.id)

    def remove(self) -> None:
        item = self._current()
        if item is None or self.model is None:
            return
        row = self.view.currentIndex().row()
        self._plan.run(lambda: self._plan.services.crisis_plan.remove(item.id))
        if self.model.rowCount():  # the next item is chosen, so Delete can go on
            self.view.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1)))

    def move_item(self, step: int) -> None:
        item = self._current()
        if item is None or self.model is None:
            return
        self._plan.run(lambda: self._plan.services.crisis_plan.move(item.id, step))
        self._choose(item.id)

    def _choose(self, item_id: str) -> None:
        """The list is read again after each change: choose the item the user was on."""
        if self.model is None:
            return
        for row in range(self.model.rowCount()):
            if self.model.index(row).data(ID_ROLE) == item_id:
                self.view.setCurrentIndex(self.model.index(row))


class CrisisPlanDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CrisisPlanDialog()
        self.ui.setupUi(self)
        self.ui.headingLabel.setObjectName("headingLabel")
        self.ui.introLabel.setProperty("role", "muted")
        self.ui.printButton.setIcon(icon("print"))
        self.services = services
        self.boxes: dict[str, SectionBox] = {}
        for section in SECTIONS:
            box = SectionBox(section, self)
            box.set_model(CrisisSectionModel(services.crisis_plan, services.bus, section.key, self))
            self.boxes[section.key] = box
            self.ui.sectionsLayout.addWidget(box)
        self.ui.sectionsLayout.addStretch(1)
        for area in self.findChildren(QScrollArea):
            area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.ui.printButton.clicked.connect(self._save_pdf)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.finished.connect(self._release)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # At most the screen's height (less a title bar): the buttons stay on screen at 768 px.
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry().height() - 48
            if self.height() > room:
                self.resize(self.width(), max(room, 400))

    def card_choices(self) -> list[tuple[str, str]]:
        return [(c.id, c.title) for c in self.services.library.all_cards()]

    def run(self, action: object) -> None:
        try:
            action()  # type: ignore[operator]
        except (ValueError, LookupError) as exc:
            QMessageBox.warning(self, self.tr("Crisis plan"), str(exc))

    def save_pdf_to(self, path: Path) -> None:
        from peerdesk.gui.library.pdf import write_crisis_plan_pdf

        write_crisis_plan_pdf(self.services.crisis_plan.plan().items, path)

    def print_on(self, device: QPagedPaintDevice) -> None:
        from peerdesk.gui.library.pdf import print_crisis_plan_on

        print_crisis_plan_on(self.services.crisis_plan.plan().items, device)

    def _save_pdf(self) -> None:
        path = ask_save_path(
            self,
            self.services.settings,
            self.tr("Save the crisis plan"),
            "crisis-plan.pdf",
            "PDF (*.pdf)",
        )
        if path is None:
            return
        try:
            self.save_pdf_to(path)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Crisis plan"),
                self.tr("Could not write the PDF: {reason}").format(reason=exc),
            )
            return
        offer_open(self, path, self.tr("Crisis plan saved"), self.print_on)

    def _release(self) -> None:
        for box in self.boxes.values():
            if box.model is not None:
                box.model.close()
            box.set_model(None)
