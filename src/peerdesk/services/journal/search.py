"""Full-text search of the journal: safe query parsing, filters, bm25 ranking, snippets.

What the user types is never handed to FTS5 as syntax. :func:`parse_query` turns it into an
expression of quoted strings only: every word must match (AND), a word matches whole or as
the start of a longer word, and text in double quotes matches as a phrase. FTS5 operators
typed by the user (``OR``, ``NEAR``, ``-``, ``col:``, ``*``, parentheses) are plain words.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any

from peerdesk.services.journal import highlight
from peerdesk.services.journal.highlight import ELLIPSIS, MARK_CLOSE, MARK_OPEN, Term
from peerdesk.services.journal.text_index import segment
from peerdesk.store.records import database_proxy

MAX_QUERY_CHARS = 500
MAX_TERMS = 32
# Ranking by bm25 costs a lookup per matching row. For a word found in thousands of
# entries, only the RANK_WINDOW most recently written matches are ranked (best first);
# the older matches follow, newest first. Rare words are ranked over all their matches.
RANK_WINDOW = 300
# Filters that keep few entries (dates, tags, starred) are applied first when they leave at
# most this many entries; the words are then matched among those.
MAX_CANDIDATES = 20_000
# The newest matches are looked for in rowid windows starting this wide (then 4x wider).
FIRST_WINDOW = 1024
# A part held by more than this many entries is left out of the bm25 score (see _scores);
# estimated from the newest SAMPLE_ROWS index rows.
SCORE_CAP = 20_000
SAMPLE_ROWS = 2048
# bm25 weights of the columns title, body, tags.
_WEIGHTS = "5.0, 1.0, 3.0"
_QUOTED_OR_WORD = re.compile(r'"([^"]*)"?|([^\s"]+)')
_WORD_CHAR = re.compile(r"\w")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
_ASCII_WORD = re.compile(r"[a-z0-9]+")
MAX_EXPANSIONS = 40
INDEXED_PREFIX = 3  # journal_fts has prefix indexes for 2 and 3 letters


def _fts_string(text: str) -> str:
    return '"' + text.replace('"', '""') + '"'


@dataclass(frozen=True)
class ParsedQuery:
    expression: str  # FTS5 syntax made only of quoted strings joined by AND
    terms: list[Term]  # the same terms, for marking matches in snippets
    parts: tuple[str, ...] = ()  # the AND-ed parts of the expression
    # For each part: the plain ASCII word when the part is that word as a prefix.
    prefixes: tuple[str | None, ...] = ()


def parse(text: str) -> ParsedQuery | None:
    """What the user typed as a safe FTS5 expression, or None without a searchable word."""
    parts: list[str] = []
    prefixes: list[str | None] = []
    terms: list[Term] = []
    text = _CONTROL.sub(" ", text[:MAX_QUERY_CHARS])
    for match in _QUOTED_OR_WORD.finditer(text):
        phrase, word = match.group(1), match.group(2)
        if phrase is not None:
            phrase = " ".join(phrase.split())
            wanted = highlight.term(phrase, prefix=False)
            if wanted is not None:
                parts.append(_fts_string(segment(phrase)))
                prefixes.append(None)
                terms.append(wanted)
        elif word is not None:
            letters = _WORD_CHAR.findall(word)
            if not letters:
                continue
            # One letter as a prefix would match most of the journal: match it whole.
            prefix = len(letters) > 1
            wanted = highlight.term(word, prefix=prefix)
            if wanted is None:
                continue
            parts.append(_fts_string(segment(word)) + ("*" if prefix else ""))
            prefixes.append(_ascii_token(word) if prefix else None)
            terms.append(wanted)
        if len(parts) >= MAX_TERMS:
            break
    if not parts:
        return None
    return ParsedQuery(" AND ".join(parts), terms, tuple(parts), tuple(prefixes))


def _ascii_token(word: str) -> str | None:
    """The word as the index stores it, when that is certain: Latin letters and digits only
    (unicode61 lowercases them and drops their accents, as done here)."""
    decomposed = unicodedata.normalize("NFKD", word.lower())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return plain if _ASCII_WORD.fullmatch(plain) else None


def _expanded(parsed: ParsedQuery) -> str:
    return " AND ".join(_expanded_parts(parsed))


def _expanded_parts(parsed: ParsedQuery) -> tuple[str, ...]:
    """The parts, each prefix word replaced by something FTS5 can answer quickly.

    FTS5 merges the whole posting list of an unindexed prefix before returning a row (and
    its vocabulary table counts every word it lists), so:
    - a prefix of two or three letters stays a prefix: the index has a prefix index for it;
    - a word that is itself in most entries ("today" in a million) is matched as that whole
      word: listing the words it starts would count its million entries first (~300 ms);
    - any other prefix becomes an OR of the (few) words of the index it starts, or stays a
      prefix when it starts too many.
    """
    parts: list[str] = []
    top: int | None = None
    for part, prefix in zip(parsed.parts, parsed.prefixes, strict=True):
        if prefix is None or len(prefix) <= INDEXED_PREFIX:
            parts.append(part)
            continue
        top = _top_rowid() if top is None else top
        whole = _fts_string(prefix)
        if _estimated_documents(whole, top) > SCORE_CAP:
            parts.append(whole)
            continue
        upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
        words = [
            str(r[0])
            for r in database_proxy.execute_sql(
                "SELECT term FROM journal_fts_vocab WHERE term >= ? AND term < ? LIMIT ?",
                (prefix, upper, MAX_EXPANSIONS + 1),
            ).fetchall()
        ]
        if not words or len(words) > MAX_EXPANSIONS:
            parts.append(part)
        else:
            parts.append("(" + " OR ".join(_fts_string(w) for w in words) + ")")
    return tuple(parts)


def literal_needles(text: str) -> tuple[str, ...]:
    """The pieces of a query without a single word (only symbols or emoji), found as typed.

    The index keeps words only, so such a query is matched against the text itself: it finds
    the entries that hold it, or none — never every entry.
    """
    text = _CONTROL.sub(" ", text[:MAX_QUERY_CHARS])
    if not text.strip() or _WORD_CHAR.search(text):
        return ()
    needles: list[str] = []
    for chunk in text.split():
        needle = chunk.strip('"') or chunk
        if needle not in needles:
            needles.append(needle)
    return tuple(needles[:MAX_TERMS])


def _literal_where(needles: tuple[str, ...]) -> tuple[str, list[Any]]:
    clauses = ["(instr(e.title, ?) > 0 OR instr(e.body, ?) > 0)" for _ in needles]
    params: list[Any] = [n for needle in needles for n in (needle, needle)]
    return " AND ".join(clauses), params


def _literal_snippet(text: str, needles: tuple[str, ...], width: int = 60) -> str | None:
    found = [(text.find(n), n) for n in needles if n in text]
    if not found:
        return None
    at, needle = min(found)
    lo = max(0, at - width)
    hi = min(len(text), at + len(needle) + width)
    before = (ELLIPSIS if lo > 0 else "") + text[lo:at]
    after = text[at + len(needle) : hi] + (ELLIPSIS if hi < len(text) else "")
    return before + MARK_OPEN + needle + MARK_CLOSE + after


def parse_query(text: str) -> str | None:
    """The FTS5 expression for what the user typed, or None when it has no searchable word."""
    parsed = parse(text)
    return parsed.expression if parsed else None


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


_ENTRY_COLUMNS = "e.id, e.occurred_at, e.kind, e.title, e.mood, e.starred, e.body"


def _hit(row: Any, terms: list[Term], score: float = 0.0) -> SearchHit:
    body, title = highlight.markdown_plain(row[6]), row[3]
    marked = None
    if terms:
        marked = highlight.snippet(body, terms) or highlight.snippet(title, terms)
    return SearchHit(
        row[0],
        _to_datetime(row[1]),
        row[2],
        title,
        marked if marked is not None else _preview(body),
        row[4],
        bool(row[5]),
        score,
    )


def _top_rowid() -> int:
    value = database_proxy.execute_sql("SELECT max(rowid) FROM journal_fts").fetchone()[0]
    return int(value or 0)


def _matches_between(
    expression: str, where: str, params: list[Any], filtered: bool, low: int, high: int
) -> list[int]:
    """Index rows in [low, high] that match, ascending.

    Always ascending: FTS5 seeks to ``low`` through the doclist index and reads forward;
    ``ORDER BY rowid DESC`` would load a common word's whole doclist first (~180 ms for a
    word in 1 000 000 entries).
    """
    if filtered:
        sql = (
            "SELECT journal_fts.rowid FROM journal_fts JOIN journal_entry e "
            "ON e.search_rowid = journal_fts.rowid WHERE journal_fts MATCH ? "
            f"AND journal_fts.rowid >= ? AND journal_fts.rowid <= ? AND {where} "
            "ORDER BY journal_fts.rowid"
        )
        args: tuple[Any, ...] = (expression, low, high, *params)
    else:
        # Deleted entries have no index row: every match is a living entry.
        sql = (
            "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ? "
            "AND rowid >= ? AND rowid <= ? ORDER BY rowid"
        )
        args = (expression, low, high)
    return [int(r[0]) for r in database_proxy.execute_sql(sql, args).fetchall()]


def _newest_matches(
    expression: str,
    where: str,
    params: list[Any],
    filtered: bool,
    count: int,
    *,
    below: int | None = None,
    skip: int = 0,
) -> list[int]:
    """The newest-written ``count`` matches (after ``skip``) below ``below``, newest first.

    Read in windows of rowids that grow fourfold from the top down, each read ascending:
    a common word is found in the first small window, a rare one in a few cheap reads.
    """
    high = (below - 1) if below is not None else _top_rowid()
    found: list[int] = []
    width = FIRST_WINDOW
    while high >= 1 and len(found) < count + skip:
        low = max(1, high - width + 1)
        found.extend(reversed(_matches_between(expression, where, params, filtered, low, high)))
        high = low - 1
        width *= 4
    return found[skip : skip + count]


def _estimated_documents(part: str, top: int) -> int:
    """About how many entries hold ``part``, from the newest SAMPLE_ROWS index rows."""
    low = max(1, top - SAMPLE_ROWS + 1)
    hits = database_proxy.execute_sql(
        "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ? AND rowid >= ?",
        (part, low),
    ).fetchone()[0]
    span = top - low + 1
    return int(hits) if span >= top else int(hits * top / span)


def _scores(parts: tuple[str, ...], rowids: list[int]) -> dict[int, float]:
    """bm25 of ``rowids`` (lower is better), counting only the parts that are not common.

    bm25 counts the entries that hold each part before scoring (its IDF): for a word in
    most of a million entries that is a scan of its whole doclist (~190 ms). Such a word
    tells entries apart no better than chance — FTS5's bm25 floors its IDF at 1e-6 once
    it is in half of all entries — so it is left out of the score; a query made only of
    common words lists the newest matches first.
    """
    if not rowids:
        return {}
    top = _top_rowid()
    telling = [p for p in parts if _estimated_documents(p, top) <= SCORE_CAP]
    if not telling:
        return {}
    rows = database_proxy.execute_sql(
        f"SELECT rowid, bm25(journal_fts, {_WEIGHTS}) FROM journal_fts "
        "WHERE journal_fts MATCH ? AND rowid >= ? AND rowid <= ?",
        (" AND ".join(telling), min(rowids), max(rowids)),
    ).fetchall()
    wanted = set(rowids)
    return {int(r[0]): float(r[1]) for r in rows if int(r[0]) in wanted}


def _ranked(rowids: list[int], parts: tuple[str, ...]) -> list[tuple[int, float]]:
    """The window best first (bm25 lower is better); ties keep their order (newest first)."""
    scores = _scores(parts, rowids)
    pairs = [(rowid, scores.get(rowid, 0.0)) for rowid in rowids]
    return sorted(pairs, key=lambda pair: pair[1])


def _selective(filters: SearchFilters) -> bool:
    return bool(filters.since or filters.until or filters.tags or filters.starred_only)


def _candidate_rowids(where: str, params: list[Any]) -> list[int] | None:
    """Index rows of the entries the filters keep; None when there are too many."""
    rows = database_proxy.execute_sql(
        f"SELECT e.search_rowid FROM journal_entry e WHERE {where} "
        "AND e.search_rowid IS NOT NULL LIMIT ?",
        (*params, MAX_CANDIDATES + 1),
    ).fetchall()
    return None if len(rows) > MAX_CANDIDATES else [int(r[0]) for r in rows]


def _matches_among(expression: str, candidates: list[int]) -> list[int]:
    """The candidates that match, newest-written first (one ascending pass over their
    rowid range: rowids follow the order entries were written, so it is usually narrow)."""
    keep = set(candidates)
    rows = database_proxy.execute_sql(
        "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ? "
        "AND rowid >= ? AND rowid <= ? ORDER BY rowid",
        (expression, min(candidates), max(candidates)),
    ).fetchall()
    return [int(r[0]) for r in reversed(rows) if int(r[0]) in keep]


def _ranked_page(
    expression: str,
    parts: tuple[str, ...],
    where: str,
    params: list[Any],
    filters: SearchFilters,
    limit: int,
    offset: int,
) -> list[tuple[int, float]]:
    """(rowid, score) of one page: the newest RANK_WINDOW matches best first, then older
    matches newest first."""
    candidates = _candidate_rowids(where, params) if _selective(filters) else None
    if candidates is not None:
        if not candidates:
            return []
        matches = _matches_among(expression, candidates)
        window, rest = matches[:RANK_WINDOW], matches[RANK_WINDOW:]
        ordered = _ranked(window, parts) + [(rowid, 0.0) for rowid in rest]
        return ordered[offset : offset + limit]
    filtered = not filters.is_empty
    window = _newest_matches(expression, where, params, filtered, RANK_WINDOW)
    page = _ranked(window, parts)[offset : offset + limit] if offset < len(window) else []
    if len(page) < limit and len(window) == RANK_WINDOW:
        # Past the ranked window: older matches, newest first.
        skip = max(0, offset - RANK_WINDOW)
        page += [
            (rowid, 0.0)
            for rowid in _newest_matches(
                expression, where, params, filtered, limit - len(page), below=window[-1], skip=skip
            )
        ]
    return page


def search(
    query: str, filters: SearchFilters | None = None, *, limit: int = 50, offset: int = 0
) -> list[SearchHit]:
    """One page of results: best match first, or newest first when the query has no words."""
    filters = filters or SearchFilters()
    where, params = _filter_sql(filters)
    parsed = parse(query)
    db = database_proxy
    needles = literal_needles(query) if parsed is None else ()
    if needles:
        literal, literal_params = _literal_where(needles)
        rows = db.execute_sql(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entry e WHERE {where} AND {literal} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, *literal_params, int(limit), int(offset)),
        ).fetchall()
        hits = []
        for row in rows:
            hit = _hit(row, [])
            body = " ".join(highlight.markdown_plain(row[6]).split())
            marked = _literal_snippet(body, needles)
            hits.append(replace(hit, snippet=marked) if marked is not None else hit)
        return hits
    if parsed is None:
        rows = db.execute_sql(
            f"SELECT {_ENTRY_COLUMNS} FROM journal_entry e WHERE {where} "
            "ORDER BY e.occurred_at DESC, e.id DESC LIMIT ? OFFSET ?",
            (*params, int(limit), int(offset)),
        ).fetchall()
        return [_hit(r, []) for r in rows]
    expanded = _expanded_parts(parsed)
    page = _ranked_page(" AND ".join(expanded), expanded, where, params, filters, limit, offset)
    if not page:
        return []
    marks = ", ".join("?" for _ in page)
    found = {
        int(r[7]): r
        for r in db.execute_sql(
            f"SELECT {_ENTRY_COLUMNS}, e.search_rowid FROM journal_entry e "
            f"WHERE e.search_rowid IN ({marks})",
            tuple(rowid for rowid, _score in page),
        ).fetchall()
    }
    return [_hit(found[rowid], parsed.terms, score) for rowid, score in page if rowid in found]


def count(query: str, filters: SearchFilters | None = None) -> int:
    filters = filters or SearchFilters()
    where, params = _filter_sql(filters)
    parsed = parse(query)
    needles = literal_needles(query) if parsed is None else ()
    if needles:
        literal, literal_params = _literal_where(needles)
        sql = f"SELECT count(*) FROM journal_entry e WHERE {where} AND {literal}"
        return int(database_proxy.execute_sql(sql, (*params, *literal_params)).fetchone()[0])
    if parsed is None:
        sql = f"SELECT count(*) FROM journal_entry e WHERE {where}"
        return int(database_proxy.execute_sql(sql, params).fetchone()[0])
    expression = _expanded(parsed)
    if filters.is_empty:
        sql = "SELECT count(*) FROM journal_fts WHERE journal_fts MATCH ?"
        return int(database_proxy.execute_sql(sql, (expression,)).fetchone()[0])
    sql = (
        "SELECT count(*) FROM journal_fts JOIN journal_entry e "
        f"ON e.search_rowid = journal_fts.rowid WHERE journal_fts MATCH ? AND {where}"
    )
    return int(database_proxy.execute_sql(sql, (expression, *params)).fetchone()[0])
