"""The journal's list: the timeline (newest first) or search results, loaded page by page.

Only the rows scrolled into view are fetched (``canFetchMore``/``fetchMore``), so a
100 000-entry journal opens as fast as an empty one. The model calls the journal service,
never peewee, and turns the service's changes into row inserts, removals and updates.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from peerdesk.gui.journal.dates import clock, long_day, short_day
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.journal import JournalService, SearchFilters
from peerdesk.services.journal.content import mood_word
from peerdesk.services.journal.search import snippet_plain

PAGE_SIZE = 100
SPOKEN_WORDS = 25  # how much of the text a screen reader reads with the row


def row_title(title: str, kind: str) -> str:
    """The title shown for a row: its own, or what it is."""
    if title:
        return title
    if kind == "checkin":
        return QCoreApplication.translate("JournalListModel", "Check-in")
    return QCoreApplication.translate("JournalListModel", "Untitled entry")


def spoken_row(row: ListRow) -> str:
    """What a sighted reader sees in the row, as one sentence for a screen reader: the
    title, the day and time, the mood, the star, the first words."""
    locale = QLocale()
    parts = [
        row_title(row.title, row.kind),
        QCoreApplication.translate("JournalListModel", "{day} at {time}").format(
            day=long_day(row.occurred_at.date()), time=clock(row.occurred_at)
        ),
    ]
    if row.mood is not None:
        parts.append(
            QCoreApplication.translate("JournalListModel", "Mood {mood} of 10, {word}").format(
                mood=locale.toString(row.mood), word=mood_word(row.mood)
            )
        )
    if row.starred:
        parts.append(QCoreApplication.translate("JournalListModel", "Starred"))
    words = snippet_plain(row.text, "", "").split()
    if words:
        more = "…" if len(words) > SPOKEN_WORDS else ""
        parts.append(" ".join(words[:SPOKEN_WORDS]) + more)
    return _sentences(parts)


def _sentences(parts: list[str]) -> str:
    """Parts joined as sentences ("A. B? C."), without doubling the user's own stops."""
    text = ""
    for part in parts:
        if text:
            text += " " if text[-1] in ".!?…" else ". "
        text += part
    return text if text[-1:] in ".!?…" else text + "."


Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class ListRow:
    id: str
    kind: str
    occurred_at: datetime
    title: str
    text: str  # a preview, or a snippet with the matched words marked
    mood: int | None
    starred: bool


class JournalListModel(QAbstractListModel):
    IdRole = Qt.ItemDataRole.UserRole + 1
    KindRole = Qt.ItemDataRole.UserRole + 2
    MoodRole = Qt.ItemDataRole.UserRole + 3
    StarredRole = Qt.ItemDataRole.UserRole + 4
    OccurredRole = Qt.ItemDataRole.UserRole + 5
    SnippetRole = Qt.ItemDataRole.UserRole + 6  # marked with search.MARK_OPEN/MARK_CLOSE
    TitleRole = Qt.ItemDataRole.UserRole + 7

    def __init__(self, journal: JournalService, bus: ChangeBus, parent: QObject | None = None):
        super().__init__(parent)
        self._journal = journal
        self._rows: list[ListRow] = []
        self._exhausted = False
        self._query = ""
        self._filters = SearchFilters()
        self._unsubscribe: Callable[[], None] | None = bus.subscribe(self._on_change)
        self._load_first_page()

    # -- what is shown ---------------------------------------------------------------------

    @property
    def query(self) -> str:
        return self._query

    @property
    def filters(self) -> SearchFilters:
        return self._filters

    @property
    def searching(self) -> bool:
        return bool(self._query.strip())

    def set_search(self, query: str, filters: SearchFilters | None = None) -> None:
        self._query = query
        self._filters = filters or SearchFilters()
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._rows = []
        self._exhausted = False
        self._load_first_page()
        self.endResetModel()

    def release(self) -> None:
        """Forget every row and stop listening (the vault is being locked)."""
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.beginResetModel()
        self._rows = []
        self._exhausted = True
        self.endResetModel()

    def row_of(self, entry_id: str) -> int:
        for row, item in enumerate(self._rows):
            if item.id == entry_id:
                return row
        return -1

    def entry_id(self, row: int) -> str:
        return self._rows[row].id

    # -- paging ----------------------------------------------------------------------------

    def _page(self, count: int) -> list[ListRow]:
        if self.searching:
            hits = self._journal.search(
                self._query, self._filters, limit=count, offset=len(self._rows)
            )
            return [
                ListRow(h.id, h.kind, h.occurred_at, h.title, h.snippet, h.mood, h.starred)
                for h in hits
            ]
        last = self._rows[-1] if self._rows else None
        after = (last.occurred_at, last.id) if last else None
        rows = self._journal.timeline_page(after, count, self._filters)
        return [
            ListRow(r.id, r.kind, r.occurred_at, r.title, r.preview, r.mood, r.starred)
            for r in rows
        ]

    def _load_first_page(self) -> None:
        page = self._page(PAGE_SIZE)
        self._rows = page
        self._exhausted = len(page) < PAGE_SIZE

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if parent.isValid() or self._exhausted:
            return
        page = self._page(PAGE_SIZE)
        self._exhausted = len(page) < PAGE_SIZE
        if not page:
            return
        # Search pages are ranked: never show an entry twice if the ranking moved.
        known = {r.id for r in self._rows}
        page = [r for r in page if r.id not in known]
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- Qt model --------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            when = f"{short_day(row.occurred_at.date())} {clock(row.occurred_at)}"
            return f"{when} · {row_title(row.title, row.kind)}"
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return spoken_row(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return snippet_plain(row.text, "", "")
        if role == self.IdRole:
            return row.id
        if role == self.KindRole:
            return row.kind
        if role == self.MoodRole:
            return row.mood
        if role == self.StarredRole:
            return row.starred
        if role == self.OccurredRole:
            return row.occurred_at
        if role == self.SnippetRole:
            return row.text
        if role == self.TitleRole:
            return row.title
        return None

    def roleNames(self) -> dict[int, QByteArray]:
        names = dict(super().roleNames())
        for role, name in (
            (self.IdRole, b"entryId"),
            (self.KindRole, b"kind"),
            (self.MoodRole, b"mood"),
            (self.StarredRole, b"starred"),
            (self.OccurredRole, b"occurredAt"),
            (self.SnippetRole, b"snippet"),
            (self.TitleRole, b"title"),
        ):
            names[role] = QByteArray(name)
        return names

    # -- changes from the service ----------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if change.entity != "journal_entry":
            return
        if change.kind == "deleted":
            for entry_id in change.ids:
                row = self.row_of(entry_id)
                if row >= 0:
                    self.beginRemoveRows(QModelIndex(), row, row)
                    del self._rows[row]
                    self.endRemoveRows()
        elif change.kind == "updated" and not self.searching:
            fresh = {r.id: r for r in self._journal.rows(list(change.ids))}
            moved = False
            for entry_id in change.ids:
                row = self.row_of(entry_id)
                if row < 0 or entry_id not in fresh:
                    continue
                new = fresh[entry_id]
                if new.occurred_at != self._rows[row].occurred_at:
                    moved = True
                    continue
                self._rows[row] = ListRow(
                    new.id, new.kind, new.occurred_at, new.title, new.preview, new.mood, new.starred
                )
                index = self.index(row)
                self.dataChanged.emit(index, index)
            if moved:
                self.reload()
        else:
            # New entries, imports, or an edit while searching: the order may change.
            self.reload()
