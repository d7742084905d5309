"""The library area: cards in a grid or a list (lazy), search as you type, filters, sorting,
card detail and editor, "I used this", import/export, and the crisis plan action."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelection, QModelIndex, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QWidget,
)

from peerdesk.gui.common.accessibility import enable_clear_button, name
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.flow_layout import FlowLayout
from peerdesk.gui.common.long_work import LongWork
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_library_page import Ui_LibraryPage
from peerdesk.gui.library.card_delegate import GRID_SIZE, CardDelegate
from peerdesk.gui.library.card_detail import CardDetail
from peerdesk.gui.library.card_editor import CardEditor
from peerdesk.gui.library.card_model import ID_ROLE, StrategyListModel, UseHistoryModel
from peerdesk.gui.library.crisis_plan import CrisisPlanDialog
from peerdesk.gui.library.export_dialog import LibraryExportDialog
from peerdesk.gui.library.import_dialog import LibraryImportDialog
from peerdesk.gui.library.log_use import LogUseDialog
from peerdesk.services.events import Change
from peerdesk.services.library import (
    SORT_KEYS,
    SORT_LABELS,
    CardContent,
    LibraryQuery,
    StarterInstaller,
    UnknownCardError,
)
from peerdesk.services.library.formats.importing import read_preview_steps
from peerdesk.services.library.formats.json_file import LibraryFileError
from peerdesk.services.session import Services

CRISIS_SHORTCUT = "Ctrl+Shift+H"
SEARCH_DELAY_MS = 120
ALL = "__all__"


class LibraryPage(AreaPage):
    share_requested = Signal(list)  # the selected card ids (the shell opens Share…)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryPage()
        self.ui.setupUi(self)
        self.ui.headingLabel.setObjectName("headingLabel")
        self.ui.countLabel.setProperty("role", "muted")
        self.ui.emptyLabel.setProperty("role", "muted")
        self.ui.newButton.setIcon(icon("add"))
        self.ui.importButton.setIcon(icon("import"))
        self.ui.exportButton.setIcon(icon("export"))
        self._flow_filters()
        self.shareButton = QPushButton(self.tr("S&hare…"))
        self.shareButton.setObjectName("shareButton")
        self.shareButton.setAccessibleName(self.tr("Share strategy cards"))
        self.shareButton.setToolTip(self.tr("Share cards with a contact in an encrypted file"))
        heading_row = self.ui.headingRow
        heading_row.insertWidget(heading_row.indexOf(self.ui.exportButton) + 1, self.shareButton)
        self.shareButton.clicked.connect(lambda: self.share_requested.emit(self.selected_ids()))
        # The magnifier is a (spoken) button of the search box: it goes to the search box.
        self.search_icon = self.ui.searchEdit.addAction(
            icon("search"), self.ui.searchEdit.ActionPosition.LeadingPosition
        )
        self.search_icon.setText(self.tr("Search"))
        self.search_icon.setToolTip(self.tr("Search cards (Ctrl+F)"))
        enable_clear_button(self.ui.searchEdit)
        for key in SORT_KEYS:
            self.ui.sortCombo.addItem(
                QCoreApplication.translate("LibrarySort", SORT_LABELS[key]), key
            )
        self.more_button = QPushButton()  # a button with a menu, like its neighbours
        self.more_button.setObjectName("moreButton")
        self.more_button.setText(self.tr("&More"))
        self.more_button.setToolTip(self.tr("Starter cards and categories"))
        name(self.more_button, self.tr("More library actions"))
        menu = QMenu(self.more_button)
        menu.addAction(self.tr("Restore deleted starter cards"), self._restore_starter)
        menu.addAction(self.tr("Add a category…"), self._add_category)
        menu.addAction(self.tr("Rename a category…"), self._rename_category)
        menu.addAction(self.tr("Remove a category from the list…"), self._remove_category)
        self.more_button.setMenu(menu)
        self.ui.headingRow.addWidget(self.more_button)
        self._flow_heading()
        self.ui.emptyLayout.setAlignment(self.ui.clearFiltersButton, Qt.AlignmentFlag.AlignHCenter)
        self.ui.clearFiltersButton.hide()
        self.ui.clearFiltersButton.clicked.connect(self.clear_filters)

        self.detail = CardDetail()
        self.editor = CardEditor()
        # The card scrolls as a whole when the pane is short (or the font large), instead of
        # squeezing its wrapped lines on top of each other.
        self.detail_scroll = QScrollArea()
        self.detail_scroll.setObjectName("detailScroll")
        self.detail_scroll.setWidgetResizable(True)
        self.detail_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.detail_scroll.setWidget(self.detail)
        # Tab goes to the card's own controls (the pane scrolls to each); the pane itself
        # would be one more stop with nothing to say.
        self.detail_scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.sideStack.addWidget(self.detail_scroll)
        self.ui.sideStack.addWidget(self.editor)
        name(self.ui.sideStack, self.tr("Chosen card"))  # not an unnamed "layered pane"
        # The cards and the card take all the height the filters do not need (else an empty
        # side pane let the filter row grow into a blank band).
        self.ui.pageLayout.setStretchFactor(self.ui.splitter, 1)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.splitter.setSizes([560, 400])
        self.ui.searchEdit.setMinimumWidth(200)
        for combo in (self.ui.categoryCombo, self.ui.tagCombo, self.ui.situationCombo):
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(9)

        view = self.ui.cardView
        self.delegate = CardDelegate(view)
        view.setItemDelegate(self.delegate)
        view.setUniformItemSizes(True)
        view.setLayoutMode(QListView.LayoutMode.Batched)
        view.setBatchSize(100)
        view.setResizeMode(QListView.ResizeMode.Adjust)
        view.setSelectionMode(QListView.SelectionMode.ExtendedSelection)  # export a few
        view.setSpacing(2)
        self._set_grid(True)

        name(
            view,
            self.tr("Strategy cards"),
            self.tr(
                "Arrow keys move between cards, Enter edits the chosen card, "
                "Tab goes on to the card's steps and buttons."
            ),
        )
        view.activated.connect(self._card_activated)

        keys = QKeySequence(CRISIS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
        self.crisis_action = QAction(icon("crisis"), self.tr("Crisis plan"), self)
        self.crisis_action.setShortcut(QKeySequence(CRISIS_SHORTCUT))
        self.crisis_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.crisis_action.setToolTip(self.tr("Open my crisis plan ({keys})").format(keys=keys))
        self.crisis_action.setEnabled(False)
        self.crisis_action.triggered.connect(self.open_crisis_plan)
        self._add_keys()

        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_query)
        self.ui.searchEdit.textChanged.connect(self._search_timer.start)
        for combo in (
            self.ui.categoryCombo,
            self.ui.tagCombo,
            self.ui.situationCombo,
            self.ui.sortCombo,
        ):
            combo.activated.connect(self._apply_query)
        self.ui.favouritesCheck.toggled.connect(self._apply_query)
        self.ui.gridButton.toggled.connect(self._set_grid)
        self.ui.newButton.clicked.connect(self.new_card)
        self.ui.importButton.clicked.connect(self._choose_import_file)
        self.ui.exportButton.clicked.connect(self.open_export)
        self.detail.used_clicked.connect(self.log_use)
        self.detail.edit_clicked.connect(self.edit_card)
        self.detail.delete_clicked.connect(self.delete_card)
        self.detail.favourite_toggled.connect(self._favourite)
        self.editor.saved.connect(self._editor_saved)
        self.editor.cancelled.connect(self._editor_cancelled)

        self.services: Services | None = None
        self.model: StrategyListModel | None = None
        self.history: UseHistoryModel | None = None
        self.crisis_dialog: CrisisPlanDialog | None = None
        self._modals: list[QDialog] = []
        self._unsubscribe: Callable[[], None] | None = None
        self._current_id: str | None = None
        self.setEnabled(False)

    # -- keyboard ----------------------------------------------------------------------------

    def _add_keys(self) -> None:
        """Ctrl+F to the search box, and keys on the card grid."""
        self.find_action = QAction(self.tr("Search cards"), self)
        self.find_action.setObjectName("findAction")
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.setWhatsThis(self.tr("Go to the search box of the library"))
        self.find_action.triggered.connect(self.focus_search)
        self.search_icon.triggered.connect(self.focus_search)
        self.addAction(self.find_action)

        self.favourite_action = QAction(self.tr("Favourite: mark or unmark the card"), self)
        self.favourite_action.setObjectName("favouriteAction")
        self.favourite_action.setShortcut(QKeySequence("Ctrl+D"))
        self.favourite_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.favourite_action.triggered.connect(self.toggle_favourite)
        self.addAction(self.favourite_action)

        self.delete_action = QAction(self.tr("Delete the card"), self)
        self.delete_action.setObjectName("deleteCardAction")
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.delete_action.triggered.connect(self.delete_card)
        self.ui.cardView.addAction(self.delete_action)

    def _set_tab_order(self) -> None:
        """One logical Tab order: the heading's buttons, the search box, the cards, the chosen
        card (or the editor), then the filters. Set once the page sits in the main window:
        moving a widget to another window rebuilds its focus chain."""
        ui, detail = self.ui, self.detail.ui
        chain: list[QWidget] = [
            ui.newButton,
            ui.importButton,
            ui.exportButton,
            self.shareButton,
            self.more_button,
            ui.searchEdit,
            ui.cardView,
            # the side pane shows the card, or the editor (only one of them is visible)
            detail.favouriteButton,
            detail.usedButton,
            detail.bodyView,
            detail.historyView,
            detail.editButton,
            detail.deleteButton,
            *self.editor.focus_chain(),
            ui.clearFiltersButton,
            ui.categoryCombo,
            ui.tagCombo,
            ui.situationCombo,
            ui.favouritesCheck,
            ui.sortCombo,
            ui.gridButton,
            ui.listButton,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def focus_search(self) -> None:
        self.ui.searchEdit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.searchEdit.selectAll()

    def toggle_favourite(self) -> None:
        if self.detail.card is not None and self.ui.sideStack.currentWidget() is not self.editor:
            self.detail.ui.favouriteButton.toggle()

    def _card_activated(self, index: QModelIndex) -> None:
        """Enter (or a double click) on a card: edit it."""
        if not index.isValid():
            return
        strategy_id = str(index.data(ID_ROLE))
        if self.detail.card is None or self.detail.card.id != strategy_id:
            self.ui.cardView.selectionModel().select(
                index, self.ui.cardView.selectionModel().SelectionFlag.ClearAndSelect
            )
            self._current_id = strategy_id
            self._show_side(strategy_id)
        self.edit_card()

    def clear_filters(self) -> None:
        """Back to every card: the search box emptied and every filter on "all"."""
        ui = self.ui
        ui.searchEdit.clear()
        for combo in (ui.categoryCombo, ui.tagCombo, ui.situationCombo):
            combo.setCurrentIndex(0)
        ui.favouritesCheck.setChecked(False)
        self._search_timer.stop()
        self._apply_query()
        ui.cardView.setFocus(Qt.FocusReason.OtherFocusReason)

    # -- AreaPage ----------------------------------------------------------------------------

    def _flow_heading(self) -> None:
        """The heading and its buttons wrap onto a second line when the window is narrow or
        the font large (Spanish labels are longer), instead of making the page scroll sideways."""
        ui = self.ui
        row = ui.headingRow
        index = ui.pageLayout.indexOf(row)
        ui.pageLayout.takeAt(index)
        while row.count():
            row.takeAt(0)
        box = QWidget()
        box.setObjectName("headingBox")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        box.setSizePolicy(policy)
        flow = FlowLayout(box, spacing=8)
        title = QWidget()
        line = QHBoxLayout(title)
        line.setContentsMargins(0, 0, 16, 0)
        line.addWidget(ui.headingLabel)
        line.addWidget(ui.countLabel)
        flow.addWidget(title)
        for button in (
            ui.newButton,
            ui.importButton,
            ui.exportButton,
            self.shareButton,
            self.more_button,
        ):
            flow.addWidget(button)
        ui.pageLayout.insertWidget(index, box)

    def _flow_filters(self) -> None:
        """The search box, filters, sort and view buttons wrap onto a second line when the
        window is narrow, instead of sliding under each other or off the page."""
        ui = self.ui
        row = ui.filterRow
        index = ui.pageLayout.indexOf(row)
        ui.pageLayout.takeAt(index)
        while row.count():
            row.takeAt(0)
        box = QWidget()
        box.setObjectName("filterBox")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        box.setSizePolicy(policy)
        flow = FlowLayout(box, spacing=8)
        ui.searchEdit.setAccessibleName(self.tr("Search cards"))
        for combo, label in (
            (ui.categoryCombo, self.tr("Category")),
            (ui.tagCombo, self.tr("Tag")),
            (ui.situationCombo, self.tr("Situation")),
            (ui.sortCombo, self.tr("Sort by")),
        ):
            combo.setAccessibleName(label)
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        for group in (
            (ui.searchEdit,),
            (ui.categoryCombo,),
            (ui.tagCombo,),
            (ui.situationCombo,),
            (ui.favouritesCheck,),
            (ui.sortLabel, ui.sortCombo),
            (ui.gridButton, ui.listButton),
        ):
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.setSpacing(4)
            for widget in group:
                line.addWidget(widget)
            flow.addWidget(holder)
        ui.pageLayout.insertWidget(index, box)

    def attach(self, services: Services) -> None:
        self.services = services
        self.model = StrategyListModel(services.library, services.bus, self)
        self.history = UseHistoryModel(services.library, services.bus, self)
        self.ui.cardView.setModel(self.model)
        self.ui.cardView.selectionModel().selectionChanged.connect(self._selection_changed)
        self.detail.set_history_model(self.history)
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self._set_tab_order()
        self._apply_query()
        QTimer.singleShot(0, self._fill_filters)  # after the first screen of cards is shown
        self._show_side(None)
        self.crisis_action.setEnabled(True)
        self.setEnabled(True)

    def detach(self) -> None:
        self.crisis_action.setEnabled(False)
        for dialog in list(self._modals):
            dialog.reject()
        self._search_timer.stop()
        if self.crisis_dialog is not None:
            self.crisis_dialog.reject()
            self.crisis_dialog.deleteLater()
            self.crisis_dialog = None
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.ui.cardView.setModel(None)
        self.detail.clear()
        self.editor.clear()
        for model in (self.model, self.history):
            if model is not None:
                model.close()
                model.deleteLater()
        self.model = None
        self.history = None
        self.services = None
        self._current_id = None
        self.ui.searchEdit.clear()
        for combo in (self.ui.categoryCombo, self.ui.tagCombo, self.ui.situationCombo):
            combo.clear()
        self.ui.countLabel.clear()
        self.ui.sideStack.setCurrentWidget(self.ui.emptyPage)
        self.setEnabled(False)

    def draft(self) -> dict[str, Any] | None:
        if self.ui.sideStack.currentWidget() is self.editor:
            return {"editor": self.editor.draft()}
        return None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        editor = draft.get("editor")
        if not isinstance(editor, dict) or self.services is None:
            return
        strategy_id = editor.get("strategy_id")
        if not isinstance(strategy_id, str):
            strategy_id = None
        self._start_editor(strategy_id, CardEditor.content_from_draft(editor))

    def global_actions(self) -> list[QAction]:
        return [self.crisis_action]

    # -- filters and query -------------------------------------------------------------------

    def _fill_filters(self) -> None:
        if self.services is None:
            return
        lib = self.services.library
        for combo, everything, values in (
            (self.ui.categoryCombo, self.tr("All categories"), lib.categories()),
            (self.ui.tagCombo, self.tr("All tags"), lib.tags()),
            (self.ui.situationCombo, self.tr("Any situation"), lib.situations()),
        ):
            _refill(combo, everything, values)

    def current_query(self) -> LibraryQuery:
        def chosen(combo: QComboBox) -> str | None:
            value = combo.currentData()
            return None if value in (None, ALL) else str(value)

        return LibraryQuery(
            text=self.ui.searchEdit.text(),
            category=chosen(self.ui.categoryCombo),
            tag=chosen(self.ui.tagCombo),
            situation=chosen(self.ui.situationCombo),
            favourites_only=self.ui.favouritesCheck.isChecked(),
            sort=self.ui.sortCombo.currentData() or "title",
        )

    def _apply_query(self) -> None:
        if self.model is None or self.services is None:
            return
        self.model.set_query(self.current_query())
        self._update_count()
        self._reselect()
        self._show_empty_state()

    def _update_count(self) -> None:
        if self.model is None or self.services is None:
            return
        shown, total = self.model.rowCount(), self.services.library.count()
        self.ui.countLabel.setText(
            self.tr("%n card(s)", "", total)
            if shown == total
            else self.tr("{shown} of %n card(s)", "", total).format(shown=shown)
        )

    def _filtered(self) -> bool:
        query = self.current_query()
        return bool(
            query.text.strip()
            or query.category
            or query.tag
            or query.situation
            or query.favourites_only
        )

    def _show_empty_state(self) -> None:
        """The side pane says why the grid is empty, with a way back to every card."""
        nothing = self.model is not None and self.model.rowCount() == 0 and self._filtered()
        if nothing:
            text = self.ui.searchEdit.text().strip()
            self.ui.emptyLabel.setText(
                self.tr("No card matches “{text}” with these filters.").format(text=text)
                if text
                else self.tr("No card matches these filters.")
            )
            if self.ui.sideStack.currentWidget() is not self.editor:
                self.ui.sideStack.setCurrentWidget(self.ui.emptyPage)
        else:
            self.ui.emptyLabel.setText(
                self.tr("Choose a card to see its steps, log a use, or edit it.")
            )
        self.ui.clearFiltersButton.setVisible(nothing)

    def _set_grid(self, grid: bool) -> None:
        view = self.ui.cardView
        self.delegate.grid = grid
        if grid:
            view.setViewMode(QListView.ViewMode.IconMode)
            view.setFlow(QListView.Flow.LeftToRight)
            view.setWrapping(True)
            view.setGridSize(QSize(GRID_SIZE.width() + 4, GRID_SIZE.height() + 4))
            view.setMovement(QListView.Movement.Static)
        else:
            view.setViewMode(QListView.ViewMode.ListMode)
            view.setFlow(QListView.Flow.TopToBottom)
            view.setWrapping(False)
            view.setGridSize(QSize())
        view.doItemsLayout()

    # -- selection and detail ----------------------------------------------------------------

    def select_card(self, strategy_id: str) -> bool:
        if self.model is None:
            return False
        row = self.model.row_of(strategy_id)
        if row is None:
            return False
        index = self.model.index(row)
        self.ui.cardView.setCurrentIndex(index)
        self.ui.cardView.scrollTo(index)
        return True

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        current = self.ui.cardView.currentIndex()
        if current.isValid() and self.ui.cardView.selectionModel().isSelected(current):
            self._current_id = str(current.data(ID_ROLE))
            if self.ui.sideStack.currentWidget() is not self.editor:
                self._show_side(self._current_id)

    def _reselect(self) -> None:
        if self._current_id and not self.select_card(self._current_id):
            self.ui.cardView.clearSelection()

    def _show_side(self, strategy_id: str | None) -> None:
        if self.services is None or strategy_id is None:
            self.ui.sideStack.setCurrentWidget(self.ui.emptyPage)
            return
        try:
            card = self.services.library.card(strategy_id)
        except UnknownCardError:
            self._current_id = None
            self.ui.sideStack.setCurrentWidget(self.ui.emptyPage)
            return
        self.detail.show_card(card)
        if self.history is not None:
            self.history.set_strategy(strategy_id)
        self.ui.sideStack.setCurrentWidget(self.detail_scroll)

    def _on_change(self, change: Change) -> None:
        if change.entity in ("strategy", "strategy_use", "library_category"):
            self._update_count()
            if change.entity != "strategy_use":
                self._fill_filters()
            if self._current_id and self.ui.sideStack.currentWidget() is self.detail_scroll:
                self._show_side(self._current_id)

    # -- actions -----------------------------------------------------------------------------

    def log_use(self) -> None:
        card = self.detail.card
        if self.services is None or card is None:
            return
        dialog = LogUseDialog(card.title, self)
        if self._run_modal(dialog) != QDialog.DialogCode.Accepted.value or self.services is None:
            return  # cancelled, or the vault was locked meanwhile
        try:
            self.services.library.log_use(
                card.id, dialog.distress_before, dialog.distress_after, dialog.note
            )
        except (ValueError, LookupError) as exc:
            QMessageBox.warning(self, self.tr("I used this"), str(exc))

    def _favourite(self, checked: bool) -> None:
        if self.services is not None and self.detail.card is not None:
            self.services.library.set_favourite(self.detail.card.id, checked)

    def new_card(self) -> None:
        self._start_editor(None, None)

    def edit_card(self) -> None:
        if self.detail.card is not None:
            self._start_editor(self.detail.card.id, self.detail.card.content)

    def _start_editor(self, strategy_id: str | None, content: CardContent | None) -> None:
        if self.services is None:
            return
        services = self.services

        def save(sid: str | None, new: CardContent) -> str:
            if sid is None:
                return services.library.create(new)
            services.library.update(sid, new)
            return sid

        self.editor.start(strategy_id, content, services.library.categories(), save)
        self.ui.sideStack.setCurrentWidget(self.editor)
        self.editor.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_saved(self, strategy_id: str) -> None:
        self._current_id = strategy_id
        self._show_side(strategy_id)
        self.select_card(strategy_id)
        self.ui.cardView.setFocus(Qt.FocusReason.OtherFocusReason)

    def _editor_cancelled(self) -> None:
        self._show_side(self._current_id)
        self.ui.cardView.setFocus(Qt.FocusReason.OtherFocusReason)

    def delete_card(self) -> None:
        card = self.detail.card
        if self.services is None or card is None:
            return
        box = confirm_delete_box(self, card.title)
        answer = self._run_modal(box)
        if answer == QMessageBox.StandardButton.Yes.value and self.services is not None:
            self.services.library.delete(card.id)
            self._current_id = None
            self._show_side(None)

    def open_crisis_plan(self) -> None:
        if self.services is None:
            return
        if self.crisis_dialog is None:
            self.crisis_dialog = CrisisPlanDialog(self.services, self.window())
            self.crisis_dialog.finished.connect(self._crisis_closed)
        if self.crisis_dialog.isVisible():
            self.crisis_dialog.raise_()  # already open: bring it to the front
        else:
            self.crisis_dialog.show()
        self.crisis_dialog.activateWindow()

    def _crisis_closed(self) -> None:
        if self.crisis_dialog is not None:
            self.crisis_dialog.deleteLater()
            self.crisis_dialog = None

    def open_export(self) -> None:
        if self.services is None or self.model is None:
            return
        from peerdesk.gui.common.policy_ui import refuse_if_blocked

        if refuse_if_blocked(self, self.services):
            return
        self._run_modal(
            LibraryExportDialog(self.services, self.model.ids(), self.selected_ids(), self)
        )

    def _run_modal(self, dialog: QDialog) -> int:
        """exec() a dialog that a lock (detach) can close: no decrypted text stays up."""
        self._modals.append(dialog)
        try:
            return dialog.exec()
        finally:
            self._forget_modal(dialog)
            dialog.deleteLater()

    def selected_ids(self) -> list[str]:
        """The selected cards, in the order shown."""
        if self.model is None or self.ui.cardView.selectionModel() is None:
            return []
        rows = sorted(i.row() for i in self.ui.cardView.selectionModel().selectedIndexes())
        return [str(self.model.index(r).data(ID_ROLE)) for r in rows]

    def _choose_import_file(self) -> None:
        chosen, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import strategy cards"),
            "",
            self.tr("PeerDesk library (*.json);;All files (*)"),
        )
        if chosen:
            self.import_file(Path(chosen))

    def import_file(self, path: Path) -> LibraryImportDialog | None:
        """Read and check the file, then show the preview (returned, for tests).

        Reading and comparing 5 000 cards is a few hundred ms: it runs as steps with a
        progress dialog (``LongWork``); Cancel — or a lock — just stops it (nothing is
        written before the preview's Import button)."""
        if self.services is None:
            return None
        work = LongWork(
            read_preview_steps(self.services.library, path),
            self.tr("Reading the library file…"),
            self,
        )
        try:
            preview = work.run()
        except LibraryFileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Import"),
                self.tr("{file} cannot be imported: {reason}. Nothing was imported.").format(
                    file=path.name, reason=exc
                ),
            )
            return None
        finally:
            work.dialog.deleteLater()  # parented to the page, not to the work
            work.deleteLater()
        if preview is None or self.services is None:
            return None  # cancelled, or the vault was locked meanwhile
        dialog = LibraryImportDialog(self.services, preview, path, self)
        dialog.accepted.connect(lambda: self._imported(dialog))
        self._modals.append(dialog)  # a lock closes it
        dialog.finished.connect(lambda _result: self._forget_modal(dialog))
        dialog.finished.connect(dialog.deleteLater)  # its preview holds card text
        dialog.open()
        return dialog

    def _forget_modal(self, dialog: QDialog) -> None:
        if dialog in self._modals:
            self._modals.remove(dialog)

    def _imported(self, dialog: LibraryImportDialog) -> None:
        window = self.window()
        result = dialog.import_result
        if result is not None and isinstance(window, QMainWindow):
            window.statusBar().showMessage(
                self.tr("Import: {summary}.").format(summary=result.summary()), 8000
            )

    def _restore_starter(self) -> None:
        if self.services is None:
            return
        count = StarterInstaller(self.services.library, self.services.settings).restore()
        QMessageBox.information(
            self,
            self.tr("Starter cards"),
            self.tr("%n starter card(s) brought back.", "", count)
            if count
            else self.tr("All the starter cards are already in your library."),
        )

    def _add_category(self) -> None:
        if self.services is None:
            return
        dialog = category_name_dialog(
            self, self.tr("Add a category"), self.tr("Name of the new category:")
        )
        if self._run_modal(dialog) != QDialog.DialogCode.Accepted.value or self.services is None:
            return
        new = dialog.textValue()
        if new.strip():
            try:
                self.services.library.add_category(new)
            except ValueError as exc:
                QMessageBox.warning(self, self.tr("Add a category"), str(exc))

    def _rename_category(self) -> None:
        if self.services is None:
            return
        title = self.tr("Rename a category")
        old = self._pick_category(title)
        if old is None or self.services is None:
            return
        dialog = category_name_dialog(
            self, title, self.tr("New name for {name}:").format(name=old), old
        )
        if self._run_modal(dialog) != QDialog.DialogCode.Accepted.value or self.services is None:
            return
        new = dialog.textValue()
        if new.strip() and new.strip() != old:
            try:
                self.services.library.rename_category(old, new)
            except ValueError as exc:
                QMessageBox.warning(self, title, str(exc))

    def _remove_category(self) -> None:
        if self.services is None:
            return
        chosen = self._pick_category(self.tr("Remove a category from the list"))
        if chosen is not None and self.services is not None:
            self.services.library.remove_category(chosen)

    def _pick_category(self, title: str) -> str | None:
        if self.services is None:
            return None
        names = self.services.library.categories()
        if not names:
            return None
        dialog = category_choice_dialog(self, title, names)
        if self._run_modal(dialog) != QDialog.DialogCode.Accepted.value:
            return None
        return dialog.textValue() or None


def category_name_dialog(parent: QWidget, title: str, label: str, text: str = "") -> QInputDialog:
    """Asks for a category's name (Escape cancels, like every dialog)."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    return dialog


def category_choice_dialog(parent: QWidget, title: str, names: list[str]) -> QInputDialog:
    """Lets the user pick one of the library's categories."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(QCoreApplication.translate("LibraryPage", "Category:"))
    dialog.setComboBoxItems(names)
    dialog.setComboBoxEditable(False)
    dialog.setTextValue(names[0])
    return dialog


def confirm_delete_box(parent: QWidget, title: str) -> QMessageBox:
    """Asks before a card is deleted; No is the default answer."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        QCoreApplication.translate("LibraryPage", "Delete card"),
        QCoreApplication.translate(
            "LibraryPage", "Delete “{title}”? Its use log stays in the vault."
        ).format(title=title),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    return box


def _refill(combo: QComboBox, everything: str, values: list[str]) -> None:
    """Replace a filter's choices, keeping the current one when it still exists."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(everything, ALL)
    for value in values:
        combo.addItem(value, value)
    position = combo.findData(current) if current is not None else 0
    combo.setCurrentIndex(max(0, position))
    combo.blockSignals(False)
