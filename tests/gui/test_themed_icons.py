"""Icons take the scheme's icon colour, so they stay readable in the dark scheme (issue 13)."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QIcon
from PySide6.QtWidgets import QApplication

from peerdesk.gui.common import theme

SRC = Path(__file__).resolve().parents[2] / "src" / "peerdesk"


def _line_colour(icon: QIcon, mode: QIcon.Mode = QIcon.Mode.Normal) -> QColor:
    image = icon.pixmap(QSize(48, 48), mode).toImage()
    counts: Counter[tuple[int, int, int]] = Counter()
    for y in range(image.height()):
        for x in range(image.width()):
            pixel = image.pixelColor(x, y)
            if pixel.alpha() == 255:
                counts[(pixel.red(), pixel.green(), pixel.blue())] += 1
    assert counts, "the icon drew nothing"
    return QColor(*counts.most_common(1)[0][0])


@pytest.mark.parametrize("scheme", ["light", "dark"])
def test_icons_are_drawn_in_the_schemes_icon_colour(qapp: QApplication, scheme: str) -> None:
    theme.apply_scheme(qapp, scheme)  # type: ignore[arg-type]
    try:
        icon = theme.icon("import")  # made once, painted after the switch
        assert _line_colour(icon).name() == theme.colour("icon")
    finally:
        theme.apply_scheme(qapp, "light")


def test_an_icon_made_in_light_follows_a_switch_to_dark(qapp: QApplication) -> None:
    theme.apply_scheme(qapp, "light")
    icon = theme.icon("lock")
    before = _line_colour(icon).name()
    theme.apply_scheme(qapp, "dark")
    try:
        after = _line_colour(icon).name()
    finally:
        theme.apply_scheme(qapp, "light")
    assert (before, after) == (theme.LIGHT["icon"], theme.DARK["icon"])


def test_no_page_loads_an_icon_file_past_the_theme() -> None:
    direct = re.compile(r"""QIcon\(\s*["']:/icons/""")
    offenders = [
        str(path.relative_to(SRC))
        for path in SRC.rglob("*.py")
        if "forms" not in path.parts and path.name != "resources_rc.py"
        if direct.search(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
