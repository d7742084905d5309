"""Which cards the library shows, and in what order: filters and sorts as one SQL query."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.fts_query import fts_match_expression, literal_needles

SortKey = Literal["title", "recent", "helpful"]
SORT_KEYS: tuple[SortKey, ...] = ("title", "recent", "helpful")
SORT_CONTEXT = "LibrarySort"
#: English labels marked for lupdate; show them with ``translate(SORT_CONTEXT, label)``.
SORT_LABELS: dict[SortKey, str] = {
    "title": QT_TRANSLATE_NOOP("LibrarySort", "Title"),
    "recent": QT_TRANSLATE_NOOP("LibrarySort", "Recently used"),
    "helpful": QT_TRANSLATE_NOOP("LibrarySort", "Most helpful"),
}


@dataclass(frozen=True)
class LibraryQuery:
    text: str = ""
    category: str | None = None
    tag: str | None = None
    situation: str | None = None  # one of the cards' warning signs
    favourites_only: bool = False
    sort: SortKey = "title"


_ORDER = {
    "title": "s.title COLLATE NOCASE, s.id",
    "recent": "s.last_used_at IS NULL, s.last_used_at DESC, s.title COLLATE NOCASE, s.id",
    "helpful": (
        "s.average_change IS NULL, s.average_change DESC, s.use_count DESC, "
        "s.title COLLATE NOCASE, s.id"
    ),
}


def build_id_query(query: LibraryQuery) -> tuple[str, list[object]]:
    """SQL (and its parameters) selecting the ids of the matching live cards, in order."""
    where = ["s.deleted_at IS NULL"]
    params: list[object] = []
    match = fts_match_expression(query.text)
    if match is not None:
        where.append(
            "s.search_rowid IN (SELECT rowid FROM strategy_fts WHERE strategy_fts MATCH ?)"
        )
        params.append(match)
    else:
        for needle in literal_needles(query.text):
            where.append(
                "(instr(s.title, ?) > 0 OR instr(s.summary, ?) > 0 OR instr(s.steps, ?) > 0 "
                "OR instr(s.when_to_use, ?) > 0)"
            )
            params.extend([needle] * 4)
    if query.category is not None:
        where.append("s.category = ?")
        params.append(query.category)
    if query.tag is not None:
        where.append(
            "EXISTS (SELECT 1 FROM strategy_tag t WHERE t.strategy_id = s.id AND t.name = ?)"
        )
        params.append(query.tag)
    if query.situation is not None:
        where.append("EXISTS (SELECT 1 FROM json_each(s.warning_signs) j WHERE j.value = ?)")
        params.append(query.situation)
    if query.favourites_only:
        where.append("s.favourite = 1")
    conditions = " AND ".join(where)
    return (
        f"SELECT s.id FROM strategy s WHERE {conditions} ORDER BY {_ORDER[query.sort]}",
        params,
    )
