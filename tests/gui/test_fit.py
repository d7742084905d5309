"""Every area and dialog fits the screens people have (issue 14).

Opens each scene of tests/gui/fit_scenes.py on a demo vault at 1024×700, 1366×768 and
1920×1080, and at the application font's 100 %, 150 % and 200 %, and fails when two visible
sibling widgets overlap, a widget sticks out of its parent, or a label / button / combo /
spin box / column title is narrower than its text without an ellipsis and a tooltip
(tests/gui/fitcheck.py has the rules). Dialogs must also fit a 768-pixel-high screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QSize
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.launch import create_demo_vault
from tests.gui.fit_scenes import SCENES, set_font_scale, settle
from tests.gui.fitcheck import check_window, page_scrolls_sideways

SIZES = [QSize(1024, 700), QSize(1366, 768), QSize(1920, 1080)]
SCALES = [1.0, 1.5, 2.0]


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[AppController]:
    folder: Path = tmp_path_factory.mktemp("fit") / "vault"
    vault = create_demo_vault(folder)
    controller = AppController(folder, demo=True)
    controller.adopt_unlocked_vault(vault)
    controller.window.show()
    base = QFont(qapp.font())
    yield controller
    set_font_scale(qapp, base, 1.0)
    controller.shutdown()
    # Deleted, not left for the rest of the run: every live widget is restyled on each
    # theme or font change (see _no_windows_left_behind in conftest.py).
    controller.window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("scale", SCALES, ids=lambda s: f"{int(s * 100)}pct")
def test_every_area_and_dialog_fits(demo: AppController, qapp: QApplication, scale: float) -> None:
    base = QFont(qapp.font())
    base.setPointSizeF(10)
    set_font_scale(qapp, base, scale)
    window = demo.window
    problems: list[str] = []
    for size in SIZES:
        window.resize(size)
        settle()
        for name, make in SCENES.items():
            with make(demo) as shown:
                settle()
                tag = f"{name} at {size.width()}x{size.height()}, font {int(scale * 100)} %"
                found = check_window(shown)
                if scale == 1.0:
                    found += page_scrolls_sideways(shown)
                problems += [f"{tag}: {p}" for p in found]
    set_font_scale(qapp, base, 1.0)
    assert not problems, "\n".join(problems[:40])


def test_dialogs_fit_a_768_pixel_screen(demo: AppController, qapp: QApplication) -> None:
    window = demo.window
    window.resize(QSize(1366, 768))
    settle()
    too_tall = []
    for name, make in SCENES.items():
        if not name.startswith("dialog-"):
            continue
        with make(demo) as shown:
            need = shown.minimumSizeHint().height()
            if need > 768 - 60:  # a title bar and a panel
                too_tall.append(f"{name} needs {need} px")
    assert not too_tall


def test_the_checker_catches_a_cut_label_and_an_overlap(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    cut = QLabel("A label whose text is much longer than its width", parent)
    cut.setGeometry(0, 0, 60, 20)
    other = QLabel("x", parent)
    other.setGeometry(30, 5, 40, 20)
    from PySide6.QtWidgets import QHBoxLayout

    layout = QHBoxLayout(parent)
    layout.addWidget(cut)
    layout.addWidget(other)
    parent.resize(100, 30)
    parent.show()
    cut.setGeometry(0, 0, 60, 20)
    other.setGeometry(30, 5, 40, 20)
    kinds = {p.kind for p in check_window(parent)}
    assert {"cut label", "overlap"} <= kinds


def test_the_victory_banner_moves_nothing_under_the_mouse(demo: AppController) -> None:
    from peerdesk.gui.roadmap.page import RoadmapPage

    window = demo.window
    window.resize(QSize(1366, 768))
    window.show_area("roadmap")
    settle()
    page = window.pages["roadmap"]
    assert isinstance(page, RoadmapPage)
    tabs, detail = page.ui.tabs, page.detail
    before = (
        tabs.mapTo(window, tabs.rect().topLeft()),
        detail.mapTo(window, detail.rect().topLeft()),
    )
    page.victory_banner.show_text("Walked to the group on my own")
    page.undo_bar.show_text("Deleted “A goal”.")
    settle()
    assert page.ui.victoryBanner.isVisible()
    after = (
        tabs.mapTo(window, tabs.rect().topLeft()),
        detail.mapTo(window, detail.rect().topLeft()),
    )
    assert after == before  # the banner floats: the row under the mouse stays put
    banner = page.ui.victoryBanner
    assert banner.parentWidget() is page
    assert banner.geometry().bottom() < page.height()
    page.victory_banner.dismiss()
    page.undo_bar.dismiss()
