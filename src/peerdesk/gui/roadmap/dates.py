"""Dates in the roadmap, written the way the language shown writes them (through QLocale).

- ``long_date``: the locale's long date without the weekday ("November 26, 2026",
  "26 de noviembre de 2026") — plans, victories, spoken sentences;
- ``short_date``: the same order with the short month and no words in between
  ("Nov 26, 2026", "26 nov 2026") — table cells and cards;
- ``short_date_time``: a short date and the locale's short time (the check-in feed);
- ``month_year`` / ``month_name``: the timeline's ruler.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

_WEEKDAY = re.compile(r"d{4}[,.]?\s*|[,.]?\s*d{4}")
_QUOTED = re.compile(r"'[^']*'")


def qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _long_pattern(locale: QLocale) -> str:
    """The locale's long date format without the day of the week."""
    return _WEEKDAY.sub("", locale.dateFormat(QLocale.FormatType.LongFormat)).strip(" ,.")


def _short_pattern(locale: QLocale) -> str:
    """The long format with the short month and without quoted words ("d 'de' MMMM")."""
    pattern = _QUOTED.sub("", _long_pattern(locale)).replace("MMMM", "MMM")
    return " ".join(pattern.split())


def long_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(qdate(value), _long_pattern(locale))


def short_date(value: date | None, locale: QLocale | None = None) -> str:
    if value is None:
        return ""
    locale = locale or QLocale()
    return locale.toString(qdate(value), _short_pattern(locale))


def short_date_time(value: datetime, locale: QLocale | None = None) -> str:
    locale = locale or QLocale()
    clock = locale.toString(QTime(value.hour, value.minute), QLocale.FormatType.ShortFormat)
    return f"{short_date(value.date(), locale)}, {clock}"


def month_name(value: date, locale: QLocale | None = None) -> str:
    """The short name of the month ("Nov", "nov")."""
    locale = locale or QLocale()
    return locale.standaloneMonthName(value.month, QLocale.FormatType.ShortFormat)


def month_year(value: date, locale: QLocale | None = None) -> str:
    """ "Nov 2026", "nov 2026"."""
    return f"{month_name(value, locale)} {value.year}"
