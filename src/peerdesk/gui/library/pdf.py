"""PDF for the library: a booklet (one card per page) and the one-page crisis plan.

Rendered with QTextDocument + QPdfWriter (works offscreen). User text arrives as Markdown
whose HTML was made inert, is parsed with HTML switched off, and no resource is ever
loaded (images, links to files or the network stay text).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF
from PySide6.QtGui import QFont, QPagedPaintDevice, QPainter, QPdfWriter, QTextDocument

from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.gui.common.pdf import a4_pdf_writer
from peerdesk.services.library import CrisisItem
from peerdesk.services.library.formats.export import LibraryExport
from peerdesk.services.library.formats.markdown_file import card_markdown, crisis_plan_markdown
from peerdesk.vault.files import PRIVATE_FILE_MODE

BODY_POINTS = 11.0


def markdown_document(markdown: str, width: float) -> InertDocument:
    """``markdown`` was made by services.exchange.library_markdown (HTML already escaped)."""
    doc = InertDocument()
    doc.setDefaultStyleSheet("")
    font = QFont(doc.defaultFont())
    font.setPointSizeF(BODY_POINTS)
    doc.setDefaultFont(font)
    set_inert_markdown(doc, markdown, already_escaped=True)
    doc.setTextWidth(width)
    return doc


@contextlib.contextmanager
def _pdf_painter(path: Path, title: str) -> Iterator[tuple[QPdfWriter, QPainter, QRectF]]:
    # Create the file owner-only before Qt writes into it.
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    writer = a4_pdf_writer(path, title, resolution=96)
    painter = QPainter()
    if not painter.begin(writer):
        raise OSError(
            QCoreApplication.translate("LibraryPdf", "cannot write a PDF to {file}").format(
                file=path
            )
        )
    try:
        page = QRectF(writer.pageLayout().paintRectPixels(writer.resolution()))
        yield writer, painter, QRectF(0, 0, page.width(), page.height())
    finally:
        painter.end()


def _paint_paginated(
    writer: QPdfWriter, painter: QPainter, page: QRectF, doc: QTextDocument, first: bool
) -> None:
    height = doc.size().height()
    offset = 0.0
    while True:
        if not first:
            writer.newPage()
        first = False
        painter.save()
        painter.translate(0, -offset)
        doc.drawContents(painter, QRectF(0, offset, page.width(), page.height()))
        painter.restore()
        offset += page.height()
        if offset >= height:
            break


def write_booklet_pdf(export: LibraryExport, path: Path) -> int:
    """One card per page (a long card continues on the next). Returns the number of cards."""
    title = QCoreApplication.translate("LibraryPdf", "Coping strategies")
    with _pdf_painter(path, title) as (writer, painter, page):
        first = True
        for card in export.cards:
            doc = markdown_document(
                card_markdown(card, include_personal=export.include_personal, heading="#"),
                page.width(),
            )
            _paint_paginated(writer, painter, page, doc, first)
            first = False
        if export.include_personal and export.crisis_plan:
            doc = markdown_document(crisis_plan_markdown(export.crisis_plan), page.width())
            _paint_paginated(writer, painter, page, doc, first)
            first = False
        if first:
            nothing = QCoreApplication.translate("LibraryPdf", "No cards were chosen.")
            doc = markdown_document(f"# {title}\n\n{nothing}", page.width())
            doc.drawContents(painter, page)
    return len(export.cards)


def write_crisis_plan_pdf(items: Iterable[CrisisItem], path: Path) -> None:
    """The crisis plan on exactly one page (scaled down if it is long)."""
    title = QCoreApplication.translate("LibraryPdf", "My crisis plan")
    with _pdf_painter(path, title) as (_writer, painter, page):
        _paint_crisis_plan(painter, page, items)


def print_crisis_plan_on(items: Iterable[CrisisItem], device: QPagedPaintDevice) -> None:
    """The same one page on a printer (any paged device), whatever its resolution."""
    painter = QPainter()
    if not painter.begin(device):
        raise OSError(QCoreApplication.translate("LibraryPdf", "cannot print the crisis plan"))
    try:
        dpi_scale = device.logicalDpiX() / 96
        pixels = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        painter.scale(dpi_scale, dpi_scale)
        page = QRectF(0, 0, pixels.width() / dpi_scale, pixels.height() / dpi_scale)
        _paint_crisis_plan(painter, page, items)
    finally:
        painter.end()


def _paint_crisis_plan(painter: QPainter, page: QRectF, items: Iterable[CrisisItem]) -> None:
    doc = markdown_document(crisis_plan_markdown(items), page.width())
    size: QSizeF = doc.size()
    scale = min(1.0, page.height() / size.height()) if size.height() > 0 else 1.0
    if scale < 1.0:
        # Re-flow at the wider width the smaller scale allows, then fit the height.
        doc.setTextWidth(page.width() / scale)
        scale = min(scale, page.height() / doc.size().height(), page.width() / doc.textWidth())
    painter.scale(scale, scale)
    doc.drawContents(painter, QRectF(0, 0, page.width() / scale, page.height() / scale))
