"""What a screen reader says for each session note, and the notes' export in Spanish: the
PDF's headings, dates and labels follow the app's language (issue 13)."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, Qt

from peerdesk.app import AppController
from peerdesk.gui.notes.export_dialog import NotesExportDialog
from peerdesk.gui.notes.list_model import NotesListModel
from peerdesk.services.notes import NoteFilter
from tests.gui.a11y.walk import english_words
from tests.gui.agency_fixtures import add_caseload, services_of
from tests.gui.notes.test_notes_gui import _pdf_text
from tests.gui.spanish import spanish

__all__ = ["spanish"]
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def test_each_note_is_one_spoken_sentence(
    agency_controller: AppController, qtmodeltester: object
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    kai = services.notes.note_ids(NoteFilter(person_id=ids["Kai"]))[0]
    services.notes.add_addendum(kai, "The meeting was on Tuesday.", "Jo Okafor")
    model = NotesListModel(services.notes, services.people, services.bus)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    rows = [model.index(r) for r in range(model.rowCount())]
    spoken = {row.data(model.IdRole): row.data(SPOKEN) for row in rows}
    when = long_date(date.today() - timedelta(days=60))
    assert spoken[kai] == (
        f"Session note for Kai, {when} at 10:00, Peer support (individual), signed, amended 1 time"
    )
    draft = services.notes.note_ids(NoteFilter(person_id=ids["Robin Example"], status="draft"))
    assert spoken[draft[0]].endswith(", a draft, not signed yet")
    assert all("\n" not in s for s in spoken.values())
    model.set_query(NoteFilter(), "housing")
    found = model.index(0).data(SPOKEN)
    assert "found: " in found
    assert "housing" in found.lower()
    model.close()


def test_the_notes_list_in_spanish(agency_controller: AppController, spanish: None) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    model = NotesListModel(services.notes, services.people, services.bus)
    texts = [model.index(r).data() for r in range(model.rowCount())]
    spoken = [model.index(r).data(SPOKEN) for r in range(model.rowCount())]
    assert any("Borrador" in t for t in texts)
    assert any(" · Firmada" in t for t in texts)
    draft = services.notes.note_ids(NoteFilter(person_id=ids["Robin Example"], status="draft"))
    assert (
        model.index(model.row_of(draft[0]) or 0)
        .data(SPOKEN)
        .startswith("Nota de sesión de Robin Example, ")
    )
    for text in texts + spoken:
        # The user's own words (the service type of add_caseload) are English on purpose.
        assert not english_words(text.replace("Peer support (individual)", "")), text
    model.close()


def test_the_pdf_export_is_in_spanish(
    agency_controller: AppController, spanish: None, tmp_path: Path
) -> None:
    services = services_of(agency_controller)
    ids = add_caseload(services)
    kai = services.notes.note_ids(NoteFilter(person_id=ids["Kai"]))[0]
    services.notes.add_addendum(kai, "La reunión fue el martes.", "Jo Okafor", "CPRS")
    dialog = NotesExportDialog(services, None)
    dialog.ui.sinceCheck.setChecked(False)
    dialog.ui.untilCheck.setChecked(False)
    dialog.ui.confirmCheck.setChecked(True)
    assert dialog.windowTitle() == "Exportar notas de sesión"
    assert dialog.ui.contentLabel.text().startswith("Notas de sesión en el archivo: 4.")
    target = tmp_path / "notas.pdf"
    assert dialog.write(target, "pdf")
    text = " ".join(_pdf_text(target).split())
    for heading in (
        "Notas de sesión",
        "Qué se hizo",
        "En sus propias palabras",
        "Próximos pasos",
        "Quién los hace",
        "Duración: 45 minutos",
        "En persona · Individual",
        "Firmada por Jo Okafor, CPRS el",
        "BORRADOR — sin firmar",
        "Adenda",
        "escrita y firmada por Jo Okafor, CPRS el",
        long_date(date.today() - timedelta(days=60)),
    ):
        assert heading in text, heading
    for english in (
        "Session notes",
        "What was done",
        "In their own words",
        "Next steps",
        "Who does them",
        "Duration",
        "In person",
        "Signed by",
        "DRAFT",
        "Addendum",
        "written and signed",
    ):
        assert english not in text, english
    dialog.deleteLater()
