"""Scenes of the library screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).

Already in fit_scenes: the library with its first card, the export, "I used this" and the
crisis plan dialogs. Here: a card with its use history, the list view, the card editor (new
and editing), a search that finds nothing, the import preview, the crisis plan's item
dialogs, the category dialogs and the delete question.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.app import AppController
from peerdesk.gui.library.page import LibraryPage
from peerdesk.store.records import new_id
from tests.gui.fit_scenes import Scene, _dialog_scene, settle

SCENES: dict[str, Scene] = {}


def _page(controller: AppController) -> LibraryPage:
    window = controller.window
    window.show_area("library")
    page = window.pages["library"]
    assert isinstance(page, LibraryPage)
    settle()
    return page


def _services(controller: AppController):  # type: ignore[no-untyped-def]
    services = controller.services
    assert services is not None
    return services


def _scene(name: str):  # type: ignore[no-untyped-def]
    def register(function):  # type: ignore[no-untyped-def]
        SCENES[name] = contextmanager(function)
        return function

    return register


def _most_used_card(controller: AppController) -> str:
    library = _services(controller).library
    return max(library.all_cards(), key=lambda c: (c.effectiveness.uses, c.favourite)).id


@_scene("library-card-history")
def _card_history(controller: AppController) -> Iterator[QWidget]:
    """A favourite card used several times: the figures, the star and the use history."""
    page = _page(controller)
    strategy_id = _most_used_card(controller)
    assert page.select_card(strategy_id)
    settle()
    assert page.history is not None
    assert page.history.rowCount() > 0
    yield controller.window


@_scene("library-list-view")
def _list_view(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    page.ui.listButton.setChecked(True)
    settle()
    try:
        yield controller.window
    finally:
        page.ui.gridButton.setChecked(True)
        settle()


@_scene("library-editor-new")
def _editor_new(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    page.new_card()
    settle()
    try:
        yield controller.window
    finally:
        page.editor.cancel()
        settle()


@_scene("library-editor-edit")
def _editor_edit(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    assert page.select_card(_most_used_card(controller))
    settle()
    page.edit_card()
    settle()
    try:
        yield controller.window
    finally:
        page.editor.cancel()
        settle()


@_scene("library-search-empty")
def _search_empty(controller: AppController) -> Iterator[QWidget]:
    """A search that finds no card: the side pane says so and offers to clear it."""
    page = _page(controller)
    page.ui.searchEdit.setText("zzqxw")
    page._apply_query()
    settle()
    assert page.model is not None
    assert page.model.rowCount() == 0
    try:
        yield controller.window
    finally:
        page.clear_filters()
        settle()


def _import_preview(c: AppController) -> QDialog:
    """A file with a card already here, a changed one and a new one, with personal data."""
    from pathlib import Path

    from peerdesk.gui.library.import_dialog import LibraryImportDialog
    from peerdesk.services.library.formats.export import ExportOptions, gather_export
    from peerdesk.services.library.formats.importing import preview_import
    from peerdesk.services.library.formats.json_file import parse_library, to_json_bytes

    s = _services(c)
    ids = [card.id for card in s.library.all_cards()][:3]
    export = gather_export(
        s.library, s.crisis_plan, ExportOptions(strategy_ids=ids, include_personal=True)
    )
    changed = dataclasses.replace(
        export.cards[1],
        content=dataclasses.replace(export.cards[1].content, summary="Otra versión del resumen"),
    )
    fresh = dataclasses.replace(
        export.cards[2],
        id=new_id(),
        starter_key=None,
        content=dataclasses.replace(export.cards[2].content, title="Una tarjeta nueva"),
    )
    kept = {export.cards[0].id, changed.id}
    export = dataclasses.replace(
        export,
        cards=(export.cards[0], changed, fresh),
        uses=tuple(u for u in export.uses if u.strategy_id in kept),
        favourites=tuple(f for f in export.favourites if f in kept),
    )
    preview = preview_import(s.library, parse_library(to_json_bytes(export)))
    return LibraryImportDialog(s, preview, Path("de-un-companero.json"), c.window)


def _crisis_item(section_key: str, edit: bool):  # type: ignore[no-untyped-def]
    def make(c: AppController) -> QDialog:
        from peerdesk.gui.library.crisis_plan import CrisisItemDialog
        from peerdesk.services.library import SECTION_BY_KEY

        s = _services(c)
        item = s.crisis_plan.plan().section(section_key)[0] if edit else None
        cards = [(card.id, card.title) for card in s.library.all_cards()]
        return CrisisItemDialog(SECTION_BY_KEY[section_key], cards, item, c.window)

    return make


def _category_add(c: AppController) -> QDialog:
    from peerdesk.gui.library.page import category_name_dialog

    page = _page(c)
    return category_name_dialog(
        c.window, page.tr("Add a category"), page.tr("Name of the new category:")
    )


def _category_pick(c: AppController) -> QDialog:
    from peerdesk.gui.library.page import category_choice_dialog

    page = _page(c)
    names = _services(c).library.categories()
    return category_choice_dialog(c.window, page.tr("Rename a category"), names)


def _delete_card(c: AppController) -> QDialog:
    from peerdesk.gui.library.page import confirm_delete_box

    title = _services(c).library.all_cards()[0].title
    return confirm_delete_box(c.window, title)


for _name, _make in [
    ("dialog-library-import", _import_preview),
    ("dialog-crisis-item-add", _crisis_item("ask_for_help", edit=False)),
    ("dialog-crisis-item-edit", _crisis_item("self_help", edit=True)),
    ("dialog-library-category-add", _category_add),
    ("dialog-library-category-pick", _category_pick),
    ("dialog-library-delete-card", _delete_card),
]:
    SCENES[_name] = _dialog_scene(_make)
