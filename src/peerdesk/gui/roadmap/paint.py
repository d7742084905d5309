"""Shared look of the roadmap's goals: status colours and small painting helpers."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from peerdesk.gui.common.theme import ACCENT, MUTED, SAND

# "Paused" and "not achieved" are calm colours on purpose: no red, no judgement.
STATUS_COLOURS = {
    "proposed": "#8c9aa8",
    "in_progress": ACCENT,
    "paused": SAND,
    "achieved": "#4f8a4b",
    "not_achieved": "#a0968a",
}
TODAY_COLOUR = "#c0603a"
GRID_COLOUR = "#e6dfd2"
WARNING_COLOUR = "#9a6a00"


def status_colour(status: str) -> QColor:
    return QColor(STATUS_COLOURS.get(status, MUTED))


def rounded(painter: QPainter, rect: QRectF, radius: float, fill: QColor, pen: QPen | None) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.fillPath(path, fill)
    if pen is not None:
        painter.setPen(pen)
        painter.drawPath(path)


def diamond(painter: QPainter, centre: QPointF, size: float, colour: QColor, filled: bool) -> None:
    half = size / 2
    shape = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )
    painter.setPen(QPen(colour.darker(130), 1.2))
    painter.setBrush(colour if filled else QColor("white"))
    painter.drawPolygon(shape)
    painter.setBrush(Qt.BrushStyle.NoBrush)
