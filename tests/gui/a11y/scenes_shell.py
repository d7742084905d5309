"""Scenes of the shell screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).

The lock screen scenes lock the demo vault and unlock it again with the demo passphrase
afterwards, so the scenes after them find it as they expect.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from peerdesk import APP_NAME
from peerdesk.app import AppController
from peerdesk.launch import DEMO_PASSPHRASE
from peerdesk.services.policy import Policy, load_policy
from peerdesk.vault.backup import BACKUP_SUFFIX
from peerdesk.vault.keyring_store import keyring_status
from tests.gui.fit_scenes import Scene, _dialog_scene, fit_dialog, settle

SCENES: dict[str, Scene] = {}

# A recovery code shaped like a real one (the wizard scenes make no vault).
SAMPLE_CODE = "K7QD-9XWM-3HTF-R2PB-V6YN-4CJE-8GLS-5ZUA"


def _scene(name: str) -> Callable[[Callable[[AppController], Iterator[QWidget]]], Scene]:
    def register(function: Callable[[AppController], Iterator[QWidget]]) -> Scene:
        wrapped = contextmanager(function)
        SCENES[name] = wrapped
        return wrapped

    return register


def _services(controller: AppController):  # type: ignore[no-untyped-def]
    services = controller.services
    assert services is not None
    return services


# -- the lock screen ----------------------------------------------------------------------------


@contextmanager
def _locked(controller: AppController) -> Iterator[QWidget]:
    controller.lock()
    settle()
    try:
        yield controller.window
    finally:
        controller.window.unlock_panel.reset()
        assert controller.unlock(DEMO_PASSPHRASE)
        settle()


@_scene("shell-lock-screen")
def _lock_screen(controller: AppController) -> Iterator[QWidget]:
    with _locked(controller) as window:
        yield window


@_scene("shell-lock-screen-wrong-passphrase")
def _lock_screen_error(controller: AppController) -> Iterator[QWidget]:
    """After a wrong passphrase: the calm error line under the field."""
    with _locked(controller) as window:
        assert not controller.unlock("not the demo passphrase")
        settle()
        yield window


@_scene("shell-lock-screen-recovery-code")
def _lock_screen_recovery(controller: AppController) -> Iterator[QWidget]:
    """ "I forgot my passphrase": the field asks for the recovery code."""
    with _locked(controller) as window:
        controller.window.unlock_panel.ui.recoveryCheck.setChecked(True)
        settle()
        yield window


@_scene("shell-reminder-at-unlock")
def _reminder_banner(controller: AppController) -> Iterator[QWidget]:
    """A reminder that rang while nothing could show it: the status bar says it at unlock."""
    with _locked(controller):
        controller.reminders.bell.waiting.append("checkin")
    settle()
    try:
        yield controller.window
    finally:
        controller.window.statusBar().clearMessage()


# -- the create-vault wizard, page by page ------------------------------------------------------


def _wizard_at(page: int) -> Scene:
    @contextmanager
    def show(controller: AppController) -> Iterator[QWidget]:
        from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard

        folder = controller.vault_folder.parent / "PeerDesk"
        wizard = CreateVaultWizard(
            folder, lambda _passphrase: SAMPLE_CODE, keyring_status(), controller.window
        )
        fit_dialog(wizard, controller.window.size())
        for _ in range(page):
            if wizard.currentPage() is wizard.passphrase_page:
                for edit in (
                    wizard.passphrase_page.passphrase_edit,
                    wizard.passphrase_page.repeat_edit,
                ):
                    edit.setText("tres palabras sueltas juntas")
            if wizard.currentPage() is wizard.recovery_page:
                wizard.recovery_page.confirm_check.setChecked(True)
            wizard.next()
            settle()
        try:
            yield wizard
        finally:
            wizard.close()
            wizard.deleteLater()
            settle()

    return show


for _index, _name in enumerate(["welcome", "passphrase", "recovery-code", "remember"]):
    SCENES[f"wizard-{_name}"] = _wizard_at(_index)


# -- under an organisation's policy ------------------------------------------------------------

MANAGED = """\
allow_remember_on_this_computer = false
max_auto_lock_minutes = 10
min_passphrase_length = 14
max_backups = "ten"
"""


def _managed_policy(controller: AppController) -> Policy:
    """A policy file with managed settings and one value it cannot read (its problem line)."""
    folder = controller.vault_folder.parent / "etc"
    folder.mkdir(exist_ok=True)
    (folder / "policy.toml").write_text(MANAGED, encoding="utf-8")
    return load_policy(folder / "policy.toml", registry=lambda: None)


@_scene("settings-managed-by-policy")
def _settings_managed(controller: AppController) -> Iterator[QWidget]:
    """Settings with "Managed by your organisation" beside the security controls."""
    from peerdesk.gui.settings.page import SettingsPage

    page = controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    controller.window.show_area("settings")
    page._apply_policy(_managed_policy(controller))
    settle()
    try:
        yield controller.window
    finally:
        page._apply_policy(controller.policy)
        settle()


@_scene("wizard-passphrase-under-policy")
def _wizard_policy(controller: AppController) -> Iterator[QWidget]:
    """The passphrase page says what the organisation's rules want (a short one typed)."""
    from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard

    wizard = CreateVaultWizard(
        controller.vault_folder.parent / "PeerDesk",
        lambda _passphrase: SAMPLE_CODE,
        keyring_status(),
        controller.window,
        policy=_managed_policy(controller),
    )
    fit_dialog(wizard, controller.window.size())
    wizard.next()
    wizard.passphrase_page.passphrase_edit.setText("corta pero")
    settle()
    try:
        yield wizard
    finally:
        wizard.close()
        wizard.deleteLater()
        settle()


# -- dialogs ------------------------------------------------------------------------------------


def _vault_picker(c: AppController) -> QDialog:
    from peerdesk.gui.shell.vault_picker import RecentVault, RecentVaults, VaultPickerDialog

    home = c.vault_folder.parent / "casa"
    home.mkdir(exist_ok=True)
    (home / "keys.json").touch()  # enough for the picker to see a vault there

    class Shown(RecentVaults):
        """Two remembered vaults (labels and folders only), one of them gone."""

        def entries(self) -> list[RecentVault]:
            return [RecentVault(home, "Casa"), RecentVault(home.parent / "gone", "Oficina")]

    return VaultPickerDialog(Shown(), c.policy, c.window)


def _shortcuts(c: AppController) -> QDialog:
    from peerdesk.gui.shell.shortcuts import ShortcutsDialog

    return ShortcutsDialog(c.window)


def _restore_file(c: AppController) -> QDialog:
    """Lock screen → Restore from a backup…: Qt's own file chooser (as on a desktop with no
    native one), in the window's language, showing only backups."""
    from peerdesk.gui.shell.prompts import backup_file_texts

    title, kinds = backup_file_texts(BACKUP_SUFFIX)
    folder = c.vault_folder.parent / "copias"  # (the demo vault's own folder is "vault")
    folder.mkdir(exist_ok=True)
    dialog = QFileDialog(c.window, title, str(folder), kinds)
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    return dialog


def _restore_passphrase(c: AppController) -> QDialog:
    """Then the backup's passphrase, asked as QInputDialog.getText asks it."""
    from peerdesk.gui.shell.prompts import backup_passphrase_texts

    title, label = backup_passphrase_texts()
    dialog = QInputDialog(c.window)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


def _activity_log(c: AppController) -> QDialog:
    from peerdesk.gui.settings.activity_log import ActivityLogDialog

    return ActivityLogDialog(_services(c).audit, c.window)


def _new_passphrase(c: AppController) -> QDialog:
    """After unlocking with the recovery code: a new passphrase, no current one asked."""
    from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog

    return ChangePassphraseDialog(c.window, need_current=False, policy=c.policy)


def _new_recovery_code(c: AppController) -> QDialog:
    from peerdesk.gui.shell.prompts import new_recovery_code_box

    return new_recovery_code_box(c.window, SAMPLE_CODE)


def _restore_offer(c: AppController) -> QDialog:
    from peerdesk.gui.shell.error_reporting import restore_offer_box

    box, _restore = restore_offer_box(c.window)
    return box


def _unexpected_error(c: AppController) -> QDialog:
    from peerdesk.gui.shell.error_reporting import message_for

    return QMessageBox(
        QMessageBox.Icon.Warning,
        APP_NAME,
        message_for(RuntimeError("private words")),
        QMessageBox.StandardButton.Ok,
        c.window,
    )


for _name, _make in [
    ("dialog-vault-picker", _vault_picker),
    ("dialog-shortcuts", _shortcuts),
    ("dialog-restore-file", _restore_file),
    ("dialog-restore-passphrase", _restore_passphrase),
    ("dialog-activity-log", _activity_log),
    ("dialog-new-passphrase", _new_passphrase),
    ("dialog-new-recovery-code", _new_recovery_code),
    ("dialog-restore-offer", _restore_offer),
    ("dialog-unexpected-error", _unexpected_error),
]:
    SCENES[_name] = _dialog_scene(_make)
