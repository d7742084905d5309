"""Full-text search of the journal: safe query parsing, filters, bm25 ranking, snippets.

What the user types is never handed to FTS5 as syntax. :func:`parse_query` turns it into an
expression of quoted strings only: every word must match (AND), a word matches whole or as
the start of a longer word, and text in double quotes matches as a phrase. FTS5 operators
typed by the user (``OR``, ``NEAR``, ``-``, ``col:``, ``*``, parentheses) are plain words.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from peerdesk.services.journal.text_index import segment, unsegment
from peerdesk.store.records import database_proxy

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
MARK_OPEN = "\x02"
MARK_CLOSE = "\x03"
ELLIPSIS = "…"
# bm25 weights of the columns title, body, tags.
_WEIGHTS = "5.0, 1.0, 3.0"
_QUOTED_OR_WORD = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD_CHAR = re.compile(r"\w")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


def parse_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed, or None when it has no searchable word."""
    terms: list[str] = []
    text = _CONTROL.sub(" ", text[:MAX_QUERY_CHARS])
    for match in _QUOTED_OR_WORD.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            phrase = segment(" ".join(phrase.split()))
            if _WORD_CHAR.search(phrase):
                terms.append(_fts_string(phrase))
        elif word is not None:
            word = segment(word)
            letters = _WORD_CHAR.findall(word)
            if not letters:
                continue
            # One letter as a prefix would match most of the journal: match it whole.
            prefix = "*" if len(letters) > 1 else ""
            terms.append(_fts_string(word) + prefix)
        if len(terms) >= MAX_TERMS:
            break
    return " AND ".join(terms) if terms else None


@dataclass(frozen=True)
class SearchFilters:
    since: date | None = None
    until: date | None = None  # inclusive
    tags: tuple[str, ...] = ()  # every one must be on the entry
    mood_min: int | None = None
    mood_max: int | None = None
    starred_only: bool = False
    kind: str | None = None  # "checkin" | "entry" | None for both

    @property
    def is_empty(self) -> bool:
        return self == SearchFilters()


@dataclass(frozen=True)
class SearchHit:
    id: str
    occurred_at: datetime
    kind: str
    title: str
    snippet: str  # matched words between MARK_OPEN and MARK_CLOSE
    mood: int | None
    starred: bool
    score: float = 0.0


def snippet_plain(snippet: str, open_mark: str = "[", close_mark: str = "]") -> str:
    return snippet.replace(MARK_OPEN, open_mark).replace(MARK_CLOSE, close_mark)


def snippet_html(snippet: str) -> str:
    """Escaped HTML with the matched words in bold; the user's text stays inert."""
    return (
        html.escape(snippet)
        .replace(MARK_OPEN, "<b>")
        .replace(MARK_CLOSE, "</b>")
        .replace("\n", " ")
    )


def _to_datetime(value: Any) -> datetime:
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def _filter_sql(filters: SearchFilters) -> tuple[str, list[Any]]:
    clauses = ["e.deleted_at IS NULL"]
    params: list[Any] = []
    if filters.since is not None:
        clauses.append("e.occurred_at >= ?")
        params.append(filters.since.isoformat())
    if filters.until is not None:
        clauses.append("e.occurred_at < ?")
        params.append((filters.until + timedelta(days=1)).isoformat())
    if filters.mood_min is not None:
        clauses.append("e.mood >= ?")
        params.append(int(filters.mood_min))
    if filters.mood_max is not None:
        clauses.append("e.mood <= ?")
        params.append(int(filters.mood_max))
    if filters.starred_only:
        clauses.append("e.starred = 1")
    if filters.kind:
        clauses.append("e.kind = ?")
        params.append(filters.kind)
    wanted = {t.strip().lstrip("#").casefold() for t in filters.tags if t.strip()}
    if wanted:
        known = {
            name.casefold(): tag_id
            for tag_id, name in database_proxy.execute_sql("SELECT id, name FROM tag").fetchall()
        }
        if not wanted <= known.keys():
            clauses.append("0")  # a tag nobody has: nothing matches
        else:
            ids = [known[name] for name in sorted(wanted)]
            marks = ", ".join("?" for _ in ids)
            clauses.append(
                "e.id IN (SELECT entry_id FROM entry_tag "
                f"WHERE tag_id IN ({marks}) GROUP BY entry_id HAVING count(*) = ?)"
            )
            params.extend(ids)
            params.append(len(ids))
    return " AND ".join(clauses), params


def _preview(body: str, limit: int = 160) -> str:
    text = " ".join(body.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + ELLIPSIS


def search(
    query: str, filters: SearchFilters | None = None, *, limit: int = 50, offset: int = 0
) -> list[SearchHit]:
    """One page of results: best match first, or newest first when the query has no words."""
    filters = filters or SearchFilters()
    where, params = _filter_sql(filters)
    expression = parse_query(query)
    db = database_proxy
    columns = "e.id, e.occurred_at, e.kind, e.title, e.mood, e.starred"
    if expression is None:
        rows = db.execute_sql(
            f"SELECT {columns}, e.body FROM journal_entry e WHERE {where} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)),
        ).fetchall()
        return [
            SearchHit(r[0], _to_datetime(r[1]), r[2], r[3], _preview(r[6]), r[4], bool(r[5]))
            for r in rows
        ]
    # First the page of ids (ranking needs every match; snippets only for this page).
    ranked = db.execute_sql(
        f"SELECT {columns}, journal_fts.rowid, bm25(journal_fts, {_WEIGHTS}) AS score "
        "FROM journal_fts JOIN journal_entry e ON e.search_rowid = journal_fts.rowid "
        f"WHERE journal_fts MATCH ? AND {where} ORDER BY score LIMIT ? OFFSET ?",
        (expression, *params, int(limit), int(offset)),
    ).fetchall()
    if not ranked:
        return []
    rowids = [r[6] for r in ranked]
    marks = ", ".join("?" for _ in rowids)
    snippets = dict(
        db.execute_sql(
            "SELECT rowid, snippet(journal_fts, -1, ?, ?, ?, 24) FROM journal_fts "
            f"WHERE journal_fts MATCH ? AND rowid IN ({marks})",
            (MARK_OPEN, MARK_CLOSE, ELLIPSIS, expression, *rowids),
        ).fetchall()
    )
    return [
        SearchHit(
            r[0],
            _to_datetime(r[1]),
            r[2],
            r[3],
            unsegment(snippets.get(r[6], "")),
            r[4],
            bool(r[5]),
            float(r[7]),
        )
        for r in ranked
    ]


def count(query: str, filters: SearchFilters | None = None) -> int:
    filters = filters or SearchFilters()
    where, params = _filter_sql(filters)
    expression = parse_query(query)
    if expression is None:
        sql = f"SELECT count(*) FROM journal_entry e WHERE {where}"
        return int(database_proxy.execute_sql(sql, params).fetchone()[0])
    sql = (
        "SELECT count(*) FROM journal_fts JOIN journal_entry e "
        f"ON e.search_rowid = journal_fts.rowid WHERE journal_fts MATCH ? AND {where}"
    )
    return int(database_proxy.execute_sql(sql, (expression, *params)).fetchone()[0])
