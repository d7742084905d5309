"""The theme's colours against WCAG 2.x: 4.5:1 for text, 3:1 for large headings and for
non-text UI (focus rings, text-field edges), in the light and the dark scheme; the style sheet
draws no colour pair the table does not list; focus is visible; the system scheme is followed."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QLineEdit

from peerdesk.gui.common import theme
from peerdesk.gui.common.theme import (
    CONTRAST_PAIRS,
    MINIMUM,
    SCHEMES,
    ContrastPair,
    apply_scheme,
    apply_theme,
    contrast_failures,
    contrast_ratio,
    style_sheet,
)

SCHEME_NAMES: tuple[theme.Scheme, ...] = ("light", "dark")
RULE = re.compile(r"([^{}]+)\{\{(.*?)\}\}", re.S)
ROLE = r"\{(\w+)\}"


def _rules() -> list[tuple[str, dict[str, str]]]:
    """(selector, {property: value}) for each rule of the template (comments dropped)."""
    template = re.sub(r"/\*.*?\*/", "", theme._STYLE_TEMPLATE, flags=re.S)
    rules = []
    for selector, body in RULE.findall(template):
        props = {}
        for declaration in body.split(";"):
            if ":" in declaration:
                name, value = declaration.split(":", 1)
                props[name.strip()] = value.strip()
        rules.append((" ".join(selector.split()), props))
    return rules


@pytest.fixture
def restore_light(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast_ratio("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast_ratio("#ffffff", "#000000") == pytest.approx(21.0)
    assert contrast_ratio("#2a7f7a", "#2a7f7a") == pytest.approx(1.0)
    # WebAIM's classic: #777 on white is just under AA.
    assert contrast_ratio("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("scheme", SCHEME_NAMES)
def test_every_pair_meets_wcag_aa(scheme: theme.Scheme) -> None:
    failures = contrast_failures(scheme)
    assert not failures, "\n".join(failures)


def test_a_bad_pair_is_reported_by_name() -> None:
    """The control: the check does fail, and says which pair and why."""
    bad = (
        ContrastPair("button_border", "surface", "text", "deliberately bad"),
        ContrastPair("ink", "paper", "text", "fine"),
    )
    failures = contrast_failures("light", bad)
    assert len(failures) == 1
    assert "button_border on surface (deliberately bad)" in failures[0]
    assert "needs 4.5:1" in failures[0]
    # Decoration passes as nothing: a border colour is not a focus ring.
    assert contrast_failures("light", (ContrastPair("decor_border", "paper", "ui", "x"),))


def test_both_schemes_name_the_same_roles() -> None:
    assert set(SCHEMES["light"]) == set(SCHEMES["dark"])
    for pair in CONTRAST_PAIRS:
        assert pair.foreground in SCHEMES["light"]
        assert pair.background in SCHEMES["light"]
        assert pair.kind in MINIMUM


def test_style_sheet_has_no_colour_literal() -> None:
    template = theme._STYLE_TEMPLATE
    assert not re.search(r"#[0-9a-fA-F]{3,8}\b", template), "colour literal in the template"
    assert not re.search(r"\brgba?\(", template)
    words = {"white", "black", "red", "gray", "grey", "silver", "navy", "teal"}
    assert not [w for w in re.findall(r":\s*([a-z]+)\s*;", template) if w in words]
    for scheme in SCHEME_NAMES:
        sheet = style_sheet(scheme)
        assert "{" in sheet
        assert not re.search(r"\{\w+\}", sheet)


def _pairs(kind: str | None = None) -> set[tuple[str, str]]:
    return {(p.foreground, p.background) for p in CONTRAST_PAIRS if kind is None or p.kind == kind}


def test_every_colour_drawn_together_is_a_listed_pair() -> None:
    """A rule that sets text and background names a text pair; text colours set alone are
    checked on every background the window uses; focus rings are listed as UI pairs."""
    text_pairs = _pairs("text")
    ui_pairs = _pairs("ui")
    text_backgrounds = {"paper", "surface"}
    missing = []
    for selector, props in _rules():
        fg = re.fullmatch(ROLE, props.get("color", ""))
        bg = re.fullmatch(ROLE, props.get("background", ""))
        if fg and bg:
            if (fg[1], bg[1]) not in text_pairs:
                missing.append(f"{selector}: {fg[1]} on {bg[1]}")
        elif fg:
            for background in text_backgrounds:
                if (fg[1], background) not in text_pairs:
                    missing.append(f"{selector}: {fg[1]} on {background}")
        border = re.search(r"2px solid " + ROLE, props.get("border", ""))
        if ":focus" in selector and border:
            for background in ("paper", "surface"):
                if (border[1], background) not in ui_pairs:
                    missing.append(f"{selector}: focus ring {border[1]} on {background}")
    assert not missing, "pairs the style sheet draws but CONTRAST_PAIRS misses:\n" + "\n".join(
        missing
    )


@pytest.mark.parametrize(
    "widget",
    [
        "QPushButton",
        "QCheckBox",
        "QRadioButton",
        "QAbstractItemView",
        "QLineEdit",
        "QPlainTextEdit",
        "QTextEdit",
        "QToolButton",
    ],
)
def test_focus_is_a_2px_ring_with_3_to_1_contrast(widget: str) -> None:
    rings = [
        props["border"]
        for selector, props in _rules()
        if any(part.strip() == f"{widget}:focus" for part in selector.split(","))
    ]
    assert rings, f"no {widget}:focus rule"
    ring = re.fullmatch(r"2px solid " + ROLE, rings[0])
    assert ring, f"{widget}:focus border is {rings[0]!r}"
    for scheme in SCHEME_NAMES:
        colours = SCHEMES[scheme]
        for background in ("paper", "surface", "sidebar"):
            ratio = contrast_ratio(colours[ring[1]], colours[background])
            assert ratio >= 3.0, f"{scheme}: {widget} focus on {background}: {ratio:.2f}:1"


def test_dark_scheme_changes_palette_and_style_sheet(restore_light: QApplication) -> None:
    app = restore_light
    apply_theme(app, "light")
    light_sheet = app.styleSheet()
    assert app.palette().color(QPalette.ColorRole.Window).name() == SCHEMES["light"]["paper"]
    apply_scheme(app, "dark")
    assert theme.current_scheme() == "dark"
    assert app.styleSheet() == style_sheet("dark") != light_sheet
    assert SCHEMES["dark"]["paper"] in app.styleSheet()
    pal = app.palette()
    assert pal.color(QPalette.ColorRole.Window).name() == SCHEMES["dark"]["paper"]
    assert pal.color(QPalette.ColorRole.Text).name() == SCHEMES["dark"]["ink"]
    assert pal.color(QPalette.ColorRole.Link).name() == SCHEMES["dark"]["link"]
    assert theme.colour("ink") == SCHEMES["dark"]["ink"]
    field = QLineEdit()
    assert field.palette().color(QPalette.ColorRole.Base).name() == SCHEMES["dark"]["surface"]
    field.deleteLater()
    assert not contrast_failures("dark")
    apply_scheme(app, "light")
    assert app.styleSheet() == light_sheet
    assert theme.colour("ink") == theme.INK


def test_follows_the_system_scheme_and_defaults_to_light(
    restore_light: QApplication, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = restore_light
    monkeypatch.setattr(theme, "FOLLOW_SYSTEM_SCHEME", True)
    hints = QGuiApplication.styleHints()
    if hints.colorScheme() == Qt.ColorScheme.Unknown:
        assert theme.system_scheme() == "light"
    apply_theme(app)  # what the app does at start-up; twice must not connect twice
    apply_theme(app)
    assert len(app.findChildren(theme._SchemeFollower)) == 1
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_scheme() == "dark"
    assert app.styleSheet() == style_sheet("dark")
    hints.colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert theme.current_scheme() == "light"
    assert app.styleSheet() == style_sheet("light")


@pytest.mark.parametrize("scheme", SCHEME_NAMES)
def test_the_qt_palette_pairs_meet_aa_too(scheme: theme.Scheme) -> None:
    """Item views, menus, links and placeholders draw with the palette, not the sheet."""
    pal = theme.palette(scheme)
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    pairs = [
        (group.Active, role.WindowText, role.Window),
        (group.Active, role.Text, role.Base),
        (group.Active, role.Text, role.AlternateBase),
        (group.Active, role.ButtonText, role.Button),
        (group.Active, role.HighlightedText, role.Highlight),
        (group.Active, role.Link, role.Base),
        (group.Active, role.Link, role.Window),
        (group.Active, role.PlaceholderText, role.Base),
        (group.Active, role.ToolTipText, role.ToolTipBase),
        (group.Disabled, role.Text, role.Base),
        (group.Disabled, role.ButtonText, role.Button),
    ]
    low = []
    for colour_group, fg, bg in pairs:
        ratio = contrast_ratio(
            pal.color(colour_group, fg).name(), pal.color(colour_group, bg).name()
        )
        if ratio < 4.5:
            low.append(f"{scheme}: {fg.name} on {bg.name} ({colour_group.name}): {ratio:.2f}:1")
    assert not low, "\n".join(low)


def test_follows_the_system_scheme_by_default(restore_light: QApplication) -> None:
    """PeerDesk starts in the desktop's scheme (light where the desktop says nothing)."""
    assert theme.FOLLOW_SYSTEM_SCHEME is True
    apply_theme(restore_light)
    assert theme.current_scheme() == theme.system_scheme()
    assert restore_light.findChild(theme._SchemeFollower) is not None
