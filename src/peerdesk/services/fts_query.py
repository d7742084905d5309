"""Turning what the user types into a safe FTS5 query (words become quoted prefixes)."""

from __future__ import annotations

import re

_WORD = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 12


def fts_match_expression(text: str) -> str | None:
    """``'box brea'`` → ``'"box"* AND "brea"*'``; None when nothing searchable was typed.

    Every term is quoted, so FTS5 syntax typed by the user (``NEAR``, ``:``, ``*``, quotes)
    is only ever searched for, never interpreted.
    """
    words = _WORD.findall(text)[:MAX_TERMS]
    if not words:
        return None
    return " AND ".join('"' + w.replace('"', '""') + '"*' for w in words)


def literal_needles(text: str) -> tuple[str, ...]:
    """The pieces of a query with no word in it (symbols, emoji), to find as typed.

    Such a query must find the cards that hold it, or none; never every card.
    """
    if _WORD.search(text):
        return ()
    needles: list[str] = []
    for chunk in text.split():
        stripped = chunk.strip('"')
        needle = stripped or chunk
        if needle not in needles:
            needles.append(needle)
    return tuple(needles[:MAX_TERMS])
