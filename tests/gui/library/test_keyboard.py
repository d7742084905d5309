"""The library without a mouse (issue 13): Ctrl+F, a logical Tab order, Enter on a card,
arrow keys in the grid, Escape out of the card editor and the crisis plan's dialogs, Tab out
of multi-line fields, keys for favourite / I used this / delete, and the shortcuts listed in
Help -> Keyboard shortcuts. Real keys through pytest-qt on a real vault."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.library.card_model import ID_ROLE
from peerdesk.gui.library.crisis_plan import CrisisItemDialog, CrisisPlanDialog
from peerdesk.gui.library.log_use import LogUseDialog
from peerdesk.gui.library.page import LibraryPage
from peerdesk.gui.shell.shortcuts import collect_shortcuts

Key = Qt.Key


@pytest.fixture
def page(unlocked_controller: AppController, qtbot: QtBot) -> LibraryPage:
    unlocked_controller.window.show_area("library")
    found = unlocked_controller.window.pages["library"]
    assert isinstance(found, LibraryPage)
    qtbot.waitUntil(lambda: found.model is not None and found.model.rowCount() > 0)
    qtbot.waitUntil(lambda: found.ui.categoryCombo.count() > 1)
    return found


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def press(
    qtbot: QtBot, key: Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab_sequence(qtbot: QtBot, steps: int, back: bool = False) -> list[str]:
    names = []
    for _ in range(steps):
        if back:
            press(qtbot, Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        else:
            press(qtbot, Key.Key_Tab)
        names.append(focused().objectName())
    return names


def _select_first(page: LibraryPage, qtbot: QtBot) -> str:
    assert page.model is not None
    sid = page.model.ids()[0]
    assert page.select_card(sid)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == sid)
    return sid


def test_ctrl_f_goes_to_the_search_box_from_anywhere_in_the_library(
    page: LibraryPage, qtbot: QtBot
) -> None:
    page.ui.searchEdit.setText("breath")
    page.ui.cardView.setFocus()
    qtbot.waitUntil(lambda: page.ui.cardView.hasFocus())
    press(qtbot, Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert focused() is page.ui.searchEdit
    assert page.ui.searchEdit.selectedText() == "breath"  # typing replaces the old search


def test_tab_goes_from_the_search_box_to_the_cards_then_the_card_then_the_filters(
    page: LibraryPage, qtbot: QtBot
) -> None:
    _select_first(page, qtbot)
    page.focus_search()
    assert focused() is page.ui.searchEdit
    assert tab_sequence(qtbot, 13) == [
        "cardView",
        "favouriteButton",
        "usedButton",
        "bodyView",  # read-only: Tab goes on, it does not move between links
        "historyView",
        "editButton",
        "deleteButton",
        "categoryCombo",
        "tagCombo",
        "situationCombo",
        "favouritesCheck",
        "sortCombo",
        "gridButton",  # Grid and List are one stop: arrow keys choose between them
    ]
    press(qtbot, Key.Key_Tab)
    assert not page.isAncestorOf(focused())  # out of the library: its last stop was the view
    page.focus_search()
    assert tab_sequence(qtbot, 5, back=True) == [
        "moreButton",
        "shareButton",
        "exportButton",
        "importButton",
        "newButton",
    ]


def test_the_card_editor_is_tabbed_top_to_bottom_and_multi_line_fields_let_tab_go(
    page: LibraryPage, qtbot: QtBot
) -> None:
    page.new_card()
    editor = page.editor.ui
    qtbot.waitUntil(lambda: editor.titleEdit.hasFocus())
    assert tab_sequence(qtbot, 10) == [
        "categoryCombo",
        "summaryEdit",
        "stepsEdit",
        "whenEdit",  # Tab left the steps: no tab character typed into them
        "signsEdit",
        "durationSpin",
        "tagsEdit",
        "sourceEdit",
        "",  # Save (a button box's button has no object name)
        "",  # Cancel
    ]
    assert editor.stepsEdit.toPlainText() == ""
    assert editor.whenEdit.toPlainText() == ""
    cancel = page.editor.ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
    assert focused() is cancel


def test_enter_on_a_card_found_by_search_opens_it_in_the_editor_and_escape_closes_it(
    page: LibraryPage, qtbot: QtBot
) -> None:
    assert page.model is not None
    page.focus_search()
    qtbot.keyClicks(page.ui.searchEdit, "box breathing")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() >= 1)
    qtbot.waitUntil(lambda: page.model is not None and page.model.query.text == "box breathing")
    press(qtbot, Key.Key_Tab)
    assert focused() is page.ui.cardView
    first = page.model.ids()[0]
    press(qtbot, Key.Key_Return)
    assert page.ui.sideStack.currentWidget() is page.editor
    assert page.editor.strategy_id == first
    assert focused() is page.editor.ui.titleEdit
    title = page.editor.ui.titleEdit.text()
    assert title.casefold().startswith("box breathing")
    qtbot.keyClicks(page.editor.ui.titleEdit, " (mine)")
    press(qtbot, Key.Key_Escape)  # closes the editor without saving
    assert page.ui.sideStack.currentWidget() is page.detail_scroll
    assert page.detail.card is not None
    assert page.detail.card.title == title
    assert focused() is page.ui.cardView  # back where the user was


def test_escape_closes_a_new_card_from_any_field(page: LibraryPage, qtbot: QtBot) -> None:
    for field in ("titleEdit", "stepsEdit", "durationSpin", "sourceEdit"):
        page.new_card()
        widget = getattr(page.editor.ui, field)
        widget.setFocus()
        qtbot.waitUntil(widget.hasFocus)
        press(qtbot, Key.Key_Escape)
        assert page.ui.sideStack.currentWidget() is not page.editor, field


def test_arrow_keys_move_between_cards_and_show_each(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.model is not None
    ids = page.model.ids()
    view = page.ui.cardView
    _select_first(page, qtbot)
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    press(qtbot, Key.Key_Right)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == ids[1])
    press(qtbot, Key.Key_Left)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == ids[0])
    # Grid / List: one Tab stop, the arrow keys switch; then Down goes to the next card
    page.ui.gridButton.setFocus()
    qtbot.waitUntil(page.ui.gridButton.hasFocus)
    press(qtbot, Key.Key_Right)
    assert page.ui.listButton.isChecked()
    assert view.viewMode() == view.ViewMode.ListMode
    view.setFocus()
    press(qtbot, Key.Key_Down)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == ids[1])
    assert view.currentIndex().data(ID_ROLE) == ids[1]


def test_favourite_log_use_and_delete_have_keys(
    page: LibraryPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.services is not None
    assert page.model is not None
    sid = _select_first(page, qtbot)
    page.ui.cardView.setFocus()
    qtbot.waitUntil(page.ui.cardView.hasFocus)
    press(qtbot, Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: page.services is not None and page.services.library.card(sid).favourite)
    assert page.detail.ui.favouriteButton.isChecked()
    # the star itself: Tab to it, Space unmarks
    page.detail.ui.favouriteButton.setFocus()
    press(qtbot, Key.Key_Space)
    qtbot.waitUntil(
        lambda: page.services is not None and not page.services.library.card(sid).favourite
    )

    logged: list[str] = []

    def fill(dialog: LogUseDialog) -> int:
        logged.append(dialog.ui.cardLabel.text())
        dialog.set_values(6, 2)
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LogUseDialog, "exec", fill)
    press(qtbot, Key.Key_U, Qt.KeyboardModifier.AltModifier)  # "I &used this…"
    qtbot.waitUntil(lambda: page.services is not None and len(page.services.library.uses(sid)) == 1)
    assert logged == [page.detail.card.title if page.detail.card else ""]

    monkeypatch.setattr(QMessageBox, "exec", lambda _box: QMessageBox.StandardButton.Yes.value)
    before = page.model.rowCount()
    page.ui.cardView.setFocus()
    qtbot.waitUntil(page.ui.cardView.hasFocus)
    press(qtbot, Key.Key_Delete)
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == before - 1)
    assert sid not in page.model.ids()


def test_an_empty_search_offers_to_clear_it_by_keyboard(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.model is not None
    total = page.model.rowCount()
    page.focus_search()
    qtbot.keyClicks(page.ui.searchEdit, "zzqxw")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 0)
    assert page.ui.sideStack.currentWidget() is page.ui.emptyPage
    assert "zzqxw" in page.ui.emptyLabel.text()
    assert page.ui.clearFiltersButton.isVisible()
    press(qtbot, Key.Key_C, Qt.KeyboardModifier.AltModifier)  # "&Clear the search and filters"
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == total)
    assert page.ui.searchEdit.text() == ""
    assert not page.ui.clearFiltersButton.isVisible()
    assert focused() is page.ui.cardView


def test_escape_closes_the_crisis_plan_and_its_item_dialog(
    unlocked_controller: AppController, page: LibraryPage, qtbot: QtBot
) -> None:
    assert page.services is not None
    page.crisis_action.trigger()
    dialog = page.crisis_dialog
    assert isinstance(dialog, CrisisPlanDialog)
    qtbot.waitExposed(dialog)
    box = dialog.boxes["ask_for_help"]
    item = CrisisItemDialog(box.section, dialog.card_choices(), parent=box)
    item.show()
    qtbot.waitExposed(item)
    item.activateWindow()
    item.text_edit.setFocus()
    qtbot.waitUntil(item.text_edit.hasFocus)
    with qtbot.waitSignal(item.rejected, timeout=2000):
        press(qtbot, Key.Key_Escape)
    dialog.activateWindow()
    box.view.setFocus()
    qtbot.waitUntil(box.view.hasFocus)
    with qtbot.waitSignal(dialog.finished, timeout=2000):
        press(qtbot, Key.Key_Escape)
    assert not dialog.isVisible()


def test_crisis_plan_items_are_edited_removed_and_moved_with_keys(
    page: LibraryPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = page.services
    assert services is not None
    for text in ("First", "Second", "Third"):
        services.crisis_plan.add("reasons", text)
    page.open_crisis_plan()
    dialog = page.crisis_dialog
    assert dialog is not None
    qtbot.waitExposed(dialog)
    box = dialog.boxes["reasons"]
    assert box.model is not None
    view = box.view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.setCurrentIndex(box.model.index(0))

    def texts() -> list[str]:
        return [i.text for i in services.crisis_plan.plan().section("reasons")]

    press(qtbot, Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert texts() == ["Second", "First", "Third"]
    assert view.currentIndex().row() == 1  # the moved item stays chosen

    def rename(item_dialog: CrisisItemDialog) -> int:
        item_dialog.text_edit.setText("First, renamed")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CrisisItemDialog, "exec", rename)
    press(qtbot, Key.Key_Return)  # Enter edits the chosen item
    assert texts() == ["Second", "First, renamed", "Third"]
    assert view.currentIndex().row() == 1  # still on the edited item
    press(qtbot, Key.Key_Delete)
    assert texts() == ["Second", "Third"]
    press(qtbot, Key.Key_Delete)  # the next item was chosen: Delete goes on
    assert texts() == ["Second"]
    dialog.reject()


def test_the_card_grid_speaks_each_card_and_the_shortcuts_are_listed(
    unlocked_controller: AppController, page: LibraryPage, qtbot: QtBot
) -> None:
    assert page.model is not None
    assert page.services is not None
    sid = page.model.ids()[0]
    page.services.library.set_favourite(sid, True)
    page.services.library.log_use(sid, 8, 4)
    card = page.services.library.card(sid)
    row = page.model.row_of(sid)
    assert row is not None
    spoken = page.model.index(row).data(Qt.ItemDataRole.AccessibleTextRole)
    assert spoken.startswith(f"{card.title}, {card.category}, favourite, ")
    assert spoken.endswith("Used once · distress down 4.0 on average")
    view = QAccessible.queryAccessibleInterface(page.ui.cardView)
    assert view is not None
    assert view.text(QAccessible.Text.Name) == "Strategy cards"

    listed = {(e.name, e.keys) for e in collect_shortcuts(unlocked_controller.window)}
    assert ("Search cards", "Ctrl+F") in listed
    assert ("Close the card editor without saving", "Esc") in listed
    assert ("Favourite: mark or unmark the card", "Ctrl+D") in listed
