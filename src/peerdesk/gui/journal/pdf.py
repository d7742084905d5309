"""A printable PDF of the journal: the Markdown export (escaped by
:func:`peerdesk.services.journal.formats.journal_markdown`) rendered inert by
``gui/common/pdf.write_markdown_pdf``."""

from __future__ import annotations

from pathlib import Path

from peerdesk.gui.common.pdf import write_markdown_pdf


def write_journal_pdf(markdown: str, path: Path, title: str = "Journal") -> None:
    """Write ``markdown`` as an A4 PDF to a new owner-only file at ``path``."""
    write_markdown_pdf(markdown, path, title)
