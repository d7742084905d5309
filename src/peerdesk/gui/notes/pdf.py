"""Session notes as a PDF: the Markdown of services/notes/formats (user text escaped, the
organisation's export notice at its start and end) rendered inert by
``gui/common/pdf.write_markdown_pdf``."""

from __future__ import annotations

from pathlib import Path

from peerdesk.gui.common.pdf import write_markdown_pdf


def write_notes_pdf(markdown: str, path: Path, title: str = "Session notes") -> None:
    """Write ``markdown`` as an A4 PDF to a new owner-only file at ``path``."""
    write_markdown_pdf(markdown, path, title)
