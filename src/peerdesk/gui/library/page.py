"""The library area: cards in a grid or a list (lazy), search as you type, filters, sorting,
card detail and editor, "I used this", import/export, and the crisis plan action."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelection, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QWidget,
)

from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.flow_layout import FlowLayout
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
from peerdesk.services.library.formats.importing import preview_import
from peerdesk.services.library.formats.json_file import LibraryFileError, read_library_file
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
        self.shareButton.setAccessibleName(self.tr("Share strategy cards"))
        self.shareButton.setToolTip(self.tr("Share cards with a contact in an encrypted file"))
        heading_row = self.ui.headingRow
        heading_row.insertWidget(heading_row.indexOf(self.ui.exportButton) + 1, self.shareButton)
        self.shareButton.clicked.connect(lambda: self.share_requested.emit(self.selected_ids()))
        self.ui.searchEdit.addAction(
            icon("search"), self.ui.searchEdit.ActionPosition.LeadingPosition
        )
        for key in SORT_KEYS:
            self.ui.sortCombo.addItem(SORT_LABELS[key], key)
        self.more_button = QToolButton()
        self.more_button.setText("More")
        self.more_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.more_button)
        menu.addAction("Restore deleted starter cards", self._restore_starter)
        menu.addAction("Add a category…", self._add_category)
        menu.addAction("Rename a category…", self._rename_category)
        menu.addAction("Remove a category from the list…", self._remove_category)
        self.more_button.setMenu(menu)
        self.ui.headingRow.addWidget(self.more_button)

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
        self.ui.sideStack.addWidget(self.detail_scroll)
        self.ui.sideStack.addWidget(self.editor)
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

        self.crisis_action = QAction(icon("crisis"), self.tr("Crisis plan"), self)
        self.crisis_action.setShortcut(QKeySequence(CRISIS_SHORTCUT))
        self.crisis_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.crisis_action.setToolTip(
            self.tr("Open my crisis plan ({keys})").format(
                keys=QKeySequence(CRISIS_SHORTCUT).toString(QKeySequence.SequenceFormat.NativeText)
            )
        )
        self.crisis_action.setEnabled(False)
        self.crisis_action.triggered.connect(self.open_crisis_plan)

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

    # -- AreaPage ----------------------------------------------------------------------------

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
        for combo, name in (
            (ui.categoryCombo, self.tr("Category")),
            (ui.tagCombo, self.tr("Tag")),
            (ui.situationCombo, self.tr("Situation")),
            (ui.sortCombo, self.tr("Sort by")),
        ):
            combo.setAccessibleName(name)
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
            (self.ui.categoryCombo, "All categories", lib.categories()),
            (self.ui.tagCombo, "All tags", lib.tags()),
            (self.ui.situationCombo, "Any situation", lib.situations()),
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

    def _update_count(self) -> None:
        if self.model is None or self.services is None:
            return
        shown, total = self.model.rowCount(), self.services.library.count()
        self.ui.countLabel.setText(
            f"{total} cards" if shown == total else f"{shown} of {total} cards"
        )

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
            QMessageBox.warning(self, "I used this", str(exc))

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

    def _editor_saved(self, strategy_id: str) -> None:
        self._current_id = strategy_id
        self._show_side(strategy_id)
        self.select_card(strategy_id)

    def _editor_cancelled(self) -> None:
        self._show_side(self._current_id)

    def delete_card(self) -> None:
        card = self.detail.card
        if self.services is None or card is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete card",
            f"Delete “{card.title}”? Its use log stays in the vault.",
        )
        if answer == QMessageBox.StandardButton.Yes and self.services is not None:
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
        name, _ = QFileDialog.getOpenFileName(
            self, "Import strategy cards", "", "PeerDesk library (*.json);;All files (*)"
        )
        if name:
            self.import_file(Path(name))

    def import_file(self, path: Path) -> LibraryImportDialog | None:
        """Read and check the file, then show the preview (returned, for tests)."""
        if self.services is None:
            return None
        try:
            parsed = read_library_file(path)
        except LibraryFileError as exc:
            QMessageBox.warning(
                self, "Import", f"{path.name} cannot be imported: {exc}. Nothing was imported."
            )
            return None
        preview = preview_import(self.services.library, parsed)
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
            window.statusBar().showMessage(f"Import: {result.summary()}.", 8000)

    def _restore_starter(self) -> None:
        if self.services is None:
            return
        count = StarterInstaller(self.services.library, self.services.settings).restore()
        QMessageBox.information(
            self,
            "Starter cards",
            f"{count} starter cards were brought back."
            if count
            else "All the starter cards are already in your library.",
        )

    def _add_category(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.services is None:
            return
        name, ok = QInputDialog.getText(self, "Add a category", "Name of the new category:")
        if ok and name.strip():
            try:
                self.services.library.add_category(name)
            except ValueError as exc:
                QMessageBox.warning(self, "Add a category", str(exc))

    def _rename_category(self) -> None:
        from PySide6.QtWidgets import QInputDialog

        if self.services is None:
            return
        old = _pick_category(self, self.services, "Rename a category")
        if old is None:
            return
        new, ok = QInputDialog.getText(self, "Rename a category", f"New name for {old}:", text=old)
        if ok and new.strip() and new.strip() != old:
            try:
                self.services.library.rename_category(old, new)
            except ValueError as exc:
                QMessageBox.warning(self, "Rename a category", str(exc))

    def _remove_category(self) -> None:
        if self.services is None:
            return
        name = _pick_category(self, self.services, "Remove a category from the list")
        if name is not None:
            self.services.library.remove_category(name)


def _pick_category(parent: QWidget, services: Services, title: str) -> str | None:
    from PySide6.QtWidgets import QInputDialog

    names = services.library.categories()
    if not names:
        return None
    name, ok = QInputDialog.getItem(parent, title, "Category:", names, 0, False)
    return name if ok and name else None


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
