"""What a screen reader says for each row of a received file's preview and of the contacts,
and the exchange screens in Spanish: the preview, the share dialog's list, the refusals
(issue 13). The command line keeps its own wording (peerdesk.i18n)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, Qt, QTime, QTimeZone
from PySide6.QtWidgets import QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk.gui.exchange.files import FileProblem, read_bundle
from peerdesk.gui.exchange.models import MINE, ContactsModel, when_text
from peerdesk.gui.exchange.preview_dialog import PreviewDialog
from peerdesk.gui.exchange.receive import ReceiveFlow
from peerdesk.gui.exchange.share_dialog import ShareDialog
from peerdesk.gui.exchange.workers import bundle_error
from peerdesk.services.exchange.errors import TamperedBundleError
from peerdesk.services.session import Services
from tests.gui.a11y.walk import english_words
from tests.gui.exchange.previews import SENDER, WORDS, sample_preview
from tests.gui.spanish import spanish

__all__ = ["spanish"]
SPOKEN = Qt.ItemDataRole.AccessibleTextRole


def preview_dialog(qtbot: QtBot, circle: Services) -> PreviewDialog:
    dialog = PreviewDialog(sample_preview(circle), circle.people.list())
    qtbot.addWidget(dialog)
    return dialog


def test_each_row_of_the_preview_is_one_sentence(
    qtbot: QtBot, circle: Services, qtmodeltester: ModelTester
) -> None:
    dialog = preview_dialog(qtbot, circle)
    items, conflicts = dialog.items_model, dialog.conflicts_model
    qtmodeltester.check(items)
    qtmodeltester.check(conflicts)
    spoken = [items.index(r, 0).data(SPOKEN) for r in range(items.rowCount())]
    label = [items.item(r).label for r in range(items.rowCount())]
    assert spoken == [
        f"Conflict: Goal “{label[0]}”, both of you changed it (Title)",
        f"New: Milestone “{label[1]}”",
        f"Changed: Goal “{label[2]}” (Target date, Why)",
        f"Deleted: Goal “{label[3]}”",
    ]
    assert all(items.index(0, c).data(SPOKEN) == spoken[0] for c in range(4))
    first = conflicts.index(0, 0).data(SPOKEN)
    assert first == (f"{label[0]}, Title: mine “{label[0]}”, theirs “{label[1]}”; not chosen yet")
    conflicts.set_choice(0, MINE)
    assert conflicts.index(0, 3).data(SPOKEN).endswith("; keeping mine")
    second = conflicts.index(1, 0).data(SPOKEN)
    assert "theirs “(deleted)”" in second


def test_a_contact_is_one_sentence(qtbot: QtBot, qtmodeltester: ModelTester) -> None:
    model = ContactsModel()
    moment = datetime(2026, 3, 4, 17, 30, tzinfo=UTC)
    model.set_contacts(
        [SimpleNamespace(id="c", name=SENDER, fingerprint=WORDS, last_exchange_at=moment)]
    )
    qtmodeltester.check(model)
    local = QDateTime(QDate(2026, 3, 4), QTime(17, 30), QTimeZone.utc()).toLocalTime()
    when = QLocale().toString(local, QLocale.FormatType.ShortFormat)
    assert when_text(moment) == when
    assert model.index(0, 2).data() == when
    assert model.index(0, 0).data(SPOKEN) == (
        f"Jo Okafor, fingerprint words: {WORDS}; last exchange {when}"
    )


def test_the_preview_in_spanish(qtbot: QtBot, circle: Services, spanish: None) -> None:
    dialog = preview_dialog(qtbot, circle)
    assert dialog.windowTitle() == "Qué cambiaría este archivo"
    assert dialog.countsLabel.text() == "1 nuevo · 1 cambiado · 2 conflictos · 1 eliminado"
    items = dialog.items_model
    assert items.index(1, 0).data() == "Nuevo"
    assert items.index(1, 0).data(SPOKEN) == f"Nuevo: Hito “{items.item(1).label}”"
    assert items.index(2, 3).data() == "Fecha objetivo, Por qué"
    texts = [dialog.countsLabel.text(), dialog.statusLabel.text(), dialog.senderLabel.text()]
    texts += [dialog.tabs.tabText(i) for i in range(dialog.tabs.count())]
    texts += [items.index(r, 0).data(SPOKEN) for r in range(items.rowCount())]
    texts += [dialog.conflicts_model.index(r, 4).data(SPOKEN) for r in range(2)]
    combo = next(iter(dialog.person_combos.values()))
    texts += [combo.itemText(i) for i in range(combo.count())]
    assert "Sam Rivera (Persona en recuperación)" in texts
    # The vault's own titles ("Find a flat") are the user's words, not the app's.
    for title in ("Find a flat", "Walk every morning", "Call my sister", "First step:"):
        texts = [t.replace(title, "") for t in texts]
    for text in texts:
        assert not english_words(text), text


def test_the_share_dialog_lists_the_file_in_spanish(
    qtbot: QtBot, circle: Services, spanish: None
) -> None:
    dialog = ShareDialog(circle, what="roadmap")
    qtbot.addWidget(dialog)
    listed = [dialog.contentsList.item(i).text() for i in range(dialog.contentsList.count())]
    assert "Metas: 3" in listed
    assert "Hitos: 3" in listed
    assert "Sin datos de contacto ni registro de uso" in listed
    assert dialog.personCombo.currentText() == "Sam Rivera (Persona en recuperación)"
    dialog.summaryRadio.setChecked(True)
    listed = [dialog.contentsList.item(i).text() for i in range(dialog.contentsList.count())]
    assert any(line.startswith("Un resumen: ánimo promedio") for line in listed)
    dialog.reject()


def test_refusals_are_in_spanish(
    qtbot: QtBot, circle: Services, spanish: None, tmp_path: Path
) -> None:
    # A refusal made here, and one the passphrase helper process reported in English.
    flow = ReceiveFlow(circle, None)  # type: ignore[arg-type]
    flow._refuse(str(TamperedBundleError()))
    box = flow.message
    assert isinstance(box, QMessageBox)
    assert box.windowTitle() == "Este archivo no se incorporó"
    assert box.text().startswith("Este archivo de intercambio se cambió después de firmarse")
    assert box.text().endswith("No se cambió nada en tu bóveda.")
    box.close()
    rebuilt = bundle_error(
        "WrongPassphraseError", "The share passphrase is not right for this exchange file."
    )
    assert str(rebuilt) == "La frase de contraseña para compartir no es la correcta para este " + (
        "archivo de intercambio."
    )
    with pytest.raises(FileProblem, match=r"^El archivo no existe\.$"):
        read_bundle(tmp_path / "nowhere.peerdesk")
