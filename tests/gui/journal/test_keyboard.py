"""The journal without a mouse (issue 13): the Tab order, one Tab stop per row of buttons
with the arrow keys inside it, Ctrl+F to the search box, and a found entry opened by
keyboard."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.journal.page import JournalPage
from peerdesk.services.journal import EntryFields
from peerdesk.services.session import Services


def _page(controller: AppController) -> JournalPage:
    controller.window.show_area("journal")
    page = controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    return page


def _services(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


def _focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def _tab_through(qtbot: QtBot, start: QWidget, until: str, limit: int = 80) -> list[str]:
    """Focus ``start``, press Tab until the widget named ``until``: the objectNames met."""
    start.setFocus(Qt.FocusReason.OtherFocusReason)
    qtbot.waitUntil(lambda: start.hasFocus())
    names = [start.objectName()]
    while names[-1] != until and len(names) < limit:
        qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
        names.append(_focused().objectName())
    return names


@pytest.fixture
def page_with_trackers(unlocked_controller: AppController) -> JournalPage:
    journal = _services(unlocked_controller).journal
    journal.add_tracker("Cravings", "scale")
    journal.add_tracker("Went outside", "bool")
    journal.add_tracker("Meetings", "scale", 0, 5)
    page = _page(unlocked_controller)
    assert len(page.checkin_panel.tracker_inputs) == 3
    return page


def test_tab_goes_through_the_journal_in_reading_order(
    unlocked_controller: AppController, page_with_trackers: JournalPage, qtbot: QtBot
) -> None:
    page = page_with_trackers
    groups = _services(unlocked_controller).journal.emotion_groups()
    first_feelings = [f"feeling-{group.emotions[0]}" for group in groups]
    order = _tab_through(qtbot, page.checkin_panel.mood_group.button(0), "clearFiltersButton")
    assert order == [
        # The check-in: one stop for the mood row, one per group of feelings.
        "mood0",
        *first_feelings,
        "energySpin",
        "sleepSpin",
        "tracker0",  # Cravings
        "tracker1",  # Went outside
        "tracker2",  # Meetings
        "addTrackerButton",
        "noteEdit",  # Save check-in is disabled until a mood is chosen
        # The tabs, the search, its results, then the entry being written.
        "journalTabs",
        "searchEdit",
        "timelineList",
        "titleEdit",
        "starButton",
        "whenEdit",  # one stop, not one per day/month/year/hour/minute
        "promptCombo",
        "templateCombo",
        "previewCheck",
        "bodyEdit",  # Tab leaves the text instead of typing a tab
        "previewView",
        "tagsEdit",
        "newButton",  # Delete is disabled for a new entry
        "saveButton",
        # Undo and Redo are disabled (nothing done yet); then the tool buttons and filters.
        "importButton",
        "exportButton",
        "sinceCheck",
        "sinceEdit",
        "untilCheck",
        "untilEdit",
        "tagCombo",
        "moodMinSpin",
        "moodMaxSpin",
        "starredCheck",
        "kindCombo",
        "clearFiltersButton",
    ]
    assert page.editor.ui.bodyEdit.toPlainText() == ""  # no tab typed into the text


def test_shift_tab_goes_back_one_group_at_a_time(
    page_with_trackers: JournalPage, qtbot: QtBot
) -> None:
    page = page_with_trackers
    panel = page.checkin_panel
    panel.ui.noteEdit.setFocus()
    qtbot.waitUntil(lambda: panel.ui.noteEdit.hasFocus())
    met = []
    for _ in range(15):
        qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
        met.append(_focused().objectName())
    assert met[:5] == ["addTrackerButton", "tracker2", "tracker1", "tracker0", "sleepSpin"]
    assert met[-1] == "mood0"
    assert sum(name.startswith("feeling-") for name in met) == len(panel.emotion_rows)


def test_arrow_keys_move_in_the_mood_row_and_choose(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    panel = _page(unlocked_controller).checkin_panel
    first = panel.mood_group.button(0)
    first.setFocus()
    qtbot.waitUntil(first.hasFocus)
    assert panel.mood() is None  # arriving chooses nothing
    qtbot.keyClick(first, Qt.Key.Key_Right)
    assert _focused().objectName() == "mood1"
    assert panel.mood() == 1
    assert panel.ui.saveButton.isEnabled()
    qtbot.keyClick(_focused(), Qt.Key.Key_End)
    assert (_focused().objectName(), panel.mood()) == ("mood10", 10)
    qtbot.keyClick(_focused(), Qt.Key.Key_Right)  # the end: stays in the row
    assert (_focused().objectName(), panel.mood()) == ("mood10", 10)
    qtbot.keyClick(_focused(), Qt.Key.Key_Up)
    qtbot.keyClick(_focused(), Qt.Key.Key_Left)
    assert (_focused().objectName(), panel.mood()) == ("mood8", 8)
    # Tab leaves the row; Shift+Tab comes back to the chosen mood, the row's one stop.
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName().startswith("feeling-")
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert _focused().objectName() == "mood8"
    tab_stops = [
        b.objectName()
        for b in panel.mood_group.buttons()
        if b.focusPolicy() & Qt.FocusPolicy.TabFocus == Qt.FocusPolicy.TabFocus
    ]
    assert tab_stops == ["mood8"]


def test_arrow_keys_move_in_a_feeling_group_and_space_toggles(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    panel = _page(unlocked_controller).checkin_panel
    groups = _services(unlocked_controller).journal.emotion_groups()
    first, second = groups[0].emotions[0], groups[0].emotions[1]
    last = groups[0].emotions[-1]
    chip = panel.emotion_buttons[first]
    chip.setFocus()
    qtbot.waitUntil(chip.hasFocus)
    qtbot.keyClick(chip, Qt.Key.Key_Right)
    assert _focused() is panel.emotion_buttons[second]
    assert not panel.emotion_buttons[second].isChecked()  # moving does not choose a feeling
    qtbot.keyClick(_focused(), Qt.Key.Key_Space)
    assert panel.emotion_buttons[second].isChecked()
    qtbot.keyClick(_focused(), Qt.Key.Key_End)
    assert _focused() is panel.emotion_buttons[last]
    qtbot.keyClick(_focused(), Qt.Key.Key_Down)  # the group's end: not into the next group
    assert _focused() is panel.emotion_buttons[last]
    qtbot.keyClick(_focused(), Qt.Key.Key_Home)
    assert _focused() is panel.emotion_buttons[first]
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused() is panel.emotion_buttons[groups[1].emotions[0]]
    qtbot.keyClick(_focused(), Qt.Key.Key_Backtab)
    assert _focused() is panel.emotion_buttons[first]  # the group's stop is where you were


def test_ctrl_f_goes_to_the_search_box_and_selects_its_words(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    page = _page(unlocked_controller)
    page.search_edit.setText("old words")
    page.tabs.setCurrentWidget(page.calendar)
    note = page.checkin_panel.ui.noteEdit
    page.tabs.setCurrentIndex(0)
    note.setFocus()
    qtbot.waitUntil(note.hasFocus)
    page.tabs.setCurrentWidget(page.calendar)
    qtbot.keySequence(note, QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    assert page.tabs.currentIndex() == 0  # back on the timeline, where the search box is
    assert page.search_edit.selectedText() == "old words"
    qtbot.keyClicks(page.search_edit, "river")
    assert page.search_edit.text() == "river"  # typed over the old words
    assert note.text() == ""  # nothing landed in the check-in's note


def test_ctrl_f_is_listed_in_the_keyboard_shortcuts(unlocked_controller: AppController) -> None:
    from peerdesk.gui.shell.shortcuts import collect_shortcuts

    keys = QKeySequence(QKeySequence.StandardKey.Find).toString(
        QKeySequence.SequenceFormat.NativeText
    )
    entries = collect_shortcuts(unlocked_controller.window)
    assert any(e.name == "Find in the journal" and keys in e.keys for e in entries)


@pytest.mark.parametrize("key", [Qt.Key.Key_Tab, Qt.Key.Key_Down, Qt.Key.Key_Return])
def test_a_found_entry_opens_by_keyboard(
    unlocked_controller: AppController, qtbot: QtBot, key: Qt.Key
) -> None:
    journal = _services(unlocked_controller).journal
    start = datetime(2026, 3, 1, 9)
    journal.create(EntryFields(title="Groceries", body="milk", occurred_at=start))
    found = journal.create(
        EntryFields(
            title="Walk by the river", body="It helped.", occurred_at=start + timedelta(days=1)
        )
    )
    page = _page(unlocked_controller)
    note = page.checkin_panel.ui.noteEdit
    note.setFocus()  # somewhere in the journal
    qtbot.waitUntil(note.hasFocus)
    qtbot.keySequence(note, QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    qtbot.keyClicks(page.search_edit, "river")
    qtbot.keyClick(page.search_edit, key)  # at once, without waiting for the search delay
    assert page.list_view.hasFocus()
    assert page.model is not None
    assert page.model.rowCount() == 1
    assert page.list_view.currentIndex().row() == 0
    qtbot.keyClick(page.list_view, Qt.Key.Key_Return)
    assert page.editor.entry_id == found
    assert page.editor.ui.titleEdit.hasFocus()
    assert page.editor.ui.titleEdit.text() == "Walk by the river"
    qtbot.keyClick(_focused(), Qt.Key.Key_Tab)
    assert _focused().objectName() == "starButton"


def test_nothing_found_keeps_the_focus_in_the_search_box(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    _services(unlocked_controller).journal.create(EntryFields(title="Groceries"))
    page = _page(unlocked_controller)
    page.focus_search()
    qtbot.keyClicks(page.search_edit, "zqxj")
    qtbot.keyClick(page.search_edit, Qt.Key.Key_Down)
    assert page.search_edit.hasFocus()
    assert "Nothing matches" in page.result_label.text()


def test_trends_table_is_reached_by_tab(unlocked_controller: AppController, qtbot: QtBot) -> None:
    page = _page(unlocked_controller)
    page.tabs.setCurrentWidget(page.trends)
    trends = page.trends
    names = _tab_through(qtbot, trends.range_combo, "tableButton")
    assert names == ["rangeCombo", "tableButton"]
    qtbot.keyClick(trends.table_button, Qt.Key.Key_Space)
    assert trends.pages.currentWidget() is trends.table_page
    names = _tab_through(qtbot, trends.table_button, "daysTable")
    assert names == ["tableButton", "moodTable", "emotionTable", "daysTable"]


def test_opening_the_journal_puts_the_keyboard_in_it(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    window.show_area("settings")
    window.show_area("journal")
    page = _page(unlocked_controller)
    assert page.checkin_panel.ui.noteEdit.hasFocus()  # not checked in yet: the note
    qtbot.keySequence(_focused(), QKeySequence(QKeySequence.StandardKey.Find))
    assert page.search_edit.hasFocus()
    page.checkin_panel.set_mood(6)
    page.checkin_panel.save()  # checked in: the panel folds
    window.show_area("settings")
    window.show_area("journal")
    assert page.search_edit.hasFocus()
