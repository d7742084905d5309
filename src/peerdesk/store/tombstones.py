"""Tombstones keep ids, not words.

A deleted goal or strategy card stays as a tombstone (its id and ``deleted_at``) so undo
works during the session and vaults can later be merged. The words in it, though, are the
user's and they asked for them to go: when a session ends (and when the next one starts,
in case the last one crashed) the text columns of tombstoned rows are blanked. With
``secure_delete`` on, SQLite overwrites the old bytes, so nothing deleted stays readable in
the decrypted pages. Undo therefore reaches back to the last unlock, not further.
"""

from __future__ import annotations

from typing import Any

import peewee

from peerdesk.store.records import (
    BaseRecord,
    CrisisPlanItem,
    Goal,
    GoalCheckin,
    Milestone,
    Strategy,
    StrategyTag,
    StrategyUse,
    Victory,
    database_proxy,
)

# The columns that hold what a person wrote, per record with tombstones.
TEXT_OF: dict[type[BaseRecord], tuple[str, ...]] = {
    Goal: ("title", "vision"),
    Milestone: ("title",),
    GoalCheckin: ("what_happened", "next_step"),
    Victory: ("text",),
    Strategy: ("title", "summary", "steps", "when_to_use", "warning_signs", "source", "provenance"),
    StrategyUse: ("note",),
    CrisisPlanItem: ("text", "contact"),
}

# Rows that only describe a tombstoned parent: removed with the parent's words.
DEPENDENTS: tuple[tuple[type[peewee.Model], Any, type[BaseRecord]], ...] = (
    (StrategyTag, StrategyTag.strategy, Strategy),
)


def _blank(field: peewee.Field) -> object:
    if field.null:
        return None
    return field.default if isinstance(field.default, str) else ""


def purge_tombstoned_text() -> int:
    """Blank the words of every tombstoned row (one transaction). Returns rows changed."""
    changed = 0
    with database_proxy.atomic():
        for record, names in TEXT_OF.items():
            fields = [record._meta.fields[name] for name in names]
            not_blank = None
            for field in fields:
                condition = field.is_null(False) & (field != _blank(field))
                not_blank = condition if not_blank is None else (not_blank | condition)
            changed += (
                record.update({field: _blank(field) for field in fields})
                .where(record.deleted_at.is_null(False), not_blank)
                .execute()
            )
        for child, link, parent in DEPENDENTS:
            dead = parent.select(parent.id).where(parent.deleted_at.is_null(False))
            changed += child.delete().where(link.in_(dead)).execute()
    return changed
