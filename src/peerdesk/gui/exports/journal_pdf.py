"""A printable PDF of the journal: the Markdown export rendered by QTextDocument.

The Markdown comes from :func:`peerdesk.services.journal.exporters.journal_markdown`, which
escapes raw HTML, and the document never loads external resources, so user text stays
inert. Needs a QGuiApplication (the CLI makes an offscreen one).
"""

from __future__ import annotations

import contextlib
import re
from pathlib import Path

from PySide6.QtCore import QMarginsF, QUrl
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from peerdesk.services.journal.exporters.files import ExportFileError, create_export_file
from peerdesk.services.journal.exporters.markdown import inert_markdown

# GitHub's dialect without HTML and without automatic links (PySide6 exposes only the
# dialects, so the autolink flags - md4c's URL 0x4, e-mail 0x8 and www 0x400 - are cleared
# by value).
_AUTOLINKS = 0x4 | 0x8 | 0x400
MARKDOWN_FEATURES = QTextDocument.MarkdownFeature(
    (QTextDocument.MarkdownFeature.MarkdownDialectGitHub.value & ~_AUTOLINKS)
    | QTextDocument.MarkdownFeature.MarkdownNoHTML.value
)


class LocalOnlyDocument(QTextDocument):
    """Refuses every external resource (images, style sheets): nothing is fetched."""

    def loadResource(self, kind: int, name: QUrl | str) -> object:
        return None


_IMAGE = re.compile(r"!\[([^\]]*)\]\([^)]*\)")
_LINK = re.compile(r"\[([^\]]*)\]\([^)]*\)")
_LINK_DEFINITION = re.compile(r"^(\s{0,3})\[(?=[^\]]+\]:)", re.MULTILINE)
_REFERENCE_LINK = re.compile(r"\[([^\]]*)\]\[[^\]]*\]")


def set_inert_markdown(
    document: QTextDocument, markdown: str, *, already_escaped: bool = False
) -> None:
    """Render ``markdown`` with raw HTML shown as text, images as their names, links as words.

    Nothing the text refers to is loaded: no file, no URL. ``already_escaped``: the text
    comes from :func:`journal_markdown`, which escaped it.
    """
    escaped = markdown if already_escaped else inert_markdown(markdown)
    text = _IMAGE.sub(lambda m: f"*(image: {m.group(1) or 'no name'})*", escaped)
    # Links keep their words and lose their target: nothing in the PDF or the preview
    # can be clicked to open a file or a web address.
    text = _LINK.sub(lambda m: m.group(1), text)
    text = _REFERENCE_LINK.sub(lambda m: m.group(1), text)
    text = _LINK_DEFINITION.sub(lambda m: m.group(1) + "\\[", text)
    document.setMarkdown(text, MARKDOWN_FEATURES)


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
        writer = QPdfWriter(str(path))
        writer.setTitle(title)
        writer.setCreator("PeerDesk")
        writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout.Unit.Millimeter)
        writer.setResolution(300)
        document = LocalOnlyDocument()
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
