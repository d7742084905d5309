"""The session notes area: search and filters, the list of notes, the note editor.

Shown only on an agency workstation (the vault enabled agency screens in Settings, or the
organisation's policy lists the area). Searching runs through NotesService as you type.
"""

from __future__ import annotations

from datetime import date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import enable_clear_button, name
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.theme import icon as theme_icon
from peerdesk.gui.notes.editor import NoteEditor
from peerdesk.gui.notes.list_model import NotesListModel
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.events import Change
from peerdesk.services.notes import NoteFilter
from peerdesk.services.session import Services

SEARCH_DELAY_MS = 150
STATUSES: list[tuple[str, str | None]] = [
    (QT_TRANSLATE_NOOP("NotesPage", "All notes"), None),
    (QT_TRANSLATE_NOOP("NotesPage", "Drafts"), "draft"),
    (QT_TRANSLATE_NOOP("NotesPage", "Signed"), "signed"),
]


class NotesPage(AreaPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.model: NotesListModel | None = None
        self._unsubscribe: Any = None

        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("notesSearch")
        self.search_edit.setPlaceholderText(self.tr("Search the notes: every word must match"))
        name(
            self.search_edit,
            self.tr("Search the notes"),
            self.tr("Every word must match. Tab goes to the list of notes."),
        )
        enable_clear_button(self.search_edit)
        search_icon = self.search_edit.addAction(
            theme_icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        search_icon.setText(self.tr("Search"))  # the icon's button is spoken by this name
        search_icon.triggered.connect(self.search_edit.setFocus)
        self.new_button = QPushButton(theme_icon("add"), self.tr("&New note"))
        self.new_button.setAccessibleName(self.tr("New session note"))
        self.new_button.setShortcut(QKeySequence.StandardKey.New)
        self.export_button = QPushButton(theme_icon("export"), self.tr("&Export…"))
        self.export_button.setAccessibleName(self.tr("Export notes as PDF or CSV"))
        self.person_filter = QComboBox()
        self.person_filter.setAccessibleName(self.tr("Only this person's notes"))
        self.person_filter.setMinimumContentsLength(12)
        # The whole name when a large font cuts it short.
        self.person_filter.currentTextChanged.connect(self.person_filter.setToolTip)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Drafts or signed notes"))
        for title, _key in STATUSES:
            self.status_filter.addItem(QCoreApplication.translate("NotesPage", title))
        self.since_check = QCheckBox(self.tr("From"))
        self.since_check.setAccessibleName(self.tr("Only notes from a date"))
        self.until_check = QCheckBox(self.tr("to"))
        self.until_check.setAccessibleName(self.tr("Only notes until a date"))
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since_edit.setAccessibleName(self.tr("First date"))
        self.until_edit = QDateEdit(QDate.currentDate())
        self.until_edit.setAccessibleName(self.tr("Last date"))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        self.result_label = QLabel()
        self.result_label.setProperty("role", "muted")
        self.result_label.setAccessibleName(self.tr("How many notes are listed"))

        self.list_view = QListView()
        self.list_view.setObjectName("notesList")
        name(
            self.list_view,
            self.tr("Session notes"),
            self.tr("Newest first. Enter opens the chosen note in the editor."),
        )
        # Uniform rows: the view then reads only the rows it shows (15 000 notes open fast).
        self.list_view.setUniformItemSizes(True)
        self.list_view.setWordWrap(False)
        self.list_view.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Laid out in batches: the first screen paints before 15 000 rows are placed.
        self.list_view.setLayoutMode(QListView.LayoutMode.Batched)
        self.list_view.setBatchSize(200)
        self.list_view.setAlternatingRowColors(True)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.editor = NoteEditor()
        self.editor_scroll = QScrollArea()
        self.editor_scroll.setWidgetResizable(True)
        self.editor_scroll.setWidget(self.editor)
        self.editor_scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.editor_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

        top = QHBoxLayout()
        top.addWidget(self.search_edit, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.export_button)
        filters = QHBoxLayout()
        filters.addWidget(self.person_filter, 1)
        filters.addWidget(self.status_filter)
        for widget in (self.since_check, self.since_edit, self.until_check, self.until_edit):
            filters.addWidget(widget)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.result_label)
        left.setMinimumWidth(240)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor_scroll)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([300, 560])
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.splitter, 1)

        self.delete_action = QAction(self.tr("Delete draft"), self)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.editor.delete_draft)
        self.list_view.addAction(self.delete_action)
        self.focus_search = QAction(self.tr("Search the notes"), self)
        self.focus_search.setWhatsThis(self.tr("Go to the search box of the session notes"))
        self.focus_search.setShortcut(QKeySequence.StandardKey.Find)
        self.focus_search.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.focus_search.triggered.connect(self.focus_search_box)
        self.addAction(self.focus_search)
        self.list_view.activated.connect(lambda _index: self.editor.focus_first_field())
        named: list[tuple[QWidget, str]] = [
            (self.new_button, "notesNew"),
            (self.export_button, "notesExport"),
            (self.person_filter, "notesPerson"),
            (self.status_filter, "notesStatus"),
            (self.since_check, "notesSinceCheck"),
            (self.since_edit, "notesSince"),
            (self.until_check, "notesUntilCheck"),
            (self.until_edit, "notesUntil"),
        ]
        for control, key in named:
            control.setObjectName(key)
        # Search, the notes found, the note open in the editor (its fields, then signing),
        # then starting or exporting notes and the filters that narrow the list.
        order = [
            self.search_edit,
            self.list_view,
            *self.editor.tab_chain(),
            self.new_button,
            self.export_button,
            self.person_filter,
            self.status_filter,
            self.since_check,
            self.since_edit,
            self.until_check,
            self.until_edit,
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_filters)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        for signal in (
            self.person_filter.currentIndexChanged,
            self.status_filter.currentIndexChanged,
            self.since_check.toggled,
            self.until_check.toggled,
            self.since_edit.dateChanged,
            self.until_edit.dateChanged,
        ):
            signal.connect(lambda *_a: self.search_timer.start())
        self.new_button.clicked.connect(self.new_note)
        self.export_button.clicked.connect(self.open_export)
        self.editor.saved.connect(self._select_note)
        self.setEnabled(False)

    def focus_search_box(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        self._fill_people()
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self.editor.attach(services)
        self.export_button.setEnabled(services.policy.allows_plaintext_export())
        self._show_count()
        self.setEnabled(True)

    def detach(self) -> None:
        self.search_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.list_view.setModel(None)
        if self.model is not None:
            self.model.close()
            self.model.deleteLater()
            self.model = None
        self.editor.detach()
        self.search_edit.clear()
        self.person_filter.clear()
        self.result_label.clear()
        self.services = None
        self.setEnabled(False)

    def page_shown(self) -> None:
        self.ensure_model()

    def ensure_model(self) -> NotesListModel | None:
        """The list is read when the page is first shown, not at unlock: a caseload with
        years of notes must not slow down opening the vault."""
        if self.model is None and self.services is not None:
            services = self.services
            self.model = NotesListModel(
                services.notes,
                services.people,
                services.bus,
                self,
                flt=self.note_filter(),
                text=self.search_edit.text(),
            )
            self.list_view.setModel(self.model)
            self.list_view.selectionModel().currentChanged.connect(self._current_changed)
            if self.editor.note_id is not None:
                self._select_note(self.editor.note_id)
            self._show_count()
        return self.model

    def draft(self) -> dict[str, Any] | None:
        return self.editor.draft()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.editor.restore_draft(draft)
        if self.editor.note_id is not None:
            self._select_note(self.editor.note_id)

    def open_context(self, context: dict[str, Any]) -> None:
        """``{"person_id": …}`` lists that person's notes; ``{"note_id": …}`` opens one;
        ``{"new_for": person_id}`` starts a note for that person."""
        if self.services is None:
            return
        self.ensure_model()
        person_id = context.get("person_id") or context.get("new_for")
        if isinstance(person_id, str):
            self.search_edit.clear()
            self.status_filter.setCurrentIndex(0)
            self.since_check.setChecked(False)
            self.until_check.setChecked(False)
            self.person_filter.setCurrentIndex(max(self.person_filter.findData(person_id), 0))
            self.apply_filters()
            if context.get("new_for"):
                self.new_note(person_id)
                return
            if self.model is not None and self.model.rowCount():
                self.list_view.setCurrentIndex(self.model.index(0))
            self.list_view.setFocus()
        note_id = context.get("note_id")
        if isinstance(note_id, str):
            if self.model is not None and self.model.row_of(note_id) is None:
                self.search_edit.clear()
                self.person_filter.setCurrentIndex(0)
                self.status_filter.setCurrentIndex(0)
                self.since_check.setChecked(False)
                self.until_check.setChecked(False)
                self.apply_filters()
            self._select_note(note_id)
            self.editor.load_note(note_id)

    # -- behaviour -------------------------------------------------------------------------

    def _fill_people(self) -> None:
        if self.services is None:
            return
        keep = self.person_filter.currentData()
        self.person_filter.blockSignals(True)
        self.person_filter.clear()
        self.person_filter.addItem(self.tr("Everyone"), None)
        people = sorted(self.services.caseload.people_served(), key=lambda p: p[1].casefold())
        for pid, person in people:
            self.person_filter.addItem(person, pid)
        self.person_filter.setCurrentIndex(max(self.person_filter.findData(keep), 0))
        self.person_filter.setToolTip(self.person_filter.currentText())
        self.person_filter.blockSignals(False)

    def note_filter(self) -> NoteFilter:
        since: date | None = (
            self.since_edit.date().toPython() if self.since_check.isChecked() else None  # type: ignore[assignment]
        )
        until: date | None = (
            self.until_edit.date().toPython() if self.until_check.isChecked() else None  # type: ignore[assignment]
        )
        return NoteFilter(
            person_id=self.person_filter.currentData(),
            since=since,
            until=until,
            status=STATUSES[max(self.status_filter.currentIndex(), 0)][1],  # type: ignore[arg-type]
        )

    def apply_filters(self) -> None:
        self.search_timer.stop()
        if self.ensure_model() is None:
            return
        assert self.model is not None
        self.model.set_query(self.note_filter(), self.search_edit.text())
        if self.editor.note_id is not None:
            row = self.model.row_of(self.editor.note_id)
            if row is not None:
                self.list_view.setCurrentIndex(self.model.index(row))
        self._show_count()

    def _show_count(self) -> None:
        if self.model is None:
            return
        shown = self.model.rowCount()
        if self.model.searching:
            text = (
                self.tr("Matching notes: %n", None, shown)
                if shown
                else self.tr("Nothing matches. Try fewer words.")
            )
        else:
            text = (
                self.tr("Notes: %n", None, shown)
                if shown
                else self.tr("No notes here yet. “New note” starts one.")
            )
        self.result_label.setText(text)

    def new_note(self, person_id: str | None = None) -> None:
        if self.services is None:
            return
        if not isinstance(person_id, str):
            person_id = self.person_filter.currentData()
        self.list_view.clearSelection()
        self.editor.new_note(person_id if isinstance(person_id, str) else None)
        self.editor.ui.personCombo.setFocus()

    def open_export(self) -> None:
        if self.services is None:
            return
        from peerdesk.gui.notes.export_dialog import NotesExportDialog

        self.editor.flush()
        dialog = NotesExportDialog(
            self.services,
            self,
            note_id=self.editor.note_id,
            person_id=self.person_filter.currentData(),
        )
        if dialog.exec() and dialog.written is not None:
            self.result_label.setText(
                self.tr("Exported to {name}.").format(name=dialog.written.name)
            )
        dialog.deleteLater()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            note_id = current.data(NotesListModel.IdRole)
            if isinstance(note_id, str) and note_id != self.editor.note_id:
                self.editor.load_note(note_id)

    def _select_note(self, note_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(note_id)
        if row is not None:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )
        self._show_count()

    def _on_change(self, change: Change) -> None:
        if change.entity == "person":
            self._fill_people()
            self.editor._fill_people()
        elif change.entity == "session_note":
            self._show_count()
