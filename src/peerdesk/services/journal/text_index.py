"""Keeping ``journal_fts`` in step with the entries, and making every script findable.

SQLite's unicode61 tokenizer splits words on spaces and punctuation. Chinese, Japanese,
Thai, Lao, Khmer and Myanmar are written without spaces, so a whole sentence would become
one token and no word in it could be found. Before text goes into the index (and before a
query is matched) a WORD JOINER (U+2060, a separator for unicode61) is put between two
characters of those scripts: each becomes a token of its own, and a word of several
characters is searched as a phrase of adjacent characters. Greek is indexed without its
accents (unicode61 folds Latin only). Snippets are made from the entry's own text
(services/journal/highlight.py), so they show the words as written.

Every entry owns a stable ``search_rowid``; the index row uses it as its rowid, so nothing
depends on implicit rowids (VACUUM may renumber those).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from peerdesk.store.records import JournalEntry, database_proxy

JOINER = "\u2060"

# Scripts written without spaces between words.
_UNSPACED = (
    "\u0e00-\u0eff"  # Thai, Lao
    "\u1000-\u109f"  # Myanmar
    "\u1780-\u17ff"  # Khmer
    "\u2e80-\u2fdf"  # CJK radicals
    "\u3005-\u3007"  # 々 〆 〇
    "\u3040-\u30ff"  # Hiragana, Katakana
    "\u31f0-\u31ff"  # Katakana extension
    "\u3400-\u4dbf"  # CJK extension A
    "\u4e00-\u9fff"  # CJK unified ideographs
    "\uf900-\ufaff"  # CJK compatibility ideographs
    "\uff66-\uff9f"  # half-width Katakana
    "\U00020000-\U0003134f"  # CJK extensions B-G
)
UNSPACED_CLASS = _UNSPACED
_BETWEEN_UNSPACED = re.compile(f"(?<=[{_UNSPACED}])(?=[{_UNSPACED}])")
_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")


_GREEK = re.compile("[\u0370-\u03ff\u1f00-\u1fff]")
_GREEK_MARKS = re.compile("(?<=[\u0370-\u03ff])[\u0300-\u036f]+")


def _fold_greek(text: str) -> str:
    """Greek without accents (unicode61 only removes diacritics from Latin letters)."""
    if not _GREEK.search(text):
        return text
    return unicodedata.normalize("NFC", _GREEK_MARKS.sub("", unicodedata.normalize("NFD", text)))


def segment(text: str) -> str:
    """Text as it goes into the index: one token per character of unspaced scripts."""
    text = _fold_greek(_INVISIBLE.sub("", text.replace("\x00", " ")))
    return _BETWEEN_UNSPACED.sub(JOINER, text)


def unsegment(text: str) -> str:
    return text.replace(JOINER, "")


def index_columns(title: str, body: str, tags: Iterable[str]) -> tuple[str, str, str]:
    return segment(title), segment(body), segment(" ".join(tags))


def next_rowid() -> int:
    value = (
        JournalEntry.select(JournalEntry.search_rowid)
        .order_by(JournalEntry.search_rowid.desc(nulls="LAST"))
        .limit(1)
        .scalar()
    )
    return int(value or 0) + 1


def put(rowid: int, title: str, body: str, tags: Iterable[str]) -> None:
    """Insert or replace the index row of one entry."""
    remove(rowid)
    database_proxy.execute_sql(
        "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)",
        (rowid, *index_columns(title, body, tags)),
    )


def put_many(rows: Sequence[tuple[int, str, str, str]]) -> None:
    """Bulk insert of new rows (rowid, title, body, tags-joined) — for imports."""
    cursor = database_proxy.cursor()
    cursor.executemany(
        "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)",
        [(rowid, segment(t), segment(b), segment(g)) for rowid, t, b, g in rows],
    )


# While an import writes in steps, the index writes small segments and merges nothing on
# its own (each automatic merge or a full 1 MB flush is a pause of a few hundred ms); the
# merging is then done in small steps of its own (merge_step) before the commit.
BULK_SETTINGS = (("automerge", 0), ("crisismerge", 64), ("hashsize", 256 * 1024))
NORMAL_SETTINGS = (("automerge", 4), ("crisismerge", 16), ("hashsize", 1024 * 1024))
MERGE_PAGES = 64


def configure(settings: Sequence[tuple[str, int]]) -> None:
    for name, value in settings:
        database_proxy.execute_sql(
            "INSERT INTO journal_fts(journal_fts, rank) VALUES (?, ?)", (name, value)
        )


def merge_step(pages: int = MERGE_PAGES) -> bool:
    """Merge up to ``pages`` pages of index segments; False when there was nothing to do."""
    connection = database_proxy.connection()
    before = connection.total_changes
    database_proxy.execute_sql(
        "INSERT INTO journal_fts(journal_fts, rank) VALUES ('merge', ?)", (pages,)
    )
    return bool(connection.total_changes - before >= 2)


def remove(rowid: int) -> None:
    database_proxy.execute_sql("DELETE FROM journal_fts WHERE rowid = ?", (rowid,))


def optimize() -> None:
    """Merge the index segments (also drops what secure-delete may have left in old ones)."""
    database_proxy.execute_sql("INSERT INTO journal_fts(journal_fts) VALUES ('optimize')")


def rebuild_from_entries() -> int:
    """Recreate every index row from the entries (a repair tool). Returns how many."""
    from peerdesk.store.records import EntryTag, Tag

    database_proxy.execute_sql("DELETE FROM journal_fts")
    tags: dict[str, list[str]] = {}
    for entry_id, name in EntryTag.select(EntryTag.entry, Tag.name).join(Tag).tuples().iterator():
        tags.setdefault(entry_id, []).append(name)
    rows: list[tuple[int, str, str, str]] = []
    query = JournalEntry.alive().select(
        JournalEntry.id, JournalEntry.search_rowid, JournalEntry.title, JournalEntry.body
    )
    for entry_id, rowid, title, body in query.tuples().iterator():
        if rowid is not None:
            rows.append((rowid, title, body, " ".join(tags.get(entry_id, []))))
    put_many(rows)
    optimize()
    return len(rows)
