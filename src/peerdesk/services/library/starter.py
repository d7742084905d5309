"""The starter library shipped in ``resources/library/starter.json`` (and, in Spanish,
``starter.es.json``: the same cards with the same keys).

Loaded once into every vault (the first session after creation; a setting remembers it,
so deleting starter cards later does not bring them back), in the content language of
that moment, and restorable on request in the content language of the restore.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, content_language, localized_resource, translate
from peerdesk.services.events import Change
from peerdesk.services.library.cards import CardContent
from peerdesk.services.library.service import LibraryService, NewCard
from peerdesk.services.settings import SettingsService
from peerdesk.store.records import LibraryCategory, Strategy, database_proxy

STARTER_FORMAT = "peerdesk-starter-library"
STARTER_LOADED = "library.starter_loaded"
#: Stored on each starter card in English; shown with ``shown_provenance``.
STARTER_PROVENANCE = QT_TRANSLATE_NOOP("Library", "PeerDesk starter library")
STARTER_LANGUAGE = "library.starter_language"  # the language the cards were installed in


def shown_provenance(provenance: str) -> str:
    """Where a card came from, as shown: the starter library's mark in the user's language."""
    if provenance == STARTER_PROVENANCE:
        return translate("Library", STARTER_PROVENANCE)
    return provenance


@dataclass(frozen=True)
class StarterCard:
    key: str
    content: CardContent


@dataclass(frozen=True)
class StarterLibrary:
    categories: tuple[str, ...]
    cards: tuple[StarterCard, ...]


def load_starter_library() -> StarterLibrary:
    """The starter library in the content language."""
    path = localized_resource("library", "starter.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != STARTER_FORMAT:
        raise ValueError(f"{path} is not a PeerDesk starter library")
    categories = tuple(_category_name(c) for c in data.get("categories", []))
    cards = tuple(
        StarterCard(key=str(item["key"]), content=_content(item)) for item in data["strategies"]
    )
    return StarterLibrary(categories=tuple(c for c in categories if c), cards=cards)


def _category_name(item: Any) -> str:
    if isinstance(item, dict):
        return str(item.get("name") or item.get("title") or "")
    return str(item)


def _content(item: dict[str, Any]) -> CardContent:
    duration = item.get("duration_minutes")
    return CardContent(
        title=str(item["title"]),
        category=str(item.get("category", "")),
        summary=str(item.get("summary", "")),
        steps=str(item.get("steps", "")),
        when_to_use=str(item.get("when_to_use", "")),
        warning_signs=tuple(str(s) for s in item.get("warning_signs", [])),
        duration_minutes=int(duration) if isinstance(duration, int | float) else None,
        tags=tuple(str(t) for t in item.get("tags", [])),
        source=str(item.get("source", "")),
    )


class StarterInstaller:
    def __init__(self, library: LibraryService, settings: SettingsService) -> None:
        self.library = library
        self.settings = settings

    def ensure_loaded(self) -> int:
        """Load the starter library if this vault never had it. Returns how many cards."""
        if self.settings.get(STARTER_LOADED):
            return 0
        with database_proxy.atomic():
            added = self._add_missing(load_starter_library(), revive=False)
            self.settings.set(STARTER_LOADED, True)
            self.settings.set(STARTER_LANGUAGE, content_language())
        return added

    def restore(self, *, reset_edited: bool = False) -> int:
        """Bring back deleted starter cards (and, if asked, undo edits to them)."""
        starter = load_starter_library()
        with database_proxy.atomic():
            added = self._add_missing(starter, revive=True)
            if reset_edited:
                current = {
                    r.starter_key: r.id
                    for r in Strategy.alive().where(Strategy.starter_key.is_null(False))
                }
                cards = self.library.cards(list(current.values()))
                updates = [
                    (current[c.key], c.content, STARTER_PROVENANCE)
                    for c in starter.cards
                    if c.key in current
                    and cards[current[c.key]].content.fingerprint() != c.content.fingerprint()
                ]
                added += len(self.library.update_many(updates))
            self.settings.set(STARTER_LOADED, True)
            self.settings.set(STARTER_LANGUAGE, content_language())
        return added

    def _add_missing(self, starter: StarterLibrary, *, revive: bool) -> int:
        self._add_categories(starter.categories)
        known = {
            r.starter_key: r for r in Strategy.select().where(Strategy.starter_key.is_null(False))
        }
        fresh = [
            NewCard(c.content, provenance=STARTER_PROVENANCE, starter_key=c.key)
            for c in starter.cards
            if c.key not in known
        ]
        self.library.insert_many(fresh)
        revived = 0
        if revive:
            for card in starter.cards:
                row = known.get(card.key)
                if row is not None and row.deleted_at is not None:
                    self.library.revive(row.id, card.content)
                    revived += 1
        return len(fresh) + revived

    def _add_categories(self, names: tuple[str, ...]) -> None:
        if not names:
            self.library.ensure_default_categories()
            return
        existing = {c.name for c in LibraryCategory.select()}
        position = len(existing)
        for name in names:
            if name not in existing:
                LibraryCategory.create(name=name, position=position)
                position += 1
        if position > len(existing):
            self.library.bus.publish(Change("library_category", "inserted"))
