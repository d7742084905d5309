"""An import is all or nothing: a failure halfway (a full disk, a crash) leaves no entry.

The import of the test's jrnl file is made to fail after its first batch of rows was
written; the journal must be exactly as before (entries, full-text rows).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

import pytest
from conftest import REPO, Figures

from peerdesk.services.journal.formats import apply_import, import_apply, read_import
from peerdesk.services.session import Services
from peerdesk.vault.errors import StorageFullError


def test_an_import_that_fails_halfway_writes_nothing(
    services: Services, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    preview = read_import("jrnl", REPO / "tests/unit/journal/data/jrnl-export.json")
    assert len(preview.entries) >= 2
    real_chunks = import_apply._chunks
    batches = 0

    def first_batch_then_full_disk(items: Sequence[Any], size: int) -> Iterator[Any]:
        nonlocal batches
        if not items or not hasattr(items[0], "source_key"):  # tags: written as usual
            yield from real_chunks(items, size)
            return
        for chunk in real_chunks(items, 1):  # one entry per batch: the first is written
            if batches == 1:
                raise StorageFullError("The disk is full (simulated).", Path("peerdesk.db"))
            batches += 1
            yield chunk

    monkeypatch.setattr(import_apply, "_chunks", first_batch_then_full_disk)
    before = services.journal.count()
    fts_before = services.vault.database.execute_sql("SELECT count(*) FROM journal_fts").fetchone()
    with pytest.raises(StorageFullError):
        apply_import(preview, services.bus)
    assert batches == 1, "the failure must come after a batch was written"
    left = services.journal.count() - before
    fts_after = services.vault.database.execute_sql("SELECT count(*) FROM journal_fts").fetchone()
    figures.set(batches_written_before_failure=batches, entries_left=left)
    assert left == 0, "a failed import left entries behind"
    assert fts_after == fts_before
