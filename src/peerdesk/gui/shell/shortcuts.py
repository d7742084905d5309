"""Help → Keyboard shortcuts: every shortcut of the window, generated when the dialog opens.

Nothing here is hand-kept. The list is read from the live window:

- the menu bar's actions, grouped by their menu (File, Go, Help…);
- every area page's actions (``findChildren(QAction)``, its ``global_actions()`` too) that
  have a shortcut, grouped by the area;
- a ``QShortcut`` that carries a (translated) ``whatsThis`` — give yours one to be listed;
- a button whose shortcut is more than the mnemonic of its text;
- any other action of the window with a shortcut (the toolbar, the lock screen).

The names are the actions' own, already translated, texts with the ``&`` of the mnemonic
and a trailing ellipsis taken off; the keys are shown in the platform's native text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.shell.areas import area_title

if TYPE_CHECKING:
    from peerdesk.gui.shell.main_window import MainWindow


@dataclass(frozen=True)
class ShortcutEntry:
    group: str  # a menu's or an area's title
    name: str  # the action's text, without "&" and "…"
    keys: str  # native text, several sequences joined by ", "


def plain_text(text: str) -> str:
    """``"&Restore from a backup…"`` → ``"Restore from a backup"`` (``&&`` stays ``&``)."""
    text = text.split("\t", 1)[0]
    text = re.sub(r"&(.)", r"\1", text)
    return text.rstrip().removesuffix("…").removesuffix("...").rstrip()


def _keys(sequences: list[QKeySequence]) -> str:
    native = QKeySequence.SequenceFormat.NativeText
    return ", ".join(s.toString(native) for s in sequences if not s.isEmpty())


def _menu_actions(menu: QMenu) -> list[QAction]:
    found: list[QAction] = []
    for action in menu.actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            found += _menu_actions(submenu)
        elif not action.isSeparator():
            found.append(action)
    return found


def _entries_of(owner: QObject, group: str, seen: set[int]) -> list[ShortcutEntry]:
    """Actions, described QShortcuts and buttons with a shortcut under ``owner``."""
    entries: list[ShortcutEntry] = []
    actions = owner.findChildren(QAction)
    if isinstance(owner, QWidget):
        actions = [*owner.actions(), *actions]
    global_actions = getattr(owner, "global_actions", None)
    if callable(global_actions):
        actions = [*global_actions(), *actions]
    for action in actions:
        entries += _action_entry(action, group, seen)
    for shortcut in owner.findChildren(QShortcut):
        if id(shortcut) in seen or not shortcut.whatsThis():
            continue
        keys = _keys(shortcut.keys())
        if keys:
            seen.add(id(shortcut))
            entries.append(ShortcutEntry(group, plain_text(shortcut.whatsThis()), keys))
    for button in owner.findChildren(QAbstractButton):
        sequence = button.shortcut()
        text = button.text() or button.accessibleName() or button.toolTip()
        if (
            id(button) in seen
            or sequence.isEmpty()
            or not text
            or sequence == QKeySequence.mnemonic(button.text())
        ):
            continue
        seen.add(id(button))
        entries.append(ShortcutEntry(group, plain_text(text), _keys([sequence])))
    return entries


def _action_entry(action: QAction, group: str, seen: set[int]) -> list[ShortcutEntry]:
    if id(action) in seen or action.isSeparator() or not action.isVisible():
        return []
    keys = _keys(action.shortcuts())
    name = plain_text(action.text() or action.iconText() or action.toolTip())
    if not keys or not name:
        return []
    seen.add(id(action))
    return [ShortcutEntry(group, name, keys)]


def collect_shortcuts(window: QMainWindow) -> list[ShortcutEntry]:
    """Every shortcut the window offers now, in menu order, then area by area."""
    seen: set[int] = set()
    entries: list[ShortcutEntry] = []
    for top in window.menuBar().actions():
        menu = top.menu()
        if isinstance(menu, QMenu):
            group = plain_text(top.text() or menu.title())
            for action in _menu_actions(menu):
                entries += _action_entry(action, group, seen)
    pages: dict[str, QWidget] = getattr(window, "pages", {})
    titles = {spec.key: area_title(spec) for spec in getattr(window, "specs", [])}
    for key, page in pages.items():
        entries += _entries_of(page, plain_text(titles.get(key, key)), seen)
    everywhere = QCoreApplication.translate("ShortcutsDialog", "Everywhere")
    entries += _entries_of(window, everywhere, seen)
    return entries


NAME_COLUMN, KEYS_COLUMN = 0, 1


class ShortcutsDialog(QDialog):
    """The list, grouped, filtered as you type (by name, keys or group)."""

    def __init__(self, window: QMainWindow | MainWindow) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.setAccessibleName(self.tr("Keyboard shortcuts"))
        # Wide enough for the names and keys at the user's font size (up to the screen).
        em = self.fontMetrics().horizontalAdvance("M")
        self.resize(max(520, em * 40), max(560, em * 42))
        self.entries = collect_shortcuts(window)

        intro = QLabel(self.tr("Every shortcut PeerDesk offers now. Type to search."))
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        self.search = QLineEdit()
        self.search.setObjectName("shortcutSearch")
        self.search.setPlaceholderText(self.tr("Search shortcuts"))
        self.search.setAccessibleName(self.tr("Search shortcuts"))
        self.search.setAccessibleDescription(
            self.tr("Shows only the shortcuts whose name, keys or area contain what you type")
        )
        self.search.setClearButtonEnabled(True)
        intro.setBuddy(self.search)

        self.model = QStandardItemModel(0, 2, self)
        self.model.setHorizontalHeaderLabels([self.tr("Action"), self.tr("Keys")])
        self._fill()
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setRecursiveFilteringEnabled(True)
        self.proxy.setAutoAcceptChildRows(True)  # typing an area's name shows all of it
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search.textChanged.connect(self._filter)

        self.view = QTreeView()
        self.view.setObjectName("shortcutList")
        self.view.setModel(self.proxy)
        self.view.setAccessibleName(self.tr("Keyboard shortcuts"))
        self.view.setAccessibleDescription(self.tr("Grouped by menu and by area"))
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.view.header().setSectionResizeMode(
            KEYS_COLUMN, QHeaderView.ResizeMode.ResizeToContents
        )
        self.view.header().setStretchLastSection(False)
        self.view.expandAll()

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        # Enter in the search box goes to the first match, it does not close the list.
        close.setAutoDefault(False)
        close.setDefault(False)
        self.search.returnPressed.connect(self._go_to_first_match)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.search)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.search.setFocus()

    def _fill(self) -> None:
        groups: dict[str, QStandardItem] = {}
        for entry in self.entries:
            group = groups.get(entry.group)
            if group is None:
                group = QStandardItem(entry.group)
                group.setToolTip(entry.group)
                group.setEditable(False)
                font = group.font()
                font.setBold(True)
                group.setFont(font)
                spacer = QStandardItem("")
                spacer.setEditable(False)
                self.model.appendRow([group, spacer])
                groups[entry.group] = group
            name = QStandardItem(entry.name)
            keys = QStandardItem(entry.keys)
            spoken = self.tr("%1: %2").replace("%1", entry.name).replace("%2", entry.keys)
            for item in (name, keys):
                item.setToolTip(item.text())  # the whole text, when a column cuts it
                item.setEditable(False)
                item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
            group.appendRow([name, keys])

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self.view.expandAll()

    def _go_to_first_match(self) -> None:
        group = self.proxy.index(0, NAME_COLUMN)
        first = self.proxy.index(0, NAME_COLUMN, group)
        if first.isValid():
            self.view.setCurrentIndex(first)
            self.view.setFocus(Qt.FocusReason.OtherFocusReason)

    def visible_entries(self) -> list[tuple[str, str, str]]:
        """(group, name, keys) of the rows the filter lets through (for tests)."""
        rows = []
        for g in range(self.proxy.rowCount()):
            group_index = self.proxy.index(g, NAME_COLUMN)
            for r in range(self.proxy.rowCount(group_index)):
                name = self.proxy.index(r, NAME_COLUMN, group_index).data()
                keys = self.proxy.index(r, KEYS_COLUMN, group_index).data()
                rows.append((str(group_index.data()), str(name), str(keys)))
        return rows


def open_shortcuts_dialog(window: QMainWindow) -> ShortcutsDialog:
    """Opens the list (window-modal, not blocking) built from the window as it is now."""
    dialog = ShortcutsDialog(window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog
