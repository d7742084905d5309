"""0 unnamed interactive controls in every area, dialog and wizard page (issue 13).

Walks each scene of tests/gui/a11y/scenes.py on the demo vault and asks Qt's accessibility
layer for every visible control's name, as a screen reader does.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.accessibility import enable_clear_button
from tests.gui.a11y.scenes import ALL_SCENES, demo_controller
from tests.gui.a11y.walk import unnamed_controls
from tests.gui.fit_scenes import settle


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory, qapp: QApplication) -> Iterator[AppController]:
    yield from demo_controller(tmp_path_factory.mktemp("names") / "demo", qapp)


@pytest.mark.parametrize("scene", sorted(ALL_SCENES))
def test_every_control_has_an_accessible_name(demo: AppController, scene: str) -> None:
    with ALL_SCENES[scene](demo) as shown:
        settle()
        unnamed = unnamed_controls(shown)
    assert not unnamed, f"{len(unnamed)} unnamed in {scene}:\n" + "\n".join(unnamed)


def test_the_walk_finds_an_unnamed_control_and_accepts_named_ones(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    icon_only = QToolButton(objectName="iconOnly")
    search = QLineEdit(objectName="search")
    enable_clear_button(search)
    search.setText("x")
    named = QPushButton("Save")
    layout.addWidget(icon_only)
    layout.addWidget(search)
    layout.addWidget(named)
    window.show()
    qtbot.waitExposed(window)
    assert unnamed_controls(window) == [
        "QToolButton#iconOnly < QWidget",
        "QLineEdit#search < QWidget",
    ]
    icon_only.setAccessibleName("Star")
    search.setAccessibleName("Search")
    assert unnamed_controls(window) == []
