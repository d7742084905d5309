"""Starting PeerDesk: the QApplication, the vault picker loop, --smoke, --demo, signals.

``peerdesk.app`` holds the controller (unlock, lock, restore) for one vault; this module
decides which vault that is and runs the event loop around it.
"""

from __future__ import annotations

import json
import shutil
import signal
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QFileOpenEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QMessageBox,
    QWidget,
)

from peerdesk import APP_NAME
from peerdesk.app import DEMO_PASSPHRASE, AppController
from peerdesk.gui.common.accessibility import install_keyboard_and_names
from peerdesk.gui.common.theme import apply_theme
from peerdesk.gui.shell import error_reporting
from peerdesk.gui.shell.language import install_translators
from peerdesk.gui.shell.vault_picker import RecentVaults, pick_vault
from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.errors import (
    VaultError,
    VaultInUseError,
    WrongSecretError,
)
from peerdesk.vault.keys import calibrate_kdf
from peerdesk.vault.vault import Vault, is_vault


def _make_application() -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    QGuiApplication.setDesktopFileName("peerdesk")
    app = QApplication(sys.argv[:1])
    install_translators(app)
    apply_theme(app)
    install_keyboard_and_names(app)
    return app


def create_demo_vault(folder: Path) -> Vault:
    """A throwaway vault filled with the sample data (passphrase "demo", fast KDF)."""
    from peerdesk.services.sample_data import fill_sample_data

    vault, _code = Vault.create(folder, DEMO_PASSPHRASE, kdf=calibrate_kdf(0.02))
    services = start_session(vault)
    try:
        fill_sample_data(services)
    finally:
        end_session(services)
    vault.unlock_with_passphrase(DEMO_PASSPHRASE)
    return vault


def _read_passphrase_file(source: str) -> str:
    text = sys.stdin.read() if source == "-" else Path(source).read_text(encoding="utf-8")
    lines = text.splitlines()
    if not lines or not lines[0]:
        raise WrongSecretError("The passphrase file is empty.")
    return lines[0]


def _smoke(controller: AppController, app: QApplication, timings: dict[str, float]) -> int:
    window = controller.window
    started = time.perf_counter()
    areas: dict[str, float] = {}
    for index, spec in enumerate(window.specs):
        t0 = time.perf_counter()
        window.show_area_at(index)
        app.processEvents()
        areas[spec.key] = round((time.perf_counter() - t0) * 1000, 2)
    timings["areas_ms"] = round((time.perf_counter() - started) * 1000, 2)
    controller.lock()
    print(json.dumps({"ok": True, **timings, "area_ms": areas}))
    return 0


def run_app(
    vault_folder: Path | None,
    *,
    demo: bool = False,
    smoke: bool = False,
    passphrase_file: str | None = None,
    minimized: bool = False,
    default_folder: Path | None = None,
    open_file: Path | None = None,
) -> int:
    """``vault_folder`` None (and not a demo): the vault picker chooses, starting from
    ``default_folder``. File → Open another vault… shows the picker again (_VaultSwitcher)."""
    t_start = time.perf_counter()
    timings: dict[str, float] = {}
    app = _make_application()
    timings["qt_ms"] = round((time.perf_counter() - t_start) * 1000, 2)
    policy = load_gui_policy(None if smoke else _policy_warning)
    default = default_folder or _default_vault_dir()
    label = ""
    if not demo and vault_folder is None:
        if smoke or passphrase_file:
            vault_folder = default  # no dialogs then
        else:
            picked = pick_vault(default, policy)
            if picked is None:
                return 0
            vault_folder, label = picked.folder, picked.label
    elif vault_folder is not None:
        label = RecentVaults().label_of(vault_folder)
    demo_dir: Path | None = None
    controller: AppController | None = None
    switcher: _VaultSwitcher | None = None
    stop = _TerminationSignals(app)
    try:
        if demo:
            demo_dir = Path(tempfile.mkdtemp(prefix="peerdesk-demo-"))
            folder = demo_dir / "vault"
            t0 = time.perf_counter()
            vault = create_demo_vault(folder)
            timings["demo_data_ms"] = round((time.perf_counter() - t0) * 1000, 2)
            t0 = time.perf_counter()
            controller = AppController(folder, demo=True, policy=policy)
            timings["window_ms"] = round((time.perf_counter() - t0) * 1000, 2)
            t0 = time.perf_counter()
            controller.adopt_unlocked_vault(vault)
            timings["unlock_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        else:
            assert vault_folder is not None
            t0 = time.perf_counter()
            controller = AppController(vault_folder, policy=policy, label=label)
            controller.daily_backups = not smoke
            timings["window_ms"] = round((time.perf_counter() - t0) * 1000, 2)
            if smoke and not is_vault(vault_folder):
                print(f"peerdesk: {vault_folder}: there is no vault here", file=sys.stderr)
                return 1
            if not controller.open_vault():
                return 0
            if (smoke or passphrase_file) and controller.is_locked:
                t0 = time.perf_counter()
                assert controller.vault is not None
                if passphrase_file:
                    secret = _read_passphrase_file(passphrase_file)
                    if not controller.unlock(secret):
                        print("peerdesk: the passphrase does not unlock the vault", file=sys.stderr)
                        return 1
                elif not controller.unlock_with_keyring():
                    print("peerdesk: --smoke needs --passphrase-file", file=sys.stderr)
                    return 2
                timings["unlock_ms"] = round((time.perf_counter() - t0) * 1000, 2)
        if smoke:
            return _smoke(controller, app, timings)
        switcher = _VaultSwitcher(app, policy, default, controller)
        if open_file is not None:
            # A .peerdesk file from the command line or the file manager: its preview
            # comes right after the unlock (or now, when already unlocked).
            controller.exchange.receive_file(open_file)
            minimized = False  # the person asked to see this file now
        # Started at login: locked, in the tray, until the user opens it (if there is a tray).
        if not (minimized and controller.reminders.bell.start_in_tray()):
            controller.window.show()
        file_open = _FileOpenFilter(controller)
        app.installEventFilter(file_open)
        error_reporting.install()
        error_reporting.set_restore_offer(controller.lock_and_restore)
        if stop.requested:
            return 0
        return int(app.exec())
    except VaultInUseError as exc:
        _show_fatal(None, str(exc), smoke)
        return 1
    except VaultError as exc:
        _show_fatal(None, str(exc), smoke)
        return 1
    finally:
        current = switcher.current if switcher is not None else controller
        if current is not None:
            current.shutdown()
            current.window.deleteLater()
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)


class _VaultSwitcher(QObject):
    """File → Open another vault…: the vault is locked, the picker is shown (always), and a
    new controller takes over — inside the running event loop (leaving and re-entering
    ``app.exec()`` would make every later dialog return at once)."""

    def __init__(
        self, app: QApplication, policy: Policy, default: Path, controller: AppController
    ) -> None:
        super().__init__(app)
        self.app = app
        self.policy = policy
        self.default = default
        self.current: AppController | None = None
        self._adopt(controller)

    def _adopt(self, controller: AppController) -> None:
        self.current = controller
        controller.other_vault_requested.connect(
            lambda: QTimer.singleShot(0, self.switch), Qt.ConnectionType.QueuedConnection
        )

    def switch(self) -> None:
        old = self.current
        if old is None:
            return
        # The old window goes before the picker shows: no "last window closed" quit meanwhile.
        self.app.setQuitOnLastWindowClosed(False)
        try:
            old.shutdown()
            old.window.hide()
            old.window.deleteLater()
            self.current = None
            while True:
                picked = pick_vault(self.default, self.policy, always=True)
                if picked is None:
                    self.app.quit()
                    return
                controller = AppController(picked.folder, policy=self.policy, label=picked.label)
                controller.daily_backups = True
                try:
                    opened = controller.open_vault()
                except VaultError as exc:
                    QMessageBox.warning(None, APP_NAME, str(exc))
                    opened = False
                if not opened:
                    controller.shutdown()
                    controller.window.deleteLater()
                    continue
                self._adopt(controller)
                controller.window.show()
                return
        finally:
            self.app.setQuitOnLastWindowClosed(True)


def _default_vault_dir() -> Path:
    from peerdesk.cli.common import default_vault_dir

    return default_vault_dir()


def load_gui_policy(warn: Callable[[str], None] | None = None) -> Policy:
    """The organisation's policy, read once at start from its fixed system-wide place (no
    setting, variable or flag moves it). A malformed file: ``warn`` gets a message naming
    the file and line; the strictest reading applies."""
    policy = load_policy()
    if policy.problems:
        message = policy_problem_message(policy)
        print(f"peerdesk: {message}", file=sys.stderr)
        if warn is not None:
            warn(message)
    return policy


def policy_problem_message(policy: Policy) -> str:
    problems = "\n".join(str(p) for p in policy.problems)
    return QCoreApplication.translate(
        "AppController",
        "The organisation's policy could not be read:\n{problems}\n\nThe strictest rules "
        "apply until an administrator fixes it.",
    ).format(problems=problems)


def _policy_warning(message: str) -> None:
    QMessageBox.warning(
        None, QCoreApplication.translate("AppController", "Policy not readable"), message
    )
class _FileOpenFilter(QObject):
    """macOS hands a double-clicked .peerdesk file to the running app as a FileOpen event
    (not on the command line): it goes to the same receive preview."""

    def __init__(self, controller: AppController) -> None:
        super().__init__(controller)
        self.controller = controller

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FileOpen and isinstance(event, QFileOpenEvent):
            name = event.file()
            if name.lower().endswith(".peerdesk"):
                self.controller.exchange.receive_file(Path(name))
                return True
        return False


class _TerminationSignals:
    """SIGTERM/SIGINT end the app normally, so the session locks and a demo vault is
    deleted. Python only sees signals between bytecodes, hence the idle ticker."""

    def __init__(self, app: QApplication) -> None:
        self.requested = False
        self._app = app
        for signum in (signal.SIGTERM, signal.SIGINT):
            signal.signal(signum, self._handle)
        self._ticker = QTimer(app)
        self._ticker.timeout.connect(lambda: None)
        self._ticker.start(250)

    def _handle(self, _signum: int, _frame: object) -> None:
        self.requested = True
        self._app.quit()


def _show_fatal(parent: QWidget | None, message: str, smoke: bool) -> None:
    print(f"peerdesk: {message}", file=sys.stderr)
    if not smoke:
        QMessageBox.critical(parent, APP_NAME, message)


__all__ = ["AppController", "create_demo_vault", "run_app"]
