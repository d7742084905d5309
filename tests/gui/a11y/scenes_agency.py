"""Scenes of the agency screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).

The caseload and notes areas themselves are scenes of scenes.py; here: a person chosen in
the caseload, a draft and a signed note (with addenda) in the notes editor, every dialog of
both areas, and the exchange screens (Share, the receive steps, the preview's three tabs,
the contacts in Settings).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog, QMessageBox, QScrollArea, QWidget

from peerdesk.app import AppController
from peerdesk.services.session import Services
from tests.gui.exchange.previews import SENDER, WORDS, sample_preview
from tests.gui.fit_scenes import Scene, _dialog_scene, fit_dialog, settle

SCENES: dict[str, Scene] = {}


def _register(name: str) -> Callable[[Callable[[AppController], Iterator[QWidget]]], Scene]:
    def add(function: Callable[[AppController], Iterator[QWidget]]) -> Scene:
        assert name not in SCENES
        SCENES[name] = contextmanager(function)
        return SCENES[name]

    return add


def _services(controller: AppController) -> Services:
    services = controller.services
    assert services is not None
    return services


# -- caseload -------------------------------------------------------------------------------


@_register("caseload-person")
def _caseload_person(controller: AppController) -> Iterator[QWidget]:
    """A person chosen (the second row), the filters on, the table focused."""
    from peerdesk.gui.caseload.page import CaseloadPage

    window = controller.window
    window.show_area("caseload")
    page = window.pages["caseload"]
    assert isinstance(page, CaseloadPage)
    page.unsigned_check.setChecked(True)
    page.search_edit.setText("a")  # the clear button shows once there is text
    page.apply_filter()
    page.table.selectRow(min(1, max(page.table.model().rowCount() - 1, 0)))
    page.table.setFocus()
    settle()
    try:
        yield window
    finally:
        page.search_edit.clear()
        page.unsigned_check.setChecked(False)
        page.apply_filter()
        settle()


def _plan_contact(c: AppController) -> QDialog:
    from peerdesk.gui.caseload.dialogs import PlanContactDialog

    return PlanContactDialog(None, c.window)


SCENES["dialog-plan-contact"] = _dialog_scene(_plan_contact)


# -- notes ------------------------------------------------------------------------------------


def _notes_page(controller: AppController):  # type: ignore[no-untyped-def]
    from peerdesk.gui.notes.page import NotesPage

    controller.window.show_area("notes")
    page = controller.window.pages["notes"]
    assert isinstance(page, NotesPage)
    page.ensure_model()
    return page


def _first_note(services: Services, *, signed: bool, with_addenda: bool = False) -> str:
    rows = services.notes.rows(services.notes.note_ids())
    for row in rows.values():
        if row.is_signed == signed and (bool(row.addenda) or not with_addenda):
            return row.id
    raise AssertionError("the demo vault has no such note")


@contextmanager
def _note_open(controller: AppController, note_id: str) -> Iterator[QWidget]:
    page = _notes_page(controller)
    page.search_edit.setText("a")  # the clear button shows once there is text
    page.apply_filters()
    page.open_context({"note_id": note_id})
    settle()
    try:
        yield controller.window
    finally:
        page.search_edit.clear()
        page.apply_filters()
        page.editor.new_note()
        settle()


@_register("notes-draft")
def _notes_draft(controller: AppController) -> Iterator[QWidget]:
    with _note_open(controller, _first_note(_services(controller), signed=False)) as shown:
        yield shown


@_register("notes-signed")
def _notes_signed(controller: AppController) -> Iterator[QWidget]:
    note = _first_note(_services(controller), signed=True, with_addenda=True)
    with _note_open(controller, note) as shown:
        yield shown


@_register("notes-new")
def _notes_new(controller: AppController) -> Iterator[QWidget]:
    """A new note (no person yet) with the problem line: what is missing before signing."""
    page = _notes_page(controller)
    page.new_note()
    page.editor._show_missing(["start_time", "what_was_done", "staff_name"])
    settle()
    try:
        yield controller.window
    finally:
        page.editor.new_note()
        settle()


def _addendum(c: AppController) -> QDialog:
    from peerdesk.gui.notes.dialogs import AddendumDialog

    return AddendumDialog("Jo Okafor", "CPRS", c.window)


def _service_types(c: AppController) -> QDialog:
    from peerdesk.gui.notes.dialogs import ServiceTypesDialog

    return ServiceTypesDialog(_services(c).notes, c.window)


def _notes_export(c: AppController) -> QDialog:
    from peerdesk.gui.notes.export_dialog import NotesExportDialog

    s = _services(c)
    return NotesExportDialog(s, c.window, note_id=_first_note(s, signed=True))


def _sign_question(c: AppController) -> QDialog:
    from peerdesk.gui.notes.editor import NoteEditor, sign_question

    editor = c.window.pages["notes"].findChild(NoteEditor)
    assert editor is not None
    return sign_question(editor)


def _delete_question(c: AppController) -> QDialog:
    from peerdesk.gui.notes.editor import NoteEditor, delete_question

    editor = c.window.pages["notes"].findChild(NoteEditor)
    assert editor is not None
    return delete_question(editor)


for _name, _make in [
    ("dialog-addendum", _addendum),
    ("dialog-service-types", _service_types),
    ("dialog-notes-export", _notes_export),
    ("dialog-sign-note", _sign_question),
    ("dialog-delete-draft", _delete_question),
]:
    SCENES[_name] = _dialog_scene(_make)


# -- exchange ---------------------------------------------------------------------------------


def _share(what: str, *, passphrase: bool = False) -> Scene:
    def make(c: AppController) -> QDialog:
        from peerdesk.gui.exchange.share_dialog import ShareDialog

        s = _services(c)
        titles = [card.title for card in s.library.all_cards()][:2] if what == "library" else ()
        dialog = ShareDialog(s, what=what, card_titles=titles, parent=c.window)
        if passphrase:
            dialog.passphraseRadio.setChecked(True)
        return dialog

    return _dialog_scene(make)


def _receive_passphrase(c: AppController) -> QDialog:
    from peerdesk.gui.exchange.receive import PassphraseDialog
    from peerdesk.services.exchange.errors import WrongPassphraseError

    return PassphraseDialog(c.window, str(WrongPassphraseError()))


def _receive_sender(c: AppController) -> QDialog:
    from peerdesk.gui.exchange.receive import SenderDialog

    return SenderDialog(c.window, SENDER, WORDS)


def _preview(tab: str) -> Scene:
    def make(c: AppController) -> QDialog:
        from peerdesk.gui.exchange.preview_dialog import PreviewDialog

        s = _services(c)
        dialog = PreviewDialog(sample_preview(s), s.people.list(), c.window)
        page = {"items": dialog.itemsView, "conflicts": dialog.conflictsTab}.get(tab)
        dialog.tabs.setCurrentWidget(page or dialog.peopleTab)
        if tab == "conflicts":
            dialog.select_conflict(0)
            dialog.conflictsView.setFocus()
        return dialog

    return _dialog_scene(make)


def _preview_nothing(c: AppController) -> QDialog:
    from dataclasses import replace

    from peerdesk.gui.exchange.preview_dialog import PreviewDialog

    s = _services(c)
    nothing = replace(sample_preview(s, conflicts=False), items=[], people=[], sender_known=True)
    return PreviewDialog(nothing, s.people.list(), c.window)


def _message(make: Callable[[AppController], QMessageBox | None]) -> Scene:
    """A message the receive flow shows at its end (a refusal, or what was read in)."""

    @contextmanager
    def show(controller: AppController) -> Iterator[QWidget]:
        box = make(controller)
        assert box is not None
        fit_dialog(box, controller.window.size())
        try:
            yield box
        finally:
            box.close()
            box.deleteLater()
            settle()

    return show


def _refused(c: AppController) -> QMessageBox | None:
    from peerdesk.gui.exchange.receive import ReceiveFlow
    from peerdesk.services.exchange.errors import TamperedBundleError

    flow = ReceiveFlow(_services(c), c.window)
    flow._refuse(str(TamperedBundleError()))
    return flow.message


def _read_in(c: AppController) -> QMessageBox | None:
    from peerdesk.gui.exchange.receive import ReceiveFlow

    flow = ReceiveFlow(_services(c), c.window)
    counts = {"new": 3, "changed": 1, "deleted": 1, "conflicts_resolved": 2, "people_created": 1}
    flow.report_applied(counts)
    return flow.message


for _name, _scene in [
    ("dialog-share-roadmap", _share("roadmap")),
    ("dialog-share-library", _share("library")),
    ("dialog-share-summary", _share("summary", passphrase=True)),
    ("dialog-receive-passphrase", _dialog_scene(_receive_passphrase)),
    ("dialog-receive-sender", _dialog_scene(_receive_sender)),
    ("dialog-preview-conflicts", _preview("conflicts")),
    ("dialog-preview-items", _preview("items")),
    ("dialog-preview-people", _preview("people")),
    ("dialog-preview-nothing", _dialog_scene(_preview_nothing)),
    ("dialog-receive-refused", _message(_refused)),
    ("dialog-receive-done", _message(_read_in)),
]:
    SCENES[_name] = _scene


@_register("settings-contacts")
def _contacts(controller: AppController) -> Iterator[QWidget]:
    """Settings → Contacts with one contact chosen (added for the scene, then forgotten)."""
    from pyrage import x25519

    from peerdesk.store.records.contacts import ExchangeContact

    services = _services(controller)
    services.contacts.own_identity()  # this vault's own words show above the list
    row = ExchangeContact.create(
        signing_public=os.urandom(32),
        age_recipient=str(x25519.Identity.generate().to_public()),
        claimed_name=SENDER,
        name=SENDER,
    )
    section = controller.exchange.contacts_section
    section.refresh()
    controller.window.show_area("settings")
    section.select_row(0)
    settle()
    scroll = section.parentWidget()
    while scroll is not None and not isinstance(scroll, QScrollArea):
        scroll = scroll.parentWidget()
    if scroll is not None:
        scroll.ensureWidgetVisible(section)
    settle()
    try:
        yield section
    finally:
        services.contacts.forget(str(row.id))
        section.refresh()
        settle()
