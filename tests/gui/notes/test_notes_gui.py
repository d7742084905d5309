"""The session notes area on real vaults: drafts, autosave, lock, sign, addenda, export."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.notes.dialogs import AddendumDialog
from peerdesk.gui.notes.editor import NoteEditor
from peerdesk.gui.notes.export_dialog import NotesExportDialog
from peerdesk.gui.notes.list_model import NotesListModel
from peerdesk.gui.notes.page import NotesPage
from peerdesk.services.notes import AGENCY_ENABLED, NoteFilter, SignedNoteError
from peerdesk.services.notes.formats import NOTE_CSV_COLUMNS
from tests.conftest import PASSPHRASE
from tests.gui.agency_fixtures import add_caseload, services_of

NOTICE = "42 CFR Part 2: do not redisclose."


def notes_page(controller: AppController) -> NotesPage:
    page = controller.window.pages["notes"]
    assert isinstance(page, NotesPage)
    controller.window.show_area("notes")
    return page


def start_note(qtbot: QtBot, editor: NoteEditor, person_id: str) -> None:
    editor.autosave_timer.setInterval(30)
    editor.new_note(person_id)
    qtbot.keyClicks(editor.ui.doneEdit, "Practised the phone call to the landlord")
    editor.ui.staffEdit.setText("Jo Okafor")
    editor.ui.staffEdit.textEdited.emit("Jo Okafor")


def test_agency_screens_hidden_in_a_personal_vault_unless_enabled(
    agency_policy: object, make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    controller = make_controller()
    window = controller.window
    assert not window.is_area_shown("notes")
    assert not window.is_area_shown("caseload")
    assert window.is_area_shown("journal")
    window.navigate("notes", {})
    assert window.current_area() != "notes"
    settings = window.pages["settings"]
    window.show_area("settings")
    check = settings.ui.agencyCheck  # type: ignore[attr-defined]
    assert check.isEnabled()
    assert not check.isChecked()
    check.setChecked(True)
    assert window.is_area_shown("notes")
    assert window.is_area_shown("caseload")
    assert services_of(controller).settings.get(AGENCY_ENABLED) is True
    check.setChecked(False)
    assert not window.is_area_shown("notes")


@pytest.mark.parametrize("agency_policy_text", ['areas = ["journal", "notes"]\n'])
def test_the_policy_decides_the_areas(
    agency_policy: object, make_controller: Callable[..., AppController]
) -> None:
    controller = make_controller()
    window = controller.window
    assert window.is_area_shown("notes")
    assert not window.is_area_shown("caseload")
    assert not window.is_area_shown("roadmap")
    check = window.pages["settings"].ui.agencyCheck  # type: ignore[attr-defined]
    assert not check.isEnabled()
    assert "organisation" in window.pages["settings"].ui.agencyHint.text()  # type: ignore[attr-defined]


def test_list_model_filters_and_search(
    agency_controller: AppController, qtmodeltester: object
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    model = NotesListModel(services.notes, services.people, services.bus)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    assert model.rowCount() == 4
    model.set_query(NoteFilter(person_id=ids["Robin Example"], status="draft"), "")
    assert model.rowCount() == 1
    model.set_query(NoteFilter(), "housing")
    assert model.rowCount() == 3  # Robin's two signed notes and Kai's
    assert "housing" in model.snippets[model.id_at(0) or ""]
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.set_query(NoteFilter(status="draft"), "housing")
    assert model.rowCount() == 0
    model.close()


def test_search_as_you_type_on_the_page(agency_controller: AppController, qtbot: QtBot) -> None:
    services = services_of(agency_controller)
    add_caseload(services)
    page = notes_page(agency_controller)
    assert page.model is not None
    assert page.model.rowCount() == 4
    with qtbot.waitSignal(page.model.modelReset, timeout=3000):
        qtbot.keyClicks(page.search_edit, "phone")
    assert page.model.rowCount() == 1
    assert "1" in page.result_label.text()


def test_draft_autosaves_and_survives_a_lock(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    robin = services.people.create("Robin Example", role="self").id
    page = notes_page(agency_controller)
    editor = page.editor
    with qtbot.waitSignal(editor.saved, timeout=3000):
        start_note(qtbot, editor, robin)
    note_id = editor.note_id
    assert note_id is not None
    saved = services.notes.get(note_id)
    assert saved.what_was_done == "Practised the phone call to the landlord"
    assert not saved.is_signed
    assert page.model is not None
    assert page.model.row_of(note_id) == 0

    editor.autosave_timer.setInterval(60_000)  # typed, not yet autosaved when the lock comes
    qtbot.keyClicks(editor.ui.responseEdit, "It went better than I feared")
    assert editor.dirty
    with qtbot.waitSignal(agency_controller.locked, timeout=5000):
        agency_controller.lock()
    assert editor.ui.responseEdit.toPlainText() == ""
    assert editor.ui.personCombo.count() == 0
    with qtbot.waitSignal(agency_controller.unlocked, timeout=5000):
        agency_controller.unlock(PASSPHRASE)
    assert editor.note_id == note_id
    assert editor.ui.responseEdit.toPlainText() == "It went better than I feared"
    assert editor.ui.doneEdit.toPlainText() == "Practised the phone call to the landlord"
    assert editor.dirty
    editor.flush()
    assert services_of(agency_controller).notes.get(note_id).response == (
        "It went better than I feared"
    )


def test_changing_the_person_of_a_draft_moves_it(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    editor = notes_page(agency_controller).editor
    with qtbot.waitSignal(editor.saved, timeout=3000):
        start_note(qtbot, editor, ids["Ash"])
    combo = editor.ui.personCombo
    combo.setCurrentIndex(combo.findData(ids["Kai"]))
    assert editor.dirty
    assert editor.save_now()
    assert services.notes.get(editor.note_id or "").person_id == ids["Kai"]


def test_a_new_note_without_a_person_is_kept_across_a_lock(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    page = notes_page(agency_controller)
    editor = page.editor
    editor.new_note()
    qtbot.keyClicks(editor.ui.doneEdit, "Group session about sleep")
    assert not editor.save_now()  # no person chosen yet: nothing written
    assert "person" in editor.ui.savedLabel.text()
    with qtbot.waitSignal(agency_controller.locked, timeout=5000):
        agency_controller.lock()
    with qtbot.waitSignal(agency_controller.unlocked, timeout=5000):
        agency_controller.unlock(PASSPHRASE)
    assert editor.note_id is None
    assert editor.ui.doneEdit.toPlainText() == "Group session about sleep"


@pytest.mark.parametrize(
    "agency_policy_text", ['require_note_fields = ["response", "service_type"]\n']
)
def test_sign_refuses_missing_fields_then_signs_and_locks_the_note(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    robin = services.people.create("Robin Example", role="self").id
    page = notes_page(agency_controller)
    editor = page.editor
    editor.confirm = lambda *_a: True
    start_note(qtbot, editor, robin)
    assert not editor.sign()
    assert editor.ui.problemLabel.isVisibleTo(editor)
    problem = editor.ui.problemLabel.text()
    assert "the person's response" in problem
    assert "service type" in problem
    assert editor.note_id is not None
    assert not services.notes.get(editor.note_id).is_signed

    qtbot.keyClicks(editor.ui.responseEdit, "Glad I called")
    editor.ui.serviceCombo.setCurrentIndex(1)
    assert editor.sign()
    note = services.notes.get(editor.note_id)
    assert note.is_signed
    assert note.response == "Glad I called"
    assert not editor.ui.problemLabel.isVisibleTo(editor)
    assert "Signed on" in editor.ui.statusLabel.text()
    assert editor.ui.doneEdit.isReadOnly()
    assert editor.ui.staffEdit.isReadOnly()
    assert not editor.ui.personCombo.isEnabled()
    assert not editor.ui.goalsList.isEnabled()
    assert not editor.ui.signButton.isVisibleTo(editor)
    assert not editor.ui.deleteButton.isVisibleTo(editor)
    assert editor.ui.addendumButton.isVisibleTo(editor)
    # typing into the read-only editor changes nothing; the service refuses edits too
    qtbot.keyClicks(editor.ui.doneEdit, "changed later")
    assert not editor.dirty
    assert editor.draft() is None
    assert not editor.save_now()
    assert not editor.delete_draft()
    with pytest.raises(SignedNoteError):
        services.notes.update_draft(note.id, what_was_done="rewritten")
    with pytest.raises(SignedNoteError):
        services.notes.delete_draft(note.id)
    assert services.notes.get(note.id).what_was_done == note.what_was_done


def test_addendum_is_appended_below_the_original(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    robin = services.people.create("Robin Example", role="self").id
    page = notes_page(agency_controller)
    editor = page.editor
    editor.confirm = lambda *_a: True
    start_note(qtbot, editor, robin)
    assert editor.sign()
    original = services.notes.get(editor.note_id or "")
    assert editor.add_addendum(
        {"text": "The call was on Tuesday, not Monday.", "staff_name": "Jo Okafor"}
    )
    note = services.notes.get(original.id)
    assert len(note.addenda) == 1
    assert note.addenda[0].text == "The call was on Tuesday, not Monday."
    assert note.what_was_done == original.what_was_done
    assert note.signed_at == original.signed_at
    shown = editor.addenda_document.toPlainText()
    assert "Addendum (amendment)" in shown
    assert "Tuesday, not Monday" in shown
    assert editor.ui.addendaView.isVisibleTo(editor)
    assert not editor.add_addendum({"text": "  ", "staff_name": "Jo"})  # refused, told why
    assert "needs some text" in editor.ui.problemLabel.text()
    assert len(services.notes.get(original.id).addenda) == 1


def test_an_open_addendum_dialog_survives_a_lock(
    agency_controller: AppController, qtbot: QtBot
) -> None:
    services = services_of(agency_controller)
    robin = services.people.create("Robin Example", role="self").id
    editor = notes_page(agency_controller).editor
    editor.confirm = lambda *_a: True
    start_note(qtbot, editor, robin)
    assert editor.sign()
    note_id = editor.note_id
    assert editor.add_addendum()
    dialog = editor.dialogs.current()
    assert isinstance(dialog, AddendumDialog)
    qtbot.keyClicks(dialog.text_edit, "Late entry: the landlord called back")
    with qtbot.waitSignal(agency_controller.locked, timeout=5000):
        agency_controller.lock()
    with qtbot.waitSignal(agency_controller.unlocked, timeout=5000):
        agency_controller.unlock(PASSPHRASE)
    assert editor.note_id == note_id
    reopened = editor.dialogs.current()
    assert isinstance(reopened, AddendumDialog)
    assert reopened.text_edit.toPlainText() == "Late entry: the landlord called back"
    assert services_of(agency_controller).notes.get(note_id or "").addenda == ()
    reopened.sign_button.click()
    qtbot.waitUntil(lambda: editor.dialogs.current() is None, timeout=3000)
    added = services_of(agency_controller).notes.get(note_id or "").addenda
    assert [a.text for a in added] == ["Late entry: the landlord called back"]
    assert "landlord called back" in editor.addenda_document.toPlainText()


def test_delete_is_for_drafts_only(agency_controller: AppController, qtbot: QtBot) -> None:
    services = services_of(agency_controller)
    robin = services.people.create("Robin Example", role="self").id
    editor = notes_page(agency_controller).editor
    editor.confirm = lambda *_a: True
    with qtbot.waitSignal(editor.saved, timeout=3000):
        start_note(qtbot, editor, robin)
    note_id = editor.note_id
    assert note_id is not None
    assert editor.delete_draft()
    assert services.notes.note_ids() == []
    assert editor.note_id is None


def _pdf_text(path: Path) -> str:
    from PySide6.QtPdf import QPdfDocument

    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(p).text() for p in range(document.pageCount()))
    document.close()
    return text


@pytest.mark.parametrize("agency_policy_text", [f'export_notice = "{NOTICE}"\n'])
def test_export_pdf_and_csv_carry_the_notice_and_are_audited(
    agency_controller: AppController, tmp_path: Path
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    robin_notes = services.notes.note_ids(NoteFilter(person_id=ids["Robin Example"]))
    dialog = NotesExportDialog(services, None, note_id=robin_notes[-1])
    assert NOTICE in dialog.ui.noticeLabel.text()
    assert "Session notes in the file: 1." in dialog.ui.contentLabel.text()
    assert not dialog.save_button.isEnabled()  # not before the explicit yes
    dialog.ui.confirmCheck.setChecked(True)
    assert dialog.save_button.isEnabled()
    one = tmp_path / "one.pdf"
    assert dialog.write(one, "pdf")
    text = _pdf_text(one)
    assert "42 CFR Part 2" in text
    assert "Went through the housing form together" in text
    assert (one.stat().st_mode & 0o777) == 0o600
    dialog.deleteLater()

    dialog = NotesExportDialog(services, None)
    dialog.ui.confirmCheck.setChecked(True)
    dialog.ui.sinceCheck.setChecked(False)
    dialog.ui.untilCheck.setChecked(False)
    dialog.ui.formatCombo.setCurrentIndex(1)
    every = tmp_path / "all.csv"
    assert dialog.write(every, "csv")
    lines = every.read_text(encoding="utf-8").splitlines()
    assert lines[0] == ",".join(NOTE_CSV_COLUMNS)
    assert len(lines) == 1 + 4
    assert all(line.endswith(NOTICE) for line in lines[1:])
    dialog.deleteLater()

    exports = [r for r in services.audit.rows() if r.kind == "export"]
    assert [r.details_text for r in exports]
    assert len(exports) == 2
    assert "one.pdf" in exports[0].details_text
    assert "all.csv" in exports[1].details_text
    assert "housing" not in " ".join(r.details_text for r in exports)


@pytest.mark.parametrize("agency_policy_text", ["allow_plaintext_exports = false\n"])
def test_export_refused_when_the_policy_forbids_plaintext(
    agency_controller: AppController, tmp_path: Path
) -> None:
    services = services_of(agency_controller)
    add_caseload(services)
    page = notes_page(agency_controller)
    assert not page.export_button.isEnabled()
    dialog = NotesExportDialog(services, None)
    dialog.ui.confirmCheck.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert not dialog.write(tmp_path / "x.csv", "csv")
    assert not (tmp_path / "x.csv").exists()
    dialog.deleteLater()


def test_open_context_lists_a_persons_notes(agency_controller: AppController) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    page = notes_page(agency_controller)
    page.open_context({"person_id": ids["Kai"]})
    assert page.model is not None
    assert page.model.rowCount() == 1
    assert page.editor.person_id() == ids["Kai"]
    page.open_context({"new_for": ids["Ash"]})
    assert page.editor.note_id is None
    assert page.editor.person_id() == ids["Ash"]
    assert page.editor.ui.personCombo.currentText() == "Ash"
    assert page.editor.ui.goalsList.item(0).flags() == Qt.ItemFlag.NoItemFlags


def test_the_agencys_list_of_service_types_is_editable(
    agency_controller: AppController, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    from peerdesk.gui.notes.dialogs import ServiceTypesDialog

    services = services_of(agency_controller)
    editor = notes_page(agency_controller).editor
    dialog = ServiceTypesDialog(services.notes)
    monkeypatch.setattr(QInputDialog, "getText", lambda *_a, **_k: ("Housing support", True))
    dialog.add()
    assert "Housing support" in services.notes.service_types()
    dialog.list.setCurrentRow(0)
    retired = dialog.list.currentItem().text()
    dialog.retire()
    assert retired not in services.notes.service_types()
    dialog.deleteLater()
    editor._fill_service_types()
    combo = editor.ui.serviceCombo
    assert combo.findData("Housing support") >= 0
    assert combo.findData(retired) < 0
