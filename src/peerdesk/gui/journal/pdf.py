"""A printable PDF of the journal: the Markdown export rendered by QTextDocument.

The Markdown comes from :func:`peerdesk.services.journal.formats.journal_markdown`, which
escapes raw HTML, and the document never loads external resources, so user text stays
inert. Needs a QGuiApplication (the CLI makes an offscreen one).
"""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtGui import QGuiApplication

from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.gui.common.pdf import a4_pdf_writer
from peerdesk.services.export_files import ExportFileError, create_export_file


def ensure_gui_application() -> QGuiApplication:
    app = QGuiApplication.instance()
    if app is None:
        app = QGuiApplication(["peerdesk"])
    assert isinstance(app, QGuiApplication)
    return app


def write_journal_pdf(markdown: str, path: Path, title: str = "Journal") -> None:
    """Write ``markdown`` as an A4 PDF to a new private file at ``path``."""
    ensure_gui_application()
    create_export_file(path)
    try:
        writer = a4_pdf_writer(path, title)
        document = InertDocument()
        document.setDocumentMargin(0)
        set_inert_markdown(document, markdown, already_escaped=True)
        document.print_(writer)
        del writer  # closes and flushes the file
    except Exception as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise ExportFileError(path, f"cannot write the PDF ({exc})") from exc
    if not path.exists() or path.stat().st_size == 0:
        raise ExportFileError(path, "the PDF could not be written")
