"""The secret paths of the GUI, each through the real widget.

The lock screen's recovery-code path (and the new-passphrase offer after it), the offer
of a new recovery code after an interrupted rotation, Settings → change passphrase (with
the strength hint), save a backup to a file, remember on this computer, the recovery code
leaving the clipboard, idle activity postponing the auto-lock and its 5-minute default.
Modal dialogs are driven the way a user would: typing into their fields and pressing
their buttons (their ``exec`` is replaced by a function that does exactly that).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import keyring
import pytest
from conftest import PASSPHRASE, Figures
from keyring.backend import KeyringBackend
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.settings import change_passphrase
from peerdesk.gui.settings.page import SettingsPage
from peerdesk.gui.shell import create_vault_wizard
from peerdesk.services.journal.model import EntryFields
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.backup import read_backup_info
from peerdesk.vault.keyring_store import KeyringStatus
from peerdesk.vault.keys import KdfParams, KeyFile
from peerdesk.vault.vault import Vault

NEW = "seven quiet harbour lanterns drift"


class MemoryKeyring(KeyringBackend):
    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture(autouse=True)
def _app_names(qapp: Any) -> None:
    QCoreApplication.setOrganizationName("PeerDesk-tests")
    QCoreApplication.setApplicationName("PeerDesk-tests")


@pytest.fixture
def vault_folder(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    services.journal.create(EntryFields(title="kept", body="a row that must stay"))
    end_session(services)
    vault.close()
    return folder, code


@pytest.fixture
def controller(qtbot: QtBot, vault_folder: tuple[Path, str]) -> Iterator[AppController]:
    made = AppController(vault_folder[0])
    qtbot.addWidget(made.window)
    assert made.open_vault()
    made.window.show()
    yield made
    made.shutdown()


def _type_unlock(qtbot: QtBot, controller: AppController, secret: str, *, recovery: bool) -> None:
    panel = controller.window.unlock_panel
    if recovery:
        qtbot.mouseClick(panel.ui.recoveryCheck, Qt.MouseButton.LeftButton)
        assert panel.ui.recoveryCheck.isChecked()
    qtbot.keyClicks(panel.ui.secretEdit, secret)
    qtbot.mouseClick(panel.ui.unlockButton, Qt.MouseButton.LeftButton)


def _dialog_typing(
    values: dict[str, str], seen: list[Any]
) -> Callable[[QDialog], QDialog.DialogCode]:
    """A replacement for ChangePassphraseDialog.exec: type into the fields, press OK once."""

    def exec_(dialog: QDialog) -> QDialog.DialogCode:
        if seen:  # the second time round (after an error): give up, like Cancel
            return QDialog.DialogCode.Rejected
        for name, text in values.items():
            QTest.keyClicks(getattr(dialog.ui, name), text)  # type: ignore[attr-defined]
        seen.append(dialog.ui.strengthLabel.text())  # type: ignore[attr-defined]
        ok = dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)  # type: ignore[attr-defined]
        if not ok.isEnabled():
            return QDialog.DialogCode.Rejected
        QTest.mouseClick(ok, Qt.MouseButton.LeftButton)
        return QDialog.DialogCode.Accepted

    return exec_


def _quiet_message_boxes(monkeypatch: pytest.MonkeyPatch, answer: Any = None) -> list[str]:
    shown: list[str] = []
    for name in ("information", "warning", "critical"):
        monkeypatch.setattr(
            QMessageBox, name, lambda *a, _n=name, **k: shown.append(f"{_n}: {a[1]}")
        )
    yes = QMessageBox.StandardButton.Yes
    monkeypatch.setattr(
        QMessageBox,
        "question",
        lambda *a, **k: shown.append(f"question: {a[1]}") or (answer or yes),
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda self: shown.append(f"box: {self.text()}") or 0)
    return shown


def test_lock_screen_recovery_code_unlocks_and_offers_a_new_passphrase(
    qtbot: QtBot, controller: AppController, vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch, figures: Figures,
) -> None:  # fmt: skip
    folder, code = vault_folder
    shown = _quiet_message_boxes(monkeypatch)
    seen: list[Any] = []
    monkeypatch.setattr(
        change_passphrase.ChangePassphraseDialog, "exec",
        _dialog_typing({"newEdit": NEW, "repeatEdit": NEW}, seen),
    )  # fmt: skip
    _type_unlock(qtbot, controller, "AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA", recovery=True)
    assert controller.is_locked
    assert controller.window.unlock_panel.ui.messageLabel.isVisible()
    controller.window.unlock_panel.ui.secretEdit.clear()
    qtbot.keyClicks(controller.window.unlock_panel.ui.secretEdit, code)
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        qtbot.mouseClick(controller.window.unlock_panel.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert controller.services is not None
    assert controller.services.journal.count() == 1
    assert any("Set a new passphrase" in s for s in shown), shown
    assert seen, "the new-passphrase dialog was not offered"
    controller.shutdown()
    keyfile = KeyFile.load(folder / "keys.json")
    assert keyfile.open_with_passphrase(NEW) is not None, "the new passphrase was not set"
    assert keyfile.open_with_passphrase(PASSPHRASE) is None
    assert keyfile.open_with_recovery_code(code) is not None
    figures.set(unlocked_with_recovery_code=1)


def test_an_interrupted_rotation_offers_a_new_recovery_code(
    qtbot: QtBot, vault_folder: tuple[Path, str], monkeypatch: pytest.MonkeyPatch,
    fast_kdf: KdfParams,
) -> None:  # fmt: skip
    folder, old_code = vault_folder
    # A rotation cut off right after the new file replaced peerdesk.db (keys.json still
    # says pending): simulated by raising from the promotion that follows the rename.
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    real_save = KeyFile.save
    calls = {"n": 0}

    def save(self: KeyFile, path: Path) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the promotion of the pending key: the "crash"
            raise KeyboardInterrupt
        real_save(self, path)

    monkeypatch.setattr(KeyFile, "save", save)
    with pytest.raises(KeyboardInterrupt):
        vault.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    monkeypatch.setattr(KeyFile, "save", real_save)
    vault._process_lock.release()
    assert KeyFile.load(folder / "keys.json").pending

    shown = _quiet_message_boxes(monkeypatch)
    made = AppController(folder)
    qtbot.addWidget(made.window)
    assert made.open_vault()
    made.window.show()
    try:
        with qtbot.waitSignal(made.unlocked, timeout=10_000):
            _type_unlock(qtbot, made, PASSPHRASE, recovery=False)
        asked = [s for s in shown if s.startswith("question: Make a new recovery code")]
        assert asked, shown
        boxes = [s for s in shown if s.startswith("box: ")]
        assert len(boxes) == 1
        shown_code = boxes[0].removeprefix("box: ").split("\n\n")[0]  # on two lines
        new_code = "-".join(shown_code.splitlines())
    finally:
        made.shutdown()
    keyfile = KeyFile.load(folder / "keys.json")
    assert keyfile.pending == ()
    assert keyfile.open_with_recovery_code(new_code) is not None
    assert keyfile.open_with_recovery_code(old_code) is None


def _settings_page(qtbot: QtBot, controller: AppController) -> SettingsPage:
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        _type_unlock(qtbot, controller, PASSPHRASE, recovery=False)
    controller.window.show_area("settings")
    page = controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_settings_change_passphrase_with_the_strength_hint(
    qtbot: QtBot, controller: AppController, vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder, _code = vault_folder
    page = _settings_page(qtbot, controller)
    shown = _quiet_message_boxes(monkeypatch)
    # Too short: the hint says so and the button stays off; nothing changes.
    weak: list[Any] = []
    monkeypatch.setattr(
        change_passphrase.ChangePassphraseDialog, "exec",
        _dialog_typing({"currentEdit": PASSPHRASE, "newEdit": "short1",
                        "repeatEdit": "short1"}, weak),
    )  # fmt: skip
    keys_before = (folder / "keys.json").read_bytes()
    qtbot.mouseClick(page.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    assert weak, "the dialog did not open"
    assert weak[0].startswith("Use at least 8 characters"), weak
    assert (folder / "keys.json").read_bytes() == keys_before

    strong: list[Any] = []
    monkeypatch.setattr(
        change_passphrase.ChangePassphraseDialog, "exec",
        _dialog_typing({"currentEdit": PASSPHRASE, "newEdit": NEW, "repeatEdit": NEW}, strong),
    )  # fmt: skip
    qtbot.mouseClick(page.ui.changePassphraseButton, Qt.MouseButton.LeftButton)
    assert strong[0] in ("Good.", "Strong."), strong
    assert any("Passphrase changed" in s for s in shown), shown
    keyfile = KeyFile.load(folder / "keys.json")
    assert keyfile.open_with_passphrase(NEW) is not None
    assert keyfile.open_with_passphrase(PASSPHRASE) is None


def test_the_strength_hint_follows_what_is_typed(qtbot: QtBot) -> None:
    dialog = change_passphrase.ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    hints = []
    for typed in ("short1", "abcdefgh", NEW):
        dialog.ui.newEdit.clear()
        qtbot.keyClicks(dialog.ui.newEdit, typed)
        hints.append(dialog.ui.strengthLabel.text())
    assert hints[0].startswith("Use at least 8")
    assert hints[1].startswith("Weak")
    assert hints[2] in ("Good.", "Strong.")


def test_settings_save_backup_to_a_file(
    qtbot: QtBot, controller: AppController, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _settings_page(qtbot, controller)
    shown = _quiet_message_boxes(monkeypatch)
    chosen = tmp_path / "elsewhere" / "my-backup"
    chosen.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(chosen), ""))
    qtbot.mouseClick(page.ui.saveBackupButton, Qt.MouseButton.LeftButton)
    saved = chosen.with_name("my-backup.pdbackup")
    assert saved.is_file(), shown
    assert read_backup_info(saved).vault_id == controller.vault.vault_id  # type: ignore[union-attr]
    assert any("Backup saved" in s for s in shown), shown


def test_settings_remember_on_this_computer(
    qtbot: QtBot, controller: AppController, vault_folder: tuple[Path, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    folder, _code = vault_folder
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        page = _settings_page(qtbot, controller)
        _quiet_message_boxes(monkeypatch)
        page.page_shown()
        assert page.ui.rememberCheck.isEnabled()
        qtbot.mouseClick(page.ui.rememberCheck, Qt.MouseButton.LeftButton)
        assert page.ui.rememberCheck.isChecked()
        assert len(backend.secrets) == 1
        assert KeyFile.load(folder / "keys.json").has_method("keyring")
        controller.lock()
        assert controller.unlock_with_keyring(), "the remembered vault did not open"
        assert controller.services is not None
        assert controller.services.journal.count() == 1
        controller.window.show_area("settings")
        qtbot.mouseClick(page.ui.rememberCheck, Qt.MouseButton.LeftButton)  # forget again
        assert backend.secrets == {}
        assert not KeyFile.load(folder / "keys.json").has_method("keyring")
    finally:
        keyring.set_keyring(previous)


def test_the_recovery_code_leaves_the_clipboard(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fast_kdf: KdfParams
) -> None:
    assert create_vault_wizard.CLIPBOARD_CLEAR_MS == 60_000  # "cleared in one minute"
    monkeypatch.setattr(create_vault_wizard, "CLIPBOARD_CLEAR_MS", 50)

    def create(passphrase: str) -> str:
        vault, code = Vault.create(tmp_path / "vault", passphrase, kdf=fast_kdf)
        vault.close()
        return code

    status = KeyringStatus(False, "fail", "No secure keyring here.")
    wizard = create_vault_wizard.CreateVaultWizard(tmp_path / "vault", create, status)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome -> passphrase
    qtbot.keyClicks(wizard.passphrase_page.passphrase_edit, NEW)
    qtbot.keyClicks(wizard.passphrase_page.repeat_edit, NEW)
    wizard.next()  # -> the recovery code (the vault is created)
    code = wizard.recovery_page.recovery_code
    assert code
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("something the user copied before")
    qtbot.mouseClick(wizard.recovery_page.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == code
    qtbot.waitUntil(lambda: clipboard.text() != code, timeout=3000)
    assert code not in clipboard.text()


def test_idle_activity_postpones_the_lock_and_the_default_is_five_minutes(
    qtbot: QtBot, controller: AppController
) -> None:
    with qtbot.waitSignal(controller.unlocked, timeout=10_000):
        _type_unlock(qtbot, controller, PASSPHRASE, recovery=False)
    assert controller.services is not None
    assert controller.services.settings.auto_lock_minutes == 5
    assert controller.idle._timer.interval() == 5 * 60_000
    assert controller.idle.active
    controller.set_auto_lock_ms(1000)
    # 3 s of typing, a key every 150 ms: three times the timeout, and still unlocked.
    for _ in range(20):
        QTest.keyClick(controller.window, Qt.Key.Key_Shift)
        qtbot.wait(150)
        assert not controller.is_locked, "activity did not postpone the auto-lock"
    qtbot.waitUntil(lambda: controller.is_locked, timeout=10_000)  # then idle: it locks
