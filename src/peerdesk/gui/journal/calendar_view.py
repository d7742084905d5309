"""A month calendar with each day's mood as its colour; clicking a day (or Enter on it)
shows its entries.

The colours are theme roles (mood_colors.py), so the dark scheme reaches them; the day
numbers are drawn black or white, whichever reads on the day's colour. A day's tooltip says
its average mood in words, so colour is not the only way to read it.
"""

from __future__ import annotations

import calendar
from datetime import date

from PySide6.QtCore import QDate, QEvent, Qt, Signal
from PySide6.QtGui import QColor, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QLabel,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.theme import colour
from peerdesk.gui.journal.dates import number
from peerdesk.gui.journal.mood_colors import mood_color, mood_text_color
from peerdesk.services.journal import JournalService
from peerdesk.services.journal.content import mood_word


class MoodCalendar(QWidget):
    day_chosen = Signal(object)  # datetime.date

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.calendar = QCalendarWidget()
        self.calendar.setObjectName("moodCalendar")
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self._name_parts()
        self._plain_weekends()
        self.legend = QLabel(
            self.tr(
                "Each day is coloured by its average mood: warm for low days, teal for good "
                "ones. Click a day, or press Enter on it, to see its entries."
            )
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
        self.calendar.activated.connect(self._clicked)  # Enter on a day, or a double click

    def _name_parts(self) -> None:
        """QCalendarWidget's own parts: the month grid and the arrows have no names."""
        view = self.calendar.findChild(QAbstractItemView, "qt_calendar_calendarview")
        if view is not None:
            name(
                view,
                self.tr("Days of the month"),
                self.tr(
                    "Arrow keys move between days, Page Up and Page Down between months; "
                    "Enter shows the day's entries."
                ),
            )
        for object_name, text in (
            ("qt_calendar_prevmonth", self.tr("Previous month")),
            ("qt_calendar_nextmonth", self.tr("Next month")),
            ("qt_calendar_monthbutton", self.tr("Choose the month")),
            ("qt_calendar_yearbutton", self.tr("Choose the year")),
        ):
            button = self.calendar.findChild(QToolButton, object_name)
            if button is not None:
                button.setToolTip(text)
                if object_name.endswith("month") and not object_name.endswith("button"):
                    button.setAccessibleName(text)  # the arrows: only an icon
                else:
                    button.setAccessibleDescription(text)  # their text is the month/year

    def _plain_weekends(self) -> None:
        # Qt paints weekend numbers red; on a mood calendar red reads as "bad day".
        plain = QTextCharFormat()
        plain.setForeground(QColor(colour("ink")))
        for day in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(day, plain)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the light or dark scheme changed
            self._plain_weekends()
            self.refresh()

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
            background = mood_color(mood)
            fmt.setBackground(background)
            fmt.setForeground(mood_text_color(background))
            fmt.setToolTip(
                self.tr("Average mood {mood} ({word})").format(
                    mood=number(mood), word=mood_word(round(mood))
                )
            )
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), fmt)

    def _clicked(self, qdate: QDate) -> None:
        self.day_chosen.emit(date(qdate.year(), qdate.month(), qdate.day()))
