"""The caseload area on a real vault: the model, sorting, filters, keyboard, next contact."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.caseload.model import CaseloadModel
from peerdesk.gui.caseload.page import CaseloadPage
from peerdesk.gui.notes.page import NotesPage
from tests.gui.agency_fixtures import add_caseload, services_of


def caseload_page(controller: AppController) -> CaseloadPage:
    page = controller.window.pages["caseload"]
    assert isinstance(page, CaseloadPage)
    controller.window.show_area("caseload")
    return page


def names(model: CaseloadModel) -> list[str]:
    return [str(model.index(r, 0).data()) for r in range(model.rowCount())]


def test_model_columns_sorting_and_filters(
    agency_controller: AppController, qtmodeltester: object
) -> None:
    services = services_of(agency_controller)
    add_caseload(services)
    model = CaseloadModel(services.caseload, services.bus, services.people.names)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert names(model) == ["Ash", "Kai", "Robin Example"]
    robin = model.row_of(model.index(2, 0).data(CaseloadModel.PersonIdRole))
    assert robin == 2
    unsigned = str(model.index(2, 5).data())
    assert unsigned.startswith("1 · ")
    assert "Robin Example" in str(model.index(2, 6).data())  # who owns the overdue milestone
    assert str(model.index(0, 1).data()) == "Never"
    assert str(model.index(0, 2).data()) == "Not planned"

    model.sort(1, Qt.SortOrder.DescendingOrder)  # last contact, newest first; never goes last
    assert names(model) == ["Robin Example", "Kai", "Ash"]
    model.sort(2, Qt.SortOrder.AscendingOrder)
    assert names(model)[0] == "Kai"
    model.sort(5, Qt.SortOrder.DescendingOrder)
    assert names(model)[0] == "Robin Example"
    qtmodeltester.check(model)  # type: ignore[attr-defined]

    from peerdesk.services.notes import CaseloadFilter

    model.set_filter(CaseloadFilter(only_unsigned=True))
    assert names(model) == ["Robin Example"]
    model.set_filter(CaseloadFilter(text="ka"))
    assert names(model) == ["Kai"]
    model.close()


def test_page_filters_keyboard_and_crossing_areas(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    window = agency_controller.window
    page = caseload_page(agency_controller)
    assert page.model is not None
    assert page.model.rowCount() == 3
    assert page.unsigned_list.count() == 1
    assert "Robin Example" in page.unsigned_list.item(0).text()

    page.overdue_check.setChecked(True)
    assert names(page.model) == ["Robin Example"]
    page.overdue_check.setChecked(False)
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(page.search_edit, "kai")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Return)  # to the table, Kai chosen
    assert page.current_person_id() == ids["Kai"]
    assert page.table.hasFocus()

    qtbot.keyClick(page.table, Qt.Key.Key_Return)  # Enter: that person's notes
    assert window.current_area() == "notes"
    notes = window.pages["notes"]
    assert isinstance(notes, NotesPage)
    assert notes.person_filter.currentData() == ids["Kai"]
    assert notes.model is not None
    assert notes.model.rowCount() == 1

    window.show_area("caseload")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "roadmap"
    person_filter = window.pages["roadmap"].ui.personFilter  # type: ignore[attr-defined]
    assert person_filter.currentData() == ids["Kai"]

    window.show_area("caseload")
    page.table.setFocus()
    qtbot.keyClick(page.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_area() == "notes"
    assert notes.editor.note_id is None
    assert notes.editor.person_id() == ids["Kai"]

    window.show_area("caseload")
    page.unsigned_list.setCurrentRow(0)
    page.unsigned_list.itemActivated.emit(page.unsigned_list.item(0))
    assert window.current_area() == "notes"
    assert notes.editor.note_id is not None
    assert services.notes.get(notes.editor.note_id).person_id == ids["Robin Example"]


def test_set_the_next_planned_contact(agency_controller: AppController) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    page = caseload_page(agency_controller)
    assert page.model is not None
    row = page.model.row_of(ids["Ash"])
    assert row is not None
    page.table.selectRow(row)
    when = datetime.combine(date.today() + timedelta(days=5), datetime.min.time()).replace(hour=14)
    assert page.plan_contact({"planned_at": when, "setting": "phone"})
    row = page.model.row_of(ids["Ash"])
    assert row is not None
    assert page.model.index(row, 2).data() != "Not planned"
    assert page.current_person_id() == ids["Ash"]  # the selection survives the refresh
    assert services.notes.planned_contacts(ids["Ash"])[0][1] == when
