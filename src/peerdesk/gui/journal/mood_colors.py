"""Mood as colour: warm for low, sand for the middle, the accent teal for high."""

from __future__ import annotations

from PySide6.QtGui import QColor

_LOW = QColor("#c0664f")
_MID = QColor("#e8b86d")
_HIGH = QColor("#2a7f7a")
NO_MOOD = QColor("#c9c0b0")


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def mood_color(mood: float | None) -> QColor:
    if mood is None:
        return QColor(NO_MOOD)
    value = max(0.0, min(10.0, float(mood)))
    if value <= 5:
        return _mix(_LOW, _MID, value / 5)
    return _mix(_MID, _HIGH, (value - 5) / 5)
