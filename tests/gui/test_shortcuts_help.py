"""Help → Keyboard shortcuts: generated from the live window's actions, grouped, searchable."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.shell.shortcuts import (
    ShortcutsDialog,
    collect_shortcuts,
    open_shortcuts_dialog,
    plain_text,
)


def _native(keys: str) -> str:
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def _by_name(dialog: ShortcutsDialog) -> dict[str, tuple[str, str]]:
    return {name: (group, keys) for group, name, keys in dialog.visible_entries()}


def test_plain_text_drops_mnemonics_and_ellipsis() -> None:
    assert plain_text("&Restore from a backup…") == "Restore from a backup"
    assert plain_text("Save && close...") == "Save & close"
    assert plain_text("&Lock\tCtrl+L") == "Lock"


def test_lists_the_window_shortcuts_by_menu_and_area(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    found = _by_name(dialog)
    assert found["Lock"] == ("File", _native("Ctrl+L"))
    assert found["Journal"] == ("Go", _native("Ctrl+1"))
    assert found["Keyboard shortcuts"] == (
        "Help",
        QKeySequence(QKeySequence.StandardKey.HelpContents).toString(
            QKeySequence.SequenceFormat.NativeText
        ),
    )
    if not QKeySequence(QKeySequence.StandardKey.Quit).isEmpty():  # empty on some platforms
        assert "Quit" in found
    if "library" in window.pages:
        assert found["Crisis plan"][1] == _native("Ctrl+Shift+H")
    # The journal's own actions (undo/redo) are grouped under the area.
    groups = {group for group, _name, _keys in dialog.visible_entries()}
    assert {"File", "Go", "Help"} <= groups
    # No "&" left in any name; each shortcut listed once.
    names = [name for _group, name, _keys in dialog.visible_entries()]
    assert not [n for n in names if "&" in n and "&&" not in n and " & " not in n]
    ids = [(e.group, e.name, e.keys) for e in collect_shortcuts(window)]
    assert len(ids) == len(set(ids))


def test_an_action_added_at_runtime_is_listed(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    """Nothing hand-kept: a new action on a page shows up under that page's area."""
    window = unlocked_controller.window
    page = window.pages[window.specs[0].key]
    action = QAction(page.tr("Water the plants"), page)
    action.setShortcut(QKeySequence("Ctrl+Alt+W"))
    page.addAction(action)
    described = QShortcut(QKeySequence("Ctrl+Alt+Y"), page)
    described.setWhatsThis(page.tr("Say yes"))
    QShortcut(QKeySequence("Ctrl+Alt+N"), page)  # no description: not listed
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    found = _by_name(dialog)
    assert found["Water the plants"] == (window.specs[0].title, _native("Ctrl+Alt+W"))
    assert found["Say yes"] == (window.specs[0].title, _native("Ctrl+Alt+Y"))
    assert _native("Ctrl+Alt+N") not in {keys for _g, _n, keys in dialog.visible_entries()}


def test_typing_filters_by_name_keys_or_area(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    dialog = ShortcutsDialog(unlocked_controller.window)
    qtbot.addWidget(dialog)
    everything = len(dialog.visible_entries())
    qtbot.keyClicks(dialog.search, "lock")
    names = [name for _g, name, _k in dialog.visible_entries()]
    assert "Lock" in names
    assert len(names) < everything
    dialog.search.clear()
    qtbot.keyClicks(dialog.search, "ctrl+1")
    assert [name for _g, name, _k in dialog.visible_entries()] == ["Journal"]
    dialog.search.setText("go")  # an area or menu name shows all of it
    assert "Journal" in _by_name(dialog)
    dialog.search.setText("no such thing at all")
    assert dialog.visible_entries() == []
    dialog.search.clear()
    assert len(dialog.visible_entries()) == everything


def test_help_menu_opens_it_with_f1_and_every_control_is_named(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    action = window.shortcuts_action
    assert action.shortcut() == QKeySequence(QKeySequence.StandardKey.HelpContents)
    help_menus = [a.menu() for a in window.menuBar().actions() if plain_text(a.text()) == "Help"]
    assert len(help_menus) == 1
    assert action in help_menus[0].actions()
    action.trigger()
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Keyboard shortcuts"
    assert dialog.focusWidget() is dialog.search  # typing searches at once
    for widget in [dialog.search, dialog.view, *dialog.findChildren(QWidget)]:
        if widget.focusPolicy() == Qt.FocusPolicy.NoFocus or not widget.isVisible():
            continue
        interface = QAccessible.queryAccessibleInterface(widget)
        assert interface is not None
        name = interface.text(QAccessible.Text.Name)
        assert name, f"unnamed {type(widget).__name__} {widget.objectName()!r}"
    qtbot.keyClicks(dialog.search, "lock")
    qtbot.keyClick(dialog.search, Qt.Key.Key_Return)  # to the first match, not "Close"
    assert dialog.isVisible()
    assert dialog.focusWidget() is dialog.view
    assert dialog.view.currentIndex().data() == "Lock"
    dialog.reject()


def test_open_function_builds_a_fresh_list(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    first = open_shortcuts_dialog(window)
    before = len(first.entries)
    first.close()
    page = window.pages[window.specs[-1].key]
    extra = QAction("Later", page)
    extra.setShortcut(QKeySequence("Ctrl+Alt+L"))
    page.addAction(extra)
    second = open_shortcuts_dialog(window)
    assert len(second.entries) == before + 1
    second.close()


# Keys that work the same everywhere (close, confirm, move, tab): not shortcuts to list.
_UNIVERSAL = {
    QKeySequence(k).toString()
    for k in (
        "Esc",
        "Return",
        "Enter",
        "Up",
        "Down",
        "Left",
        "Right",
        "Tab",
        "Backtab",
        "Space",
        "Home",
        "End",
        "PgUp",
        "PgDown",
    )
}


def _where(obj: QObject) -> str:
    parts = []
    node: QObject | None = obj
    while node is not None and len(parts) < 4:
        parts.append(type(node).__name__ + (f"#{node.objectName()}" if node.objectName() else ""))
        node = node.parent()
    return " < ".join(parts)


def _every_shortcut_in(window: QWidget) -> list[tuple[str, str]]:
    """(keys, where) for every QAction and QShortcut under the window that a key triggers."""
    native = QKeySequence.SequenceFormat.NativeText
    found: list[tuple[QKeySequence, QObject]] = []
    for action in window.findChildren(QAction):
        if action.isVisible() and not action.isSeparator():
            found += [(sequence, action) for sequence in action.shortcuts()]
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled():
            sequences = shortcut.keys()
            found += [(sequence, shortcut) for sequence in sequences]
    universal = {QKeySequence(k).toString(native) for k in _UNIVERSAL}
    named = [(sequence.toString(native), _where(owner)) for sequence, owner in found]
    return [(keys, where) for keys, where in named if keys and keys not in universal]


def test_every_shortcut_of_the_window_is_in_the_list(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    """Each QAction and QShortcut with keys, in every area (agency areas on), appears in
    Help → Keyboard shortcuts: a QShortcut needs a translated whatsThis to be listed, so an
    area's new undescribed shortcut fails here, named by where it lives."""
    from peerdesk.services.notes import AGENCY_ENABLED

    services = unlocked_controller.services
    assert services is not None
    services.settings.set(AGENCY_ENABLED, True)
    window = unlocked_controller.window
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {keys for entry in dialog.entries for keys in entry.keys.split(", ")}
    every = _every_shortcut_in(window)
    assert len(every) >= len(window.specs) + 2  # the areas, Lock, F1 at least
    missing = sorted({f"{keys}  ({where})" for keys, where in every if keys not in listed})
    assert not missing, "not in Help → Keyboard shortcuts:\n" + "\n".join(missing)


def test_the_check_finds_an_undescribed_shortcut(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    page = window.pages[window.specs[0].key]
    QShortcut(QKeySequence("Ctrl+Alt+J"), page, objectName="undescribed")
    dialog = ShortcutsDialog(window)
    qtbot.addWidget(dialog)
    listed = {keys for entry in dialog.entries for keys in entry.keys.split(", ")}
    unlisted = [where for keys, where in _every_shortcut_in(window) if keys not in listed]
    assert any("QShortcut#undescribed" in where for where in unlisted)
