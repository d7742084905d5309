"""The journal's file formats: importers for jrnl, Day One and Daylio; Markdown and JSON exports.

The PDF export needs Qt and is made in ``gui/journal/pdf.py``.

``read_import(name, path)`` gives a preview (nothing written); ``apply_import`` writes it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from peerdesk.i18n import QT_TRANSLATE_NOOP
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
from peerdesk.services.journal.formats.markdown_export import (
    journal_markdown,
    journal_markdown_parts,
)
from peerdesk.services.steps import Progress, Steps

READERS: dict[str, Callable[[Path], ImportPreview]] = {
    "jrnl": read_jrnl,
    "dayone": read_dayone,
    "daylio": read_daylio,
}
FORMAT_TITLES = {
    "jrnl": QT_TRANSLATE_NOOP("JournalFormats", "jrnl, the command-line journal (JSON file)"),
    "dayone": QT_TRANSLATE_NOOP("JournalFormats", "Day One app (JSON or zip)"),
    "daylio": QT_TRANSLATE_NOOP("JournalFormats", "Daylio mood app (CSV file)"),
}
# How to get the file out of each app, in the words of its own menus.
FORMAT_HOWTO = {
    "jrnl": QT_TRANSLATE_NOOP(
        "JournalFormats",
        "jrnl is a journal kept in a terminal. Make the file with: jrnl --export json"
        " > journal.json (add the journal's name after jrnl if you keep more than one).",
    ),
    "dayone": QT_TRANSLATE_NOOP(
        "JournalFormats",
        "In Day One: File ▸ Export ▸ JSON (on a phone: Settings ▸ Import/Export ▸ Export"
        " ▸ JSON). Choose the zip it makes, or the .json inside it.",
    ),
    "daylio": QT_TRANSLATE_NOOP(
        "JournalFormats",
        "In Daylio: More ▸ Export Entries ▸ CSV (Excel). Copy the .csv file to this"
        " computer and choose it here.",
    ),
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
    "FORMAT_HOWTO",
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
    "journal_markdown_parts",
    "read_import",
    "read_import_steps",
]
