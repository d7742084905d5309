"""The library's exports in Spanish when PeerDesk runs in Spanish (issue 13): the Markdown
file, the PDF booklet and the one-page crisis plan carry Spanish headings and no English
ones; the export dialog says in Spanish what the file will hold; numbers use a decimal comma.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.library.crisis_plan import CrisisPlanDialog
from peerdesk.gui.library.export_dialog import LibraryExportDialog
from peerdesk.gui.library.page import LibraryPage
from peerdesk.gui.shell import language

ENGLISH_HEADINGS = (
    "Coping strategies",
    "strategy card",
    "Category:",
    "Takes:",
    "Steps",
    "When to use it",
    "Warning signs",
    "How it worked for me",
    "My use log",
    "My crisis plan",
    "nothing written yet",
    "distress",
    "Used ",
)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install_translators(qapp, "es")
    try:
        yield
    finally:
        language.install_translators(qapp, "en")


@pytest.fixture
def page(spanish: None, unlocked_controller: AppController, qtbot: QtBot) -> LibraryPage:
    unlocked_controller.window.show_area("library")
    found = unlocked_controller.window.pages["library"]
    assert isinstance(found, LibraryPage)
    qtbot.waitUntil(lambda: found.model is not None and found.model.rowCount() > 0)
    services = found.services
    assert services is not None
    sid = found.model.ids()[0]
    services.library.log_use(sid, 7, 4, "una nota")
    services.library.log_use(sid, 6, 2)
    services.crisis_plan.add("ask_for_help", "Ana", "555 0101")
    services.crisis_plan.add("self_help", "Respirar", strategy_id=sid)
    return found


def english_left(text: str) -> list[str]:
    return [heading for heading in ENGLISH_HEADINGS if heading in text]


def pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    return "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))


def test_the_markdown_export_is_in_spanish(page: LibraryPage, tmp_path: Path) -> None:
    assert page.services is not None
    assert page.model is not None
    dialog = LibraryExportDialog(page.services, page.model.ids(), [], page)
    dialog.ui.personalCheck.setChecked(True)
    dialog.ui.markdownRadio.setChecked(True)
    contents = dialog.ui.containsLabel.text()
    assert "48 tarjetas de estrategia con título" in contents
    assert "Tu historial de usos: 2 anotaciones" in contents
    assert "1 nota que escribiste" in contents
    assert "Tu plan de crisis: 2 puntos, con 1 contacto." in contents
    assert not english_left(contents), contents
    out = tmp_path / "biblioteca.md"
    dialog.export_to(out)
    text = out.read_text(encoding="utf-8")
    for spanish in (
        "# Estrategias de afrontamiento",
        "48 tarjetas de estrategia, exportadas desde PeerDesk.",
        "**Categoría:**",
        "**Duración:** unos ",
        "**Pasos**",
        "**Cuándo usarla**",
        "**Cómo me funcionó:** Usada 2 veces · el malestar bajó 3,5 en promedio",
        "# Mi historial de usos",
        "malestar 7 → 4",
        "# Mi plan de crisis",
        "## Personas a quienes puedo pedir ayuda",
        "*(todavía no hay nada escrito)*",
    ):
        assert spanish in text, spanish
    assert not english_left(text), english_left(text)


def test_the_pdf_booklet_and_the_crisis_plan_are_in_spanish(
    page: LibraryPage, tmp_path: Path
) -> None:
    assert page.services is not None
    assert page.model is not None
    sid = page.model.ids()[0]
    dialog = LibraryExportDialog(page.services, page.model.ids(), [sid], page)
    dialog.ui.selectedRadio.setChecked(True)
    dialog.ui.personalCheck.setChecked(True)
    dialog.ui.pdfRadio.setChecked(True)
    booklet = tmp_path / "folleto.pdf"
    dialog.export_to(booklet)
    text = pdf_text(booklet)
    assert "Pasos" in text
    assert "Cómo me funcionó" in text
    assert not english_left(text), english_left(text)

    plan = CrisisPlanDialog(page.services, page)
    one_page = tmp_path / "plan.pdf"
    plan.save_pdf_to(one_page)
    plan.reject()
    text = pdf_text(one_page)
    for spanish in ("Mi plan de crisis", "Personas a quienes puedo pedir ayuda", "Ana"):
        assert spanish in text, spanish
    assert not english_left(text), english_left(text)
