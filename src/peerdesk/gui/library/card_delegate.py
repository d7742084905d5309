"""Paints strategy cards: a tile in the grid, a two-line row in the list (user text as text).

Every colour is a theme role (``theme.colour``), so the cards follow the light or dark
scheme; the focus ring marks the current card when the grid has the keyboard focus."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from peerdesk.gui.common.theme import colour
from peerdesk.gui.common.theme import icon as theme_icon
from peerdesk.gui.library.card_model import CARD_ROLE
from peerdesk.services.library import StrategyCard

GRID_SIZE = QSize(236, 156)
LIST_HEIGHT = 50
PAD = 12


class CardDelegate(QStyledItemDelegate):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.grid = True
        self._star = theme_icon("star-filled")

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        if self.grid:
            return GRID_SIZE
        return QSize(max(200, option.rect.width()), LIST_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card = index.data(CARD_ROLE)
        if not isinstance(card, StrategyCard):
            return
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        focused = bool(option.state & QStyle.StateFlag.State_HasFocus)
        rect: QRect = option.rect
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self.grid:
            tile = rect.adjusted(5, 5, -5, -5)
            self._paint_tile(painter, tile, card, selected)
            if focused:
                _focus_ring(painter, QRectF(tile).adjusted(-3, -3, 3, 3), 12)
        else:
            self._paint_row(painter, rect, card, selected)
            if focused:
                _focus_ring(painter, QRectF(rect).adjusted(2, 2, -2, -2), 4)
        painter.restore()

    def _paint_tile(
        self, painter: QPainter, rect: QRect, card: StrategyCard, selected: bool
    ) -> None:
        edge = colour("card_selected_border") if selected else colour("decor_border")
        painter.setPen(QPen(QColor(edge), 2 if selected else 1))
        painter.setBrush(QColor(colour("card_selected_bg") if selected else colour("surface")))
        painter.drawRoundedRect(QRectF(rect), 10, 10)
        inner = rect.adjusted(PAD, PAD - 2, -PAD, -PAD + 2)
        base = QFont(painter.font())
        title_font = QFont(base)
        title_font.setBold(True)
        title_font.setPointSizeF(base.pointSizeF() + 1)
        star_room = 20 if card.favourite else 0
        painter.setFont(title_font)
        painter.setPen(QColor(colour("ink")))
        metrics = QFontMetrics(title_font)
        title_rect = QRect(
            inner.left(), inner.top(), inner.width() - star_room, metrics.height() * 2
        )
        _draw_lines(
            painter, title_rect, metrics, _elide_lines(card.title, metrics, title_rect.width(), 2)
        )
        if card.favourite:
            self._star.paint(painter, QRect(inner.right() - 16, inner.top() + 2, 16, 16))
        used = metrics.boundingRect(title_rect, Qt.TextFlag.TextWordWrap, card.title).height()
        top = inner.top() + min(used, metrics.height() * 2) + 2
        painter.setFont(base)
        small = QFontMetrics(base)
        painter.setPen(QColor(colour("card_meta")))
        painter.drawText(
            QRect(inner.left(), top, inner.width(), small.height()),
            0,
            small.elidedText(_meta(card), Qt.TextElideMode.ElideRight, inner.width()),
        )
        top += small.height() + 4
        painter.setPen(QColor(colour("ink")))
        bottom = inner.bottom() - small.height() - 4
        lines = max(1, (bottom - top) // small.height())
        _draw_lines(
            painter,
            QRect(inner.left(), top, inner.width(), bottom - top),
            small,
            _elide_lines(card.content.summary, small, inner.width(), lines),
        )
        painter.setPen(QColor(colour("muted")))
        painter.drawText(
            QRect(inner.left(), inner.bottom() - small.height(), inner.width(), small.height()),
            0,
            small.elidedText(
                card.effectiveness.short(), Qt.TextElideMode.ElideRight, inner.width()
            ),
        )

    def _paint_row(
        self, painter: QPainter, rect: QRect, card: StrategyCard, selected: bool
    ) -> None:
        if selected:
            painter.fillRect(rect, QColor(colour("card_row_selected_bg")))
        painter.setPen(QColor(colour("card_row_divider")))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        inner = rect.adjusted(PAD, 5, -PAD, -5)
        base = QFont(painter.font())
        bold = QFont(base)
        bold.setBold(True)
        metrics = QFontMetrics(bold)
        star_room = 22 if card.favourite else 0
        if card.favourite:
            self._star.paint(painter, QRect(inner.left(), inner.top() + 2, 16, 16))
        painter.setFont(bold)
        painter.setPen(QColor(colour("ink")))
        figure = card.effectiveness.short()
        small = QFontMetrics(base)
        figure_width = min(small.horizontalAdvance(figure) + 8, inner.width() // 2)
        painter.drawText(
            QRect(
                inner.left() + star_room,
                inner.top(),
                inner.width() - star_room - figure_width,
                metrics.height(),
            ),
            0,
            metrics.elidedText(
                card.title, Qt.TextElideMode.ElideRight, inner.width() - star_room - figure_width
            ),
        )
        painter.setFont(base)
        painter.setPen(QColor(colour("muted")))
        painter.drawText(
            QRect(inner.right() - figure_width, inner.top(), figure_width, small.height()),
            int(Qt.AlignmentFlag.AlignRight),
            small.elidedText(figure, Qt.TextElideMode.ElideRight, figure_width),
        )
        second = (
            f"{_meta(card)}  ·  {card.content.summary}" if card.content.summary else _meta(card)
        )
        painter.drawText(
            QRect(
                inner.left() + star_room,
                inner.top() + metrics.height() + 2,
                inner.width() - star_room,
                small.height(),
            ),
            0,
            small.elidedText(second, Qt.TextElideMode.ElideRight, inner.width() - star_room),
        )


def _focus_ring(painter: QPainter, rect: QRectF, radius: float) -> None:
    painter.save()
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.setPen(QPen(QColor(colour("focus")), 2))
    painter.drawRoundedRect(rect, radius, radius)
    painter.restore()


def _meta(card: StrategyCard) -> str:
    parts = [card.category or QCoreApplication.translate("CardDelegate", "No category")]
    if card.content.duration_minutes:
        parts.append(f"{card.content.duration_minutes} min")
    return " · ".join(parts)


def _draw_lines(painter: QPainter, rect: QRect, metrics: QFontMetrics, text: str) -> None:
    """Each line as wrapped by ``_elide_lines``, drawn as it is: Qt's own wrapping could
    break a line again (at the space before "…") and push its end out of the card."""
    y = rect.top()
    for line in text.split("\n") if text else []:
        if y + metrics.height() > rect.bottom() + 1:
            break
        shown = line
        if metrics.horizontalAdvance(line) > rect.width():
            shown = metrics.elidedText(line, Qt.TextElideMode.ElideRight, rect.width())
        painter.drawText(QRect(rect.left(), y, rect.width(), metrics.height()), 0, shown)
        y += metrics.height()


def _elide_lines(text: str, metrics: QFontMetrics, width: int, lines: int) -> str:
    """Word-wrapped text cut to ``lines`` lines, with an ellipsis when cut."""
    words = " ".join(text.split()).split(" ")
    out: list[str] = []
    current = ""
    for word in words:
        candidate = f"{current} {word}".strip()
        if metrics.horizontalAdvance(candidate) <= width or not current:
            current = candidate
            continue
        out.append(current)
        current = word
        if len(out) == lines:
            break
    if len(out) < lines and current:
        out.append(current)
        current = ""
    if current or len(" ".join(out)) < len(" ".join(words)):
        out[-1] = metrics.elidedText(out[-1] + "\u00a0…", Qt.TextElideMode.ElideRight, width)
    return "\n".join(out)
