"""Session notes by keyboard alone: Ctrl+F to the search box, Tab to the notes found, Enter
opens the chosen note in the editor, Tab leaves the note's text fields, and a Tab order
that follows the page (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.notes.page import NotesPage
from peerdesk.gui.shell.shortcuts import collect_shortcuts
from peerdesk.services.notes import NoteFilter
from tests.gui.agency_fixtures import add_caseload, services_of

# A draft open in the editor: search, list, the note's fields, what to do with it (a draft
# has no addendum button), the addenda (hidden for a draft without any), then the toolbar
# and the filters.
DRAFT_TAB_ORDER = [
    "notesSearch",
    "notesList",
    "personCombo",
    "dateEdit",
    "startEdit",
    "endEdit",
    "settingCombo",
    "modeCombo",
    "serviceCombo",
    "editServicesButton",
    "goalsList",
    "doneEdit",
    "responseEdit",
    "nextEdit",
    "byEdit",
    "staffEdit",
    "credentialEdit",
    "signButton",
    "deleteButton",
    "notesNew",
    "notesExport",
    "notesPerson",
    "notesStatus",
    "notesSinceCheck",
]


def shown_page(controller: AppController) -> NotesPage:
    page = controller.window.pages["notes"]
    assert isinstance(page, NotesPage)
    controller.window.show_area("notes")
    page.ensure_model()
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> str:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused().objectName()


def test_tab_goes_through_a_draft_in_order(agency_controller: AppController, qtbot: QtBot) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    draft = services.notes.note_ids(NoteFilter(person_id=ids["Robin Example"], status="draft"))
    page = shown_page(agency_controller)
    page.open_context({"note_id": draft[0]})
    assert page.editor.note_id == draft[0]
    page.search_edit.setFocus()
    qtbot.waitUntil(page.search_edit.hasFocus)
    seen = [focused().objectName()]
    for _ in range(len(DRAFT_TAB_ORDER) + 2):
        name = tab(qtbot)
        if name != seen[-1]:  # Tab first walks a date's day, month and year (Qt's way)
            seen.append(name)
    assert seen[: len(DRAFT_TAB_ORDER)] == DRAFT_TAB_ORDER
    assert page.editor.note_id == draft[0]  # Tab through the fields changed nothing
    assert not page.editor.dirty


def test_a_signed_note_tabs_to_its_addendum_and_addenda(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    signed = services.notes.note_ids(NoteFilter(person_id=ids["Kai"], status="signed"))
    page = shown_page(agency_controller)
    page.open_context({"note_id": signed[0]})
    page.editor.ui.credentialEdit.setFocus()
    qtbot.waitUntil(page.editor.ui.credentialEdit.hasFocus)
    assert [tab(qtbot) for _ in range(3)] == ["addendumButton", "addendaView", "notesNew"]


def test_ctrl_f_type_tab_enter_opens_the_note_found(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    add_caseload(services)
    page = shown_page(agency_controller)
    page.list_view.setFocus()
    qtbot.waitUntil(page.list_view.hasFocus)
    qtbot.keySequence(page.list_view, QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    assert page.model is not None
    qtbot.keyClicks(page.search_edit, "phone")
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        page.search_timer.timeout.emit()
    assert page.model.rowCount() == 1
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert page.list_view.hasFocus()
    qtbot.keyClick(page.list_view, Qt.Key.Key_Down)  # the first note found
    found = page.model.index(0).data(page.model.IdRole)
    assert page.editor.note_id == found
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert page.editor.ui.personCombo.hasFocus()  # a draft: its first field
    assert "Phone check-in" in page.editor.ui.doneEdit.toPlainText()


def test_tab_leaves_the_notes_text_and_typing_tab_adds_none(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    page = shown_page(agency_controller)
    page.new_note(ids["Ash"])
    editor = page.editor
    editor.autosave_timer.setInterval(10_000)
    for edit, after in (
        (editor.ui.doneEdit, "responseEdit"),
        (editor.ui.responseEdit, "nextEdit"),
        (editor.ui.nextEdit, "byEdit"),
    ):
        edit.setFocus()
        qtbot.waitUntil(edit.hasFocus)
        qtbot.keyClicks(edit, "words")
        assert tab(qtbot) == after
        assert edit.toPlainText() == "words"  # no tab character typed


def test_the_shortcuts_help_lists_the_search_shortcut(agency_controller: AppController) -> None:
    page = shown_page(agency_controller)
    keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    listed = {(e.name, e.keys) for e in collect_shortcuts(agency_controller.window)}
    assert (page.focus_search.text(), keys) in listed
    assert page.focus_search.whatsThis()
