"""The shell follows the scheme: switching to dark (as the desktop's colour-scheme signal
does) re-styles the open window — navigation, pages, status bar, lock screen — and back."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QGuiApplication
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common import theme
from peerdesk.gui.common.theme import SCHEMES, apply_scheme, apply_theme


@pytest.fixture
def light_afterwards(qapp: QApplication) -> Iterator[QApplication]:
    yield qapp
    apply_theme(qapp, "light")


def pixel(widget: QWidget, at: QPoint) -> str:
    QApplication.processEvents()
    return QColor(widget.grab().toImage().pixel(at)).name()


def nav_background(window: QWidget) -> str:
    navigation = window.navigation  # type: ignore[attr-defined]
    # Below the last area: the list's own background.
    return pixel(navigation, QPoint(navigation.width() // 2, navigation.height() - 12))


def status_background(window: QWidget) -> str:
    bar = window.statusBar()  # type: ignore[attr-defined]
    return pixel(bar, QPoint(bar.width() // 2, 2))


def test_the_desktop_switching_to_dark_restyles_the_open_window(
    unlocked_controller: AppController,
    light_afterwards: QApplication,
    monkeypatch: pytest.MonkeyPatch,
    qtbot: QtBot,
) -> None:
    app = light_afterwards
    monkeypatch.setattr(theme, "FOLLOW_SYSTEM_SCHEME", True)
    apply_theme(app, "light")  # the follower listens from now on
    window = unlocked_controller.window
    window.show_area("settings")
    assert nav_background(window) == SCHEMES["light"]["sidebar"]
    assert status_background(window) == SCHEMES["light"]["sidebar"]

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Dark)
    assert theme.current_scheme() == "dark"
    assert nav_background(window) == SCHEMES["dark"]["sidebar"]
    assert status_background(window) == SCHEMES["dark"]["sidebar"]
    page = window.pages["settings"]
    assert page.palette().color(page.backgroundRole()).name() == SCHEMES["dark"]["paper"]
    # Text is drawn in the dark scheme's ink (the heading of Settings).
    heading = page.ui.headingLabel  # type: ignore[attr-defined]
    assert heading.palette().color(heading.foregroundRole()).name() == SCHEMES["dark"]["ink"]

    QGuiApplication.styleHints().colorSchemeChanged.emit(Qt.ColorScheme.Light)
    assert nav_background(window) == SCHEMES["light"]["sidebar"]


def test_the_lock_screen_card_is_dark_in_the_dark_scheme(
    make_controller: Callable[..., AppController], light_afterwards: QApplication
) -> None:
    controller = make_controller(unlock=False)
    card = controller.window.unlock_panel.ui.card
    apply_scheme(light_afterwards, "light")
    inside = QPoint(card.width() // 2, 8)
    assert pixel(card, inside) == SCHEMES["light"]["surface"]
    apply_scheme(light_afterwards, "dark")
    assert pixel(card, inside) == SCHEMES["dark"]["surface"]
    field = controller.window.unlock_panel.ui.secretEdit
    assert field.palette().color(field.backgroundRole()).name() == SCHEMES["dark"]["surface"]
