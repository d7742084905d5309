"""PeerDesk's PDFs: the A4 page (18 mm margins, PeerDesk as creator), inert Markdown
documents written to new owner-only files, and the offscreen QGuiApplication the CLI needs."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPdfWriter,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextFrame,
    QTextTable,
)

from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.services.export_files import ExportFileError, create_export_file


def a4_pdf_writer(path: Path, title: str, *, resolution: int = 300) -> QPdfWriter:
    """A writer into ``path`` (create the file owner-only first; deleting it closes the file)."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("PeerDesk")
    writer.setResolution(resolution)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    return writer


def paginate_for(doc: QTextDocument, writer: QPagedPaintDevice) -> None:
    """Lay ``doc`` out in pages of the writer's printable area, with the 2 cm margin Qt's
    own printing adds, in the document's own units (the screen's dots per inch; printing
    scales each page onto the paper). Page breaks can then be inspected, and fixed, before
    ``print_``, which prints this pagination as it is."""
    device = doc.documentLayout().paintDevice()
    if device is not None:
        dpi = float(device.logicalDpiY())
    else:
        screen = QGuiApplication.primaryScreen()
        dpi = screen.logicalDotsPerInch() if screen is not None else 96.0
    rect = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    fmt = doc.rootFrame().frameFormat()
    fmt.setMargin((2 / 2.54) * dpi)
    doc.rootFrame().setFrameFormat(fmt)
    doc.setPageSize(QSizeF(rect.width() * dpi, rect.height() * dpi))


def print_paginated(doc: QTextDocument, device: QPagedPaintDevice) -> None:
    """Print a document laid out by ``paginate_for`` page by page as it is (the page
    breaks ``keep_table_rows_whole`` chose stay where they are), each page numbered at the
    bottom right as Qt's own printing does."""
    page = doc.pageSize()
    painter = QPainter()
    if not painter.begin(device):
        raise OSError("cannot paint on the printer or PDF")
    try:
        dpi = device.logicalDpiY()
        area = QRectF(device.pageLayout().paintRectPixels(device.logicalDpiX()))
        scale = area.width() / page.width()
        margin = (2 / 2.54) * dpi
        font = QFont(doc.defaultFont())
        for number in range(doc.pageCount()):
            if number and not device.newPage():
                raise OSError("cannot start a new page")
            painter.save()
            painter.scale(scale, scale)
            painter.translate(0, -number * page.height())
            doc.drawContents(
                painter, QRectF(0, number * page.height(), page.width(), page.height())
            )
            painter.restore()
            painter.setFont(font)
            painter.setPen(QColor("black"))
            painter.drawText(
                QRectF(0, area.height() - margin + 5 * dpi / 72, area.width() - margin, margin / 2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                str(number + 1),
            )
    finally:
        painter.end()


def keep_table_rows_whole(doc: QTextDocument, *, max_rounds: int = 500) -> int:
    """Move every table row that a page break would cut in two to the next page.

    Qt breaks a table anywhere, even in the middle of a row's text. Here, each row that
    would straddle two pages starts a new table (its header row repeated) on the next page.
    Returns how many rows were moved. Call after ``paginate_for``.
    """
    page = doc.pageSize().height()
    moved = 0
    skip: set[int] = set()
    for _ in range(max_rounds):
        found = _first_cut_row(doc, page, skip)
        if found is None:
            return moved
        table, row = found
        if row <= table.format().headerRowCount() or row <= 1:
            # The first row does not fit under the heading: the whole table moves on.
            fmt = table.format()
            if fmt.pageBreakPolicy() & QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore:
                skip.add(table.firstPosition())  # taller than a page: nothing to do
                continue
            fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
            table.setFormat(fmt)
        else:
            _split_table(doc, table, row)
        moved += 1
    return moved


def _row_span(doc: QTextDocument, table: QTextTable, row: int) -> tuple[float, float]:
    layout = doc.documentLayout()
    top, bottom = float("inf"), 0.0
    for column in range(table.columns()):
        cell = table.cellAt(row, column)
        block = cell.firstCursorPosition().block()
        while block.isValid() and block.position() <= cell.lastPosition():
            rect = layout.blockBoundingRect(block)
            top = min(top, rect.top())
            bottom = max(bottom, rect.bottom())
            block = block.next()
    return top, bottom


def _tables(frame: QTextFrame) -> list[QTextTable]:
    found: list[QTextTable] = []
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            found.append(child)
        found += _tables(child)
    return found


def _first_cut_row(
    doc: QTextDocument, page: float, skip: set[int]
) -> tuple[QTextTable, int] | None:
    doc.documentLayout().documentSize()  # make sure the layout is current
    for table in _tables(doc.rootFrame()):
        if table.firstPosition() in skip:
            continue
        for row in range(table.rows()):
            top, bottom = _row_span(doc, table, row)
            if bottom <= top or bottom - top >= page:
                continue
            if int(top // page) != int((bottom - 1) // page):
                return table, row
    return None


def _split_table(doc: QTextDocument, table: QTextTable, row: int) -> None:
    """Rows ``row``… of ``table`` go to a new table after it that starts a new page."""
    rows, columns = table.rows(), table.columns()
    header = 1  # Markdown tables have one header row
    cursor = QTextCursor(doc)
    cursor.setPosition(table.lastPosition() + 1)
    fmt = table.format()
    fmt.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
    new = cursor.insertTable(header + rows - row, columns, fmt)
    sources = list(range(header)) + list(range(row, rows))
    for target_row, source_row in enumerate(sources):
        for column in range(columns):
            source = table.cellAt(source_row, column)
            select = QTextCursor(doc)
            select.setPosition(source.firstPosition())
            select.setPosition(source.lastPosition(), QTextCursor.MoveMode.KeepAnchor)
            target = new.cellAt(target_row, column)
            target.setFormat(source.format())
            target.firstCursorPosition().insertFragment(select.selection())
    table.removeRows(row, rows - row)


def ensure_gui_application() -> None:
    """QTextDocument needs a QGuiApplication (fonts); the CLI makes an offscreen one."""
    if QCoreApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["peerdesk"])
        app.setApplicationName("PeerDesk")


def print_markdown_pdf(markdown: str, path: Path, title: str) -> None:
    """Print already-escaped ``markdown`` as an A4 PDF into the file at ``path``, which the
    caller made owner-only (inert: no link is live and nothing is loaded)."""
    writer = a4_pdf_writer(path, title)
    document = InertDocument()
    document.setDocumentMargin(0)
    set_inert_markdown(document, markdown, already_escaped=True)
    document.print_(writer)
    del writer  # closes and flushes the file


def write_markdown_pdf(markdown: str, path: Path, title: str) -> None:
    """Write already-escaped ``markdown`` as an A4 PDF to a new owner-only file at ``path``
    (inert: no link is live and nothing is loaded); nothing is left behind on failure.
    In one call on this thread: the CLI's way (a window uses ``pdf_process``)."""
    ensure_gui_application()
    create_export_file(path)
    try:
        print_markdown_pdf(markdown, path, title)
    except Exception as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise ExportFileError(path, f"cannot write the PDF ({exc})") from exc
    if not path.exists() or path.stat().st_size == 0:
        raise ExportFileError(path, "the PDF could not be written")
