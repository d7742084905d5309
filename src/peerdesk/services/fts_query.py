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
