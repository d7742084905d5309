"""The journal's exports in Spanish when the app is Spanish (issue 13): the Markdown and the
PDF made from it say "Diario", "Registro", "Ánimo" and Spanish dates, and no English."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.journal.export_dialog import JournalExportDialog
from peerdesk.gui.shell import language
from peerdesk.services.journal import EntryFields

ENGLISH = re.compile(
    r"\b(Journal|Check-in|Entry|Mood|Energy|Sleep|Feeling|Tags|starred|Sunday|Monday|"
    r"February|start|today|items?)\b"
)


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    language.install_translators(qapp, "es")
    try:
        yield
    finally:
        language.install_translators(qapp, "en")


def _pdf_text(path: Path) -> str:
    document = QPdfDocument()
    assert document.load(str(path)) == QPdfDocument.Error.None_
    text = "\n".join(document.getAllText(page).text() for page in range(document.pageCount()))
    document.close()
    return text


def test_the_journal_exports_in_spanish(
    spanish: None, unlocked_controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    services = unlocked_controller.services
    assert services is not None
    journal = services.journal
    cravings = journal.add_tracker("Antojos", "scale")
    journal.check_in(
        3,
        emotions=["anxious"],
        energy=4,
        sleep_hours=6.5,
        note="Un día difícil.",
        trackers={cravings: 7},
        occurred_at=datetime(2026, 2, 1, 9, 30),
    )
    journal.create(
        EntryFields(
            title="Paseo por el río",
            body="Me ayudó.",
            occurred_at=datetime(2026, 2, 2, 20, 0),
            tags=("caminar",),
            starred=True,
        )
    )
    dialog = JournalExportDialog(services)
    qtbot.addWidget(dialog)
    assert dialog.save_button.text() == "&Guardar como…"
    assert dialog.ui.formatCombo.itemText(2) == "PDF (.pdf): para imprimir"
    dialog.ui.sinceCheck.setChecked(True)
    dialog.ui.sinceEdit.setDate(dialog.ui.sinceEdit.date().fromString("2026-02-01", "yyyy-MM-dd"))
    dialog.ui.confirmCheck.setChecked(True)
    dialog.write(tmp_path / "diario.md", "markdown")
    markdown = (tmp_path / "diario.md").read_text(encoding="utf-8")
    for spanish_text in (
        "# Diario",
        "del 1 feb 2026 hasta hoy",  # the range, in the language's short form
        "2 elementos",
        "## domingo, 1 de febrero de 2026",
        "· Registro",
        "Ánimo 3/10 (bajo)",
        "Energía 4/10",
        "Sueño 6,5 h",
        "Sintiendo ansioso/a",
        "Antojos: 7",
        "## lunes, 2 de febrero de 2026",
        "### 20:00 · Paseo por el río",
        "Etiquetas: #caminar",
        "★ destacada",
    ):
        assert spanish_text in markdown, spanish_text
    assert not ENGLISH.findall(markdown), ENGLISH.findall(markdown)

    dialog = JournalExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.confirmCheck.setChecked(True)
    dialog.write(tmp_path / "diario.pdf", "pdf")
    text = _pdf_text(tmp_path / "diario.pdf")
    for spanish_text in ("Diario", "domingo, 1 de febrero de 2026", "Registro", "Ánimo 3/10"):
        assert spanish_text in text, spanish_text
    assert not ENGLISH.findall(text), ENGLISH.findall(text)
