"""Snippets with the matched words marked, made in Python from the entry's own text.

FTS5's snippet() would have to run the MATCH once more for every row of a page (costly
for common words on a large journal); the words to mark are known, so marking them here
is both faster and independent of the index.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from peerdesk.services.journal.text_index import UNSPACED_CLASS

_TOKEN = re.compile(f"[{UNSPACED_CLASS}]|[^\\W{UNSPACED_CLASS}]+")
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
ELLIPSIS = "…"


_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~<>])")
_EMPHASIS = re.compile(r"(\*{1,3}|(?<!\w)_{1,3}|_{1,3}(?!\w)|~~)")
_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)


def markdown_plain(text: str) -> str:
    """Markdown as plain words for previews and snippets: no escapes, emphasis or '#'."""
    text = _HEADING.sub("", text)
    text = _EMPHASIS.sub("", text)
    return _ESCAPE.sub(r"\1", text)


@dataclass(frozen=True)
class Term:
    """One searched term: its words (folded), and whether the last one may be a prefix."""

    words: tuple[str, ...]
    prefix: bool


@lru_cache(maxsize=4096)
def fold(word: str) -> str:
    """Case- and accent-insensitive form of a word (for comparing, never for showing)."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def term(text: str, prefix: bool) -> Term | None:
    words = tuple(fold(m.group(0)) for m in _TOKEN.finditer(text))
    return Term(words, prefix) if words else None


def _matches(folded: list[str], start: int, wanted: Term) -> bool:
    n = len(wanted.words)
    if start + n > len(folded):
        return False
    for offset, word in enumerate(wanted.words):
        token = folded[start + offset]
        last = offset == n - 1
        if token != word and not (last and wanted.prefix and token.startswith(word)):
            return False
    return True


def snippet(text: str, terms: list[Term], width: int = 24) -> str | None:
    """About ``width`` words around the first match, matches marked; None if none matched."""
    tokens = list(_TOKEN.finditer(text))
    folded = [fold(t.group(0)) for t in tokens]
    marked: list[tuple[int, int]] = []  # token index ranges [start, end)
    for index in range(len(tokens)):
        for wanted in terms:
            if _matches(folded, index, wanted):
                marked.append((index, index + len(wanted.words)))
                break
    if not marked:
        return None
    first = marked[0][0]
    lo = max(0, first - width // 3)
    hi = min(len(tokens), lo + width)
    start_char = tokens[lo].start() if lo > 0 else 0
    end_char = tokens[hi - 1].end() if hi < len(tokens) else len(text)
    pieces: list[str] = [ELLIPSIS] if lo > 0 else []
    cursor = start_char
    for begin, end in marked:
        if begin < lo or end > hi:
            continue
        a, b = tokens[begin].start(), tokens[end - 1].end()
        if a < cursor:
            continue
        pieces += [text[cursor:a], MARK_OPEN, text[a:b], MARK_CLOSE]
        cursor = b
    pieces.append(text[cursor:end_char])
    if hi < len(tokens):
        pieces.append(ELLIPSIS)
    return " ".join("".join(pieces).split())
