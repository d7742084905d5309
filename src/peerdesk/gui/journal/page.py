"""The journal area: the check-in panel first, then the timeline with search, the entry
editor, the calendar and the trends.

Keyboard: Ctrl+F goes to the search box (from anywhere in the page); Tab from the search
box goes to the results, Down or Enter there too; Enter on a result opens it in the editor.
The Tab order is the check-in, the tabs, search, results, the editor, the tool buttons and
the filters (``JournalPage.update_tab_order``).
"""

from __future__ import annotations

import itertools
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QAction,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QShowEvent,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import enable_clear_button, name
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.flow_layout import FlowLayout
from peerdesk.gui.common.theme import icon as theme_icon
from peerdesk.gui.journal.calendar_view import MoodCalendar
from peerdesk.gui.journal.checkin_panel import CheckinPanel
from peerdesk.gui.journal.entry_editor import EntryEditor
from peerdesk.gui.journal.keyboard import tab_leaves
from peerdesk.gui.journal.list_delegate import JournalListDelegate
from peerdesk.gui.journal.list_model import JournalListModel
from peerdesk.gui.journal.trends_view import TrendsView
from peerdesk.gui.journal.undo import DeleteEntriesCommand
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.events import Change
from peerdesk.services.journal import SearchFilters
from peerdesk.services.session import Services

SEARCH_DELAY_MS = 200
KINDS = [
    (QT_TRANSLATE_NOOP("JournalFilters", "Everything"), None),
    (QT_TRANSLATE_NOOP("JournalFilters", "Check-ins"), "checkin"),
    (QT_TRANSLATE_NOOP("JournalFilters", "Entries"), "entry"),
]


def _group(widgets: tuple[QWidget, ...]) -> QWidget:
    """Widgets that stay together on one line when the filter row wraps."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for widget in widgets:
        row.addWidget(widget)
    return box


class JournalFilters(QWidget):
    """Date range, tag, mood range, starred, kind: groups that wrap onto a second line when
    the window is narrow (or the font large)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        flow = FlowLayout(self, spacing=10)
        self.flow = flow
        self.since_check = QCheckBox(self.tr("From"))
        self.since_check.setObjectName("sinceCheck")
        self.since_edit = QDateEdit(QDate.currentDate().addMonths(-1))
        self.since_edit.setObjectName("sinceEdit")
        self.until_check = QCheckBox(self.tr("until"))
        self.until_check.setObjectName("untilCheck")
        self.until_edit = QDateEdit(QDate.currentDate())
        self.until_edit.setObjectName("untilEdit")
        self.since_check.setToolTip(self.tr("Only entries on or after this day"))
        self.until_check.setToolTip(self.tr("Only entries on or before this day"))
        self.since_edit.setAccessibleName(self.tr("From"))
        self.until_edit.setAccessibleName(self.tr("Until"))
        for edit in (self.since_edit, self.until_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("d MMM yyyy")
        tab_leaves(self.since_edit, self.until_edit)
        self.tag_combo = QComboBox()
        self.tag_combo.setObjectName("tagCombo")
        self.tag_combo.setAccessibleName(self.tr("Tag"))
        self.tag_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.mood_min = QSpinBox()
        self.mood_min.setObjectName("moodMinSpin")
        self.mood_max = QSpinBox()
        self.mood_max.setObjectName("moodMaxSpin")
        self.mood_min.setAccessibleName(self.tr("Lowest mood"))
        self.mood_max.setAccessibleName(self.tr("Highest mood"))
        for spin, value in ((self.mood_min, 0), (self.mood_max, 10)):
            spin.setRange(0, 10)
            spin.setValue(value)
        self.starred_check = QCheckBox(self.tr("★ only"))
        self.starred_check.setObjectName("starredCheck")
        self.starred_check.setToolTip(self.tr("Only starred entries"))
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("kindCombo")
        self.kind_combo.setAccessibleName(self.tr("Kind of entry"))
        self.kind_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.kind_combo.setMinimumContentsLength(12)
        for title, _kind in KINDS:
            self.kind_combo.addItem(QCoreApplication.translate("JournalFilters", title))
        tag_label = QLabel(self.tr("Tag"))
        tag_label.setBuddy(self.tag_combo)
        mood_label = QLabel(self.tr("Mood"))
        mood_label.setBuddy(self.mood_min)
        for group in (
            (self.since_check, self.since_edit),
            (self.until_check, self.until_edit),
            (tag_label, self.tag_combo),
            (mood_label, self.mood_min, QLabel("–"), self.mood_max),
            (self.starred_check,),
            (self.kind_combo,),
        ):
            flow.addWidget(_group(group))

    def add_trailing(self, widget: QWidget) -> None:
        """A widget placed after the filters (and wrapping with them): "Clear filters"."""
        self.flow.addWidget(widget)

    def set_tags(self, tags: list[str]) -> None:
        current = self.tag_combo.currentText()
        self.tag_combo.blockSignals(True)
        self.tag_combo.clear()
        self.tag_combo.addItem(self.tr("Any"))
        self.tag_combo.addItems(tags)
        index = self.tag_combo.findText(current)
        self.tag_combo.setCurrentIndex(max(index, 0))
        self.tag_combo.blockSignals(False)

    def value(self) -> SearchFilters:
        mood_min, mood_max = self.mood_min.value(), self.mood_max.value()
        return SearchFilters(
            since=self.since_edit.date().toPython() if self.since_check.isChecked() else None,  # type: ignore[arg-type]
            until=self.until_edit.date().toPython() if self.until_check.isChecked() else None,  # type: ignore[arg-type]
            tags=(self.tag_combo.currentText(),) if self.tag_combo.currentIndex() > 0 else (),
            mood_min=mood_min if mood_min > 0 else None,
            mood_max=mood_max if mood_max < 10 else None,
            starred_only=self.starred_check.isChecked(),
            kind=KINDS[self.kind_combo.currentIndex()][1],
        )

    def tab_chain(self) -> list[QWidget]:
        """The filters in the order they are read."""
        return [
            self.since_check,
            self.since_edit,
            self.until_check,
            self.until_edit,
            self.tag_combo,
            self.mood_min,
            self.mood_max,
            self.starred_check,
            self.kind_combo,
        ]

    def show_day(self, day: date) -> None:
        qdate = QDate(day.year, day.month, day.day)
        self.since_edit.setDate(qdate)
        self.until_edit.setDate(qdate)
        self.since_check.setChecked(True)
        self.until_check.setChecked(True)

    def reset(self) -> None:
        self.since_check.setChecked(False)
        self.until_check.setChecked(False)
        self.tag_combo.setCurrentIndex(0)
        self.mood_min.setValue(0)
        self.mood_max.setValue(10)
        self.starred_check.setChecked(False)
        self.kind_combo.setCurrentIndex(0)

    def changed_signals(self) -> list[Any]:
        return [
            self.since_check.toggled,
            self.until_check.toggled,
            self.since_edit.dateChanged,
            self.until_edit.dateChanged,
            self.tag_combo.currentIndexChanged,
            self.mood_min.valueChanged,
            self.mood_max.valueChanged,
            self.starred_check.toggled,
            self.kind_combo.currentIndexChanged,
        ]


class JournalPage(AreaPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services: Services | None = None
        self.model: JournalListModel | None = None
        self._unsubscribe: Any = None
        self.undo_stack = QUndoStack(self)

        self.checkin_panel = CheckinPanel()
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("searchEdit")
        self.search_edit.setPlaceholderText(
            self.tr('Search your journal: every word must match; "quote" a phrase')
        )
        name(
            self.search_edit,
            self.tr("Search the journal"),
            self.tr("Every word must match. Down or Tab goes to the results; Ctrl+F comes back."),
        )
        enable_clear_button(self.search_edit)
        search_icon = self.search_edit.addAction(
            theme_icon("search"), QLineEdit.ActionPosition.LeadingPosition
        )
        search_icon.setText(self.tr("Search now"))
        search_icon.setToolTip(self.tr("Search now"))
        search_icon.triggered.connect(self.apply_search)
        self.search_edit.installEventFilter(self)
        self.find_action = QAction(self.tr("Find in the journal"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.setWhatsThis(self.tr("Go to the journal's search box"))
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.filters = JournalFilters()
        self.clear_filters_button = QPushButton(self.tr("Clear filters"))
        self.clear_filters_button.setObjectName("clearFiltersButton")
        self.clear_filters_button.setFlat(True)
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setIcon(theme_icon("undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setIcon(theme_icon("redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.delete_action = QAction(
            theme_icon("delete"), self.tr("Delete selected entries"), self
        )
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.undo_button = QToolButton()
        self.undo_button.setObjectName("undoButton")
        self.undo_button.setDefaultAction(self.undo_action)
        self.redo_button = QToolButton()
        self.redo_button.setObjectName("redoButton")
        self.redo_button.setDefaultAction(self.redo_action)
        self.result_label = QLabel()
        self.result_label.setProperty("role", "muted")
        self.result_label.setWordWrap(True)

        self.list_view = QListView()
        self.list_view.setObjectName("timelineList")
        name(
            self.list_view,
            self.tr("Journal entries"),
            self.tr("Newest first. Enter opens the entry; Delete removes the chosen ones."),
        )
        self.list_view.setItemDelegate(JournalListDelegate(self.list_view))
        self.list_view.setUniformItemSizes(False)
        self.list_view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)
        self.list_view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list_view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list_view.setResizeMode(QListView.ResizeMode.Adjust)
        self.list_view.addAction(self.delete_action)
        self.list_view.installEventFilter(self)
        self.list_view.activated.connect(lambda _index: self.open_current())
        self.editor = EntryEditor(self.undo_stack)

        self.import_action = QAction(theme_icon("import"), self.tr("&Import…"), self)
        self.import_action.setToolTip(self.tr("Import from jrnl, Day One or Daylio"))
        self.import_action.triggered.connect(self.open_import)
        self.export_action = QAction(theme_icon("export"), self.tr("&Export…"), self)
        self.export_action.setToolTip(self.tr("Export to Markdown, JSON or PDF"))
        self.export_action.triggered.connect(self.open_export)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search_edit, 1)
        search_row.addWidget(self.undo_button)
        search_row.addWidget(self.redo_button)
        self.import_button = QToolButton()
        self.import_button.setObjectName("importButton")
        self.export_button = QToolButton()
        self.export_button.setObjectName("exportButton")
        for action, button in (
            (self.import_action, self.import_button),
            (self.export_action, self.export_button),
        ):
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            search_row.addWidget(button)
        self.filters.add_trailing(self.clear_filters_button)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.list_view, 1)
        left_layout.addWidget(self.result_label)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.editor)
        left.setMinimumWidth(300)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setSizes([420, 640])
        timeline = QWidget()
        timeline_layout = QVBoxLayout(timeline)
        timeline_layout.addLayout(search_row)
        timeline_layout.addWidget(self.filters)
        timeline_layout.addWidget(self.splitter, 1)

        self.calendar = MoodCalendar()
        self.trends = TrendsView()
        self.tabs = QTabWidget()
        self.tabs.tabBar().setObjectName("journalTabs")
        # Tab reaches the tab bar itself (update_tab_order); the tab widget, which hands its
        # focus to the bar, would otherwise be met again after the filters and skip the
        # check-in on the way round.
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)  # (the line above reaches it)
        self.tabs.addTab(timeline, theme_icon("journal"), self.tr("Timeline"))
        self.tabs.addTab(self.calendar, theme_icon("calendar"), self.tr("Calendar"))
        self.tabs.addTab(self.trends, theme_icon("trends"), self.tr("Trends"))

        self.vertical = QSplitter(Qt.Orientation.Vertical)
        self.vertical.addWidget(self.checkin_panel)
        self.vertical.addWidget(self.tabs)
        self.vertical.setStretchFactor(0, 0)
        self.vertical.setStretchFactor(1, 1)
        self.checkin_panel.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.vertical.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(self.vertical)

        self.search_timer = QTimer(self)
        self.search_timer.setSingleShot(True)
        self.search_timer.setInterval(SEARCH_DELAY_MS)
        self.search_timer.timeout.connect(self.apply_search)
        self.search_edit.textChanged.connect(lambda _t: self.search_timer.start())
        for signal in self.filters.changed_signals():
            signal.connect(lambda *_a: self.search_timer.start())
        self.clear_filters_button.clicked.connect(self.filters.reset)
        self.calendar.day_chosen.connect(self.show_day)
        self.tabs.currentChanged.connect(self._tab_changed)
        self.checkin_panel.checked_in.connect(lambda _id: self.refresh_views())
        self.checkin_panel.folded_changed.connect(lambda _f: self.fit_checkin_panel())
        self.editor.saved.connect(self._select_entry)
        self.checkin_panel.tab_order_changed.connect(self.update_tab_order)
        self.update_tab_order()
        self.setEnabled(False)

    def update_tab_order(self) -> None:
        """Tab: the check-in, the tabs, the search box, the results, the entry editor, the
        undo/redo/import/export buttons, the filters."""
        chain: list[QWidget] = self.checkin_panel.tab_chain()
        chain += [self.tabs.tabBar(), self.search_edit, self.list_view]
        chain += self.editor.tab_chain()
        chain += [self.undo_button, self.redo_button, self.import_button, self.export_button]
        chain += [*self.filters.tab_chain(), self.clear_filters_button]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_search(self) -> None:
        """Ctrl+F: the search box of the timeline, its words selected to type over."""
        self.tabs.setCurrentIndex(0)
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def open_current(self) -> None:
        """Enter on a result: the entry is in the editor (choosing it loaded it); go there."""
        index = self.list_view.currentIndex()
        if not index.isValid():
            return
        entry_id = str(index.data(JournalListModel.IdRole))
        if entry_id != self.editor.entry_id:
            self.editor.load_entry(entry_id)
        self.editor.focus_text()

    def _to_results(self) -> bool:
        """From the search box to the first result (chosen, so it shows in the editor)."""
        if self.model is None:
            return False
        if self.search_timer.isActive():
            self.search_timer.stop()
            self.apply_search()
        if self.model.rowCount() == 0:
            return False
        index = self.list_view.currentIndex()
        if not index.isValid():
            index = self.model.index(0)
        self.list_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        self.list_view.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress:
            plain = not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = event.key()
            enter = key in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
            to_results = key == Qt.Key.Key_Down or enter
            if watched is self.search_edit and plain and to_results and self._to_results():
                return True
            if (
                watched is self.search_edit
                and key == Qt.Key.Key_Tab
                and self.search_timer.isActive()
            ):
                # Tab right after typing: the results are the words typed, not the old ones.
                self.search_timer.stop()
                self.apply_search()
            if watched is self.list_view and plain and enter:
                self.open_current()
                return True
        return super().eventFilter(watched, event)

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        journal = services.journal
        self.model = JournalListModel(journal, services.bus, self)
        self.list_view.setModel(self.model)
        self.list_view.selectionModel().currentChanged.connect(self._current_changed)
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self.checkin_panel.attach(journal)
        self.editor.attach(journal, services.drafts)
        if self.tabs.currentWidget() is self.calendar:
            self.calendar.attach(journal)
        self.filters.set_tags(journal.tag_names())
        self._show_result_count()
        self.setEnabled(True)
        self.fit_checkin_panel()
        self.update_tab_order()

    def detach(self) -> None:
        self.search_timer.stop()
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.undo_stack.clear()  # its commands hold deleted text for undo
        self.list_view.setModel(None)
        if self.model is not None:
            self.model.release()
            self.model.deleteLater()
            self.model = None
        self.checkin_panel.detach()
        self.editor.detach()
        self.calendar.detach()
        self.trends.detach()
        self.search_edit.clear()
        self.filters.reset()
        self.filters.set_tags([])
        self.result_label.clear()
        self.services = None
        self.setEnabled(False)

    def draft(self) -> dict[str, Any] | None:
        return self.editor.draft()

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.editor.restore_draft(draft)
        self.tabs.setCurrentIndex(0)

    def fit_checkin_panel(self) -> None:
        """The check-in panel gets the height it needs (at most half the page); the tabs
        get the rest. A folded panel is one line."""
        panel = self.checkin_panel
        layout = panel.layout()
        if layout is None:
            return
        layout.activate()
        width = max(panel.width(), 400)
        need = panel.sizeHint().height()
        if layout.hasHeightForWidth():
            need = max(need, layout.totalHeightForWidth(width))
        limit = max(self.height() // 2, panel.minimumSizeHint().height())
        self.vertical.setSizes([min(need, limit), 10_000])

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.fit_checkin_panel()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.fit_checkin_panel()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self.fit_checkin_panel()

    def page_shown(self) -> None:
        if self.services is not None and self.tabs.currentWidget() is self.trends:
            self.trends.refresh()
        focused = QApplication.focusWidget()
        if self.services is not None and (focused is None or not self.isAncestorOf(focused)):
            # Keyboard and screen-reader users land in the journal (so Ctrl+F and the digit
            # keys work at once): in the check-in's note, or the search box once checked in.
            panel = self.checkin_panel
            target = self.search_edit if panel.folded else panel.ui.noteEdit
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- behaviour -------------------------------------------------------------------------

    def apply_search(self) -> None:
        if self.model is None:
            return
        self.model.set_search(self.search_edit.text(), self.filters.value())
        self._show_result_count()

    def _show_result_count(self) -> None:
        if self.model is None:
            return
        shown = self.model.rowCount()
        if self.model.searching or not self.model.filters.is_empty:
            if not shown:
                text = self.tr("Nothing matches. Try fewer words.")
            elif self.model.canFetchMore():
                text = self.tr("%n or more found", "", shown)
            else:
                text = self.tr("%n found", "", shown)
            self.result_label.setText(text)
        else:
            self.result_label.setText(
                "" if shown else self.tr("No entries yet. Check in above, or write.")
            )

    def show_day(self, day: date) -> None:
        self.search_edit.clear()
        self.filters.show_day(day)
        self.tabs.setCurrentIndex(0)
        self.apply_search()

    def refresh_views(self) -> None:
        if self.services is None:
            return
        if self.tabs.currentWidget() is self.calendar:
            self.calendar.refresh()
        if self.tabs.currentWidget() is self.trends:
            self.trends.refresh()
        self._show_result_count()

    def delete_selected(self) -> None:
        if self.model is None or self.services is None:
            return
        ids = [
            str(index.data(JournalListModel.IdRole))
            for index in self.list_view.selectionModel().selectedIndexes()
        ]
        if ids:
            self.undo_stack.push(DeleteEntriesCommand(self.services.journal, ids))

    def open_import(self) -> None:
        if self.services is None:
            return
        from peerdesk.gui.journal.import_dialog import JournalImportDialog

        dialog = JournalImportDialog(self.services, self)
        if dialog.exec() and dialog.import_result is not None:
            result = dialog.import_result
            self.result_label.setText(
                self.tr("Imported %n item(s).", "", result.added)
                + " "
                + self.tr("Already in the journal: %n.", "", result.already_there)
            )
        dialog.deleteLater()

    def open_export(self) -> None:
        if self.services is None:
            return
        from peerdesk.gui.common.policy_ui import refuse_if_blocked
        from peerdesk.gui.journal.export_dialog import JournalExportDialog

        if refuse_if_blocked(self, self.services):
            return
        dialog = JournalExportDialog(self.services, self)
        if dialog.exec() and dialog.written is not None:
            self.result_label.setText(
                self.tr("Exported to {file}.").format(file=dialog.written.name)
            )
        dialog.deleteLater()

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            entry_id = current.data(JournalListModel.IdRole)
            if entry_id != self.editor.entry_id:
                self.editor.load_entry(str(entry_id))

    def _select_entry(self, entry_id: str) -> None:
        if self.model is None:
            return
        row = self.model.row_of(entry_id)
        if row >= 0:
            self.list_view.selectionModel().setCurrentIndex(
                self.model.index(row), QItemSelectionModel.SelectionFlag.ClearAndSelect
            )

    def _tab_changed(self, _index: int) -> None:
        if self.services is None:
            return
        if self.tabs.currentWidget() is self.trends:
            self.trends.attach(self.services.journal)
        elif self.tabs.currentWidget() is self.calendar:
            self.calendar.attach(self.services.journal)

    def _on_change(self, change: Change) -> None:
        if change.entity == "journal_tracker":
            self.checkin_panel.rebuild_trackers()
        if change.entity == "journal_entry" and self.services is not None:
            self.filters.set_tags(self.services.journal.tag_names())
            self.refresh_views()
