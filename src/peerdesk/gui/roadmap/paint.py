"""Shared look of the roadmap's goals: status colours and small painting helpers.

Every colour is a role of the current scheme (``theme.colour``), read when painting, so the
timeline and the board follow a switch between light and dark.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPolygonF

from peerdesk.gui.common.theme import colour
from peerdesk.store.records.roadmap import GOAL_STATUSES


def role(name: str) -> QColor:
    """A theme role of the current scheme as a QColor."""
    return QColor(colour(name))


def status_colour(status: str) -> QColor:
    """ "Paused" and "not achieved" are calm colours on purpose: no red, no judgement."""
    return role(f"status_{status}") if status in GOAL_STATUSES else role("muted")


def rounded(painter: QPainter, rect: QRectF, radius: float, fill: QColor, pen: QPen | None) -> None:
    path = QPainterPath()
    path.addRoundedRect(rect, radius, radius)
    painter.fillPath(path, fill)
    if pen is not None:
        painter.setPen(pen)
        painter.drawPath(path)


def diamond(
    painter: QPainter,
    centre: QPointF,
    size: float,
    fill: QColor,
    filled: bool,
    hollow: QColor | None = None,
) -> None:
    """A milestone mark: filled when done, hollow (the row's ``hollow`` background) while open."""
    half = size / 2
    shape = QPolygonF(
        [
            QPointF(centre.x(), centre.y() - half),
            QPointF(centre.x() + half, centre.y()),
            QPointF(centre.x(), centre.y() + half),
            QPointF(centre.x() - half, centre.y()),
        ]
    )
    painter.setPen(QPen(fill, 1.4))
    painter.setBrush(fill if filled else (hollow or role("surface")))
    painter.drawPolygon(shape)
    painter.setBrush(Qt.BrushStyle.NoBrush)
