"""The shell with the keyboard only (issue 13): Tab order of the lock screen, the create-vault
wizard and Settings; Escape closes the shell's dialogs; every area is reached without a mouse
(Tab to the navigation, then the arrow keys, or Ctrl+1…5 and Ctrl+,)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.settings.page import SettingsPage
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard
from peerdesk.services.notes import AGENCY_ENABLED
from peerdesk.vault.keyring_store import KeyringStatus

USABLE = KeyringStatus(usable=True, backend="test", reason="")


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def tab_through(qtbot: QtBot, count: int, key: Qt.Key = Qt.Key.Key_Tab) -> list[str]:
    """The objectNames of the widgets Tab visits, starting with the focused one."""
    names = []
    for _ in range(count):
        widget = focused()
        names.append(widget.objectName())
        qtbot.keyClick(widget, key)
    return names


# -- the lock screen ----------------------------------------------------------------------------


def test_lock_screen_starts_in_the_passphrase_and_tabs_down_the_card(
    make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    controller = make_controller(unlock=False)
    window = controller.window
    assert window.is_showing_locked
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.unlock_panel.ui.secretEdit)
    assert tab_through(qtbot, 5) == [
        "secretEdit",
        "recoveryCheck",
        "unlockButton",
        "restoreButton",  # the keyring button is hidden: not remembered here
        "secretEdit",  # round again: no stop on the scroll area or the hidden face
    ]
    # Shift+Tab walks back the same way.
    assert tab_through(qtbot, 3, Qt.Key.Key_Backtab) == [
        "recoveryCheck",
        "secretEdit",
        "restoreButton",
    ]


def test_lock_screen_unlocks_with_the_keyboard_alone(
    make_controller: Callable[..., AppController], qtbot: QtBot
) -> None:
    from tests.conftest import PASSPHRASE

    controller = make_controller(unlock=False)
    edit = controller.window.unlock_panel.ui.secretEdit
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    qtbot.keyClicks(edit, PASSPHRASE)
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    # After unlocking, the keyboard is on the navigation: the arrows choose an area.
    assert focused() is controller.window.navigation


# -- the create-vault wizard --------------------------------------------------------------------


def _wizard(qtbot: QtBot, tmp_path: Path) -> CreateVaultWizard:
    wizard = CreateVaultWizard(tmp_path / "new", lambda _p: "ABCD-" * 7 + "ABCD", USABLE)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is wizard)
    return wizard


def test_wizard_pages_tab_through_their_fields_then_the_buttons(
    qtbot: QtBot, tmp_path: Path
) -> None:
    wizard = _wizard(qtbot, tmp_path)
    wizard.next()
    page = wizard.passphrase_page
    qtbot.waitUntil(lambda: focused() is page.passphrase_edit)
    visited = []
    for _ in range(4):
        visited.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert visited[:3] == [page.passphrase_edit, page.repeat_edit, page.show_check]
    assert visited[3] in wizard.findChildren(QWidget)  # then the wizard's own buttons
    assert not page.isAncestorOf(visited[3])

    for edit in (page.passphrase_edit, page.repeat_edit):
        edit.setText("four quiet words here")
    wizard.next()  # the recovery code page
    recovery = wizard.recovery_page
    recovery.save_button.setFocus(Qt.FocusReason.TabFocusReason)
    visited = []
    for _ in range(4):
        visited.append(focused())
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert visited == [
        recovery.save_button,
        recovery.print_button,
        recovery.copy_button,
        recovery.confirm_check,
    ]


def test_wizard_passphrase_page_starts_in_the_passphrase(qtbot: QtBot, tmp_path: Path) -> None:
    wizard = _wizard(qtbot, tmp_path)
    wizard.next()
    qtbot.waitUntil(lambda: focused() is wizard.passphrase_page.passphrase_edit)


# -- Settings -----------------------------------------------------------------------------------


def test_settings_tab_order_goes_down_the_page_as_it_reads(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    window.show_area("settings")
    page = window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page.reminders.ui.enabledCheck.setChecked(True)  # all of Reminders can be reached
    contacts = unlocked_controller.exchange.contacts_section
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    walked = []
    for _ in range(60):
        qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        widget = focused()
        if widget is window.navigation:
            break
        if contacts.isAncestorOf(widget):  # the exchange area's own section
            continue
        # Tab steps through a time box's hours, then its minutes (Qt's way): one stop here.
        if not walked or walked[-1] != widget.objectName():
            walked.append(widget.objectName())
    expected = [
        "languageCombo",
        "autoLockSpin",
        *(["rememberCheck"] if page.ui.rememberCheck.isEnabled() else []),
        "changePassphraseButton",
        "enabledCheck",
        "checkinTimes",
        "newTimeEdit",
        "addTimeButton",
        "removeTimeButton",
        *[f"reviewDay{day}" for day in range(1, 8)],
        "reviewTimeEdit",
        "milestoneCheck",
        "milestoneTimeEdit",
        "loginCheck",
        "keepSpin",
        "backupList",
        "backupNowButton",
        "saveBackupButton",
        "agencyCheck",
        "locationValue",
        "activityButton",
    ]
    if not page.reminders.ui.removeTimeButton.isEnabled():
        expected.remove("removeTimeButton")
    assert walked == expected, str(walked)


# -- Escape -------------------------------------------------------------------------------------


def _about(c: AppController) -> QDialog:
    from peerdesk.gui.shell.about import AboutDialog

    return AboutDialog(c.window)


def _shortcuts(c: AppController) -> QDialog:
    from peerdesk.gui.shell.shortcuts import ShortcutsDialog

    return ShortcutsDialog(c.window)


def _change_passphrase(c: AppController) -> QDialog:
    from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog

    return ChangePassphraseDialog(c.window)


def _activity_log(c: AppController) -> QDialog:
    from peerdesk.gui.settings.activity_log import ActivityLogDialog

    assert c.services is not None
    return ActivityLogDialog(c.services.audit, c.window)


def _picker(c: AppController) -> QDialog:
    from peerdesk.gui.shell.vault_picker import RecentVaults, VaultPickerDialog

    return VaultPickerDialog(RecentVaults(), c.policy, c.window, default=c.vault_folder)


def _wizard_dialog(c: AppController) -> QDialog:
    return CreateVaultWizard(c.vault_folder.parent / "other", lambda _p: "", USABLE, c.window)


@pytest.mark.parametrize(
    "make",
    [_about, _shortcuts, _change_passphrase, _activity_log, _picker, _wizard_dialog],
    ids=["about", "shortcuts", "change-passphrase", "activity-log", "vault-picker", "wizard"],
)
def test_escape_closes_the_dialog(
    unlocked_controller: AppController, qtbot: QtBot, make: Callable[[AppController], QDialog]
) -> None:
    dialog = make(unlocked_controller)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()  # as a window manager does with a new dialog
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    assert dialog.isAncestorOf(focused()) or focused() is dialog
    with qtbot.waitSignal(dialog.rejected, timeout=2000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()


# -- every area without a mouse ----------------------------------------------------------------


def test_every_area_is_reached_from_the_navigation_with_the_arrow_keys(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    services = unlocked_controller.services
    assert services is not None
    services.settings.set(AGENCY_ENABLED, True)  # the caseload and notes are areas too
    window = unlocked_controller.window
    shown = [spec.key for spec in window.specs if window.is_area_shown(spec.key)]
    assert len(shown) == len(window.specs)
    window.show_area(shown[0])
    # Tab from anywhere comes round to the navigation; Shift+Tab from the page's first stop.
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    assert window.pages[shown[0]].isAncestorOf(focused())  # Tab goes into the area
    qtbot.keyClick(focused(), Qt.Key.Key_Backtab)
    assert focused() is window.navigation
    visited = [window.current_area()]
    for _ in shown[1:]:
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        visited.append(window.current_area())
    assert visited == shown
    assert window.page_stack.currentWidget().isAncestorOf(window.pages[shown[-1]])
    qtbot.keyClick(window.navigation, Qt.Key.Key_Home)
    assert window.current_area() == shown[0]


def test_a_hidden_area_is_skipped_by_the_arrow_keys(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    window = unlocked_controller.window
    shown = [spec.key for spec in window.specs if window.is_area_shown(spec.key)]
    hidden = [spec.key for spec in window.specs if not window.is_area_shown(spec.key)]
    assert hidden, "the agency areas are off in a new vault"
    window.show_area(shown[0])
    window.navigation.setFocus(Qt.FocusReason.TabFocusReason)
    visited = [window.current_area()]
    for _ in range(len(window.specs)):
        qtbot.keyClick(window.navigation, Qt.Key.Key_Down)
        visited.append(window.current_area())
    assert set(visited) == set(shown)
    assert not set(visited) & set(hidden)


def test_each_area_has_its_own_shortcut(unlocked_controller: AppController, qtbot: QtBot) -> None:
    window = unlocked_controller.window
    for spec in window.specs:
        if not window.is_area_shown(spec.key):
            continue
        qtbot.keyClick(focused(), *_key_and_modifiers(spec.shortcut))
        assert window.current_area() == spec.key, spec.shortcut


def _key_and_modifiers(keys: str) -> tuple[Qt.Key, Qt.KeyboardModifier]:
    combination = QKeySequence(keys)[0]
    return combination.key(), combination.keyboardModifiers()
