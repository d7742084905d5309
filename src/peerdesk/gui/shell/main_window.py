"""The main window: the lock screen, or the areas with navigation, toolbar and status bar.

It owns no data. The app controller (peerdesk.app) unlocks, attaches the areas to the
services, and locks; this window only switches between the two faces.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from peerdesk import APP_NAME
from peerdesk.gui.common.area import AreaPage, AreaSpec
from peerdesk.gui.common.theme import icon
from peerdesk.gui.shell.about import AboutDialog
from peerdesk.gui.shell.unlock_panel import UnlockPanel

LOCKED_FACE = 0
UNLOCKED_FACE = 1


class MainWindow(QMainWindow):
    lock_requested = Signal()
    receive_requested = Signal()
    page_changed = Signal(str)  # area key

    def __init__(self, specs: list[AreaSpec], location: str) -> None:
        super().__init__()
        self.setWindowTitle(APP_NAME)  # never user content in a window title
        self.setMinimumSize(QSize(900, 600))
        self.specs = specs
        self.pages: dict[str, AreaPage] = {}

        self.faces = QStackedWidget()
        self.unlock_panel = UnlockPanel()
        self.faces.addWidget(self.unlock_panel)
        workspace = QWidget()
        row = QHBoxLayout(workspace)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(0)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setFixedWidth(190)
        self.navigation.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.page_stack = QStackedWidget()
        row.addWidget(self.navigation)
        row.addWidget(self.page_stack, 1)
        self.faces.addWidget(workspace)
        self.setCentralWidget(self.faces)

        self.lock_action = QAction(icon("lock"), "&Lock", self)
        self.lock_action.setShortcut(QKeySequence("Ctrl+L"))
        self.lock_action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_action.setToolTip("Lock PeerDesk now (Ctrl+L)")
        self.lock_action.triggered.connect(self.lock_requested)
        self.toolbar = QToolBar("Main")
        self.toolbar.setObjectName("mainToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setIconSize(QSize(20, 20))
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(self.toolbar)

        self._build_pages()
        self._build_menus()
        self.toolbar.addAction(self.lock_action)

        self.vault_label = QLabel(location)
        self.state_label = QLabel()
        self.statusBar().addWidget(self.vault_label, 1)
        self.statusBar().addPermanentWidget(self.state_label)
        self.navigation.currentRowChanged.connect(self._row_changed)
        self.show_locked()
        self._restore_geometry()

    # -- building --------------------------------------------------------------------------

    def _build_pages(self) -> None:
        for spec in self.specs:
            page = spec.factory()
            page.setObjectName(f"area-{spec.key}")
            self.pages[spec.key] = page
            self.page_stack.addWidget(page)
            item = QListWidgetItem(QIcon(spec.icon), spec.title)
            item.setToolTip(spec.tooltip or f"{spec.title} ({spec.shortcut})")
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            self.navigation.addItem(item)
            for action in page.global_actions():
                self.toolbar.addAction(action)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        self.receive_action = file_menu.addAction(self.tr("&Receive a file…"))
        self.receive_action.setToolTip(self.tr("Read in a .peerdesk file someone shared with you"))
        self.receive_action.triggered.connect(self.receive_requested)
        file_menu.addSeparator()
        file_menu.addAction(self.lock_action)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        self.go_menu = self.menuBar().addMenu("&Go")
        self.area_actions: list[QAction] = []
        for index, spec in enumerate(self.specs):
            action = self.go_menu.addAction(QIcon(spec.icon), spec.title)
            action.setShortcut(QKeySequence(spec.shortcut))
            action.triggered.connect(lambda _checked=False, i=index: self.show_area_at(i))
            self.area_actions.append(action)
        help_menu = self.menuBar().addMenu("&Help")
        about = help_menu.addAction(icon("about"), "&About PeerDesk")
        about.triggered.connect(lambda: AboutDialog(self).exec())

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
        self.receive_action.setEnabled(False)
        self.state_label.setText("Locked")
        self.unlock_panel.reset()

    def show_unlocked(self) -> None:
        self.faces.setCurrentIndex(UNLOCKED_FACE)
        self.toolbar.show()
        self.go_menu.setEnabled(True)
        self.lock_action.setEnabled(True)
        self.receive_action.setEnabled(True)
        self.state_label.setText("Unlocked — Ctrl+L locks")
        if self.navigation.currentRow() < 0:
            self.navigation.setCurrentRow(0)
        else:
            self._row_changed(self.navigation.currentRow())

    def show_area(self, key: str) -> None:
        for index, spec in enumerate(self.specs):
            if spec.key == key:
                self.show_area_at(index)
                return
        raise KeyError(key)

    def show_area_at(self, index: int) -> None:
        if not self.is_showing_locked:
            self.navigation.setCurrentRow(index)

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
