"""What a library export holds: the cards chosen, and personal data only when asked for.

Shared by the JSON, Markdown and PDF writers, and by the export dialog, which shows
:func:`describe_contents` so the user sees exactly what the file will contain.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from peerdesk.i18n import translate
from peerdesk.services.library import (
    CrisisItem,
    CrisisPlanService,
    LibraryService,
    StrategyCard,
    UseEntry,
)


@dataclass(frozen=True)
class ExportOptions:
    strategy_ids: Sequence[str] | None = None  # None: the whole library
    include_personal: bool = False  # use logs, effectiveness, favourites, the crisis plan


@dataclass(frozen=True)
class LibraryExport:
    """Everything that will be written, gathered once."""

    cards: tuple[StrategyCard, ...]
    categories: tuple[str, ...]
    include_personal: bool
    uses: tuple[UseEntry, ...] = ()
    crisis_plan: tuple[CrisisItem, ...] = ()
    favourites: tuple[str, ...] = field(default=())


def gather_export(
    library: LibraryService, crisis: CrisisPlanService, options: ExportOptions
) -> LibraryExport:
    if options.strategy_ids is None:
        cards = library.all_cards()
    else:
        found = library.cards(options.strategy_ids)
        cards = sorted(
            (found[i] for i in dict.fromkeys(options.strategy_ids) if i in found),
            key=lambda c: (c.title.casefold(), c.id),
        )
    used_categories = {c.category for c in cards if c.category}
    categories = tuple(c for c in library.categories() if c in used_categories)
    if not options.include_personal:
        return LibraryExport(tuple(cards), categories, include_personal=False)
    ids = [c.id for c in cards]
    plan = crisis.plan().items if options.strategy_ids is None else ()
    return LibraryExport(
        cards=tuple(cards),
        categories=categories,
        include_personal=True,
        uses=tuple(library.all_uses(ids)),
        crisis_plan=plan,
        favourites=tuple(c.id for c in cards if c.favourite),
    )


def describe_contents(export: LibraryExport) -> list[str]:
    """Plain sentences saying exactly what the file will contain."""
    lines = [
        translate(
            "LibraryExport",
            "%n strategy card(s) with title, category, summary, steps, when to use it, "
            "warning signs, how long it takes, tags, source and where it came from.",
            "",
            len(export.cards),
        )
    ]
    if not export.include_personal:
        lines.append(
            translate(
                "LibraryExport",
                "No personal data: no use log, no distress ratings or notes, no favourites, "
                "no crisis plan.",
            )
        )
        return lines
    notes = sum(1 for u in export.uses if u.note)
    records = translate("LibraryExport", "%n record(s)", "", len(export.uses))
    if notes:
        lines.append(
            translate(
                "LibraryExport",
                "Your use log: {records} with date, distress before and after, and {notes} "
                "you wrote; and how much each card helped on average.",
            ).format(records=records, notes=translate("LibraryExport", "%n note(s)", "", notes))
        )
    else:
        lines.append(
            translate(
                "LibraryExport",
                "Your use log: {records} with date, distress before and after; and how much "
                "each card helped on average.",
            ).format(records=records)
        )
    lines.append(translate("LibraryExport", "%n favourite mark(s).", "", len(export.favourites)))
    if export.crisis_plan:
        items = translate("LibraryExport", "%n item(s)", "", len(export.crisis_plan))
        contacts = sum(1 for i in export.crisis_plan if i.contact)
        if contacts:
            lines.append(
                translate(
                    "LibraryExport", "Your crisis plan: {items}, including {contacts}."
                ).format(
                    items=items, contacts=translate("LibraryExport", "%n contact(s)", "", contacts)
                )
            )
        else:
            lines.append(
                translate("LibraryExport", "Your crisis plan: {items}.").format(items=items)
            )
    else:
        lines.append(
            translate(
                "LibraryExport",
                "No crisis plan (it is only included when the whole library is exported).",
            )
        )
    return lines
