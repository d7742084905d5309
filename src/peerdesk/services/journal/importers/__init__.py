"""Importers for other journaling apps: jrnl, Day One and Daylio.

``read_import(name, path)`` gives a preview (nothing written); ``apply_import`` writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.services.journal.importers.apply import (
    ImportResult,
    apply_import,
    count_already_there,
)
from peerdesk.services.journal.importers.common import (
    ImportedEntry,
    ImportFileError,
    ImportPreview,
)
from peerdesk.services.journal.importers.daylio import read_daylio
from peerdesk.services.journal.importers.dayone import read_dayone
from peerdesk.services.journal.importers.jrnl import read_jrnl

READERS: dict[str, Callable[[Path], ImportPreview]] = {
    "jrnl": read_jrnl,
    "dayone": read_dayone,
    "daylio": read_daylio,
}
FORMAT_TITLES = {
    "jrnl": "jrnl (JSON export)",
    "dayone": "Day One (JSON or zip)",
    "daylio": "Daylio (CSV)",
}


def read_import(name: str, path: Path) -> ImportPreview:
    return READERS[name](Path(path))


__all__ = [
    "FORMAT_TITLES",
    "READERS",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportedEntry",
    "apply_import",
    "count_already_there",
    "read_import",
]
