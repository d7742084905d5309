"""The journal's file formats: importers for jrnl, Day One and Daylio; Markdown and JSON exports.

The PDF export needs Qt and is made in ``gui/journal/pdf.py``.

``read_import(name, path)`` gives a preview (nothing written); ``apply_import`` writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.services.journal.formats.daylio import read_daylio
from peerdesk.services.journal.formats.dayone import read_dayone
from peerdesk.services.journal.formats.import_apply import (
    ImportResult,
    apply_import,
    count_already_there,
    import_steps,
)
from peerdesk.services.journal.formats.import_common import (
    ImportedEntry,
    ImportFileError,
    ImportPreview,
)
from peerdesk.services.journal.formats.jrnl import read_jrnl, read_jrnl_steps
from peerdesk.services.journal.formats.json_export import JSON_FORMAT, journal_json
from peerdesk.services.journal.formats.markdown_export import journal_markdown
from peerdesk.services.steps import Progress, Steps

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


def read_import_steps(name: str, path: Path) -> Steps[ImportPreview]:
    """:func:`read_import` as steps (jrnl reads in a stream; the others in one step)."""
    if name == "jrnl":
        return (yield from read_jrnl_steps(Path(path)))
    yield Progress(0, 0, "entries")
    return READERS[name](Path(path))


__all__ = [
    "FORMAT_TITLES",
    "JSON_FORMAT",
    "READERS",
    "ImportFileError",
    "ImportPreview",
    "ImportResult",
    "ImportedEntry",
    "apply_import",
    "count_already_there",
    "import_steps",
    "journal_json",
    "journal_markdown",
    "read_import",
    "read_import_steps",
]
