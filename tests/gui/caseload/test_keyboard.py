"""The caseload by keyboard alone: Ctrl+F to the search box, Tab to the people found, Enter
opens a person's notes, and a Tab order that follows the page (issue 13)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.caseload.page import CaseloadPage
from peerdesk.gui.shell.shortcuts import collect_shortcuts
from tests.gui.agency_fixtures import add_caseload, services_of

TAB_ORDER = [
    "caseloadSearch",
    "caseloadTable",
    "caseloadNotes",
    "caseloadRoadmap",
    "caseloadNewNote",
    "caseloadPlan",
    "caseloadUnsignedList",
    "caseloadUnsigned",
    "caseloadOverdue",
    "caseloadGoalsDue",
    "caseloadQuiet",
]


def shown_page(controller: AppController) -> CaseloadPage:
    page = controller.window.pages["caseload"]
    assert isinstance(page, CaseloadPage)
    controller.window.show_area("caseload")
    return page


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def test_tab_goes_through_the_page_in_order(agency_controller: AppController, qtbot: QtBot) -> None:
    add_caseload(services_of(agency_controller))
    page = shown_page(agency_controller)
    page.search_edit.setFocus()
    qtbot.waitUntil(page.search_edit.hasFocus)
    seen = [focused().objectName()]
    for _ in TAB_ORDER[1:]:
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        seen.append(focused().objectName())
    assert seen == TAB_ORDER
    for expected in reversed(TAB_ORDER[:-1]):  # Shift+Tab walks back the same way
        qtbot.keyClick(focused(), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        assert focused().objectName() == expected


def test_ctrl_f_then_type_tab_and_enter_opens_the_person_found(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    ids = add_caseload(services_of(agency_controller))
    window = agency_controller.window
    page = shown_page(agency_controller)
    page.table.setFocus()
    qtbot.waitUntil(page.table.hasFocus)
    qtbot.keySequence(page.table, QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    assert page.model is not None
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(page.search_edit, "rob")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Tab)
    assert page.table.hasFocus()
    assert page.current_person_id() == ids["Robin Example"]
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert window.current_area() == "notes"
    notes = window.pages["notes"]
    assert notes.person_filter.currentData() == ids["Robin Example"]  # type: ignore[attr-defined]


def test_the_shortcuts_help_lists_the_search_shortcut(
    agency_controller: AppController,
) -> None:
    page = shown_page(agency_controller)
    keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    listed = {(e.name, e.keys) for e in collect_shortcuts(agency_controller.window)}
    assert (page.find_action.text(), keys) in listed
    assert page.find_action.whatsThis()
