"""The caseload area: the people served, with what needs attention, keyboard-first.

Enter opens the chosen person's session notes; Ctrl+R their roadmap; Ctrl+N starts a note
for them; Ctrl+K sets the next planned contact. Crossing to another area is a request to
the shell (``navigate``), never an import of that area's GUI.
"""

from __future__ import annotations

import time
from datetime import datetime
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.caseload.dialogs import PlanContactDialog
from peerdesk.gui.caseload.model import CaseloadModel, local_date
from peerdesk.gui.common.accessibility import enable_clear_button, name
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.theme import icon as theme_icon
from peerdesk.services.events import Change
from peerdesk.services.notes import CaseloadFilter, NotesError
from peerdesk.services.session import Services

NO_CONTACT_DAYS = 30
RELOAD_AFTER_S = 60


class CaseloadTable(QTableView):
    """Enter opens the person's notes (QTableView would otherwise start editing)."""

    def __init__(self, activate: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._activate = activate

    def keyPressEvent(self, event: Any) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self._activate()
            event.accept()
            return
        super().keyPressEvent(event)


class CaseloadPage(AreaPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.model: CaseloadModel | None = None
        self._unsubscribe: Any = None
        self._stale = False

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("caseloadSearch")
        self.search_edit.setPlaceholderText(self.tr("Find a person by name"))
        name(
            self.search_edit,
            self.tr("Find a person by name"),
            self.tr("Enter or Tab goes to the list of people"),
        )
        enable_clear_button(self.search_edit)
        search_icon = self.search_edit.addAction(
            theme_icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        search_icon.setText(self.tr("Search"))  # the icon's button is spoken by this name
        search_icon.triggered.connect(self.search_edit.setFocus)
        self.unsigned_check = QCheckBox(self.tr("Has &unsigned notes"))
        self.overdue_check = QCheckBox(self.tr("O&verdue milestones"))
        self.due_check = QCheckBox(self.tr("&Goals due"))
        self.quiet_check = QCheckBox(self.tr("No contact for %n days", None, NO_CONTACT_DAYS))
        for check, key in (
            (self.unsigned_check, "caseloadUnsigned"),
            (self.overdue_check, "caseloadOverdue"),
            (self.due_check, "caseloadGoalsDue"),
            (self.quiet_check, "caseloadQuiet"),
        ):
            check.setObjectName(key)
            check.setAccessibleName(check.text().replace("&", ""))

        self.table = CaseloadTable(self.open_notes)
        self.table.setObjectName("caseloadTable")
        name(
            self.table,
            self.tr("Caseload"),
            self.tr("One row a person. Enter opens their session notes."),
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSortingEnabled(True)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.setTabKeyNavigation(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(70)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.doubleClicked.connect(lambda _i: self.open_notes())

        self.notes_button = QPushButton(theme_icon("edit"), self.tr("&Notes (Enter)"))
        self.notes_button.setAccessibleName(self.tr("Open this person's session notes"))
        self.roadmap_button = QPushButton(theme_icon("roadmap"), self.tr("&Roadmap"))
        self.roadmap_button.setAccessibleName(self.tr("Open this person's roadmap"))
        self.new_note_button = QPushButton(theme_icon("add"), self.tr("New no&te"))
        self.new_note_button.setAccessibleName(self.tr("Start a session note for this person"))
        self.plan_button = QPushButton(theme_icon("calendar"), self.tr("Next &contact…"))
        self.plan_button.setAccessibleName(self.tr("Set the next planned contact"))
        for button, key in (
            (self.notes_button, "caseloadNotes"),
            (self.roadmap_button, "caseloadRoadmap"),
            (self.new_note_button, "caseloadNewNote"),
            (self.plan_button, "caseloadPlan"),
        ):
            button.setObjectName(key)
        self.summary_label = QLabel()
        self.summary_label.setProperty("role", "muted")
        self.summary_label.setAccessibleName(self.tr("Caseload summary"))
        self.keys_label = QLabel(
            self.tr("Enter: notes · Ctrl+R: roadmap · Ctrl+N: new note · Ctrl+K: next contact")
        )
        self.keys_label.setProperty("role", "muted")
        self.keys_label.setWordWrap(True)

        self.unsigned_list = QListWidget()
        self.unsigned_list.setObjectName("caseloadUnsignedList")
        self.unsigned_list.setAccessibleName(self.tr("Notes not yet signed, oldest first"))
        self.unsigned_list.itemActivated.connect(self._open_unsigned)
        unsigned_title = QLabel(self.tr("Notes not yet signed (oldest first)"))
        unsigned_title.setBuddy(self.unsigned_list)

        filters = QHBoxLayout()
        filters.addWidget(self.search_edit, 1)
        for check in (self.unsigned_check, self.overdue_check, self.due_check, self.quiet_check):
            filters.addWidget(check)
        buttons = QHBoxLayout()
        for button in (
            self.notes_button,
            self.roadmap_button,
            self.new_note_button,
            self.plan_button,
        ):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary_label)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(unsigned_title)
        lower_layout.addWidget(self.unsigned_list, 1)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.table, 1)
        upper_layout.addLayout(buttons)
        upper_layout.addWidget(self.keys_label)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(upper)
        self.splitter.addWidget(lower)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([480, 110])
        layout = QVBoxLayout(self)
        heading = QLabel(
            self.tr(
                "Your caseload: the people you serve. These records are yours as their peer "
                "specialist; a person's own vault never shows these screens."
            )
        )
        heading.setWordWrap(True)
        heading.setProperty("role", "muted")
        layout.addWidget(heading)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.roadmap_action = self._action(self.tr("Open the roadmap"), "Ctrl+R", self.open_roadmap)
        self.new_note_action = self._action(self.tr("New note"), "Ctrl+N", self.new_note)
        self.plan_action = self._action(
            self.tr("Next planned contact"), "Ctrl+K", self.plan_contact
        )
        self.find_action = self._action(
            self.tr("Find a person"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.find_action.setWhatsThis(self.tr("Go to the search box of the caseload"))
        # Search, then the people found (Enter opens one), what to do with them, the
        # notes waiting to be signed, and the filters that narrow the list.
        order = [
            self.search_edit,
            self.table,
            self.notes_button,
            self.roadmap_button,
            self.new_note_button,
            self.plan_button,
            self.unsigned_list,
            self.unsigned_check,
            self.overdue_check,
            self.due_check,
            self.quiet_check,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)
        self.notes_button.clicked.connect(self.open_notes)
        self.roadmap_button.clicked.connect(self.open_roadmap)
        self.new_note_button.clicked.connect(self.new_note)
        self.plan_button.clicked.connect(self.plan_contact)

        self.filter_timer = QTimer(self)
        self.filter_timer.setSingleShot(True)
        self.filter_timer.setInterval(120)
        self.filter_timer.timeout.connect(self.apply_filter)
        self.search_edit.textChanged.connect(lambda _t: self.filter_timer.start())
        self.search_edit.returnPressed.connect(self._search_enter)
        for check in (self.unsigned_check, self.overdue_check, self.due_check, self.quiet_check):
            check.toggled.connect(lambda _on: self.apply_filter())
        self.setEnabled(False)

    def _action(self, text: str, key: Any, slot: Any) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(key))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        self.model = CaseloadModel(services.caseload, services.bus, services.people.names, self)
        self.model.auto_reload = False  # see _on_change
        self._stale = False
        self.table.setModel(self.model)
        self.model.modelAboutToBeReset.connect(self._remember_current)
        self.model.modelReset.connect(self._restore_current)
        self.model.modelReset.connect(self._fit_columns)
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self._fit_columns()
        self._refresh_side()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.setEnabled(True)

    def detach(self) -> None:
        self.filter_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.table.setModel(None)
        if self.model is not None:
            self.model.close()
            self.model.deleteLater()
            self.model = None
        self.unsigned_list.clear()
        self.summary_label.clear()
        self.search_edit.clear()
        for check in (self.unsigned_check, self.overdue_check, self.due_check, self.quiet_check):
            check.setChecked(False)
        self.services = None
        self.setEnabled(False)

    def page_shown(self) -> None:
        if self.model is not None:
            # Changes seen while hidden, or the clock ("overdue", "next planned") moved on.
            if self._stale or time.monotonic() - self.model.loaded_at > RELOAD_AFTER_S:
                self.model.reload()
                self._refresh_side()
            self._stale = False
        self.table.setFocus()

    # -- filters and the side list ---------------------------------------------------------

    def caseload_filter(self) -> CaseloadFilter:
        return CaseloadFilter(
            text=self.search_edit.text(),
            only_unsigned=self.unsigned_check.isChecked(),
            only_overdue=self.overdue_check.isChecked(),
            only_goals_due=self.due_check.isChecked(),
            no_contact_for_days=NO_CONTACT_DAYS if self.quiet_check.isChecked() else None,
        )

    def apply_filter(self) -> None:
        self.filter_timer.stop()
        if self.model is None:
            return
        self.model.set_filter(self.caseload_filter())
        if self.current_person_id() is None and self.model.rowCount():
            self.table.selectRow(0)
        self._refresh_side()

    def _search_enter(self) -> None:
        self.apply_filter()
        self.table.setFocus()

    def _fit_columns(self) -> None:
        """Widths from the contents once per reset (ResizeToContents would re-measure every
        cell on each selection change); the name column takes the rest."""
        header = self.table.horizontalHeader()
        for column in range(1, header.count()):
            self.table.resizeColumnToContents(column)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def _refresh_side(self) -> None:
        services = self.services
        self.unsigned_list.clear()
        if services is None or self.model is None:
            return
        for note in services.caseload.unsigned_notes():
            item = QListWidgetItem(f"{local_date(note.note_date)} · {note.person_name}")
            item.setData(Qt.ItemDataRole.UserRole, note.note_id)
            self.unsigned_list.addItem(item)
        if self.unsigned_list.count() == 0:
            item = QListWidgetItem(self.tr("Every note is signed."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.unsigned_list.addItem(item)
        people = self.model.rowCount()
        self.summary_label.setText(self.tr("People: %n", None, people))

    def _remember_current(self) -> None:
        self._kept = self.current_person_id()

    def _restore_current(self) -> None:
        kept = getattr(self, "_kept", None)
        if self.model is None or kept is None:
            return
        row = self.model.row_of(kept)
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    # -- actions ---------------------------------------------------------------------------

    def current_person_id(self) -> str | None:
        if self.model is None or self.table.selectionModel() is None:
            return None
        index: QModelIndex = self.table.selectionModel().currentIndex()
        if not index.isValid():
            return None
        value = self.model.data(self.model.index(index.row(), 0), CaseloadModel.PersonIdRole)
        return value if isinstance(value, str) else None

    def open_notes(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.navigate.emit("notes", {"person_id": person_id})

    def open_roadmap(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.navigate.emit("roadmap", {"person_id": person_id})

    def new_note(self) -> None:
        person_id = self.current_person_id()
        if person_id is not None:
            self.navigate.emit("notes", {"new_for": person_id})

    def _open_unsigned(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if isinstance(note_id, str):
            self.navigate.emit("notes", {"note_id": note_id})

    def plan_contact(self, values: dict[str, Any] | None = None) -> bool:
        services = self.services
        person_id = self.current_person_id()
        if services is None or person_id is None or self.model is None:
            return False
        if values is None:
            row = self.model.row_at(self.model.row_of(person_id) or 0)
            dialog = PlanContactDialog(row.next_planned if row else None, self)
            accepted = dialog.exec() == PlanContactDialog.DialogCode.Accepted
            values = dialog.values() if accepted else None
            dialog.deleteLater()
            if values is None:
                return False
        try:
            planned_at = values["planned_at"]
            assert isinstance(planned_at, datetime)
            services.notes.plan_contact(person_id, planned_at, str(values.get("setting", "")))
        except NotesError as exc:
            self.summary_label.setText(self.tr("Not planned: {why}").format(why=exc))
            return False
        return True

    def open_context(self, context: dict[str, Any]) -> None:
        person_id = context.get("person_id")
        if isinstance(person_id, str) and self.model is not None:
            row = self.model.row_of(person_id)
            if row is not None:
                self.table.selectRow(row)

    def _on_change(self, change: Change) -> None:
        if self.model is None or not self.model.is_affected_by(change):
            return
        if not self.isVisible():
            self._stale = True  # read again when the page is shown
            return
        self.model.reload()
        self._refresh_side()
