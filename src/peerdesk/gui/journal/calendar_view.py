"""A month calendar with each day's mood as its colour; clicking a day shows its entries."""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import QCalendarWidget, QLabel, QVBoxLayout, QWidget

from peerdesk.gui.common.theme import INK
from peerdesk.gui.journal.mood_colors import mood_color
from peerdesk.services.journal import JournalService


class MoodCalendar(QWidget):
    day_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        # Qt paints weekend numbers red; on a mood calendar red reads as "bad day".
        plain = QTextCharFormat()
        plain.setForeground(QColor(INK))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)
        self.legend = QLabel(
            "Each day is coloured by its average mood: warm for low days, teal for good ones. "
            "Click a day to see its entries."
        )
        self.legend.setWordWrap(True)
        self.legend.setProperty("role", "muted")
        layout = QVBoxLayout(self)
        layout.addWidget(self.calendar, 1)
        layout.addWidget(self.legend)
        self._journal: JournalService | None = None
        self.coloured: dict[date, float] = {}
        self.calendar.currentPageChanged.connect(lambda _y, _m: self.refresh())
        self.calendar.clicked.connect(self._clicked)

    def attach(self, journal: JournalService) -> None:
        self._journal = journal
        self.refresh()

    def detach(self) -> None:
        self._journal = None
        self._clear_formats()

    def _clear_formats(self) -> None:
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clears every format
        self.coloured = {}

    def refresh(self) -> None:
        self._clear_formats()
        if self._journal is None:
            return
        year, month = self.calendar.yearShown(), self.calendar.monthShown()
        first = date(year, month, 1)
        last = date(year, month, calendar.monthrange(year, month)[1])
        self.coloured = self._journal.trends.day_moods(first, last)
        for day, mood in self.coloured.items():
            fmt = QTextCharFormat()
            colour = mood_color(mood)
            colour.setAlpha(150)
            fmt.setBackground(colour)
            fmt.setToolTip(f"Average mood {mood:.1f}")
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    def _clicked(self, qdate: QDate) -> None:
        self.day_chosen.emit(date(qdate.year(), qdate.month(), qdate.day()))
