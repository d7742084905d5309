"""A printable PDF of the journal: the Markdown export (escaped by
:func:`peerdesk.services.journal.formats.journal_markdown`) rendered inert by
``gui/common/pdf.write_markdown_pdf``, or, from a window, by a child process
(``gui/common/pdf_process``) so the window never freezes."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from PySide6.QtWidgets import QWidget

from peerdesk.gui.common.pdf import write_markdown_pdf
from peerdesk.gui.common.pdf_process import write_pdf_in_child


def write_journal_pdf(markdown: str, path: Path, title: str = "Journal") -> None:
    """Write ``markdown`` as an A4 PDF to a new owner-only file at ``path``."""
    write_markdown_pdf(markdown, path, title)


def write_journal_pdf_in_child(
    make_markdown: Callable[[], str | Iterable[str]],
    path: Path,
    label: str,
    parent: QWidget | None = None,
    title: str = "Journal",
) -> bool:
    """The same PDF, laid out and printed in a child process with a busy dialog and
    Cancel; ``make_markdown`` runs in a worker thread and may return the text in pieces
    (``journal_markdown_parts``). False when cancelled."""
    return write_pdf_in_child(make_markdown, path, title, label, parent)
