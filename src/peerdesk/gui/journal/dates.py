"""Dates and times of the journal as the reader's language writes them (through QLocale):
"Monday, 30 November 2026" / "lunes, 30 de noviembre de 2026", "20:15" / "8:15 p. m."."""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def long_day(day: date) -> str:
    """The weekday and the whole date (timeline headings, spoken rows, exports)."""
    return QLocale().toString(qdate(day), QLocale.FormatType.LongFormat)


def short_day(day: date) -> str:
    """Day, short month and year ("30 Nov 2026", "30 nov 2026")."""
    return QLocale().toString(qdate(day), "d MMM yyyy")


def clock(moment: datetime) -> str:
    """The time of day, without seconds."""
    return QLocale().toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)


def number(value: float, decimals: int = 1) -> str:
    """A number with the language's decimal sign ("5.5", "5,5")."""
    return QLocale().toString(float(value), "f", decimals)


def short_number(value: float) -> str:
    """A value as short as it can be said ("7", "6.5", "6,5")."""
    return QLocale().toString(float(value), "g", 6)
