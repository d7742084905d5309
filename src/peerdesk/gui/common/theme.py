"""The look: a calm, readable palette and a little spacing, light or dark as the system says.

Every colour of the style sheet is a *named role* in :data:`SCHEMES` (one light and one dark
value each); the style sheet is built from those names only (no colour literal in
:data:`_STYLE_TEMPLATE`), and every text/background pair it draws is listed once in
:data:`CONTRAST_PAIRS`, which tests/gui/test_theme_contrast.py measures against WCAG 2.x
(4.5:1 for text, 3:1 for large headings and for non-text UI such as focus rings and the
borders of text fields).

The module constants (``INK``, ``MUTED``, ``ACCENT``, …) are the light values, kept for the
pages that paint with them; :func:`colour` gives the current scheme's value.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QByteArray, QFile, QObject, QPoint, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QGuiApplication,
    QIcon,
    QIconEngine,
    QPainter,
    QPalette,
    QPixmap,
)
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

import peerdesk.resources_rc  # noqa: F401  (registers :/icons)

Scheme = Literal["light", "dark"]
Kind = Literal["text", "large", "ui"]

# Minimum contrast per kind of pair (WCAG 2.x: 1.4.3 text, large text, 1.4.11 non-text).
MINIMUM: dict[Kind, float] = {"text": 4.5, "large": 3.0, "ui": 3.0}

LIGHT: dict[str, str] = {
    "paper": "#f7f4ee",  # window background
    "surface": "#ffffff",  # cards, group boxes, text fields
    "sidebar": "#ebe5d9",  # navigation and status bar
    "sidebar_hover": "#dfd7c8",
    "ink": "#26323d",  # body text
    "muted": "#55616d",  # was #5b6875 (4.55:1 on the status bar, now 5.05:1)
    "accent": "#2a7f7a",  # selection and default button background
    "accent_hover": "#1f5f5b",
    "accent_line": "#2a7f7a",  # teal lines on a surface (the recovery code's frame)
    "on_accent": "#ffffff",  # text on the accent
    "link": "#1f5f5b",  # links and flat buttons (the accent itself is 4.33:1 on paper)
    "focus": "#1f5f5b",  # the 2px focus ring
    "error": "#a23b2a",
    "warning": "#85600a",  # the pages' #9a6a00 is 4.31:1 on paper
    "disabled_text": "#616970",  # was #9aa3ab (2.17:1)
    "disabled_bg": "#f0ece4",
    "input_border": "#8f8677",  # was #cfc6b6 (1.69:1): a text field's edge must show
    "decor_border": "#ddd5c6",  # cards and group boxes (decoration; their text carries them)
    "button_border": "#c9c0b0",  # decoration: a button's label identifies it
    "chip_bg": "#ffffff",
    "chip_text": "#26323d",
    "chip_checked_bg": "#2a7f7a",
    "chip_checked_text": "#ffffff",
    "tooltip_bg": "#26323d",
    "tooltip_text": "#ffffff",
    "icon": "#3b4a5a",  # the line colour of the SVG icons (resources/icons draw in it)
    # library: the strategy cards the card delegate paints (tiles and list rows)
    "card_selected_bg": "#eef6f5",
    "card_selected_border": "#2a7f7a",
    "card_meta": "#24746f",  # the category line; the accent itself is 4.33:1 on a chosen tile
    "card_row_selected_bg": "#dcefed",
    "card_row_divider": "#e6dfd2",  # decoration between list rows
    # The journal (gui/journal): mood colours, the text on them, the timeline's chosen row
    # and the trends charts. Text on a mood colour is black or white, whichever contrasts
    # more (mood_colors.mood_text_color; at least 4.58:1 for any colour).
    "mood_low": "#c0664f",
    "mood_mid": "#e8b86d",
    "mood_high": "#2a7f7a",
    "mood_none": "#c9c0b0",
    "on_mood_dark": "#ffffff",
    "on_mood_light": "#000000",
    "row_selected": "#dcefec",
    "chart_mood": "#2a7f7a",
    "chart_days": "#1f5f5b",
    "chart_bar": "#9c6b17",
    "chart_grid": "#ddd5c6",
    "chart_series_1": "#9c6b17",
    "chart_series_2": "#7a5ea8",
    "chart_series_3": "#b4553d",
    "chart_series_4": "#3f7cb0",
    # The roadmap's timeline, board, goal detail and banners. Status colours are bars and
    # marks (non-text, 3:1): calm on purpose, no red for "paused" or "not achieved".
    "status_proposed": "#6d7c8b",
    "status_in_progress": "#2a7f7a",
    "status_paused": "#a0731c",
    "status_achieved": "#4a8446",
    "status_not_achieved": "#857b6e",
    "today_line": "#c0603a",
    "grid_line": "#e6dfd2",  # decoration: month lines behind the bars
    "timeline_selected": "#dcefeb",
    "card_selected": "#eef7f5",
    "ruler_bg": "#f1ece2",
    "progress_track": "#eee8dc",
    "progress_chunk": "#a9d8d2",
    "quote_border": "#99bbbb",  # decoration: the line beside a goal's vision
    "victory_bg": "#fff4dc",
    "victory_border": "#e8b86d",  # decoration
    "undo_bg": "#eef4f3",
    "undo_border": "#99bbbb",  # decoration
}

DARK: dict[str, str] = {
    "paper": "#1d2227",
    "surface": "#262c32",
    "sidebar": "#23292f",
    "sidebar_hover": "#2e353c",
    "ink": "#e8e3da",
    "muted": "#a5afb8",
    "accent": "#2a7f7a",
    "accent_hover": "#1f5f5b",
    "accent_line": "#4da59d",
    "on_accent": "#ffffff",
    "link": "#7fd1c8",
    "focus": "#6cc6bc",
    "error": "#f28b7a",
    "warning": "#e3b55c",
    "disabled_text": "#9aa2aa",
    "disabled_bg": "#2a3036",
    "input_border": "#7a848d",
    "decor_border": "#39414a",
    "button_border": "#4a535c",
    "chip_bg": "#262c32",
    "chip_text": "#e8e3da",
    "chip_checked_bg": "#2a7f7a",
    "chip_checked_text": "#ffffff",
    "tooltip_bg": "#e8e3da",
    "tooltip_text": "#1d2227",
    "icon": "#d5dce2",
    # library: the strategy cards the card delegate paints (tiles and list rows)
    "card_selected_bg": "#1e3836",
    "card_selected_border": "#4da59d",
    "card_meta": "#7fd1c8",
    "card_row_selected_bg": "#244543",
    "card_row_divider": "#333a41",
    "mood_low": "#c0664f",
    "mood_mid": "#d9a55b",
    "mood_high": "#2a7f7a",
    "mood_none": "#59616a",
    "on_mood_dark": "#ffffff",
    "on_mood_light": "#000000",
    "row_selected": "#24403d",
    "chart_mood": "#4da59d",
    "chart_days": "#6cc6bc",
    "chart_bar": "#d9a55b",
    "chart_grid": "#39414a",
    "chart_series_1": "#e3b55c",
    "chart_series_2": "#b49ddb",
    "chart_series_3": "#f28b7a",
    "chart_series_4": "#7fb3e0",
    "status_proposed": "#9aa9b8",
    "status_in_progress": "#4da59d",
    "status_paused": "#d6a54e",
    "status_achieved": "#7fbf7a",
    "status_not_achieved": "#a89e92",
    "today_line": "#f08a5d",
    "grid_line": "#353c43",
    "timeline_selected": "#1b403d",
    "card_selected": "#243f3d",
    "ruler_bg": "#2b3238",
    "progress_track": "#3a4148",
    "progress_chunk": "#2f6e68",
    "quote_border": "#4f7373",
    "victory_bg": "#3b3123",
    "victory_border": "#b08a45",
    "undo_bg": "#233638",
    "undo_border": "#4f7373",
}

SCHEMES: dict[Scheme, dict[str, str]] = {"light": LIGHT, "dark": DARK}


@dataclass(frozen=True)
class ContrastPair:
    foreground: str  # a role name in SCHEMES
    background: str
    kind: Kind
    where: str  # what the style sheet draws with it

    def label(self) -> str:
        return f"{self.foreground} on {self.background} ({self.where})"


P = ContrastPair
# Every pair of colours the style sheet (and the palette) puts together.
CONTRAST_PAIRS: tuple[ContrastPair, ...] = (
    P("ink", "paper", "text", "body text on the window"),
    P("ink", "surface", "text", "text in cards, group boxes, fields, recovery code"),
    P("ink", "sidebar", "text", "navigation items"),
    P("ink", "sidebar_hover", "text", "navigation item under the mouse"),
    P("on_accent", "accent", "text", "selected navigation item, selection, default button"),
    P("on_accent", "accent_hover", "text", "default button under the mouse"),
    P("muted", "paper", "text", "muted labels"),
    P("muted", "surface", "text", "muted labels in cards and group boxes"),
    P("muted", "sidebar", "text", "status bar text"),
    P("error", "paper", "text", "error labels"),
    P("error", "surface", "text", "error labels in group boxes"),
    P("error", "sidebar", "text", "disk-space notice in the status bar"),
    P("warning", "paper", "text", "warning labels"),
    P("warning", "surface", "text", "warning labels in group boxes"),
    P("link", "paper", "text", "links and flat buttons"),
    P("link", "surface", "text", "links in cards and group boxes"),
    P("disabled_text", "disabled_bg", "text", "disabled buttons (still readable)"),
    P("disabled_text", "surface", "text", "disabled fields and items"),
    P("disabled_text", "paper", "text", "disabled labels on the window"),
    P("chip_text", "chip_bg", "text", "chips"),
    P("chip_checked_text", "chip_checked_bg", "text", "chosen chips"),
    P("tooltip_text", "tooltip_bg", "text", "tool tips"),
    P("ink", "paper", "large", "titles and headings"),
    P("focus", "paper", "ui", "focus ring on the window"),
    P("focus", "surface", "ui", "focus ring in cards, group boxes and fields"),
    P("focus", "sidebar", "ui", "focus ring beside the navigation"),
    P("ink", "paper", "ui", "focus ring of the default button"),
    P("ink", "surface", "ui", "focus ring of the default button in a group box"),
    P("input_border", "surface", "ui", "edge of a text field (inside)"),
    P("input_border", "paper", "ui", "edge of a text field (outside)"),
    P("accent_line", "surface", "ui", "recovery code frame"),
    P("icon", "paper", "ui", "icons on the window and the toolbar"),
    P("icon", "surface", "ui", "icons on buttons"),
    P("icon", "sidebar", "ui", "icons of the navigation"),
    # library cards (gui/library/card_delegate.py)
    P("ink", "card_selected_bg", "text", "title and summary of the chosen card tile"),
    P("muted", "card_selected_bg", "text", "how a chosen card worked"),
    P("card_meta", "surface", "text", "category line of a card tile"),
    P("card_meta", "card_selected_bg", "text", "category line of the chosen card tile"),
    P("card_selected_border", "surface", "ui", "edge of the chosen card tile"),
    P("focus", "card_selected_bg", "ui", "focus ring on the chosen card tile"),
    P("ink", "card_row_selected_bg", "text", "title of the chosen card row"),
    P("muted", "card_row_selected_bg", "text", "second line of the chosen card row"),
    P("focus", "card_row_selected_bg", "ui", "focus ring on the chosen card row"),
    P("on_mood_light", "mood_low", "text", "chosen low mood button, low day in the calendar"),
    P("on_mood_light", "mood_mid", "text", "chosen middle mood button, calendar day"),
    P("on_mood_dark", "mood_high", "text", "chosen high mood button, good day in the calendar"),
    P("ink", "row_selected", "text", "the chosen row of the journal's timeline"),
    P("muted", "surface", "text", "day headings of the journal's timeline"),
    P("chart_mood", "surface", "ui", "mood line of the trends chart"),
    P("chart_days", "surface", "ui", "days-checked-in line of the trends chart"),
    P("chart_bar", "surface", "ui", "emotion bars of the trends chart"),
    P("chart_series_1", "surface", "ui", "first tracker line of the trends chart"),
    P("chart_series_2", "surface", "ui", "second tracker line of the trends chart"),
    P("chart_series_3", "surface", "ui", "third tracker line of the trends chart"),
    P("chart_series_4", "surface", "ui", "fourth tracker line of the trends chart"),
    # The roadmap (gui/roadmap: timeline.py, board.py, goal_detail.py, banners.py).
    *(
        P(f"status_{s}", bg, "ui", f"roadmap {s.replace('_', ' ')} bars, marks and card stripes")
        for s in ("proposed", "in_progress", "paused", "achieved", "not_achieved")
        for bg in ("surface", "timeline_selected", "card_selected")
    ),
    P("status_in_progress", "progress_track", "ui", "progress on a board card"),
    P("today_line", "surface", "ui", "the timeline's line for today"),
    P("today_line", "timeline_selected", "ui", "the line for today on the chosen goal"),
    P("today_line", "ruler_bg", "ui", "the mark for today on the month ruler"),
    P("ink", "timeline_selected", "text", "the chosen goal's title on the timeline"),
    P("muted", "timeline_selected", "text", "the chosen goal's details on the timeline"),
    P("warning", "timeline_selected", "text", "a date warning on the chosen goal"),
    P("ink", "card_selected", "text", "the chosen card's title on the board"),
    P("muted", "card_selected", "text", "the chosen card's details"),
    P("warning", "card_selected", "text", "a date warning on the chosen card"),
    P("ink", "ruler_bg", "text", "month names on the timeline's ruler"),
    P("muted", "ruler_bg", "text", "the ruler's first column title"),
    P("ink", "progress_chunk", "text", "a goal's progress text over the done part"),
    P("ink", "progress_track", "text", "a goal's progress text over the rest"),
    P("ink", "victory_bg", "text", "the victory banner"),
    P("link", "victory_bg", "text", "the victory banner's Thanks button"),
    P("ink", "undo_bg", "text", "the undo bar"),
    P("link", "undo_bg", "text", "the undo bar's Dismiss button"),
    P("focus", "victory_bg", "ui", "focus ring on the victory banner"),
    P("focus", "undo_bg", "ui", "focus ring on the undo bar"),
)
del P

# Only role names, never a colour literal: tests/gui/test_theme_contrast.py checks that every
# ``color``/``background`` drawn together, and every focus ring, is a pair in CONTRAST_PAIRS.
_STYLE_TEMPLATE = """
QMainWindow, QDialog, QWizard {{ background: {paper}; }}
QWidget {{ color: {ink}; }}
QListWidget#navigation {{
    background: {sidebar}; border: none; padding: 8px 4px;
}}
QListWidget#navigation:focus {{ border: 2px solid {focus}; padding: 6px 2px; }}
QListWidget#navigation::item {{ padding: 10px 12px; border-radius: 8px; margin: 2px 4px; }}
QListWidget#navigation::item:selected {{ background: {accent}; color: {on_accent}; }}
QListWidget#navigation::item:hover:!selected {{ background: {sidebar_hover}; color: {ink}; }}
QFrame#card {{ background: {surface}; border: 1px solid {decor_border}; border-radius: 12px; }}
QLabel#titleLabel, QLabel#headingLabel {{ font-size: 16pt; font-weight: 600; }}
QLabel[role="muted"] {{ color: {muted}; }}
QLabel[role="error"] {{ color: {error}; }}
QLabel[role="warning"] {{ color: {warning}; }}
QLabel[role="recovery-code"] {{
    font-family: monospace; font-size: 15pt; letter-spacing: 1px;
    background: {surface}; border: 1px dashed {accent_line}; border-radius: 8px; padding: 12px;
}}
QPushButton {{
    padding: 6px 14px; border-radius: 6px; border: 1px solid {button_border};
    background: {surface}; color: {ink};
}}
QPushButton:hover {{ border-color: {accent}; }}
QPushButton:default {{
    background: {accent}; color: {on_accent}; border-color: {accent_hover};
}}
QPushButton:default:hover {{ background: {accent_hover}; }}
QPushButton:flat {{ border: none; background: transparent; color: {link}; }}
QPushButton:disabled {{
    color: {disabled_text}; background: {disabled_bg}; border-style: dotted;
}}
QPushButton[role="chip"] {{
    padding: 2px 10px; border-radius: 12px; background: {chip_bg}; color: {chip_text};
}}
QPushButton[role="chip"]:checked {{ background: {chip_checked_bg}; color: {chip_checked_text}; }}
QLineEdit, QPlainTextEdit, QTextEdit {{
    background: {surface}; color: {ink}; border: 1px solid {input_border}; border-radius: 6px;
    padding: 4px 6px;
}}
QLineEdit:disabled, QPlainTextEdit:disabled, QTextEdit:disabled {{ color: {disabled_text}; }}
QGroupBox {{
    border: 1px solid {decor_border}; border-radius: 10px; margin-top: 14px; padding: 12px;
    background: {surface};
}}
QGroupBox::title {{ subcontrol-origin: margin; left: 12px; padding: 0 4px; font-weight: 600; }}
QScrollArea#pageScroll, QScrollArea#pageScroll > QWidget > QWidget {{ background: {paper}; }}
QStatusBar {{ background: {sidebar}; color: {muted}; }}
QToolBar {{ background: {paper}; border: none; spacing: 6px; padding: 4px; }}
QToolTip {{ background: {tooltip_bg}; color: {tooltip_text}; border: 1px solid {ink}; }}
/* Visible focus: a 2px ring, the padding shrinks by 1px so nothing moves. */
QPushButton:focus {{ border: 2px solid {focus}; padding: 5px 13px; }}
QPushButton:default:focus {{ border: 2px solid {ink}; background: {accent_hover}; }}
QPushButton[role="chip"]:focus {{ border: 2px solid {focus}; padding: 1px 9px; }}
QToolButton:focus {{ border: 2px solid {focus}; border-radius: 4px; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; border-radius: 4px; }}
QCheckBox:focus, QRadioButton:focus {{ border: 2px solid {focus}; }}
QAbstractItemView:focus {{ border: 2px solid {focus}; }}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus {{
    border: 2px solid {focus}; padding: 3px 5px;
}}
"""


def style_sheet(scheme: Scheme = "light") -> str:
    return _STYLE_TEMPLATE.format_map(SCHEMES[scheme])


# The light values under their old names (pages paint with some of them).
ACCENT = LIGHT["accent"]
ACCENT_DARK = LIGHT["accent_hover"]
SAND = "#e8b86d"  # decoration only (chart bars, victory banner edge), never text
PAPER = LIGHT["paper"]
INK = LIGHT["ink"]
MUTED = LIGHT["muted"]
ERROR = LIGHT["error"]
WARNING = LIGHT["warning"]
STYLE_SHEET = style_sheet("light")

_current: Scheme = "light"


def current_scheme() -> Scheme:
    return _current


def colour(role: str) -> str:
    """The current scheme's value of a role (e.g. ``colour("muted")``)."""
    return SCHEMES[_current][role]


# -- contrast (WCAG 2.x) ----------------------------------------------------------------------


def relative_luminance(hex_colour: str) -> float:
    """WCAG 2.x relative luminance of an sRGB colour such as ``#26323d``."""
    value = QColor(hex_colour)
    if not value.isValid():
        raise ValueError(f"not a colour: {hex_colour!r}")

    def linear(channel: int) -> float:
        c = channel / 255
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    return (
        0.2126 * linear(value.red())
        + 0.7152 * linear(value.green())
        + 0.0722 * linear(value.blue())
    )


def contrast_ratio(first: str, second: str) -> float:
    high, low = sorted((relative_luminance(first), relative_luminance(second)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def contrast_failures(
    scheme: Scheme, pairs: tuple[ContrastPair, ...] = CONTRAST_PAIRS
) -> list[str]:
    """One line per pair below its WCAG minimum, naming the pair and both colours."""
    colours = SCHEMES[scheme]
    failures = []
    for pair in pairs:
        fg, bg = colours[pair.foreground], colours[pair.background]
        ratio = contrast_ratio(fg, bg)
        if ratio < MINIMUM[pair.kind]:
            failures.append(
                f"{scheme}: {pair.label()}: {fg} on {bg} is {ratio:.2f}:1, "
                f"needs {MINIMUM[pair.kind]}:1 ({pair.kind})"
            )
    return failures


# -- applying ---------------------------------------------------------------------------------


# The desktop's light or dark scheme is followed (and switching it re-styles the open
# window). Pages that paint take their colours from ``colour(role)``; turning this off
# keeps PeerDesk light whatever the desktop says.
FOLLOW_SYSTEM_SCHEME = True


def system_scheme() -> Scheme:
    """What the desktop asks for (Qt >= 6.5); light where it says nothing."""
    hints = QGuiApplication.styleHints()
    return "dark" if hints.colorScheme() == Qt.ColorScheme.Dark else "light"


def palette(scheme: Scheme) -> QPalette:
    """The Fusion palette from the same roles (item views, menus, links, spin boxes…)."""
    c = {name: QColor(value) for name, value in SCHEMES[scheme].items()}
    pal = QPalette()
    role = QPalette.ColorRole
    for r, name in (
        (role.Window, "paper"),
        (role.WindowText, "ink"),
        (role.Base, "surface"),
        (role.AlternateBase, "paper"),
        (role.Text, "ink"),
        (role.Button, "surface"),
        (role.ButtonText, "ink"),
        (role.BrightText, "error"),
        (role.Highlight, "accent"),
        (role.HighlightedText, "on_accent"),
        (role.Link, "link"),
        (role.LinkVisited, "link"),
        (role.ToolTipBase, "tooltip_bg"),
        (role.ToolTipText, "tooltip_text"),
        (role.PlaceholderText, "muted"),
        (role.Mid, "input_border"),
        (role.Midlight, "decor_border"),
    ):
        pal.setColor(r, c[name])
    disabled = QPalette.ColorGroup.Disabled
    for r in (role.WindowText, role.Text, role.ButtonText):
        pal.setColor(disabled, r, c["disabled_text"])
    pal.setColor(disabled, role.Button, c["disabled_bg"])
    return pal


class _SchemeFollower(QObject):
    """Re-applies the theme when the desktop switches between light and dark."""

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self.setObjectName("peerdeskSchemeFollower")
        self._app = app
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._changed)

    def _changed(self, scheme: Qt.ColorScheme) -> None:
        apply_scheme(self._app, "dark" if scheme == Qt.ColorScheme.Dark else "light")


def apply_scheme(app: QApplication, scheme: Scheme) -> None:
    """Palette and style sheet for ``scheme`` (also called by the tests, explicitly)."""
    global _current
    _current = scheme
    app.setPalette(palette(scheme))
    app.setStyleSheet(style_sheet(scheme))


def apply_theme(app: QApplication, scheme: Scheme | None = None) -> None:
    """The look (the system's light or dark scheme unless ``scheme`` is given), and English
    plural forms for ``tr("%n …(s)", "", n)`` (see plurals.py)."""
    from peerdesk.gui.common.plurals import install_english_plurals

    install_english_plurals(app)
    app.setStyle("Fusion")
    following = FOLLOW_SYSTEM_SCHEME
    apply_scheme(app, scheme or (system_scheme() if following else "light"))
    if following and app.findChild(_SchemeFollower) is None:
        _SchemeFollower(app)
    font = QFont(app.font())
    if font.pointSizeF() < 10:
        font.setPointSizeF(10)
    app.setFont(font)
    app.setWindowIcon(icon("peerdesk"))


_ICON_LINE = "#3b4a5a"  # what resources/icons/*.svg are drawn in (LIGHT["icon"])
_svg_sources: dict[str, bytes] = {}
_renderers: dict[tuple[str, str], QSvgRenderer] = {}


def _svg_source(name: str) -> bytes:
    if name not in _svg_sources:
        file = QFile(f":/icons/{name}.svg")
        file.open(QFile.OpenModeFlag.ReadOnly)
        _svg_sources[name] = bytes(file.readAll().data())
        file.close()
    return _svg_sources[name]


class _ThemedSvgEngine(QIconEngine):
    """Draws an icon in the current scheme's ``icon`` colour each time it is painted, so the
    icons stay readable in the dark scheme and follow a switch without being rebuilt."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    def _renderer(self) -> QSvgRenderer:
        """Parsed once per icon and scheme colour (the card grid paints a star per card)."""
        key = (self._name, colour("icon"))
        if key not in _renderers:
            source = _svg_source(self._name).replace(_ICON_LINE.encode(), key[1].encode())
            _renderers[key] = QSvgRenderer(QByteArray(source))
        return _renderers[key]

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        if mode == QIcon.Mode.Disabled:
            painter.setOpacity(0.45)
        self._renderer().render(painter, QRectF(rect))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        pixmap = QPixmap(size)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        self.paint(painter, QRect(QPoint(0, 0), size), mode, state)
        painter.end()
        return pixmap

    def clone(self) -> QIconEngine:
        return _ThemedSvgEngine(self._name)


def icon(name: str) -> QIcon:
    """An icon of resources/icons, in the current scheme's icon colour."""
    return QIcon(_ThemedSvgEngine(name))
