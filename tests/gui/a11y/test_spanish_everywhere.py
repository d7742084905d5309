"""``LANGUAGE=es``: every screen in Spanish, no English word left (issue 13).

The app runs with the Spanish translators (as a Spanish system would start it) on a demo
vault created in Spanish; each scene of tests/gui/a11y/scenes.py is walked for every text a
person sees or hears (labels, buttons, placeholders, titles, menus, tooltips, accessible
names, headers, the first rows of lists) and fails on words only English uses.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.shell import language
from tests.gui.a11y.scenes import ALL_SCENES, demo_controller
from tests.gui.a11y.walk import english_words, visible_texts
from tests.gui.fit_scenes import settle


@pytest.fixture(scope="module")
def demo_es(
    tmp_path_factory: pytest.TempPathFactory, qapp: QApplication
) -> Iterator[AppController]:
    language.install_translators(qapp, "es")
    try:
        yield from demo_controller(
            tmp_path_factory.mktemp("es") / "demo", qapp
        )  # folder name is shown
    finally:
        language.install_translators(qapp, "en")


def english_left(root: QWidget) -> list[str]:
    return sorted(
        {
            f"{where}: {text[:100]!r} ({', '.join(sorted(words))})"
            for where, text in visible_texts(root)
            if (words := english_words(text))
        }
    )


@pytest.mark.parametrize("scene", sorted(ALL_SCENES))
def test_every_screen_is_in_spanish(demo_es: AppController, scene: str) -> None:
    with ALL_SCENES[scene](demo_es) as shown:
        settle()
        left = english_left(shown)
    assert not left, f"English left in {scene}:\n" + "\n".join(left[:30])


def test_the_walk_finds_english_and_accepts_spanish(qtbot: QtBot) -> None:
    window = QWidget()
    qtbot.addWidget(window)
    layout = QVBoxLayout(window)
    layout.addWidget(QLabel("¿Cómo te sientes hoy?"))
    button = QPushButton("Guardar")
    button.setToolTip("Save this entry")
    layout.addWidget(button)
    window.show()
    qtbot.waitExposed(window)
    assert english_left(window) == ["QPushButton < QWidget: 'Save this entry' (Save, entry, this)"]
    button.setToolTip("Guardar esta entrada")
    assert english_left(window) == []
