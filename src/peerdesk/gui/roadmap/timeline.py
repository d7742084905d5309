"""The roadmap: goals on a timeline of months, milestones as marks, and a line for today.

One row per goal (a QListView over :class:`~peerdesk.gui.roadmap.models.RoadmapModel`
with uniform row heights, so only the visible rows are ever read), a month ruler above it,
and controls to move and widen the window of months shown.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.elided_label import ElidedLabel
from peerdesk.gui.roadmap.dates import month_name, month_year
from peerdesk.gui.roadmap.models import RoadmapModel, TimelineRow
from peerdesk.gui.roadmap.paint import diamond, role, rounded, status_colour
from peerdesk.i18n import QT_TRANSLATE_NOOP

ROW_HEIGHT = 46


def label_width(total: float) -> float:
    """The goal-name column: two fifths of the width, between 150 and 420 pixels (a long
    name is elided, with the whole name in the tooltip)."""
    return max(150.0, min(420.0, total * 0.4))


SPANS = (
    (6, QT_TRANSLATE_NOOP("RoadmapTimeline", "6 months")),
    (12, QT_TRANSLATE_NOOP("RoadmapTimeline", "A year")),
    (24, QT_TRANSLATE_NOOP("RoadmapTimeline", "Two years")),
)


def add_months(day: date, months: int) -> date:
    total = day.year * 12 + (day.month - 1) + months
    return date(total // 12, total % 12 + 1, 1)


@dataclass
class TimelineScale:
    """Which months are shown, and where a date falls across a given width."""

    first: date  # the first day of the first month shown
    months: int
    today: date

    @property
    def end(self) -> date:
        return add_months(self.first, self.months)

    def fraction(self, day: date) -> float:
        span = (self.end - self.first).days
        return (day - self.first).days / span if span else 0.0

    def x(self, day: date, left: float, width: float) -> float:
        return left + self.fraction(day) * width

    def month_starts(self) -> list[date]:
        return [add_months(self.first, i) for i in range(self.months + 1)]


def month_label(day: date, months: int) -> str:
    """A month on the ruler: its name, with the year in January (or every month when six
    are shown); over two years only January says anything but its name: the year."""
    if months > 12:
        return month_name(day) if day.month != 1 else str(day.year)
    return month_year(day) if day.month == 1 or months <= 6 else month_name(day)


class TimelineDelegate(QStyledItemDelegate):
    def __init__(self, scale: TimelineScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Two lines of text (title, details) and a little air; taller with a large font."""
        bold = QFont(option.font)
        bold.setBold(True)
        lines = QFontMetrics(bold).lineSpacing() + QFontMetrics(option.font).lineSpacing()
        return QSize(400, max(ROW_HEIGHT, lines + 12))

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row = index.data(RoadmapModel.RowRole)
        rect = QRectF(option.rect)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        background = role("timeline_selected" if selected else "surface")
        painter.fillRect(rect, background)
        label = label_width(rect.width())
        left = rect.left() + label
        width = max(rect.width() - label - 12, 10)
        self._paint_grid(painter, rect, left, width)
        if isinstance(row, TimelineRow):
            self._paint_label(painter, option, rect, label, row)
            self._paint_bar(painter, rect, left, width, row, background)
        today_x = self.scale.x(self.scale.today, left, width)
        if left <= today_x <= left + width:
            painter.setPen(QPen(role("today_line"), 1.5))
            painter.drawLine(QPointF(today_x, rect.top()), QPointF(today_x, rect.bottom()))
        painter.setPen(QPen(role("grid_line"), 1))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        painter.restore()

    def _paint_grid(self, painter: QPainter, rect: QRectF, left: float, width: float) -> None:
        painter.setPen(QPen(role("grid_line"), 1))
        for start in self.scale.month_starts():
            x = self.scale.x(start, left, width)
            painter.drawLine(QPointF(x, rect.top()), QPointF(x, rect.bottom()))

    def _paint_label(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        rect: QRectF,
        label: float,
        row: TimelineRow,
    ) -> None:
        goal = row.goal
        font = QFont(option.font)
        title_font = QFont(font)
        title_font.setBold(True)
        metrics = QFontMetrics(title_font)
        title_height = metrics.lineSpacing()
        meta_height = QFontMetrics(font).lineSpacing()
        top = rect.top() + max((rect.height() - title_height - meta_height) / 2, 2)
        text_rect = QRectF(rect.left() + 10, top, label - 18, title_height)
        painter.setFont(title_font)
        painter.setPen(role("ink"))
        elide = Qt.TextElideMode.ElideRight
        title = metrics.elidedText(goal.title, elide, int(text_rect.width()))
        left_middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(text_rect, left_middle, title)
        painter.setFont(font)
        painter.setPen(role("muted"))
        meta = f"{goal.person_name} · {goal.life_area} · {goal.status_label}"
        if goal.date_warnings:
            meta = "⚠ " + meta
            painter.setPen(role("warning"))
        meta = QFontMetrics(font).elidedText(meta, elide, int(text_rect.width()))
        meta_rect = QRectF(text_rect.left(), text_rect.bottom(), text_rect.width(), meta_height)
        painter.drawText(meta_rect, left_middle, meta)

    def _paint_bar(
        self,
        painter: QPainter,
        rect: QRectF,
        left: float,
        width: float,
        row: TimelineRow,
        background: QColor,
    ) -> None:
        goal = row.goal
        colour = status_colour(goal.status)
        start = goal.start_date or goal.target_date
        end = goal.target_date or goal.start_date
        centre_y = rect.center().y()
        if start is not None and end is not None:
            if end < start:  # out of order: drawn across, dashed, and flagged
                start, end = end, start
            x1 = max(self.scale.x(start, left, width), left - 4)
            x2 = min(self.scale.x(end, left, width), left + width + 4)
            if x2 >= x1:  # one date only: a short pill where it starts
                bar = QRectF(x1, centre_y - 7, max(x2 - x1, 10), 14)
                fill = QColor(colour)
                fill.setAlpha(70)
                pen = QPen(colour, 1.2)
                if goal.target_before_start:
                    pen = QPen(role("warning"), 1.4, Qt.PenStyle.DashLine)
                rounded(painter, bar, 6, fill, pen)
                if goal.progress > 0:
                    done = QRectF(bar.left(), bar.top(), bar.width() * goal.progress, bar.height())
                    rounded(painter, done, 6, colour, None)
        for due, done_mark in row.marks:
            if self.scale.first <= due <= self.scale.end:
                x = self.scale.x(due, left, width)
                diamond(painter, QPointF(x, centre_y), 11, colour, done_mark, background)


class MonthRuler(QWidget):
    """The month names above the timeline, aligned with the rows' columns."""

    def __init__(self, scale: TimelineScale, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.scale = scale
        self.right_margin = 12
        self._fit_height()

    def _fit_height(self) -> None:
        self.setFixedHeight(max(26, self.fontMetrics().height() + 10))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_height()  # month names keep their room at a large font

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = QRectF(self.rect())
        painter.fillRect(rect, role("ruler_bg"))
        # The rows are narrower than the ruler by the list's scroll bar.
        row_width = rect.width() - self.right_margin
        label = label_width(row_width)
        left = label
        width = max(row_width - label - 12, 10)
        painter.setPen(role("muted"))
        painter.drawText(
            QRectF(10, 0, label - 20, rect.height()),
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            QCoreApplication.translate("RoadmapTimeline", "Goal"),
        )
        starts = self.scale.month_starts()
        metrics = QFontMetrics(self.font())
        every = 1
        per_month = width / max(self.scale.months, 1)
        widest = metrics.horizontalAdvance(month_year(date(2026, 9, 1)))
        while every < 12 and per_month * every < widest * 0.6:
            every += 1
        for i, (a, b) in enumerate(itertools.pairwise(starts)):
            x1, x2 = self.scale.x(a, left, width), self.scale.x(b, left, width)
            painter.setPen(role("grid_line"))
            painter.drawLine(QPointF(x1, 0), QPointF(x1, rect.height()))
            if i % every:
                continue
            text = month_label(a, self.scale.months)
            if metrics.horizontalAdvance(text) > (x2 - x1) * every - 12:  # keep a gap
                text = month_name(a)
            painter.setPen(role("ink"))
            painter.drawText(
                QRectF(x1 + 3, 0, (x2 - x1) * every - 4, rect.height()),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                text,
            )
        today_x = self.scale.x(self.scale.today, left, width)
        if left <= today_x <= left + width:
            painter.setPen(QPen(role("today_line"), 2))
            painter.drawLine(QPointF(today_x, rect.height() - 8), QPointF(today_x, rect.height()))
        painter.end()


class RoadmapTimeline(QWidget):
    goal_selected = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        day = today or date.today()
        self.scale = TimelineScale(first=add_months(day, -2), months=12, today=day)
        self.earlier = QPushButton(self.tr("Earlier"))
        self.earlier.setObjectName("earlierButton")
        self.today_button = QPushButton(self.tr("Today"))
        self.today_button.setObjectName("todayButton")
        self.later = QPushButton(self.tr("Later"))
        self.later.setObjectName("laterButton")
        self.earlier.setToolTip(self.tr("Show earlier months"))
        self.today_button.setToolTip(self.tr("Show the months around today"))
        self.later.setToolTip(self.tr("Show later months"))
        self.span = QComboBox()
        self.span.setObjectName("spanCombo")
        for months, label in SPANS:
            self.span.addItem(QCoreApplication.translate("RoadmapTimeline", label), months)
        name(self.span, self.tr("Months shown"))
        self.span.setCurrentIndex(1)
        self.range_label = ElidedLabel()
        self.range_label.setProperty("role", "muted")
        controls = QHBoxLayout()
        for widget in (self.earlier, self.today_button, self.later, self.span):
            controls.addWidget(widget)
        controls.addWidget(self.range_label, 1)
        self.ruler = MonthRuler(self.scale)
        self.ruler.right_margin = self.style().pixelMetric(
            QStyle.PixelMetric.PM_ScrollBarExtent
        ) + 2 * self.style().pixelMetric(QStyle.PixelMetric.PM_DefaultFrameWidth)
        self.view = QListView()
        self.view.setObjectName("timelineView")
        self.view.setUniformItemSizes(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        name(
            self.view,
            self.tr("Goals on a timeline"),
            self.tr("Arrow keys choose a goal; its milestones and check-ins show beside"),
        )
        self.delegate = TimelineDelegate(self.scale, self.view)
        self.view.setItemDelegate(self.delegate)
        self.empty_label = QLabel(
            self.tr("No goals to show. Start with “New goal”, or change the filters.")
        )
        self.empty_label.setObjectName("timelineEmpty")
        self.empty_label.setWordWrap(True)
        self.empty_label.setProperty("role", "muted")
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(controls)
        layout.addWidget(self.ruler)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty_label)
        self.earlier.clicked.connect(lambda: self.shift(-max(1, self.scale.months // 3)))
        self.later.clicked.connect(lambda: self.shift(max(1, self.scale.months // 3)))
        self.today_button.clicked.connect(self.go_to_today)
        self.span.currentIndexChanged.connect(self._span_changed)
        self.model: RoadmapModel | None = None
        self._selecting = False
        self._update_range()

    def set_model(self, model: RoadmapModel | None) -> None:
        if self.model is not None:
            self.model.modelReset.disconnect(self._update_empty)
            self.model.rowsInserted.disconnect(self._update_empty)
            self.model.rowsRemoved.disconnect(self._update_empty)
        self.model = model
        self.view.setModel(model)
        if model is not None:
            model.modelReset.connect(self._update_empty)
            model.rowsInserted.connect(self._update_empty)
            model.rowsRemoved.connect(self._update_empty)
            self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self._update_empty()

    def _update_empty(self, *_args: object) -> None:
        empty = self.model is None or self.model.rowCount() == 0
        self.empty_label.setVisible(empty)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting:
            return
        if self.model is not None and current.isValid():
            goal_id = self.model.id_at(current.row())
            if goal_id:
                self.goal_selected.emit(goal_id)

    def select_goal(self, goal_id: str | None) -> None:
        """Show ``goal_id`` as the chosen row (None: no row, as after a goal was deleted)."""
        if self.model is None:
            return
        row = self.model.row_of(goal_id) if goal_id is not None else None
        if goal_id is not None and row is None:
            return
        self._selecting = True  # the page chose this goal; no need to tell it back
        try:
            if row is None:
                self.view.selectionModel().clearSelection()
            else:
                self.view.setCurrentIndex(self.model.index(row))
        finally:
            self._selecting = False

    def shift(self, months: int) -> None:
        self.scale.first = add_months(self.scale.first, months)
        self._update_range()

    def go_to_today(self) -> None:
        self.scale.first = add_months(self.scale.today, -max(1, self.scale.months // 6))
        self._update_range()

    def set_today(self, today: date) -> None:
        self.scale.today = today
        self.go_to_today()

    def _span_changed(self) -> None:
        self.scale.months = int(self.span.currentData())
        self.go_to_today()

    def _update_range(self) -> None:
        last = add_months(self.scale.first, self.scale.months - 1)
        self.range_label.setText(f"{month_year(self.scale.first)} – {month_year(last)}")
        self.ruler.update()
        self.view.viewport().update()
