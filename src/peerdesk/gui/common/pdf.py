"""The page every PeerDesk PDF is printed on: A4 portrait, 18 mm margins, PeerDesk as creator."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter


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
