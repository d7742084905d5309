"""The app shell: create wizard, unlock, lock by shortcut and by idle, drafts kept encrypted."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QPlainTextEdit, QVBoxLayout, QWizard
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.area import AreaPage, AreaSpec
from peerdesk.gui.shell import areas
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard
from peerdesk.services.session import Services
from peerdesk.vault.keyring_store import KeyringStatus
from tests.conftest import PASSPHRASE


class NotesArea(AreaPage):
    """A minimal area with an editor, to exercise the draft contract of the shell."""

    def __init__(self) -> None:
        super().__init__()
        self.editor = QPlainTextEdit()
        QVBoxLayout(self).addWidget(self.editor)
        self.attached = False

    def attach(self, services: Services) -> None:
        self.attached = True

    def detach(self) -> None:
        self.editor.clear()
        self.attached = False

    def draft(self) -> dict[str, Any] | None:
        text = self.editor.toPlainText()
        return {"text": text} if text else None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        self.editor.setPlainText(str(draft.get("text", "")))


@pytest.fixture
def with_notes_area(monkeypatch: pytest.MonkeyPatch) -> None:
    real = areas.area_specs

    def specs() -> list[AreaSpec]:
        return [AreaSpec("scratch", "Scratch", ":/icons/journal.svg", "Ctrl+9", NotesArea), *real()]

    monkeypatch.setattr("peerdesk.app.area_specs", specs)


def test_wizard_creates_a_vault_and_shows_the_code_once(qtbot: QtBot, tmp_path: Path) -> None:
    created: list[str] = []

    def create(passphrase: str) -> str:
        created.append(passphrase)
        return "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"

    status = KeyringStatus(False, "fail", "No secure keyring here.")
    wizard = CreateVaultWizard(tmp_path / "v", create, status)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()  # welcome -> passphrase
    page = wizard.passphrase_page
    qtbot.keyClicks(page.passphrase_edit, "short")
    assert not page.isComplete()
    page.passphrase_edit.setText("four quiet river stones")
    page.repeat_edit.setText("four quiet river stone")
    assert not page.isComplete()
    assert "not the same" in page.mismatch_label.text()
    page.repeat_edit.setText("four quiet river stones")
    assert page.isComplete()
    wizard.next()  # commit: the vault is created here
    assert created == ["four quiet river stones"]
    recovery = wizard.recovery_page
    assert recovery.code_label.text() == "ABCD-EFGH-JKMN-PQRS-TVWX-YZ01-2345-6789"
    assert page.passphrase_edit.text() == ""  # not kept in the widget
    assert not recovery.isComplete()
    recovery.confirm_check.setChecked(True)
    assert recovery.isComplete()
    wizard.next()
    assert not wizard.remember_page.remember_check.isEnabled()  # fail backend: not offered
    assert not wizard.remember_requested
    assert wizard.vault_created


def test_first_run_wizard_then_unlocked_window(qtbot: QtBot, tmp_path: Path) -> None:
    folder = tmp_path / "fresh"
    controller = AppController(folder)
    qtbot.addWidget(controller.window)

    def drive() -> None:
        wizard = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QWizard))
        assert isinstance(wizard, CreateVaultWizard)
        wizard.next()
        wizard.passphrase_page.passphrase_edit.setText("four quiet river stones")
        wizard.passphrase_page.repeat_edit.setText("four quiet river stones")
        wizard.next()
        wizard.recovery_page.confirm_check.setChecked(True)
        wizard.next()
        wizard.accept()

    QTimer.singleShot(0, drive)
    assert controller.open_vault()
    assert not controller.is_locked
    assert not controller.window.is_showing_locked
    assert (folder / "peerdesk.db").exists()
    controller.shutdown()


def test_wrong_passphrase_is_calm_and_changes_nothing(
    make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    controller = make_controller(unlock=False)
    panel = controller.window.unlock_panel
    qtbot.keyClicks(panel.ui.secretEdit, "not my passphrase")
    qtbot.mouseClick(panel.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert controller.is_locked
    assert panel.ui.messageLabel.isVisible()
    assert "does not unlock" in panel.ui.messageLabel.text()
    assert "no limit" in panel.ui.messageLabel.text()
    panel.ui.secretEdit.setText(PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.mouseClick(panel.ui.unlockButton, Qt.MouseButton.LeftButton)
    assert panel.ui.secretEdit.text() == ""


def test_lock_by_shortcut_idle_lock_and_draft_restored(
    with_notes_area: None, make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    controller = make_controller()
    window = controller.window
    notes = window.pages["scratch"]
    assert isinstance(notes, NotesArea)
    assert notes.attached
    window.show_area("scratch")
    notes.editor.setPlainText("half-written thought about Tuesday")

    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert window.is_showing_locked
    assert notes.editor.toPlainText() == ""  # nothing decrypted left in the view
    assert not notes.attached
    assert not window.toolbar.isVisible()

    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert notes.editor.toPlainText() == "half-written thought about Tuesday"

    notes.editor.setPlainText("second draft, kept across an auto-lock")
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.set_auto_lock_ms(150)
    assert controller.is_locked
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert notes.editor.toPlainText() == "second draft, kept across an auto-lock"


def test_activity_postpones_auto_lock(unlocked_controller: AppController, qtbot: QtBot) -> None:
    controller = unlocked_controller
    controller.set_auto_lock_ms(60_000)
    assert controller.idle.active
    controller.set_auto_lock_ms(0)
    assert not controller.idle.active  # 0 = never


def test_settings_change_auto_lock(unlocked_controller: AppController, qtbot: QtBot) -> None:
    controller = unlocked_controller
    controller.window.show_area("settings")
    page = controller.window.pages["settings"]
    page.ui.autoLockSpin.setValue(12)  # type: ignore[attr-defined]
    assert controller.services is not None
    assert controller.services.settings.auto_lock_minutes == 12
    with qtbot.waitSignal(controller.locked, timeout=5000):
        qtbot.keyClick(controller.window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert page.ui.autoLockSpin.value() == 12  # type: ignore[attr-defined]


def test_backup_now_lists_the_backup(unlocked_controller: AppController, qtbot: QtBot) -> None:
    controller = unlocked_controller
    controller.window.show_area("settings")
    page = controller.window.pages["settings"]
    qtbot.mouseClick(page.ui.backupNowButton, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    items = page.ui.backupList  # type: ignore[attr-defined]
    assert items.count() == 1
    assert "made by you" in items.item(0).text()


def test_window_title_never_shows_content(unlocked_controller: AppController) -> None:
    assert unlocked_controller.window.windowTitle() == "PeerDesk"


def test_screen_lock_signal_locks(unlocked_controller: AppController, qtbot: QtBot) -> None:
    controller = unlocked_controller
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.screen_lock.screen_locked.emit()
    assert controller.is_locked


@pytest.mark.keyring_real
@pytest.mark.skipif(
    not __import__("os").environ.get("DBUS_SESSION_BUS_ADDRESS"),
    reason="needs a D-Bus session bus (tools/dev check runs under dbus-run-session)",
)
def test_desktop_screen_saver_over_dbus_locks(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    from PySide6.QtDBus import QDBusConnection, QDBusMessage

    controller = unlocked_controller
    assert controller.screen_lock.listening
    bus = QDBusConnection.sessionBus()
    # Sent to this process only: the session bus is shared with the other pytest-xdist
    # workers, whose unlocked windows would lock too on a broadcast ActiveChanged.
    message = QDBusMessage.createTargetedSignal(
        bus.baseService(),
        "/org/freedesktop/ScreenSaver",
        "org.freedesktop.ScreenSaver",
        "ActiveChanged",
    )
    message.setArguments([True])
    with qtbot.waitSignal(controller.locked, timeout=5000):
        assert bus.send(message)
    assert controller.is_locked


def test_remembered_vault_opens_without_asking(
    make_controller: Callable[..., AppController], qtbot: QtBot, tmp_path: Path
) -> None:
    import keyring

    from tests.unit.vault.test_keyring import MemoryKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        first = make_controller()
        assert first.vault is not None
        first.vault.remember_on_this_computer()
        first.shutdown()
        second = make_controller(unlock=False)
        assert not second.is_locked  # opened through the keyring, no passphrase asked
        with qtbot.waitSignal(second.locked, timeout=5000):
            second.lock()
        assert second.window.unlock_panel.ui.keyringButton.isVisibleTo(second.window)
    finally:
        keyring.set_keyring(previous)


def test_lock_completes_when_drafts_cannot_be_saved(
    with_notes_area: None,
    make_controller: Callable[..., AppController],
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from peerdesk.vault.errors import StorageFullError

    controller = make_controller()
    notes = controller.window.pages["scratch"]
    assert isinstance(notes, NotesArea)
    notes.editor.setPlainText("unsaved words")
    assert controller.services is not None

    def disk_full(*_args: object) -> None:
        raise StorageFullError("The disk is full.")

    monkeypatch.setattr(controller.services.drafts, "save", disk_full)
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.lock()
    assert controller.is_locked
    assert notes.editor.toPlainText() == ""
    assert "disk is full" in controller.window.unlock_panel.ui.messageLabel.text()


def test_daily_backup_after_unlock_when_enabled(
    make_controller: Callable[..., AppController], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("peerdesk.app.DAILY_BACKUP_DELAY_MS", 0)
    controller = make_controller(unlock=False)
    controller.daily_backups = True
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert controller.services is not None
    backups = controller.services.backups
    # Made by a worker thread (issue 14): wait for the file and the message it ends with.
    qtbot.waitUntil(
        lambda: (
            len(backups.automatic_backups()) == 1
            and "backup" in controller.window.statusBar().currentMessage()
        ),
        timeout=10_000,
    )
