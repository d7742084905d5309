"""Scenes of the journal screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).

fit_scenes already has the timeline, calendar and trends tabs, the unfolded check-in and
the export and import dialogs. Here: an entry open in the editor, the folded check-in, a
search with results and one with none, the trends as tables, the import dialog with a file
read (its mood-word table), and the small dialogs of "Add a tracker…", "Write my own
prompt…" and "Save this text as a template…". (Deleting an entry asks nothing: Undo
brings it back, so there is no confirmation dialog to walk.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.app import AppController
from peerdesk.gui.journal.list_model import JournalListModel
from peerdesk.gui.journal.page import JournalPage
from tests.gui.fit_scenes import Scene, _dialog_scene, settle

SCENES: dict[str, Scene] = {}
DAYLIO_SAMPLE = Path(__file__).parents[2] / "unit" / "journal" / "data" / "daylio-export.csv"


def _scene(name: str) -> Callable[[Callable[[AppController], Iterator[QWidget]]], Scene]:
    def register(function: Callable[[AppController], Iterator[QWidget]]) -> Scene:
        wrapped = contextmanager(function)
        SCENES[name] = wrapped
        return wrapped

    return register


def _page(controller: AppController) -> JournalPage:
    window = controller.window
    window.show_area("journal")
    page = window.pages["journal"]
    assert isinstance(page, JournalPage)
    page.tabs.setCurrentIndex(0)
    settle()
    return page


def _search(page: JournalPage, text: str) -> None:
    page.search_edit.setText(text)
    page.search_timer.stop()
    page.apply_search()
    settle()


@_scene("journal-entry-open")
def _entry_open(controller: AppController) -> Iterator[QWidget]:
    """A written entry (not a check-in) chosen in the timeline: the editor holds it."""
    page = _page(controller)
    model = page.model
    assert model is not None
    rows = [r for r in range(model.rowCount()) if model.index(r).data(model.KindRole) == "entry"]
    assert rows, "the demo vault has written entries"
    page.list_view.selectionModel().setCurrentIndex(
        model.index(rows[0]), QItemSelectionModel.SelectionFlag.ClearAndSelect
    )
    settle()
    assert page.editor.entry_id == model.entry_id(rows[0])
    yield controller.window


@_scene("journal-checkin-folded")
def _checkin_folded(controller: AppController) -> Iterator[QWidget]:
    """After today's check-in: one line and "Check in again"."""
    page = _page(controller)
    was_folded = page.checkin_panel.folded
    page.checkin_panel.set_folded(True)
    settle()
    try:
        yield controller.window
    finally:
        page.checkin_panel.set_folded(was_folded)
        settle()


def _a_word_of_the_first_entry(page: JournalPage) -> str:
    model = page.model
    assert model is not None
    for row in range(model.rowCount()):
        title = str(model.index(row).data(JournalListModel.TitleRole) or "")
        words = [w.strip(".,;:!?¿¡\"'()") for w in title.split()]
        words = [w for w in words if len(w) > 3]
        if words:
            return words[0]
    raise AssertionError("no titled entry in the demo vault")


@_scene("journal-search-found")
def _search_found(controller: AppController) -> Iterator[QWidget]:
    """Search results: ranked, with the matched words in bold, the count below."""
    page = _page(controller)
    _search(page, _a_word_of_the_first_entry(page))
    assert page.model is not None
    assert page.model.rowCount() > 0
    try:
        yield controller.window
    finally:
        _search(page, "")


@_scene("journal-search-empty")
def _search_empty(controller: AppController) -> Iterator[QWidget]:
    """A search that finds nothing: the empty list and its hint."""
    page = _page(controller)
    _search(page, "zqxjvw")
    assert page.model is not None
    assert page.model.rowCount() == 0
    try:
        yield controller.window
    finally:
        _search(page, "")


@_scene("journal-trends-tables")
def _trends_tables(controller: AppController) -> Iterator[QWidget]:
    """The trends as tables ("Show as tables"): the charts' numbers for a screen reader."""
    page = _page(controller)
    page.tabs.setCurrentWidget(page.trends)
    page.trends.show_tables(True)
    settle()
    try:
        yield controller.window
    finally:
        page.trends.show_tables(False)
        page.tabs.setCurrentIndex(0)
        settle()


def _import_preview(c: AppController) -> QDialog:
    from peerdesk.gui.journal.import_dialog import JournalImportDialog

    assert c.services is not None
    dialog = JournalImportDialog(c.services, c.window)
    dialog.ui.formatCombo.setCurrentIndex(dialog.ui.formatCombo.findData("daylio"))
    dialog.load(DAYLIO_SAMPLE)
    assert dialog.preview is not None
    assert dialog.mood_spins
    return dialog


def _tracker_name(c: AppController) -> QDialog:
    from peerdesk.gui.journal.checkin_panel import tracker_name_dialog

    return tracker_name_dialog(c.window)


def _tracker_kind(c: AppController) -> QDialog:
    from peerdesk.gui.journal.checkin_panel import tracker_kind_dialog

    return tracker_kind_dialog(c.window)


def _own_prompt(c: AppController) -> QDialog:
    from peerdesk.gui.journal.entry_editor import own_prompt_dialog

    return own_prompt_dialog(c.window)


def _template_name(c: AppController) -> QDialog:
    from peerdesk.gui.journal.entry_editor import template_name_dialog

    return template_name_dialog(c.window)


for _name, _make in [
    ("dialog-journal-import-preview", _import_preview),
    ("dialog-journal-new-tracker", _tracker_name),
    ("dialog-journal-tracker-kind", _tracker_kind),
    ("dialog-journal-own-prompt", _own_prompt),
    ("dialog-journal-save-template", _template_name),
]:
    SCENES[_name] = _dialog_scene(_make)
