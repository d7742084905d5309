"""Trends: mood over a week, month or year, tracker lines, emotion counts, days checked in.

"Days checked in" only ever grows: a gap never resets anything to zero.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QDateTimeAxis,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QDateTime, QMargins, Qt
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.services.journal import JournalService
from peerdesk.services.journal.trends import Bucket

RANGES: list[tuple[str, int, Bucket]] = [
    ("Past week, by day", 7, "day"),
    ("Past month, by day", 31, "day"),
    ("Past three months, by week", 92, "week"),
    ("Past year, by month", 366, "month"),
]
_TRACKER_COLOURS = ("#e8b86d", "#7a5ea8", "#c0664f", "#4b8bbe")


def _msecs(day: date) -> float:
    return float(QDateTime(datetime.combine(day, time(12, 0))).toMSecsSinceEpoch())


def _chart(title: str) -> QChart:
    chart = QChart()
    chart.setTitle(title)
    chart.setBackgroundRoundness(8)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    # Each legend entry is drawn with its series' own pen: the dashed tracker lines read
    # as dashed in the legend too, not as a plain square.
    chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
    return chart


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_combo = QComboBox()
        for title, _days, _bucket in RANGES:
            self.range_combo.addItem(title)
        self.range_combo.setCurrentIndex(1)
        self.days_label = QLabel()
        self.days_label.setObjectName("headingLabel")
        top = QHBoxLayout()
        top.addWidget(self.range_combo)
        top.addStretch(1)
        top.addWidget(self.days_label)
        self.mood_view = QChartView()
        self.emotion_view = QChartView()
        self.days_view = QChartView()
        for view in (self.mood_view, self.emotion_view, self.days_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.mood_view, 0, 0, 1, 2)
        grid.addWidget(self.emotion_view, 1, 0)
        grid.addWidget(self.days_view, 1, 1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(charts)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(scroll, 1)
        self._journal: JournalService | None = None
        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.clear()

    def attach(self, journal: JournalService) -> None:
        self._journal = journal
        self.refresh()

    def detach(self) -> None:
        self._journal = None
        self.clear()

    def clear(self) -> None:
        for view in (self.mood_view, self.emotion_view, self.days_view):
            old = view.chart()
            view.setChart(QChart())
            if old is not None:
                old.deleteLater()
        self.days_label.clear()

    def refresh(self) -> None:
        if self._journal is None:
            return
        _title, days, bucket = RANGES[self.range_combo.currentIndex()]
        until = date.today()
        since = until - timedelta(days=days - 1)
        trends = self._journal.trends
        self.mood_points = trends.mood(since, until, bucket)
        mood_chart = _chart("Mood (average, 0–10)")
        mood_series = QLineSeries()
        mood_series.setName("Mood")
        mood_series.setPen(QPen(QColor("#2a7f7a"), 3))
        for point in self.mood_points:
            mood_series.append(_msecs(point.start), point.value)
        mood_chart.addSeries(mood_series)
        series = [mood_series]
        scales = [t for t in self._journal.trackers() if t.kind == "scale"]
        for n, tracker in enumerate(scales[: len(_TRACKER_COLOURS)]):
            points = trends.tracker(tracker.id, since, until, bucket)
            if not points:
                continue
            line = QLineSeries()
            span = max(tracker.scale_max - tracker.scale_min, 1)
            line.setName(
                QCoreApplication.translate("TrendsView", "{name} (dashed, scaled to 0–10)").format(
                    name=tracker.name
                )
            )
            line.setPen(QPen(QColor(_TRACKER_COLOURS[n]), 2, Qt.PenStyle.DashLine))
            for point in points:
                line.append(_msecs(point.start), (point.value - tracker.scale_min) * 10 / span)
            mood_chart.addSeries(line)
            series.append(line)
        x_axis = QDateTimeAxis()
        x_axis.setFormat("d MMM" if bucket != "month" else "MMM yy")
        x_axis.setRange(
            QDateTime(datetime.combine(since, time())), QDateTime(datetime.combine(until, time(23)))
        )
        y_axis = QValueAxis()
        y_axis.setRange(0, 10)
        y_axis.setTickCount(6)
        y_axis.setLabelFormat("%d")
        mood_chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        mood_chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)
        for line in series:
            line.attachAxis(x_axis)
            line.attachAxis(y_axis)
        self._set_chart(self.mood_view, mood_chart)

        self.emotion_counts = trends.emotion_counts(since, until)[:8]
        emotion_chart = _chart("Emotions named most often")
        bars = QBarSet("Times")
        bars.setColor(QColor("#e8b86d"))
        shown = list(reversed(self.emotion_counts))  # the most frequent at the top
        for _name, count in shown:
            bars.append(count)
        bar_series = QHorizontalBarSeries()
        bar_series.append(bars)
        emotion_chart.addSeries(bar_series)
        categories = QBarCategoryAxis()
        categories.append([name for name, _count in shown] or ["—"])
        counts_axis = QValueAxis()
        counts_axis.setRange(0, max([c for _n, c in self.emotion_counts] or [1]))
        counts_axis.setLabelFormat("%d")
        emotion_chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        emotion_chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignBottom)
        bar_series.attachAxis(categories)
        bar_series.attachAxis(counts_axis)
        emotion_chart.legend().hide()
        self._set_chart(self.emotion_view, emotion_chart)

        total = trends.days_checked_in()
        self.days_label.setText(self.tr("%n day(s) checked in", "", total))
        cumulative = trends.days_checked_in_cumulative(since, until)
        days_chart = _chart("Days checked in, counted up (gaps never reset it)")
        days_series = QLineSeries()
        days_series.setName("Days checked in")
        days_series.setPen(QPen(QColor("#2a7f7a"), 2))
        for point in cumulative:
            days_series.append(_msecs(point.start), point.value)
        days_chart.addSeries(days_series)
        days_x = QDateTimeAxis()
        days_x.setFormat("d MMM")
        days_x.setRange(
            QDateTime(datetime.combine(since, time())), QDateTime(datetime.combine(until, time(23)))
        )
        days_y = QValueAxis()
        low = min((p.value for p in cumulative), default=0.0)
        days_y.setRange(max(0.0, low - 1), max(float(total), low + 1))
        days_y.setLabelFormat("%d")
        days_chart.addAxis(days_x, Qt.AlignmentFlag.AlignBottom)
        days_chart.addAxis(days_y, Qt.AlignmentFlag.AlignLeft)
        days_series.attachAxis(days_x)
        days_series.attachAxis(days_y)
        days_chart.legend().hide()
        self._set_chart(self.days_view, days_chart)

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
