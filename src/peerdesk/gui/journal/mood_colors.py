"""Mood as colour: warm for low, sand for the middle, the accent teal for high.

The colours are theme roles (``mood_low``, ``mood_mid``, ``mood_high``, ``mood_none`` in
gui/common/theme.py, light and dark), read when drawn, so a scheme change reaches them.
Text drawn on a mood colour is black or white, whichever contrasts more: for any colour one
of the two is at least 4.58:1 (WCAG AA asks 4.5:1).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

from peerdesk.gui.common.theme import colour, contrast_ratio


def _mix(a: QColor, b: QColor, t: float) -> QColor:
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def no_mood_color() -> QColor:
    return QColor(colour("mood_none"))


def mood_color(mood: float | None) -> QColor:
    if mood is None:
        return no_mood_color()
    low, mid, high = (QColor(colour(r)) for r in ("mood_low", "mood_mid", "mood_high"))
    value = max(0.0, min(10.0, float(mood)))
    if value <= 5:
        return _mix(low, mid, value / 5)
    return _mix(mid, high, (value - 5) / 5)


def mood_text_color(background: QColor) -> QColor:
    """The theme's text colour for a mood colour: the more contrasting of the two."""
    dark, light = colour("on_mood_dark"), colour("on_mood_light")
    name = background.name()
    return QColor(dark if contrast_ratio(dark, name) >= contrast_ratio(light, name) else light)
