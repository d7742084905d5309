"""A query of only symbols or emoji in the journal and library search boxes finds the
entries or cards that hold it, or none — never all (issue 14)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.journal.page import JournalPage
from peerdesk.gui.library.page import LibraryPage
from peerdesk.services.journal import EntryFields
from tests.unit.library.library_helpers import sample_content


def test_journal_search_box_with_an_emoji(unlocked_controller: AppController, qtbot: QtBot) -> None:
    services = unlocked_controller.services
    assert services is not None
    party = services.journal.create(EntryFields(title="A year", body="One year sober 🎉"))
    for n in range(4):
        services.journal.create(EntryFields(title=f"Day {n}", body="Rain again."))
    unlocked_controller.window.show_area("journal")
    page = unlocked_controller.window.pages["journal"]
    assert isinstance(page, JournalPage)
    page.search_edit.setText("🎉")  # keyClicks cannot type characters beyond the BMP
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    assert page.model is not None
    assert page.model.entry_id(0) == party
    page.search_edit.setText("💔")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 0)


def test_library_search_box_with_a_symbol(unlocked_controller: AppController, qtbot: QtBot) -> None:
    services = unlocked_controller.services
    assert services is not None
    star = services.library.create(sample_content("Star gazing", summary="Look up ★ tonight."))
    unlocked_controller.window.show_area("library")
    page = unlocked_controller.window.pages["library"]
    assert isinstance(page, LibraryPage)
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() > 1)
    page.ui.searchEdit.setText("★")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 1)
    assert page.model is not None
    assert page.model.ids() == [star]
    page.ui.searchEdit.setText("🎉")
    qtbot.waitUntil(lambda: page.model is not None and page.model.rowCount() == 0)
