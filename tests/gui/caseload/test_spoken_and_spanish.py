"""What a screen reader says for each person of the caseload, and the caseload in Spanish
(the column tooltips were English in a Spanish PeerDesk: their source texts were filed
under no context by lupdate, so no translation was found at run time)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate, QLocale, Qt

from peerdesk.app import AppController
from peerdesk.gui.caseload.model import CaseloadModel
from tests.gui.a11y.walk import english_words
from tests.gui.agency_fixtures import add_caseload, services_of
from tests.gui.spanish import spanish

__all__ = ["spanish"]
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


def model_of(controller: AppController) -> CaseloadModel:
    services = services_of(controller)
    return CaseloadModel(services.caseload, services.bus, services.people.names)


def row_named(model: CaseloadModel, name: str) -> int:
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    assert rows, name
    return rows[0]


def long_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def test_each_person_is_one_spoken_sentence(
    agency_controller: AppController, qtmodeltester: object
) -> None:
    add_caseload(services_of(agency_controller))
    model = model_of(agency_controller)
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    robin = row_named(model, "Robin Example")
    sentence = model.index(robin, 0).data(SPOKEN)
    oldest = long_date(date.today() - timedelta(days=2))
    assert sentence.startswith("Robin Example: last contact ")
    assert f"1 note not signed, the oldest from {oldest}" in sentence
    assert "1 milestone overdue (Robin Example)" in sentence
    assert "next contact not planned" in sentence
    assert "\n" not in sentence
    # Other cells: the column's title, then its value.
    assert model.index(robin, 5).data(SPOKEN).startswith("Unsigned: 1 · ")
    ash = row_named(model, "Ash")
    assert model.index(ash, 0).data(SPOKEN) == ("Ash: no contact yet; next contact not planned")
    assert model.index(ash, 6).data(SPOKEN) == "Overdue: none"
    kai = row_named(model, "Kai")
    assert "next contact " in model.index(kai, 0).data(SPOKEN)
    assert "not planned" not in model.index(kai, 0).data(SPOKEN)
    model.close()


def test_the_caseload_in_spanish(agency_controller: AppController, spanish: None) -> None:
    add_caseload(services_of(agency_controller))
    model = model_of(agency_controller)
    robin = row_named(model, "Robin Example")
    tips = [model.index(robin, c).data(Qt.ItemDataRole.ToolTipRole) for c in range(2, 7)]
    assert tips[4] == "Hitos con la fecha de vencimiento pasada, y quién los tiene a cargo"
    assert tips[0] == "El próximo contacto planificado a partir de ahora"
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(7)]
    sentence = model.index(robin, 0).data(SPOKEN)
    assert "1 nota sin firmar" in sentence
    assert "1 hito atrasado (Robin Example)" in sentence
    ash = row_named(model, "Ash")
    assert model.index(ash, 1).data() == "Nunca"
    for text in [*tips, *headers, sentence, model.index(ash, 0).data(SPOKEN)]:
        assert not english_words(text), text
    model.close()
