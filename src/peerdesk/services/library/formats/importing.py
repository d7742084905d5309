"""Importing a library file: a preview first (new / already here / changed), then the user's
choice, applied in one transaction.

Cards are matched by id, then by starter key, then by title and content. Importing the
same file twice changes nothing the second time: the cards it added carry its ids and
content, so they are all "already here".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from datetime import date
from enum import StrEnum
from pathlib import Path

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.library import (
    CardContent,
    CrisisItem,
    CrisisPlanService,
    LibraryService,
    NewCard,
    StrategyCard,
    UseEntry,
)
from peerdesk.services.library.formats.json_file import (
    IncomingCard,
    IncomingPersonal,
    LibraryFile,
    read_library_steps,
)
from peerdesk.services.steps import Progress, Steps, run_to_end
from peerdesk.store.records import database_proxy, new_id


class Match(StrEnum):
    NEW = "new"
    EXISTING = "existing"  # the same card is already in the library
    CHANGED = "changed"  # a card with this identity is here, with different content


class Action(StrEnum):
    ADD = "add"  # new card (or a changed one added as a separate copy)
    REPLACE = "replace"  # changed: take the file's version
    SKIP = "skip"


@dataclass(frozen=True)
class PreviewItem:
    incoming: IncomingCard
    match: Match
    current: StrategyCard | None = None  # the library's card for EXISTING / CHANGED
    revive_id: str | None = None  # a deleted card with the same id, brought back if added

    @property
    def default_action(self) -> Action:
        return Action.ADD if self.match is Match.NEW else Action.SKIP

    @property
    def allowed_actions(self) -> tuple[Action, ...]:
        if self.match is Match.NEW:
            return (Action.ADD, Action.SKIP)
        if self.match is Match.CHANGED:
            return (Action.SKIP, Action.REPLACE, Action.ADD)
        return (Action.SKIP,)


@dataclass(frozen=True)
class ImportPreview:
    file: LibraryFile
    items: tuple[PreviewItem, ...]

    def count(self, match: Match) -> int:
        return sum(1 for i in self.items if i.match is match)

    @property
    def has_personal(self) -> bool:
        p = self.file.personal
        return p is not None and bool(p.uses or p.crisis_plan or p.favourites)


@dataclass
class ImportResult:
    added: int = 0
    replaced: int = 0
    skipped: int = 0
    uses_added: int = 0
    crisis_items_added: int = 0
    favourites_set: int = 0
    changed_ids: list[str] = field(default_factory=list)

    @property
    def changed_anything(self) -> bool:
        return bool(
            self.added
            or self.replaced
            or self.uses_added
            or self.crisis_items_added
            or self.favourites_set
        )

    def summary(self) -> str:
        parts = [
            translate("LibraryImport", "%n added", "", self.added),
            translate("LibraryImport", "%n replaced", "", self.replaced),
            translate("LibraryImport", "%n unchanged", "", self.skipped),
        ]
        if self.uses_added:
            parts.append(translate("LibraryImport", "%n use log(s)", "", self.uses_added))
        if self.crisis_items_added:
            parts.append(
                translate("LibraryImport", "%n crisis plan item(s)", "", self.crisis_items_added)
            )
        if self.favourites_set:
            parts.append(translate("LibraryImport", "%n favourite(s)", "", self.favourites_set))
        return ", ".join(parts)


def preview_import(library: LibraryService, file: LibraryFile) -> ImportPreview:
    return run_to_end(preview_steps(library, file))


# Cards compared between two progress steps of a preview (a few ms of work).
PREVIEW_STEP = 250


def preview_steps(library: LibraryService, file: LibraryFile) -> Steps[ImportPreview]:
    """:func:`preview_import` as steps (progress every ``PREVIEW_STEP`` cards). It only
    reads, so cancelling it just stops."""
    total = len(file.cards)
    states = library.id_states([c.id for c in file.cards])
    yield Progress(0, total, "cards")
    keys = library.starter_keys(live_only=True)
    titles = library.title_index()

    wanted: set[str] = set()
    for card in file.cards:
        if states.get(card.id):
            wanted.add(card.id)
        elif card.starter_key is not None and card.starter_key in keys:
            wanted.add(keys[card.starter_key])
        else:
            wanted.update(titles.get(card.content.title.strip().casefold(), []))
    current: dict[str, StrategyCard] = {}
    ordered = sorted(wanted)
    for start in range(0, len(ordered), PREVIEW_STEP):
        current.update(library.cards(ordered[start : start + PREVIEW_STEP]))
        yield Progress(0, total, "cards")

    items: list[PreviewItem] = []
    for number, card in enumerate(file.cards, 1):
        if number % PREVIEW_STEP == 0:
            yield Progress(number, total, "cards")
        fingerprint = card.content.fingerprint()
        match_id: str | None = None
        if states.get(card.id):
            match_id = card.id
        elif card.starter_key is not None and card.starter_key in keys:
            match_id = keys[card.starter_key]
        if match_id is not None and match_id in current:
            mine = current[match_id]
            same = mine.content.fingerprint() == fingerprint
            items.append(PreviewItem(card, Match.EXISTING if same else Match.CHANGED, mine))
            continue
        twin = next(
            (
                current[sid]
                for sid in titles.get(card.content.title.strip().casefold(), [])
                if sid in current and current[sid].content.fingerprint() == fingerprint
            ),
            None,
        )
        if twin is not None:
            items.append(PreviewItem(card, Match.EXISTING, twin))
            continue
        revive = card.id if card.id in states else None
        items.append(PreviewItem(card, Match.NEW, revive_id=revive))
    return ImportPreview(file, tuple(items))


def read_preview_steps(library: LibraryService, path: Path) -> Steps[ImportPreview]:
    """Read and check a library file, then compare it with the library, in steps (as a
    window runs them: ``LibraryFileError`` for a damaged file; nothing is written)."""
    parsed = yield from read_library_steps(path)
    return (yield from preview_steps(library, parsed))


def provenance_note(file_name: str, day: date | None = None) -> str:
    return translate("LibraryImport", "Imported from {file} on {date}").format(
        file=file_name, date=(day or date.today()).isoformat()
    )


def apply_import(
    library: LibraryService,
    crisis: CrisisPlanService,
    preview: ImportPreview,
    file_name: str,
    *,
    actions: Mapping[str, Action] | None = None,
    include_personal: bool = True,
    today: date | None = None,
) -> ImportResult:
    """Apply the chosen actions (by incoming card id; defaults otherwise) in one transaction."""
    return run_to_end(
        import_steps(
            library,
            crisis,
            preview,
            file_name,
            actions=actions,
            include_personal=include_personal,
            today=today,
        )
    )


# Cards written between two progress steps: ~10 ms of work, so a window driving the steps
# in 40 ms slices stays within 100 ms even on a loaded machine (100 cards took 30-40 ms).
CARD_STEP = 25


def import_steps(
    library: LibraryService,
    crisis: CrisisPlanService,
    preview: ImportPreview,
    file_name: str,
    *,
    actions: Mapping[str, Action] | None = None,
    include_personal: bool = True,
    today: date | None = None,
) -> Steps[ImportResult]:
    """:func:`apply_import` as steps (progress every ``CARD_STEP`` cards, one transaction;
    ``Cancelled`` thrown in rolls everything back)."""
    chosen = dict(actions or {})
    note = provenance_note(Path(file_name).name, today)
    result = ImportResult()
    taken_keys = set(library.starter_keys(live_only=False))
    id_map: dict[str, str] = {}  # incoming id -> id in this vault
    fresh: list[NewCard] = []
    updates: list[tuple[str, CardContent, str]] = []
    revived: list[str] = []
    for item in preview.items:
        action = chosen.get(item.incoming.id, item.default_action)
        if action not in item.allowed_actions:
            action = item.default_action
        card = item.incoming
        if action is Action.SKIP:
            result.skipped += 1
            if item.current is not None:
                id_map[card.id] = item.current.id
            continue
        if action is Action.REPLACE and item.current is not None:
            updates.append((item.current.id, card.content, note))
            id_map[card.id] = item.current.id
            continue
        if item.revive_id is not None and item.match is Match.NEW:
            revived.append(item.revive_id)
            updates.append((item.revive_id, card.content, note))
            id_map[card.id] = item.revive_id
            continue
        is_copy = item.match is not Match.NEW
        new_card_id = new_id() if is_copy else card.id
        key = card.starter_key if card.starter_key not in taken_keys and not is_copy else None
        if key is not None:
            taken_keys.add(key)
        fresh.append(
            NewCard(
                card.content,
                id=new_card_id,
                provenance=note,
                starter_key=key,
                created_at=card.created_at,
            )
        )
        id_map[card.id] = new_card_id
    total = len(fresh) + len(updates)
    with database_proxy.atomic() as transaction:
        yield Progress(0, total, "cards")
        added_ids: list[str] = []
        for start in range(0, len(fresh), CARD_STEP):
            added_ids += library.insert_many(fresh[start : start + CARD_STEP], publish=False)
            yield Progress(len(added_ids), total, "cards")
        result.added += len(added_ids)
        replaced: list[str] = []
        for start in range(0, len(updates), CARD_STEP):
            replaced += library.update_many(updates[start : start + CARD_STEP], publish=False)
            yield Progress(len(fresh) + start + CARD_STEP, total, "cards")
        result.added += len(revived)
        result.replaced = len(replaced) - len(revived)
        result.changed_ids = [*added_ids, *replaced]
        personal = preview.file.personal
        if include_personal and personal is not None:
            _import_personal(library, crisis, personal, id_map, result)
        yield Progress(total, total, "cards")
        # The commit writes the cached pages (~150 ms for 5 000 cards): one SQLite call
        # that releases the GIL, made by a window in a worker thread (Progress.offload);
        # transaction.commit() begins an empty transaction that the block's end commits.
        yield Progress(total, total, "cards", offload=transaction.commit)
    if result.changed_ids:
        library.bus.publish(Change("strategy", "reset", tuple(result.changed_ids)))
    return result


def _import_personal(
    library: LibraryService,
    crisis: CrisisPlanService,
    personal: IncomingPersonal,
    id_map: Mapping[str, str],
    result: ImportResult,
) -> None:
    uses: list[UseEntry] = [
        replace(u, strategy_id=id_map[u.strategy_id])
        for u in personal.uses
        if u.strategy_id in id_map
    ]
    result.uses_added = len(library.insert_uses(uses, publish=False))
    items: list[CrisisItem] = [
        replace(i, strategy_id=id_map.get(i.strategy_id) if i.strategy_id else None)
        for i in personal.crisis_plan
    ]
    result.crisis_items_added = len(crisis.insert_items(items, publish=False))
    wanted = {id_map[f] for f in personal.favourites if f in id_map}
    if wanted:
        current = library.cards(list(wanted))
        newly = [sid for sid in wanted if sid in current and not current[sid].favourite]
        if newly:
            library.set_favourites(newly)
        result.favourites_set = len(newly)
    if result.uses_added:
        library.bus.publish(Change("strategy_use", "reset"))
    if result.crisis_items_added:
        crisis.bus.publish(Change("crisis_plan_item", "reset"))
