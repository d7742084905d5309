"""The journal area through its widgets: check-in, search, undo, drafts, inert Markdown."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, Qt
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.journal.entry_editor import AUTOSAVE_KEY
from peerdesk.gui.journal.list_model import PAGE_SIZE, JournalListModel
from peerdesk.gui.journal.page import JournalPage
from peerdesk.services.journal import EntryFields
from peerdesk.services.session import Services
from tests.conftest import PASSPHRASE


def _page(controller: AppController) -> JournalPage:
    controller.window.show_area("journal")
    page = controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    return page


def _services(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


def _model(page: JournalPage) -> JournalListModel:
    assert page.model is not None
    return page.model


def test_list_model_passes_the_model_tester(services: Services, qtmodeltester: object) -> None:
    start = datetime(2026, 1, 1, 9)
    for n in range(PAGE_SIZE + 30):
        services.journal.create(
            EntryFields(title=f"Entry {n}", occurred_at=start + timedelta(hours=n))
        )
    model = JournalListModel(services.journal, services.bus)
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.fetchMore()
    assert model.rowCount() == PAGE_SIZE + 30
    assert not model.canFetchMore()
    assert model.data(model.index(0), JournalListModel.TitleRole) == f"Entry {PAGE_SIZE + 29}"
    model.set_search("entry 7")
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    model.release()
    assert model.rowCount() == 0


def test_model_follows_service_changes(services: Services, qtbot: QtBot) -> None:
    journal = services.journal
    first = journal.create(EntryFields(title="First", occurred_at=datetime(2026, 1, 1)))
    model = JournalListModel(journal, services.bus)
    with qtbot.waitSignal(model.modelReset):
        second = journal.create(EntryFields(title="Second", occurred_at=datetime(2026, 1, 2)))
    assert [model.entry_id(r) for r in range(model.rowCount())] == [second, first]
    with qtbot.waitSignal(model.dataChanged):
        journal.set_starred(first, True)
    assert model.data(model.index(1), JournalListModel.StarredRole) is True
    with qtbot.waitSignal(model.rowsRemoved):
        snapshots = journal.delete([second])
    assert model.rowCount() == 1
    journal.restore(snapshots)
    assert model.rowCount() == 2
    model.release()


def test_check_in_through_the_widgets_lands_in_the_list_and_the_trend(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    page = _page(unlocked_controller)
    panel = page.checkin_panel
    assert not panel.ui.saveButton.isEnabled()
    qtbot.mouseClick(panel.mood_group.button(7), Qt.MouseButton.LeftButton)  # click 1
    qtbot.mouseClick(panel.emotion_buttons["hopeful"], Qt.MouseButton.LeftButton)  # click 2
    qtbot.keyClicks(panel.ui.noteEdit, "Walked to the group")
    assert panel.ui.saveButton.isEnabled()
    with qtbot.waitSignal(panel.checked_in):
        qtbot.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)  # click 3
    model = _model(page)
    assert model.rowCount() == 1
    assert model.data(model.index(0), JournalListModel.MoodRole) == 7
    assert model.data(model.index(0), JournalListModel.KindRole) == "checkin"
    assert panel.mood() is None  # the panel is ready for the next one
    assert "1 day checked in" in panel.ui.statusLabel.text()
    page.tabs.setCurrentWidget(page.trends)
    assert [p.value for p in page.trends.mood_points] == [7.0]
    assert page.trends.emotion_counts == [("hopeful", 1)]
    assert "1 day checked in" in page.trends.days_label.text()
    entry = _services(unlocked_controller).journal.get(model.entry_id(0))
    assert entry.emotions == ("hopeful",)
    assert entry.body == "Walked to the group"


def test_check_in_by_keyboard(unlocked_controller: AppController, qtbot: QtBot) -> None:
    page = _page(unlocked_controller)
    panel = page.checkin_panel
    panel.mood_group.button(0).setFocus()
    qtbot.keyClick(panel.mood_group.button(0), Qt.Key.Key_6)  # keystroke 1: the mood
    assert panel.mood() == 6
    assert panel.ui.noteEdit.hasFocus()
    qtbot.keyClicks(panel.ui.noteEdit, "slept 8 hours")  # digits in the note stay text
    assert panel.mood() == 6
    with qtbot.waitSignal(panel.checked_in):
        qtbot.keyClick(panel.ui.noteEdit, Qt.Key.Key_Return)  # keystroke 2: save
    entry = _services(unlocked_controller).journal.get(_model(page).entry_id(0))
    assert (entry.mood, entry.body) == (6, "slept 8 hours")


def test_trackers_appear_on_the_check_in(unlocked_controller: AppController, qtbot: QtBot) -> None:
    page = _page(unlocked_controller)
    journal = _services(unlocked_controller).journal
    cravings = journal.add_tracker("Cravings", "scale", 0, 10)
    outside = journal.add_tracker("Went outside", "bool")
    panel = page.checkin_panel
    assert set(panel.tracker_inputs) == {cravings, outside}
    panel.tracker_inputs[cravings].setValue(4)  # type: ignore[union-attr]
    panel.tracker_inputs[outside].setCurrentIndex(1)  # type: ignore[union-attr]
    panel.set_mood(5)
    with qtbot.waitSignal(panel.checked_in) as blocker:
        panel.save()
    entry = journal.get(str(blocker.args[0]))  # type: ignore[index]
    assert entry.trackers == {cravings: 4.0, outside: 1.0}


def test_search_as_you_type_narrows_the_list(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    journal = _services(unlocked_controller).journal
    journal.create(EntryFields(title="River walk", body="Saw a heron", tags=("outside",)))
    journal.create(EntryFields(title="Kitchen", body="Made soup with Maya", mood=8))
    journal.check_in(3, note="Rough night")
    page = _page(unlocked_controller)
    model = _model(page)
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    qtbot.keyClicks(page.search_edit, "her")
    qtbot.waitUntil(lambda: model.rowCount() == 1)
    assert model.data(model.index(0), JournalListModel.TitleRole) == "River walk"
    assert "\x02heron\x03" in model.data(model.index(0), JournalListModel.SnippetRole)
    page.search_edit.clear()
    qtbot.waitUntil(lambda: model.rowCount() == 3)
    page.filters.kind_combo.setCurrentIndex(1)  # check-ins
    with qtbot.waitSignal(model.modelReset):  # after the typing delay
        pass
    assert model.rowCount() == 1
    page.filters.reset()
    page.filters.mood_min.setValue(5)
    with qtbot.waitSignal(model.modelReset):
        pass
    assert model.rowCount() == 1
    assert model.data(model.index(0), JournalListModel.TitleRole) == "Kitchen"
    page.filters.reset()
    qtbot.keyClicks(page.search_edit, "nothing-like-this")
    qtbot.waitUntil(lambda: model.rowCount() == 0)
    assert "Nothing matches" in page.result_label.text()


def test_undo_restores_a_deleted_entry(unlocked_controller: AppController, qtbot: QtBot) -> None:
    journal = _services(unlocked_controller).journal
    keep = journal.create(EntryFields(title="Keep", occurred_at=datetime(2026, 1, 1)))
    gone = journal.create(
        EntryFields(title="Gone", body="private words", occurred_at=datetime(2026, 1, 2))
    )
    page = _page(unlocked_controller)
    model = _model(page)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    page.list_view.selectionModel().select(
        model.index(model.row_of(gone)), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    page.delete_action.trigger()
    assert model.rowCount() == 1
    assert journal.search("private") == []
    page.undo_action.trigger()
    assert model.rowCount() == 2
    assert journal.get(gone).body == "private words"
    assert [h.id for h in journal.search("private")] == [gone]
    page.redo_action.trigger()
    assert model.rowCount() == 1
    assert model.entry_id(0) == keep


def test_editor_saves_edits_and_undo_reverts_them(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    page = _page(unlocked_controller)
    editor = page.editor
    qtbot.keyClicks(editor.ui.titleEdit, "Small win")
    editor.ui.bodyEdit.setPlainText("Called Jo instead. #wins")
    editor.ui.tagsEdit.setText("recovery")
    assert editor.save()
    journal = _services(unlocked_controller).journal
    assert editor.entry_id is not None
    entry = journal.get(editor.entry_id)
    assert set(entry.tags) == {"recovery", "wins"}
    editor.ui.bodyEdit.setPlainText("Called Jo instead, and it helped.")
    assert editor.save()
    assert journal.get(entry.id).body == "Called Jo instead, and it helped."
    page.undo_action.trigger()
    assert journal.get(entry.id).body == "Called Jo instead. #wins"
    page.undo_action.trigger()
    assert journal.count() == 0


def test_preview_shows_html_and_images_as_text(unlocked_controller: AppController) -> None:
    editor = _page(unlocked_controller).editor
    editor.ui.bodyEdit.setPlainText(
        "**bold** <script>alert(1)</script> <img src=file:///etc/passwd> ![x](file:///etc/hosts)"
    )
    editor.refresh_preview()
    document = editor.preview_document
    assert "<script>alert(1)</script>" in document.toPlainText()
    assert "<img" not in document.toHtml().replace("&lt;img", "")
    assert "(image: x)" in document.toPlainText()
    assert "font-weight" in document.toHtml()  # Markdown itself still renders


def test_typing_is_autosaved_and_a_lock_keeps_the_draft(
    make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    controller = make_controller()
    page = _page(controller)
    editor = page.editor
    editor.autosave_timer.setInterval(10)
    qtbot.keyClicks(editor.ui.titleEdit, "Unfinished")
    editor.ui.bodyEdit.setPlainText("half a thought")
    drafts = _services(controller).drafts
    qtbot.waitUntil(lambda: drafts.load(AUTOSAVE_KEY) is not None)
    assert drafts.load(AUTOSAVE_KEY)["body"] == "half a thought"  # type: ignore[index]
    controller.lock()
    assert page.list_view.model() is None
    assert editor.ui.bodyEdit.toPlainText() == ""
    assert editor.ui.titleEdit.text() == ""
    assert page.undo_stack.count() == 0
    with qtbot.waitSignal(controller.unlocked):
        controller.unlock(PASSPHRASE)
    assert editor.ui.titleEdit.text() == "Unfinished"
    assert editor.ui.bodyEdit.toPlainText() == "half a thought"


def test_calendar_colours_days_and_shows_a_day(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    journal = _services(unlocked_controller).journal
    today = date.today()
    journal.check_in(2, occurred_at=datetime.combine(today, datetime.min.time()).replace(hour=9))
    journal.check_in(8, occurred_at=datetime.combine(today, datetime.min.time()).replace(hour=20))
    page = _page(unlocked_controller)
    page.tabs.setCurrentWidget(page.calendar)
    assert page.calendar.coloured == {today: 5.0}
    page.calendar.day_chosen.emit(today)
    model = _model(page)
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    assert page.tabs.currentIndex() == 0


@pytest.mark.parametrize("tab", [0, 1, 2])
def test_every_tab_renders(unlocked_controller: AppController, tab: int) -> None:
    from peerdesk.services.sample_data import fill_sample_data

    fill_sample_data(_services(unlocked_controller))
    page = _page(unlocked_controller)
    page.tabs.setCurrentIndex(tab)
    assert not page.grab().isNull()


DATA = Path(__file__).resolve().parents[2] / "unit" / "journal" / "data"


def test_import_dialog_previews_maps_moods_and_imports(
    unlocked_controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    from peerdesk.gui.journal.import_dialog import JournalImportDialog

    services = _services(unlocked_controller)
    dialog = JournalImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("daylio"))
    dialog.load(DATA / "daylio-export.csv")
    assert "3 items found, from 1 Apr 2025 to 2 Apr 2025" in dialog.ui.summaryLabel.text()
    assert dialog.import_button.isEnabled()
    assert set(dialog.mood_spins) == {"rad", "meh", "grumpy"}
    assert dialog.mood_spins["grumpy"].value() == -1  # not mapped yet
    dialog.mood_spins["grumpy"].setValue(2)
    assert services.journal.count() == 0  # the preview wrote nothing
    dialog.do_import()
    assert dialog.import_result is not None
    assert dialog.import_result.added == 3
    moods = sorted(e.mood or 0 for e in services.journal.entries_between(None, None))
    assert moods == [2, 5, 9]
    again = JournalImportDialog(services)
    qtbot.addWidget(again)
    again.ui.formatCombo.setCurrentIndex(again.ui.formatCombo.findData("daylio"))
    again.load(DATA / "daylio-export.csv")
    assert "Already in your journal, and skipped: 3." in again.ui.summaryLabel.text()
    assert not again.import_button.isEnabled()
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,date,weekday,time,mood\n2025-01-01,x,y,77:00,rad\n")
    again.load(bad)
    assert "line 2" in again.ui.summaryLabel.text()
    assert "cannot be imported" in again.ui.summaryLabel.text()
    assert not again.import_button.isEnabled()


def test_export_dialog_needs_a_yes_and_writes_the_file(
    unlocked_controller: AppController, qtbot: QtBot, tmp_path: Path
) -> None:
    from peerdesk.gui.journal.export_dialog import JournalExportDialog

    services = _services(unlocked_controller)
    services.journal.create(EntryFields(title="Exported", body="hello"))
    dialog = JournalExportDialog(services)
    qtbot.addWidget(dialog)
    assert "hold 1 item (entries and check-ins)" in dialog.ui.contentLabel.text()
    # Unticked bounds show the days they mean, greyed, matching the sentence.
    assert not dialog.ui.sinceEdit.isEnabled()
    assert dialog.ui.sinceEdit.date() == QDate.currentDate()  # the one entry is today's
    assert "your first entry" in dialog.ui.contentLabel.text()
    assert dialog.ui.untilEdit.date() == QDate.currentDate()
    assert "to today" in dialog.ui.contentLabel.text()
    assert not dialog.save_button.isEnabled()
    dialog.ui.confirmCheck.setChecked(True)
    assert dialog.save_button.isEnabled()
    for key, suffix in (("markdown", "md"), ("json", "json"), ("pdf", "pdf")):
        target = tmp_path / f"journal.{suffix}"
        dialog.write(target, key)
        assert dialog.written == target
        assert target.stat().st_size > 0
    assert "hello" in (tmp_path / "journal.md").read_text()


def test_own_trackers_prompts_and_templates(unlocked_controller: AppController) -> None:
    page = _page(unlocked_controller)
    page.checkin_panel.add_tracker("Called someone", "bool")
    names = [t.name for t in _services(unlocked_controller).journal.trackers()]
    assert names == ["Called someone"]
    assert len(page.checkin_panel.tracker_inputs) == 1
    editor = page.editor
    editor.add_prompt("What made me laugh today?")
    prompts = [editor.ui.promptCombo.itemData(i) for i in range(editor.ui.promptCombo.count())]
    assert "What made me laugh today?" in prompts
    editor.ui.promptCombo.activated.emit(prompts.index("What made me laugh today?"))
    assert "**What made me laugh today?**" in editor.ui.bodyEdit.toPlainText()
    editor.add_template("Evening")
    names = [editor.ui.templateCombo.itemText(i) for i in range(editor.ui.templateCombo.count())]
    assert "Evening" in names


def test_preview_and_pdf_have_no_live_links(unlocked_controller: AppController) -> None:
    editor = _page(unlocked_controller).editor
    editor.ui.bodyEdit.setPlainText(
        "see [my notes](file:///etc/passwd), http://example.invalid/x, <http://example.invalid>"
        " and [ref][r]\n\n[r]: http://example.invalid/r"
    )
    editor.refresh_preview()
    html = editor.preview_document.toHtml()
    assert "href" not in html
    assert "my notes" in editor.preview_document.toPlainText()
