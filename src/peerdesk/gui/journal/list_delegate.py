"""Draws a timeline row: a day heading where the day changes, a mood bar, title, snippet.

The snippet is the user's text escaped by ``snippet_html`` (only our <b> marks are markup),
so nothing the user wrote can become live HTML.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QCoreApplication,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QTextDocument
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from peerdesk.gui.common.theme import colour
from peerdesk.gui.journal.dates import clock, long_day, short_day
from peerdesk.gui.journal.list_model import JournalListModel, row_title
from peerdesk.gui.journal.mood_colors import mood_color
from peerdesk.services.journal.highlight import MARK_OPEN
from peerdesk.services.journal.search import snippet_html

ROW_HEIGHT = 66
HEADING_HEIGHT = 28
Index = QModelIndex | QPersistentModelIndex


def _day(index: Index) -> object:
    value = index.data(JournalListModel.OccurredRole)
    return value.date() if isinstance(value, datetime) else None


def starts_a_day(index: Index) -> bool:
    """Day headings group the timeline; ranked search results are not in date order."""
    model = index.model()
    if isinstance(model, JournalListModel) and model.searching:
        return False
    if index.row() == 0:
        return True
    return model is None or _day(index) != _day(model.index(index.row() - 1, 0))


class JournalListDelegate(QStyledItemDelegate):
    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        extra = HEADING_HEIGHT if starts_a_day(index) else 0
        return QSize(0, ROW_HEIGHT + extra)  # width: whatever the view has

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        painter.save()
        when = index.data(JournalListModel.OccurredRole)
        if starts_a_day(index) and isinstance(when, datetime):
            heading = QRect(rect.left() + 8, rect.top(), rect.width() - 16, HEADING_HEIGHT)
            font = QFont(option.font)
            font.setBold(True)
            painter.setFont(font)
            painter.setPen(QColor(colour("muted")))
            painter.drawText(heading, Qt.AlignmentFlag.AlignVCenter, long_day(when.date()))
            rect = rect.adjusted(0, HEADING_HEIGHT, 0, 0)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(rect, QColor(colour("row_selected")))
        painter.fillRect(
            QRect(rect.left() + 4, rect.top() + 6, 6, rect.height() - 12),
            mood_color(index.data(JournalListModel.MoodRole)),
        )
        kind = str(index.data(JournalListModel.KindRole) or "")
        title = row_title(str(index.data(JournalListModel.TitleRole) or ""), kind)
        mood = index.data(JournalListModel.MoodRole)
        star = " ★" if index.data(JournalListModel.StarredRole) else ""
        time = clock(when) if isinstance(when, datetime) else ""
        model = index.model()
        if isinstance(model, JournalListModel) and model.searching and isinstance(when, datetime):
            time = f"{short_day(when.date())} {time}"
        head = f"{time}  {title}{star}"
        if mood is not None:
            mood_text = QCoreApplication.translate("JournalListDelegate", "mood {mood}")
            head += "   · " + mood_text.format(mood=QLocale().toString(int(mood)))
        font = QFont(option.font)
        font.setBold(True)
        painter.setFont(font)
        # The chosen row has its own light or dark background: the theme's ink reads on it.
        ink = QColor(colour("ink")) if selected else option.palette.color(QPalette.ColorRole.Text)
        painter.setPen(ink)
        text_rect = QRect(rect.left() + 18, rect.top() + 4, rect.width() - 26, 22)
        elided = painter.fontMetrics().elidedText(
            head, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, Qt.AlignmentFlag.AlignVCenter, elided)
        text = str(index.data(JournalListModel.SnippetRole) or "")
        lines = 2 * QFontMetrics(option.font).lineSpacing()
        box = QRect(0, 0, rect.width() - 26, min(lines, ROW_HEIGHT - 30))
        painter.translate(rect.left() + 18, rect.top() + 28)
        painter.setClipRect(box)
        painter.setFont(option.font)
        if MARK_OPEN in text:
            # Matched words in bold: the escaped snippet is the only markup.
            document = QTextDocument()
            document.setDefaultFont(option.font)
            document.setDocumentMargin(0)
            document.setTextWidth(box.width())
            document.setHtml(snippet_html(text))
            document.drawContents(painter)
        else:
            flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
            painter.drawText(box, int(flags), text)
        painter.restore()
