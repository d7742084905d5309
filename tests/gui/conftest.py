"""GUI fixtures: a real AppController over a real vault on tmp_path, offscreen."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.accessibility import install_keyboard_and_names
from peerdesk.gui.common.theme import apply_theme
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


@pytest.fixture(autouse=True, scope="session")
def _themed(qapp: object) -> None:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    QCoreApplication.setOrganizationName("PeerDesk-tests")
    QCoreApplication.setApplicationName("PeerDesk-tests")
    assert isinstance(qapp, QApplication)
    apply_theme(qapp)
    install_keyboard_and_names(qapp)  # as peerdesk.launch does


@pytest.fixture(autouse=True)
def _no_windows_left_behind(qapp: object) -> Iterator[None]:
    """Top-level windows a test leaves behind are deleted after it (not closed: no prompts).

    Qt re-polishes every live widget when the application's style sheet or font changes,
    and re-translates it when the language does: windows left over from earlier tests (a
    shut-down controller's main window, dialogs never closed) made the theme, text-size and
    language tests the slower the later they ran, up to 13 s for one theme switch in a full
    run. Windows that existed before the test (a module fixture's, as test_fit.py's demo)
    are kept.
    """
    from PySide6.QtCore import QCoreApplication, QEvent
    from PySide6.QtWidgets import QApplication

    before = set(QApplication.topLevelWidgets())
    yield
    QApplication.processEvents()  # what the test left queued (a 0 ms timer, say) runs first
    for widget in QApplication.topLevelWidgets():
        if widget not in before and widget.parentWidget() is None:
            widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def make_controller(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams
) -> Iterator[Callable[..., AppController]]:
    """make_controller(unlock=True) -> a controller on a new vault (created with PASSPHRASE)."""
    made: list[AppController] = []

    def make(*, unlock: bool = True, folder: Path | None = None) -> AppController:
        folder = folder or tmp_path / "vault"
        if not folder.exists():
            vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
            vault.close()
        controller = AppController(folder)
        made.append(controller)
        qtbot.addWidget(controller.window)
        assert controller.open_vault()
        controller.window.show()
        with qtbot.waitActive(controller.window):
            controller.window.activateWindow()
        if unlock:
            with qtbot.waitSignal(controller.unlocked, timeout=5000):
                controller.unlock(PASSPHRASE)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


@pytest.fixture
def unlocked_controller(make_controller: Callable[..., AppController]) -> AppController:
    return make_controller()


@pytest.fixture(autouse=True)
def _private_qsettings(tmp_path: Path) -> None:
    """Each GUI test writes its QSettings (recent vaults, geometry) under tmp_path."""
    from PySide6.QtCore import QSettings

    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(tmp_path / "qsettings"))


@pytest.fixture(autouse=True)
def _one_english_date_format() -> None:
    """English dates look the same on every machine and after any language test: QLocale's
    default is process-wide, and "en" (a language test's choice) is US English, "1 Apr 2027"
    on one machine and "Apr 1, 2027" on another. A Spanish default (the Spanish walk) stays."""
    from PySide6.QtCore import QLocale

    if QLocale().language() in (QLocale.Language.English, QLocale.Language.C):
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
