"""Undoable journal operations (QUndoStack commands). Each does its work through the service."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from peerdesk.services.journal import EntryFields, EntrySnapshot, JournalService


class DeleteEntriesCommand(QUndoCommand):
    def __init__(self, journal: JournalService, entry_ids: Sequence[str]) -> None:
        super().__init__(
            QCoreApplication.translate("JournalUndo", "Delete %n item(s)", None, len(entry_ids))
        )
        self._journal = journal
        self._ids = list(entry_ids)
        self._snapshots: list[EntrySnapshot] = []

    def redo(self) -> None:
        self._snapshots = self._journal.delete(self._ids)

    def undo(self) -> None:
        self._journal.restore(self._snapshots)


class CreateEntryCommand(QUndoCommand):
    def __init__(
        self,
        journal: JournalService,
        fields: EntryFields,
        on_created: Callable[[str], None] | None = None,
    ) -> None:
        super().__init__(
            QCoreApplication.translate("JournalUndo", "New check-in")
            if fields.kind == "checkin"
            else QCoreApplication.translate("JournalUndo", "New entry")
        )
        self._journal = journal
        self._fields = fields
        self._on_created = on_created
        self.entry_id: str | None = None
        self._snapshots: list[EntrySnapshot] = []

    def redo(self) -> None:
        if self.entry_id is None:
            self.entry_id = self._journal.create(self._fields)
            if self._on_created is not None:
                self._on_created(self.entry_id)
        else:
            self._journal.restore(self._snapshots)

    def undo(self) -> None:
        if self.entry_id is not None:
            self._snapshots = self._journal.delete([self.entry_id])


class EditEntryCommand(QUndoCommand):
    def __init__(
        self, journal: JournalService, entry_id: str, before: EntryFields, after: EntryFields
    ) -> None:
        super().__init__(QCoreApplication.translate("JournalUndo", "Edit entry"))
        self._journal = journal
        self._id = entry_id
        self._before = before
        self._after = after

    def redo(self) -> None:
        self._journal.update(self._id, self._after)

    def undo(self) -> None:
        self._journal.update(self._id, self._before)
