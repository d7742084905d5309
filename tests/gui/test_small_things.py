"""Issue 14's small things: exports start in Documents, then in the folder this vault last
saved to (in the vault's encrypted settings, never in QSettings); plurals; the crisis plan in
a menu; encryption details in About; the import dialog says how to get each app's file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common import save_file
from peerdesk.services.settings import EXPORT_FOLDER


def test_save_dialog_starts_in_documents_then_in_the_last_folder(
    unlocked_controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = unlocked_controller.services
    assert services is not None
    documents = tmp_path / "Documents"
    documents.mkdir()
    monkeypatch.setattr(save_file, "documents_folder", lambda: documents)
    asked: list[str] = []
    chosen = tmp_path / "exports" / "plan.pdf"
    chosen.parent.mkdir()

    def fake_dialog(_parent: Any, _title: str, start: str, _filter: str) -> tuple[str, str]:
        asked.append(start)
        return str(chosen), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", fake_dialog)
    first = save_file.ask_save_path(None, services.settings, "Save", "plan.pdf", "*.pdf")
    assert first == chosen
    assert asked[0] == str(documents / "plan.pdf")  # not the working directory
    second = save_file.ask_save_path(None, services.settings, "Save", "cards.json", "*.json")
    assert second == chosen
    assert asked[1] == str(chosen.parent / "cards.json")  # remembered for this vault
    assert services.settings.get(EXPORT_FOLDER) == str(chosen.parent)
    settings = QSettings()
    assert all(str(chosen.parent) not in str(settings.value(k)) for k in settings.allKeys())


def test_a_vanished_folder_falls_back_to_documents(
    unlocked_controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    services = unlocked_controller.services
    assert services is not None
    services.settings.set_export_folder(str(tmp_path / "gone"))
    monkeypatch.setattr(save_file, "documents_folder", lambda: tmp_path)
    assert save_file.start_folder(services.settings) == tmp_path


def test_plurals_read_as_english(unlocked_controller: AppController) -> None:
    from PySide6.QtCore import QCoreApplication

    def tr(text: str, n: int) -> str:
        return QCoreApplication.translate("Test", text, "", n)

    assert tr("with its %n milestone(s)", 1) == "with its 1 milestone"
    assert tr("with its %n milestone(s)", 0) == "with its 0 milestones"
    assert tr("The %n selected &card(s)", 3) == "The 3 selected &cards"
    assert QCoreApplication.translate("Test", "Not a plural (s)") == "Not a plural (s)"


def test_crisis_plan_is_in_the_go_menu(unlocked_controller: AppController) -> None:
    window = unlocked_controller.window
    titles = [a.text() for a in window.go_menu.actions()]
    assert "Crisis plan" in titles


def test_encryption_details_are_in_about_not_settings(unlocked_controller: AppController) -> None:
    from peerdesk.gui.settings.page import SettingsPage
    from peerdesk.gui.shell.about import AboutDialog

    page = unlocked_controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    words = page.ui.encryptionValue.text()
    assert "SQLCipher" not in words
    assert "Argon2id" not in words
    assert "About" in words
    about = AboutDialog(unlocked_controller.window)
    assert "SQLCipher" in about.ui.versionsLabel.text()
    assert "Argon2id" in about.ui.versionsLabel.text()
    about.deleteLater()


def test_import_dialog_says_which_app_and_how_to_get_the_file(
    unlocked_controller: AppController,
) -> None:
    from peerdesk.gui.journal.import_dialog import JournalImportDialog

    services = unlocked_controller.services
    assert services is not None
    dialog = JournalImportDialog(services, unlocked_controller.window)
    combo = dialog.ui.formatCombo
    combo.setCurrentIndex(combo.findData("jrnl"))
    assert "command-line journal" in combo.currentText()
    assert "jrnl --export json" in dialog.howto_label.text()
    combo.setCurrentIndex(combo.findData("daylio"))
    assert "Export Entries" in dialog.howto_label.text()
    dialog.deleteLater()


def test_weekends_are_not_red_and_dashed_lines_have_a_legend(
    unlocked_controller: AppController,
) -> None:
    from PySide6.QtCharts import QLegend
    from PySide6.QtCore import Qt

    from peerdesk.gui.journal.page import JournalPage

    page = unlocked_controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
        colour = page.calendar.calendar.weekdayTextFormat(day).foreground().color()
        assert colour.red() < 128  # not Qt's red
    services = unlocked_controller.services
    assert services is not None
    services.journal.add_tracker("Cravings", "scale", 0, 10)
    page.tabs.setCurrentWidget(page.trends)
    page.trends.refresh()
    chart = page.trends.mood_view.chart()
    assert chart.legend().isVisible()
    assert chart.legend().markerShape() == QLegend.MarkerShape.MarkerShapeFromSeries


def test_after_saving_open_print_and_folder_are_offered(
    unlocked_controller: AppController, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPagedPaintDevice
    from PySide6.QtWidgets import QMessageBox

    printed: list[QPagedPaintDevice] = []
    target = tmp_path / "plan.pdf"
    target.write_bytes(b"%PDF-1.4")
    box = save_file.offer_open(unlocked_controller.window, target, "Plan saved", printed.append)
    texts = {b.text().replace("&", "") for b in box.buttons()}
    assert {"Open", "Print…", "Show folder"} <= texts
    assert "plan.pdf" in box.text()
    assert box.isVisible()  # not blocking: the window stays usable
    assert isinstance(box, QMessageBox)
    box.close()


def test_a_plan_prints_on_a_paged_device(
    unlocked_controller: AppController, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    from peerdesk.gui.roadmap.pdf import print_plan_on
    from peerdesk.services.roadmap.plan import RecoveryPlan

    services = unlocked_controller.services
    assert services is not None
    writer = QPdfWriter(str(tmp_path / "printed.pdf"))
    print_plan_on(RecoveryPlan("Sam", date(2026, 11, 30), ()), writer)
    del writer
    assert (tmp_path / "printed.pdf").stat().st_size > 0


def test_the_crisis_plan_prints_on_a_paged_device(
    unlocked_controller: AppController, tmp_path: Path
) -> None:
    from PySide6.QtGui import QPdfWriter

    from peerdesk.gui.library.crisis_plan import CrisisPlanDialog

    services = unlocked_controller.services
    assert services is not None
    dialog = CrisisPlanDialog(services, unlocked_controller.window)
    writer = QPdfWriter(str(tmp_path / "crisis.pdf"))
    writer.setResolution(600)  # a printer's resolution, not the screen's
    dialog.print_on(writer)
    del writer
    assert (tmp_path / "crisis.pdf").stat().st_size > 0
    dialog.deleteLater()


def test_check_in_folds_to_one_line_after_today_and_unfolds(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    from peerdesk.gui.journal.page import JournalPage

    page = unlocked_controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    panel = page.checkin_panel
    assert not panel.folded  # nothing checked in today yet: the whole check-in shows
    assert panel.ui.moodRow.isVisibleTo(panel)
    unfolded_height = panel.sizeHint().height()
    panel.set_mood(6)
    with qtbot.waitSignal(panel.checked_in):
        panel.save()
    assert panel.folded
    assert panel.folded_row.isVisibleTo(panel)
    assert not panel.ui.moodRow.isVisibleTo(panel)
    assert "Checked in today at" in panel.folded_label.text()
    assert "(mood 6)" in panel.folded_label.text()
    assert panel.sizeHint().height() < unfolded_height / 2  # one line
    qtbot.mouseClick(panel.unfold_button, Qt.MouseButton.LeftButton)
    assert not panel.folded
    assert panel.ui.moodRow.isVisibleTo(panel)
    assert panel.fold_button.isVisibleTo(panel)  # and it folds again
