"""The library area in the real main window, on a real vault (pytest-qt, offscreen)."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.library.card_model import (
    EFFECT_ROLE,
    CrisisSectionModel,
    StrategyListModel,
    UseHistoryModel,
)
from peerdesk.gui.library.export_dialog import LibraryExportDialog
from peerdesk.gui.library.import_dialog import ImportPreviewModel
from peerdesk.gui.library.log_use import LogUseDialog
from peerdesk.gui.library.page import LibraryPage
from peerdesk.services.library import CardContent, LibraryQuery
from peerdesk.services.library.formats.export import ExportOptions, gather_export
from peerdesk.services.library.formats.importing import Action, Match
from peerdesk.services.library.formats.json_file import to_json_bytes
from tests.conftest import PASSPHRASE

HOSTILE = '<script>alert(1)</script><img src="file:///etc/passwd"> **bold**'


@pytest.fixture
def page(unlocked_controller: AppController, qtbot: QtBot) -> LibraryPage:
    unlocked_controller.window.show_area("library")
    found = unlocked_controller.window.pages["library"]
    assert isinstance(found, LibraryPage)
    qtbot.waitUntil(lambda: found.model is not None and found.model.rowCount() > 0)
    qtbot.waitUntil(lambda: found.ui.categoryCombo.count() > 1)  # filled just after opening
    return found


def _select(page: LibraryPage, qtbot: QtBot, strategy_id: str) -> None:
    assert page.select_card(strategy_id)
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == strategy_id)


def test_log_a_use_from_a_card_changes_its_effectiveness(
    page: LibraryPage, qtbot: QtBot, qtmodeltester: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.model is not None
    assert page.services is not None
    qtmodeltester.check(page.model)
    sid = page.model.ids()[0]
    _select(page, qtbot, sid)
    assert page.detail.ui.effectivenessLabel.text() == "Not used yet"

    def fill_and_accept(dialog: LogUseDialog) -> int:
        dialog.set_values(8, 3, "after a hard call")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LogUseDialog, "exec", fill_and_accept)
    with qtbot.waitSignal(page.model.dataChanged, timeout=2000):
        qtbot.mouseClick(page.detail.ui.usedButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: (
            page.detail.ui.effectivenessLabel.text() == "Used once · distress down 5.0 on average"
        )
    )
    row = page.model.row_of(sid)
    assert row is not None
    assert page.model.index(row).data(EFFECT_ROLE) == "Used once · distress down 5.0 on average"
    assert page.history is not None
    assert page.history.rowCount() == 1
    qtmodeltester.check(page.history)
    # sorted by most helpful, it now comes first
    page.ui.sortCombo.setCurrentIndex(page.ui.sortCombo.findData("helpful"))
    page.ui.sortCombo.activated.emit(page.ui.sortCombo.currentIndex())
    assert page.model.ids()[0] == sid
    qtmodeltester.check(page.model)


def test_the_crisis_plan_opens_by_shortcut_from_anywhere(
    unlocked_controller: AppController, qtbot: QtBot, qtmodeltester: Any
) -> None:
    window = unlocked_controller.window
    window.show_area("settings")
    page = window.pages["library"]
    assert isinstance(page, LibraryPage)
    assert page.crisis_action in window.toolbar.actions()
    qtbot.keyClick(
        window,
        Qt.Key.Key_H,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    qtbot.waitUntil(lambda: page.crisis_dialog is not None and page.crisis_dialog.isVisible())
    assert page.crisis_dialog is not None
    for box in page.crisis_dialog.boxes.values():
        assert box.model is not None
        qtmodeltester.check(box.model)
    # locking closes it and the shortcut no longer works
    unlocked_controller.lock()
    qtbot.waitUntil(lambda: page.crisis_dialog is None)
    assert not page.crisis_action.isEnabled()


def test_crisis_plan_items_are_added_and_printed_on_one_page(
    page: LibraryPage, qtbot: QtBot, qtmodeltester: Any, tmp_path: Path
) -> None:
    assert page.services is not None
    page.open_crisis_plan()
    dialog = page.crisis_dialog
    assert dialog is not None
    model = dialog.boxes["ask_for_help"].model
    assert isinstance(model, CrisisSectionModel)
    with qtbot.waitSignal(model.modelReset):
        page.services.crisis_plan.add("ask_for_help", "Maya", "text or call")
    assert model.index(0).data() == "Maya  —  text or call"
    for n in range(40):
        page.services.crisis_plan.add("reasons", f"Reason number {n} " + "and more " * 8)
    qtmodeltester.check(model)
    pdf = tmp_path / "plan.pdf"
    dialog.save_pdf_to(pdf)
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", data)) == 1


def test_search_as_you_type_and_filters(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.model is not None
    assert page.services is not None
    total = page.model.rowCount()
    qtbot.keyClicks(page.ui.searchEdit, "brea")
    qtbot.waitUntil(lambda: 0 < page.model.rowCount() < total)  # type: ignore[union-attr]
    assert page.ui.countLabel.text().endswith(f"of {total} cards")
    page.ui.searchEdit.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == total)  # type: ignore[union-attr]
    page.ui.categoryCombo.setCurrentIndex(page.ui.categoryCombo.findData("Breathing"))
    page.ui.categoryCombo.activated.emit(page.ui.categoryCombo.currentIndex())
    expected = page.services.library.query_ids(LibraryQuery(category="Breathing"))
    assert page.model.ids() == expected
    page.ui.listButton.click()
    assert not page.delegate.grid


def test_hostile_text_is_shown_as_text(page: LibraryPage, qtbot: QtBot) -> None:
    assert page.services is not None
    sid = page.services.library.create(CardContent(title="<b>Bold?</b>", steps=HOSTILE))
    _select(page, qtbot, sid)
    assert page.detail.ui.titleLabel.text() == "<b>Bold?</b>"
    assert page.detail.ui.titleLabel.textFormat() == Qt.TextFormat.PlainText
    shown = page.detail.ui.bodyView.toPlainText()
    assert "<script>alert(1)</script>" in shown
    assert '<img src="file:///etc/passwd">' in shown
    html = page.detail.ui.bodyView.document().toHtml()
    assert "<img" not in html.replace("&lt;img", "")


def test_new_card_edit_and_delete(
    page: LibraryPage, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.model is not None
    assert page.services is not None
    before = page.model.rowCount()
    qtbot.mouseClick(page.ui.newButton, Qt.MouseButton.LeftButton)
    assert page.ui.sideStack.currentWidget() is page.editor
    page.editor.ui.titleEdit.setText("Hum a song")
    page.editor.ui.tagsEdit.setText("music, Quick")
    page.editor.ui.buttonBox.accepted.emit()
    qtbot.waitUntil(lambda: page.model.rowCount() == before + 1)  # type: ignore[union-attr]
    assert page.detail.card is not None
    assert page.detail.card.title == "Hum a song"
    assert page.detail.card.content.tags == ("music", "quick")
    page.edit_card()
    page.editor.ui.titleEdit.setText("")
    page.editor.ui.buttonBox.accepted.emit()
    assert "title" in page.editor.ui.errorLabel.text()
    page.editor.ui.buttonBox.rejected.emit()
    asked: list[str] = []

    def yes(box: QMessageBox) -> int:
        asked.append(box.text())
        assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", yes)
    page.delete_card()
    assert asked == ["Delete “Hum a song”? Its use log stays in the vault."]
    qtbot.waitUntil(lambda: page.model.rowCount() == before)  # type: ignore[union-attr]


def test_lock_clears_the_page_and_keeps_the_editor_draft(
    unlocked_controller: AppController, page: LibraryPage, qtbot: QtBot
) -> None:
    page.new_card()
    page.editor.ui.titleEdit.setText("Half-written idea")
    unlocked_controller.lock()
    assert page.model is None
    assert page.ui.cardView.model() is None
    assert page.detail.ui.titleLabel.text() == ""
    assert page.editor.ui.titleEdit.text() == ""
    with qtbot.waitSignal(unlocked_controller.unlocked, timeout=5000):
        unlocked_controller.unlock(PASSPHRASE)
    assert page.ui.sideStack.currentWidget() is page.editor
    assert page.editor.ui.titleEdit.text() == "Half-written idea"


def test_import_preview_and_choice(
    page: LibraryPage, qtbot: QtBot, qtmodeltester: Any, tmp_path: Path
) -> None:
    assert page.services is not None
    lib = page.services.library
    mine = lib.create(CardContent(title="Mine", steps="my steps"))
    export = gather_export(lib, page.services.crisis_plan, ExportOptions(strategy_ids=[mine]))
    document = json.loads(to_json_bytes(export))
    document["strategies"][0]["steps"] = "their steps"
    new = dict(document["strategies"][0], id="0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a", title="Theirs")
    document["strategies"].append(new)
    path = tmp_path / "from-a-peer.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    dialog = page.import_file(path)
    assert dialog is not None
    qtmodeltester.check(dialog.model)
    assert isinstance(dialog.model, ImportPreviewModel)
    assert [i.match for i in dialog.model.preview.items] == [Match.CHANGED, Match.NEW]
    dialog.ui.itemView.selectRow(0)
    assert "their steps" in dialog.ui.theirsView.toPlainText()
    assert "my steps" in dialog.ui.mineView.toPlainText()
    assert "Differs in: steps" in dialog.ui.mineView.toPlainText()
    dialog.ui.actionCombo.setCurrentIndex(dialog.ui.actionCombo.findData(Action.REPLACE.value))
    dialog.ui.actionCombo.activated.emit(dialog.ui.actionCombo.currentIndex())
    assert dialog.model.index(0, 2).data() == "Take the file's version"
    qtmodeltester.check(dialog.model)
    dialog.ui.buttonBox.accepted.emit()
    assert dialog.import_result is not None
    assert (dialog.import_result.added, dialog.import_result.replaced) == (1, 1)
    assert lib.card(mine).content.steps == "their steps"
    assert lib.card(mine).provenance.startswith("Imported from from-a-peer.json on ")


def test_a_bad_import_file_is_explained_and_changes_nothing(
    page: LibraryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.services is not None
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"format": "peerdesk-library", "version": 9, "strategies": []}')
    count = page.services.library.count()
    assert page.import_file(path) is None
    assert "format version 9" in shown[0]
    assert "bad.json" in shown[0]
    assert page.services.library.count() == count


def test_export_dialog_says_what_the_file_contains(page: LibraryPage, tmp_path: Path) -> None:
    assert page.services is not None
    assert page.model is not None
    sid = page.model.ids()[0]
    page.services.library.log_use(sid, 7, 2, "very private")
    dialog = LibraryExportDialog(page.services, page.model.ids(), [sid], page)
    text = dialog.ui.containsLabel.text()
    assert "No personal data" in text
    dialog.ui.personalCheck.setChecked(True)
    assert "use log: 1 record" in dialog.ui.containsLabel.text()
    dialog.ui.personalCheck.setChecked(False)
    dialog.ui.selectedRadio.setChecked(True)
    assert dialog.ui.containsLabel.text().startswith("• 1 strategy card ")
    out = tmp_path / "one.json"
    dialog.export_to(out)
    data = json.loads(out.read_text(encoding="utf-8"))
    assert [s["id"] for s in data["strategies"]] == [sid]
    assert "very private" not in out.read_text(encoding="utf-8")
    several = LibraryExportDialog(page.services, page.model.ids(), page.model.ids()[:3], page)
    assert several.ui.selectedRadio.isChecked()
    assert several.ui.containsLabel.text().startswith("• 3 strategy cards ")
    dialog.ui.pdfRadio.setChecked(True)
    dialog.ui.allRadio.setChecked(True)
    booklet = tmp_path / "all.pdf"
    dialog.export_to(booklet)
    data = booklet.read_bytes()
    assert data.startswith(b"%PDF")
    pages = len(re.findall(rb"/Type\s*/Page(?!s)", data))
    assert pages == page.services.library.count()  # one card per page


def test_models_pass_the_model_tester_through_changes(
    page: LibraryPage, qtmodeltester: Any, qtbot: QtBot
) -> None:
    assert page.services is not None
    services = page.services
    model = StrategyListModel(services.library, services.bus)
    history = UseHistoryModel(services.library, services.bus)
    qtmodeltester.check(model)
    sid = services.library.create(CardContent(title="!first"))
    assert model.ids()[0] == sid
    services.library.update(sid, CardContent(title="ZZZ last"))
    assert model.ids()[-1] == sid
    history.set_strategy(sid)
    services.library.log_use(sid, 5, 1)
    assert history.rowCount() == 1
    services.library.delete(sid)
    assert sid not in model.ids()
    model.set_query(LibraryQuery(text="breath", sort="helpful"))
    qtmodeltester.check(model)
    qtmodeltester.check(history)
    model.close()
    history.close()
    assert model.rowCount() == 0


def test_categories_can_be_renamed_from_the_page(
    page: LibraryPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QInputDialog

    assert page.services is not None
    def answer(dialog: QInputDialog) -> int:
        if dialog.comboBoxItems():  # which category
            assert "Breathing" in dialog.comboBoxItems()
            dialog.setTextValue("Breathing")
        else:  # its new name, the old one offered
            assert dialog.textValue() == "Breathing"
            dialog.setTextValue("Breath work")
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", answer)
    page._rename_category()
    assert "Breath work" in page.services.library.categories()
    assert page.ui.categoryCombo.findData("Breath work") >= 0
    assert page.ui.categoryCombo.findData("Breathing") < 0


def test_several_cards_can_be_selected_for_export(page: LibraryPage, qtbot: QtBot) -> None:
    from PySide6.QtCore import QItemSelectionModel

    assert page.model is not None
    ids = page.model.ids()
    selection = page.ui.cardView.selectionModel()
    flag = QItemSelectionModel.SelectionFlag.Select
    selection.select(page.model.index(2), flag)
    selection.select(page.model.index(0), flag)
    assert page.selected_ids() == [ids[0], ids[2]]
    page.ui.cardView.setCurrentIndex(page.model.index(2))
    qtbot.waitUntil(lambda: page.detail.card is not None and page.detail.card.id == ids[2])


def test_a_lock_while_logging_a_use_closes_the_dialog_safely(
    unlocked_controller: AppController,
    page: LibraryPage,
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert page.model is not None
    sid = page.model.ids()[0]
    _select(page, qtbot, sid)

    def lock_meanwhile(dialog: LogUseDialog) -> int:
        dialog.set_values(9, 1, "typed before the lock")
        unlocked_controller.lock()  # auto-lock fires while the dialog is up
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(LogUseDialog, "exec", lock_meanwhile)
    page.log_use()  # no crash, nothing written
    assert page.services is None
    with qtbot.waitSignal(unlocked_controller.unlocked, timeout=5000):
        unlocked_controller.unlock(PASSPHRASE)
    assert page.services is not None
    assert page.services.library.uses(sid) == []


def test_a_lock_closes_an_open_import_preview(
    unlocked_controller: AppController, page: LibraryPage, tmp_path: Path
) -> None:
    assert page.services is not None
    export = gather_export(page.services.library, page.services.crisis_plan, ExportOptions())
    path = tmp_path / "all.json"
    path.write_bytes(to_json_bytes(export))
    dialog = page.import_file(path)
    assert dialog is not None
    assert dialog.isVisible()
    unlocked_controller.lock()
    assert not dialog.isVisible()
    assert dialog.import_result is None


def _library_file(page: LibraryPage, tmp_path: Path) -> tuple[Path, int]:
    """The page's whole library as a file (the demo's cards: all "already here")."""
    assert page.services is not None
    export = gather_export(page.services.library, page.services.crisis_plan, ExportOptions())
    path = tmp_path / "library.json"
    path.write_bytes(to_json_bytes(export))
    return path, len(export.cards)


def test_an_import_file_is_read_and_compared_in_steps(
    page: LibraryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import peerdesk.gui.library.page as page_module
    from peerdesk.gui.common.long_work import LongWork
    from peerdesk.services.library.formats import importing, json_file

    monkeypatch.setattr(json_file, "CARD_STEP", 2)
    monkeypatch.setattr(importing, "PREVIEW_STEP", 2)
    works: list[LongWork] = []
    steps: list[tuple[int, int]] = []

    class Recorded(LongWork):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, slice_ms=0, **kwargs)  # one step per event-loop turn
            works.append(self)
            self.progressed.connect(lambda done, total: steps.append((done, total)))

    monkeypatch.setattr(page_module, "LongWork", Recorded)
    path, count = _library_file(page, tmp_path)
    assert count > 4
    dialog = page.import_file(path)
    assert dialog is not None
    assert [w.state for w in works] == ["finished"]
    assert len(steps) > count  # decoded, checked and compared a few cards at a time
    assert (count // 2 * 2, count) in steps
    assert len(dialog.model.preview.items) == count
    assert {i.match for i in dialog.model.preview.items} == {Match.EXISTING}
    dialog.reject()


def test_cancel_while_reading_an_import_file_changes_nothing(
    page: LibraryPage, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import peerdesk.gui.library.page as page_module
    from peerdesk.gui.common.long_work import LongWork
    from peerdesk.gui.library.import_dialog import LibraryImportDialog
    from peerdesk.services.library.formats import json_file

    assert page.services is not None
    monkeypatch.setattr(json_file, "CARD_STEP", 2)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: shown.append(text))
    works: list[LongWork] = []

    class CancelledAtOnce(LongWork):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, slice_ms=0, **kwargs)
            works.append(self)
            self.progressed.connect(lambda _done, _total: self.dialog.canceled.emit())

    monkeypatch.setattr(page_module, "LongWork", CancelledAtOnce)
    path, _count = _library_file(page, tmp_path)
    before = page.services.library.count()
    cards_before = {c.id: c.content for c in page.services.library.all_cards()}
    assert page.import_file(path) is None
    assert [w.state for w in works] == ["cancelled"]
    assert works[0].last.done == 2  # still decoding the file: no count of cards yet
    assert works[0].last.total == 0
    assert shown == []  # cancelling is not an error
    assert not [m for m in page._modals if isinstance(m, LibraryImportDialog)]
    assert page.services.library.count() == before
    assert {c.id: c.content for c in page.services.library.all_cards()} == cards_before
