"""Trends: mood over a week, month or year, tracker lines, emotion counts, days checked in.

"Days checked in" only ever grows: a gap never resets anything to zero.

Every chart has a table of the same numbers ("Show as tables", reachable by Tab), for a
screen reader or anyone who prefers numbers to lines. The charts draw with the theme's
roles (``chart_*``, ``surface``, ``ink``), light or dark.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime, time, timedelta
from typing import Any

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
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.theme import colour
from peerdesk.gui.journal.dates import number, qdate, short_day
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.journal import JournalService
from peerdesk.services.journal.content import emotion_label
from peerdesk.services.journal.trends import Bucket, TrendPoint

RANGES: list[tuple[str, int, Bucket]] = [
    (QT_TRANSLATE_NOOP("TrendsView", "Past week, by day"), 7, "day"),
    (QT_TRANSLATE_NOOP("TrendsView", "Past month, by day"), 31, "day"),
    (QT_TRANSLATE_NOOP("TrendsView", "Past three months, by week"), 92, "week"),
    (QT_TRANSLATE_NOOP("TrendsView", "Past year, by month"), 366, "month"),
]
TRACKER_ROLES = ("chart_series_1", "chart_series_2", "chart_series_3", "chart_series_4")
Index = QModelIndex | QPersistentModelIndex
Cell = str | float | int | None


def _t(text: str, n: int = -1) -> str:
    return QCoreApplication.translate("TrendsView", text, None, n)


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


def _paint_with_theme(chart: QChart) -> None:
    """The chart's background, titles, labels and grid in the theme's colours."""
    ink = QColor(colour("ink"))
    chart.setBackgroundBrush(QBrush(QColor(colour("surface"))))
    chart.setBackgroundPen(QPen(QColor(colour("decor_border"))))
    chart.setTitleBrush(QBrush(ink))
    chart.legend().setLabelColor(ink)
    grid = QColor(colour("chart_grid"))
    for axis in chart.axes():
        axis.setLabelsColor(ink)
        axis.setTitleBrush(QBrush(ink))
        axis.setGridLineColor(grid)
        axis.setLinePenColor(QColor(colour("input_border")))


def period_label(start: date, bucket: Bucket) -> str:
    """A bucket's name in a table: the day, "Week of 3 Mar 2026", "March 2026"."""
    if bucket == "week":
        week = QCoreApplication.translate("TrendsView", "Week of {day}")
        return week.format(day=short_day(start))
    if bucket == "month":
        return QLocale().toString(qdate(start), "MMMM yyyy")
    return short_day(start)


class TrendsTableModel(QAbstractTableModel):
    """A chart's numbers as a read-only table: a row per point, a column per series.
    ``DisplayRole`` is the number as the language writes it, ``UserRole`` the value."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Cell]] = []

    def set_rows(self, headers: list[str], rows: list[list[Cell]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(row) for row in rows]
        self.endResetModel()

    def values(self, column: int) -> list[Cell]:
        return [row[column] for row in self._rows]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (
            0 <= index.row() < len(self._rows) and 0 <= index.column() < len(self._headers)
        ):
            return None
        value = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if value is None:
                if role == Qt.ItemDataRole.DisplayRole:
                    return "—"
                return QCoreApplication.translate("TrendsView", "no value")
            if isinstance(value, int):
                return QLocale().toString(value)
            if isinstance(value, float):
                return number(value, 1)
            return value
        if role == Qt.ItemDataRole.UserRole:
            return value
        if role == Qt.ItemDataRole.TextAlignmentRole and not isinstance(value, str):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return super().headerData(section, orientation, role)


def _table(object_name: str, model: TrendsTableModel) -> QTableView:
    view = QTableView()
    view.setObjectName(object_name)
    view.setModel(model)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move inside
    view.setWordWrap(False)  # dates and numbers: one line each, columns as wide as they need
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    view.horizontalHeader().setStretchLastSection(True)
    view.setMinimumHeight(220)
    return view


class TrendsView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.range_combo = QComboBox()
        self.range_combo.setObjectName("rangeCombo")
        for title, _days, _bucket in RANGES:
            self.range_combo.addItem(_t(title))
        self.range_combo.setCurrentIndex(1)
        self.range_combo.setAccessibleName(self.tr("Period shown"))
        self.table_button = QPushButton(self.tr("Show as &tables"))
        self.table_button.setObjectName("tableButton")
        self.table_button.setCheckable(True)
        self.table_button.setToolTip(self.tr("The same numbers as the charts, in tables"))
        self.days_label = QLabel()
        self.days_label.setObjectName("headingLabel")
        top = QHBoxLayout()
        top.addWidget(self.range_combo)
        top.addWidget(self.table_button)
        top.addStretch(1)
        top.addWidget(self.days_label)
        self.mood_view = QChartView()
        self.emotion_view = QChartView()
        self.days_view = QChartView()
        for view in (self.mood_view, self.emotion_view, self.days_view):
            view.setRenderHint(QPainter.RenderHint.Antialiasing)
            view.setMinimumHeight(300)
            view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # nothing to do there by keyboard
        charts = QWidget()
        grid = QGridLayout(charts)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.mood_view, 0, 0, 1, 2)
        grid.addWidget(self.emotion_view, 1, 0)
        grid.addWidget(self.days_view, 1, 1)
        self.chart_page = QScrollArea()
        self.chart_page.setWidgetResizable(True)
        self.chart_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.chart_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.chart_page.setWidget(charts)

        self.mood_table_model = TrendsTableModel(self)
        self.emotion_table_model = TrendsTableModel(self)
        self.days_table_model = TrendsTableModel(self)
        self.mood_table = _table("moodTable", self.mood_table_model)
        self.emotion_table = _table("emotionTable", self.emotion_table_model)
        self.days_table = _table("daysTable", self.days_table_model)
        tables = QWidget()
        table_grid = QGridLayout(tables)
        table_grid.setContentsMargins(0, 0, 0, 0)
        self.table_labels: list[QLabel] = []
        for row, (table, title) in enumerate(
            (
                (self.mood_table, self.tr("Mood and trackers (averages)")),
                (self.emotion_table, self.tr("Emotions named most often")),
                (self.days_table, self.tr("Days checked in, counted up")),
            )
        ):
            label = QLabel(title)
            label.setBuddy(table)  # the table's name, as a screen reader says it
            label.setStyleSheet("font-weight: 600;")
            self.table_labels.append(label)
            table_grid.addWidget(label, row * 2, 0)
            table_grid.addWidget(table, row * 2 + 1, 0)
        self.table_page = QScrollArea()
        self.table_page.setWidgetResizable(True)
        self.table_page.setFrameShape(QScrollArea.Shape.NoFrame)
        self.table_page.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.table_page.setWidget(tables)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.chart_page)
        self.pages.addWidget(self.table_page)
        name(self.pages, self.tr("Trends"))  # else a screen reader says "layered pane"
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pages, 1)
        chain: list[QWidget] = [
            self.range_combo,
            self.table_button,
            self.mood_table,
            self.emotion_table,
            self.days_table,
        ]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)
        self._journal: JournalService | None = None
        self.mood_points: list[TrendPoint] = []
        self.tracker_points: dict[str, list[TrendPoint]] = {}
        self.emotion_counts: list[tuple[str, int]] = []
        self.cumulative: list[TrendPoint] = []
        self.range_combo.currentIndexChanged.connect(lambda _i: self.refresh())
        self.table_button.toggled.connect(self.show_tables)
        self.clear()

    def show_tables(self, on: bool) -> None:
        """Tables instead of charts (or back)."""
        self.table_button.setChecked(on)
        self.pages.setCurrentWidget(self.table_page if on else self.chart_page)
        self.table_button.setText(self.tr("Show as &charts") if on else self.tr("Show as &tables"))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the light or dark scheme changed
            self.refresh()

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
        for model in (self.mood_table_model, self.emotion_table_model, self.days_table_model):
            model.set_rows([], [])
        self.days_label.clear()

    def refresh(self) -> None:
        if self._journal is None:
            return
        _title, days, bucket = RANGES[self.range_combo.currentIndex()]
        until = date.today()
        since = until - timedelta(days=days - 1)
        trends = self._journal.trends
        self.mood_points = trends.mood(since, until, bucket)
        mood_chart = _chart(self.tr("Mood (average, 0–10)"))
        mood_series = QLineSeries()
        mood_series.setName(self.tr("Mood"))
        mood_series.setPen(QPen(QColor(colour("chart_mood")), 3))
        for point in self.mood_points:
            mood_series.append(_msecs(point.start), point.value)
        mood_chart.addSeries(mood_series)
        series = [mood_series]
        scales = [t for t in self._journal.trackers() if t.kind == "scale"]
        self.tracker_points = {}
        charted = []
        for n, tracker in enumerate(scales[: len(TRACKER_ROLES)]):
            points = trends.tracker(tracker.id, since, until, bucket)
            if not points:
                continue
            self.tracker_points[tracker.id] = points
            charted.append(tracker)
            line = QLineSeries()
            span = max(tracker.scale_max - tracker.scale_min, 1)
            line.setName(self.tr("{name} (dashed, scaled to 0–10)").format(name=tracker.name))
            line.setPen(QPen(QColor(colour(TRACKER_ROLES[n])), 2, Qt.PenStyle.DashLine))
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
        self._fill_mood_table(bucket, charted)

        self.emotion_counts = trends.emotion_counts(since, until)[:8]
        emotion_chart = _chart(self.tr("Emotions named most often"))
        bars = QBarSet(self.tr("Times"))
        bars.setColor(QColor(colour("chart_bar")))
        bars.setBorderColor(QColor(colour("chart_bar")))
        shown = list(reversed(self.emotion_counts))  # the most frequent at the top
        for _name, count in shown:
            bars.append(count)
        bar_series = QHorizontalBarSeries()
        bar_series.append(bars)
        emotion_chart.addSeries(bar_series)
        categories = QBarCategoryAxis()
        categories.append([emotion_label(key) for key, _count in shown] or ["—"])
        counts_axis = QValueAxis()
        counts_axis.setRange(0, max([c for _n, c in self.emotion_counts] or [1]))
        counts_axis.setLabelFormat("%d")
        emotion_chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        emotion_chart.addAxis(counts_axis, Qt.AlignmentFlag.AlignBottom)
        bar_series.attachAxis(categories)
        bar_series.attachAxis(counts_axis)
        emotion_chart.legend().hide()
        self._set_chart(self.emotion_view, emotion_chart)
        self.emotion_table_model.set_rows(
            [self.tr("Emotion"), self.tr("Times named")],
            [[emotion_label(key), count] for key, count in self.emotion_counts],
        )

        total = trends.days_checked_in()
        self.days_label.setText(self.tr("%n day(s) checked in", "", total))
        self.cumulative = cumulative = trends.days_checked_in_cumulative(since, until)
        days_chart = _chart(self.tr("Days checked in, counted up (gaps never reset it)"))
        days_series = QLineSeries()
        days_series.setName(self.tr("Days checked in"))
        days_series.setPen(QPen(QColor(colour("chart_days")), 2))
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
        self.days_table_model.set_rows(
            [self.tr("Day"), self.tr("Days checked in so far")],
            [[short_day(point.start), round(point.value)] for point in cumulative],
        )
        for view, chart in (
            (self.mood_view, mood_chart),
            (self.emotion_view, emotion_chart),
            (self.days_view, days_chart),
        ):
            name(view, chart.title(), self.tr('"Show as tables" gives the same numbers.'))

    def _fill_mood_table(self, bucket: Bucket, trackers: list[Any]) -> None:
        """A row per period that has a mood or a tracker value: the mood's average and each
        charted tracker's average on its own scale (the chart scales it to 0–10)."""
        moods = {p.start: p.value for p in self.mood_points}
        values = {t.id: {p.start: p.value for p in self.tracker_points[t.id]} for t in trackers}
        starts = sorted(set(moods).union(*(v.keys() for v in values.values())))
        headers = [self.tr("Period"), self.tr("Mood (0–10)")]
        headers += [
            self.tr("{name} ({low}–{high})").format(
                name=t.name,
                low=QLocale().toString(t.scale_min),
                high=QLocale().toString(t.scale_max),
            )
            for t in trackers
        ]
        rows: list[list[Cell]] = [
            [period_label(start, bucket), moods.get(start)]
            + [values[t.id].get(start) for t in trackers]
            for start in starts
        ]
        self.mood_table_model.set_rows(headers, rows)

    @staticmethod
    def _set_chart(view: QChartView, chart: QChart) -> None:
        _paint_with_theme(chart)
        old = view.chart()
        view.setChart(chart)
        if old is not None and old is not chart:
            old.deleteLater()
