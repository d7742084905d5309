"""The main window: the lock screen, or the areas with navigation, toolbar and status bar.

It owns no data. The app controller (peerdesk.app) unlocks, attaches the areas to the
services, and locks; this window only switches between the two faces.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QEvent, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QFontMetrics, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QScrollArea,
    QToolBar,
    QWidget,
)

from peerdesk import APP_NAME
from peerdesk.gui.common.accessibility import QuietStack
from peerdesk.gui.common.area import AreaPage, AreaSpec
from peerdesk.gui.common.elided_label import ElidedLabel
from peerdesk.gui.common.theme import icon
from peerdesk.gui.shell.about import AboutDialog
from peerdesk.gui.shell.areas import area_title, area_tooltip, shortcut_text
from peerdesk.gui.shell.shortcuts import open_shortcuts_dialog
from peerdesk.gui.shell.unlock_panel import UnlockPanel

LOCKED_FACE = 0
UNLOCKED_FACE = 1


def _scrolling(page: QWidget) -> QScrollArea:
    """A page gets at least its minimum size; a smaller window (or a larger font) scrolls
    instead of squeezing the page's buttons and labels until they are cut."""
    scroll = QScrollArea()
    scroll.setObjectName("pageScroll")
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes into the page, not to its frame
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QFrame.Shape.NoFrame)
    scroll.setWidget(page)
    scroll.viewport().setAutoFillBackground(False)
    page.setAutoFillBackground(False)
    return scroll


class MainWindow(QMainWindow):
    lock_requested = Signal()
    other_vault_requested = Signal()  # File → Open another vault…
    receive_requested = Signal()
    page_changed = Signal(str)  # area key

    def __init__(self, specs: list[AreaSpec], location: str) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)  # never user content in a window title
        self.setMinimumSize(QSize(900, 600))
        self.specs = specs
        self.pages: dict[str, AreaPage] = {}

        self.faces = QuietStack()  # the lock screen or the workspace
        self.unlock_panel = UnlockPanel()
        self.faces.addWidget(self.unlock_panel)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.navigation.setTextElideMode(Qt.TextElideMode.ElideRight)  # tooltips hold all
        # Reached with Tab (the first stop of the workspace), then the arrow keys move from
        # area to area; a click does not take the focus from the page (Ctrl+1…5 also go).
        self.navigation.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.navigation.setAccessibleName(self.tr("Areas"))
        self.navigation.setAccessibleDescription(
            self.tr("The arrow keys choose an area; Tab goes into it.")
        )
        self.page_stack = QuietStack()
        row.addWidget(self.navigation)
        row.addWidget(self.page_stack, 1)
        self.faces.addWidget(workspace)
        self.setCentralWidget(self.faces)

        self.lock_action = QAction(icon("lock"), self.tr("&Lock"), self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip(
            self.tr("Lock PeerDesk now ({keys})").format(keys=shortcut_text("Ctrl+L"))
        )
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar = QToolBar(self.tr("Main toolbar"))
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        self.global_actions: list[QAction] = []
        self._build_pages()
        self._build_menus()
        self.toolbar.addAction(self.lock_action)

        # Long folder paths (and long translations) end in "…", the whole in the tooltip.
        self.vault_label = ElidedLabel(location)
        self.state_label = QLabel()
        self.storage_label = QLabel()
        self.storage_label.setProperty("role", "error")
        self.storage_label.setWordWrap(True)
        self.storage_label.setAccessibleName(self.tr("Disk space"))
        self.storage_label.hide()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addWidget(self.storage_label, 2)
        self.statusBar().addPermanentWidget(self.state_label)
        self.navigation.currentRowChanged.connect(self._row_changed)
        self._fit_navigation()
        self.show_locked()
        self._restore_geometry()

    # -- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        for spec in self.specs:
            page = spec.factory()
            page.setObjectName(f"area-{spec.key}")
            self.pages[spec.key] = page
            self.page_stack.addWidget(_scrolling(page))
            item = QListWidgetItem(QIcon(spec.icon), area_title(spec))
            item.setToolTip(area_tooltip(spec))
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            for action in page.global_actions():
                self.toolbar.addAction(action)
                self.global_actions.append(action)
            page.navigate.connect(self.navigate)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.receive_action = file_menu.addAction(self.tr("&Receive a file…"))
        self.receive_action.setToolTip(self.tr("Read in a .peerdesk file someone shared with you"))
        self.receive_action.triggered.connect(self.receive_requested)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        # Offered while locked (restoring replaces the vault's files, so never while open).
        self.restore_action = QAction(self.tr("&Restore from a backup…"), self)
        self.restore_action.setToolTip(self.tr("Put a backup back in place of this vault"))
        self.restore_action.triggered.connect(self.unlock_panel.restore_requested)
        file_menu.addAction(self.restore_action)
        self._add_other_vault_action(file_menu)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.go_menu = self.menuBar().addMenu(self.tr("&Go"))
        self.area_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = self.go_menu.addAction(QIcon(spec.icon), area_title(spec))
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.show_area_at(i))
            self.area_actions.append(action)
        if self.global_actions:
            # The same actions as the toolbar (the crisis plan): also in a menu, for the
            # keyboard and for screen readers.
            self.go_menu.addSeparator()
            for action in self.global_actions:
                self.go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        # Generated from the live actions each time it opens (see shortcuts.py).
        self.shortcuts_action = help_menu.addAction(self.tr("&Keyboard shortcuts"))
        self.shortcuts_action.setShortcut(QKeySequence.StandardKey.HelpContents)  # F1
        self.shortcuts_action.triggered.connect(lambda: open_shortcuts_dialog(self))
        about = help_menu.addAction(icon("about"), self.tr("&About PeerDesk"))
        about.triggered.connect(lambda: AboutDialog(self).exec())

    def _add_other_vault_action(self, menu: QMenu) -> None:
        self.other_vault_action = QAction(self.tr("&Open another vault…"), self)
        self.other_vault_action.setToolTip(
            self.tr("Lock this vault and choose another one (shared computers)")
        )
        self.other_vault_action.triggered.connect(self.other_vault_requested)
        menu.addAction(self.other_vault_action)

    def _fit_navigation(self) -> None:
        """The list as wide as its longest area name in the window's font (which follows the
        desktop's font size): at least 190 px, at most 340."""
        navigation = self.navigation
        metrics = QFontMetrics(self.font())
        names = [navigation.item(i).text() for i in range(navigation.count())]
        widest = max((metrics.horizontalAdvance(name) for name in names), default=0)
        # Icon and gap, the item's padding (12 px a side) and margin (4), the list's padding.
        chrome = navigation.iconSize().width() + 8 + 2 * 12 + 2 * 4 + 2 * 4 + 8
        navigation.setFixedWidth(min(max(190, widest + chrome), 340))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            self._fit_navigation()

    # -- faces -----------------------------------------------------------------------------

    @property
    def is_showing_locked(self) -> bool:
        return self.faces.currentIndex() == LOCKED_FACE

    def show_locked(self) -> None:
        self.faces.setCurrentIndex(LOCKED_FACE)
        self.toolbar.hide()
        self.menuBar().setEnabled(True)
        self.go_menu.setEnabled(False)
        self.lock_action.setEnabled(False)
        self.restore_action.setEnabled(True)
        self.receive_action.setEnabled(False)
        self.state_label.setText(self.tr("Locked"))
        self.unlock_panel.reset()

    def show_unlocked(self) -> None:
        self.faces.setCurrentIndex(UNLOCKED_FACE)
        self.toolbar.show()
        self.go_menu.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.restore_action.setEnabled(False)
        self.receive_action.setEnabled(True)
        self.state_label.setText(
            self.tr("Unlocked — {keys} locks").format(keys=shortcut_text("Ctrl+L"))
        )
        if self.navigation.currentRow() < 0:
            first = next((i for i, s in enumerate(self.specs) if self.is_area_shown(s.key)), 0)
            self.navigation.setCurrentRow(first)
        else:
            self._row_changed(self.navigation.currentRow())

    def set_storage_notice(self, text: str) -> None:
        """A lasting line in the status bar (e.g. the disk is full: saving will fail)."""
        self.storage_label.setText(text)
        self.storage_label.setToolTip(text)
        self.storage_label.setVisible(bool(text))

    def storage_notice(self) -> str:
        return self.storage_label.text()

    def show_area(self, key: str) -> None:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                self.show_area_at(index)
                return
        raise KeyError(key)

    def show_area_at(self, index: int) -> None:
        if not self.is_showing_locked and self.is_area_shown(self.specs[index].key):
            self.navigation.setCurrentRow(index)

    def navigate(self, key: str, context: object = None) -> None:
        """An area asked to show another one (e.g. the caseload opening a person's notes)."""
        if self.is_showing_locked or key not in self.pages or not self.is_area_shown(key):
            return
        self.show_area(key)
        if isinstance(context, dict):
            self.pages[key].open_context(context)

    # -- which areas are shown (the vault's choice and the organisation's policy) ----------

    def set_area_shown(self, key: str, shown: bool) -> None:
        for index, spec in enumerate(self.specs):
            if spec.key != key:
                continue
            self.navigation.item(index).setHidden(not shown)
            self.area_actions[index].setVisible(shown)
            self.area_actions[index].setEnabled(shown)
            if not shown and self.navigation.currentRow() == index:
                first = next((i for i, s in enumerate(self.specs) if self.is_area_shown(s.key)), -1)
                self.navigation.setCurrentRow(first)
            return
        raise KeyError(key)

    def is_area_shown(self, key: str) -> bool:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                return not self.navigation.item(index).isHidden()
        return False

    def current_area(self) -> str:
        return self.specs[self.navigation.currentRow()].key

    def _row_changed(self, row: int) -> None:
        if row < 0:
            return
        self.page_stack.setCurrentIndex(row)
        spec = self.specs[row]
        if not self.is_showing_locked:
            self.pages[spec.key].page_shown()
        self.page_changed.emit(spec.key)

    # -- geometry (not user content: only sizes) ------------------------------------------

    def _restore_geometry(self) -> None:
        value = QSettings().value("window/geometry")
        if isinstance(value, QByteArray):
            self.restoreGeometry(value)
        else:
            self.resize(1100, 720)

    def closeEvent(self, event: QCloseEvent) -> None:
        QSettings().setValue("window/geometry", self.saveGeometry())
        super().closeEvent(event)
