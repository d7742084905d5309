"""The organisation's policy in the GUI: honoured, shown as managed, not bypassable by a
user setting. Every policy here is read from a file written by the test."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk import app as app_module
from peerdesk import launch as launch_module
from peerdesk.app import AppController
from peerdesk.gui.journal.export_dialog import JournalExportDialog
from peerdesk.gui.library.export_dialog import LibraryExportDialog
from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
from peerdesk.gui.settings.page import SettingsPage
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard
from peerdesk.launch import load_gui_policy
from peerdesk.services.policy import Policy, PolicyViolation
from peerdesk.services.settings import AUTO_LOCK_MINUTES
from peerdesk.vault.keyring_store import KeyringStatus
from peerdesk.vault.vault import Vault
from tests.gui.shell.conftest import policy_from

STRICT = """\
allow_remember_on_this_computer = false
max_auto_lock_minutes = 10
min_passphrase_length = 14
allow_plaintext_exports = false
export_notice = "42 CFR Part 2: no redisclosure."
areas = ["journal"]
"""
USABLE = KeyringStatus(usable=True, backend="test", reason="")


@pytest.fixture
def strict(tmp_path: Path) -> Policy:
    return policy_from(tmp_path / "etc", STRICT)


def _settings(controller: AppController) -> SettingsPage:
    page = controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    return page


def test_areas_not_in_the_list_are_hidden(
    controller_with: Callable[..., AppController], strict: Policy
) -> None:
    controller = controller_with(strict)
    assert list(controller.window.pages) == ["journal", "settings"]
    titles = [a.text() for a in controller.window.area_actions]
    assert not any("Roadmap" in t or "Library" in t for t in titles)


def test_auto_lock_capped_even_when_the_user_setting_says_never(
    controller_with: Callable[..., AppController], strict: Policy
) -> None:
    controller = controller_with(strict)
    services = controller.services
    assert services is not None
    # A user setting written straight into the vault (as an older version could have):
    services.settings.set(AUTO_LOCK_MINUTES, 0)
    assert services.settings.auto_lock_minutes == 10
    assert controller.idle._timeout_ms == 10 * 60_000
    spin = _settings(controller).ui.autoLockSpin
    assert spin.maximum() == 10
    assert spin.minimum() == 1
    with pytest.raises(ValueError, match="at most 10"):
        services.settings.set_auto_lock_minutes(60)
    managed = _settings(controller).managed_labels["max_auto_lock_minutes"]
    assert managed.isVisibleTo(_settings(controller))
    assert "policy.toml:2" in managed.toolTip()


def test_no_managed_labels_without_a_policy(
    controller_with: Callable[..., AppController],
) -> None:
    controller = controller_with()
    page = _settings(controller)
    assert not any(label.isVisibleTo(page) for label in page.managed_labels.values())
    assert page.ui.autoLockSpin.minimum() == 0  # "Never" allowed


def test_remember_hidden_in_settings_wizard_and_lock_screen(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    controller_with: Callable[..., AppController],
    strict: Policy,
    tmp_path: Path,
) -> None:
    controller = controller_with(strict)
    page = _settings(controller)
    assert not page.ui.rememberCheck.isVisibleTo(page)
    assert page.managed_labels["allow_remember_on_this_computer"].isVisibleTo(page)
    # Remembered before the policy changed: the lock screen offers no keyring button.
    monkeypatch.setattr(Vault, "remembered_on_this_computer", property(lambda _self: True))
    monkeypatch.setattr(app_module, "keyring_status", lambda: USABLE)
    controller.lock("manual")
    controller._prepare_lock_screen()
    panel = controller.window.unlock_panel
    assert not panel.ui.keyringButton.isVisibleTo(panel)
    # The wizard does not offer it either, even with a usable keyring.
    wizard = CreateVaultWizard(tmp_path / "new", lambda _p: "code", USABLE, policy=strict)
    qtbot.addWidget(wizard)
    assert not wizard.remember_page.remember_check.isVisibleTo(wizard.remember_page)
    wizard.remember_page.remember_check.setChecked(True)  # forced: still not honoured
    assert not wizard.remember_requested


def test_short_passphrase_refused_in_the_wizard_with_the_policy_words(
    qtbot: QtBot, strict: Policy, tmp_path: Path
) -> None:
    wizard = CreateVaultWizard(tmp_path / "new", lambda _p: "code", USABLE, policy=strict)
    qtbot.addWidget(wizard)
    page = wizard.passphrase_page
    page.passphrase_edit.setText("tulip river")  # 11 characters: fine without a policy
    page.repeat_edit.setText("tulip river")
    assert not page.isComplete()
    assert "at least 14 characters" in page.policy_label.text()
    page.passphrase_edit.setText("tulip river quietly")
    page.repeat_edit.setText("tulip river quietly")
    assert page.isComplete()
    assert not page.policy_label.text()


def test_short_passphrase_refused_when_changing_it(
    qtbot: QtBot, controller_with: Callable[..., AppController], strict: Policy
) -> None:
    dialog = ChangePassphraseDialog(policy=strict)
    qtbot.addWidget(dialog)
    dialog.ui.currentEdit.setText("old one")
    dialog.ui.newEdit.setText("tulip river")
    dialog.ui.repeatEdit.setText("tulip river")
    assert not dialog._ok.isEnabled()
    assert "at least 14 characters" in dialog.ui.messageLabel.text()
    # And the service refuses it even without the dialog.
    controller = controller_with(strict)
    assert controller.services is not None
    with pytest.raises(PolicyViolation):
        controller.services.security.change_passphrase("x", "tulip river")


def test_readable_exports_disabled_with_an_explanation(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    controller_with: Callable[..., AppController],
    tmp_path: Path,
) -> None:
    policy = policy_from(tmp_path / "etc", "allow_plaintext_exports = false\n")
    controller = controller_with(policy)
    services = controller.services
    assert services is not None
    told: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "information", lambda _p, _t, text, *a: told.append(text) or None
    )
    journal_page = controller.window.pages["journal"]
    journal_page.open_export()  # type: ignore[attr-defined]
    assert len(told) == 1
    assert "does not allow readable" in told[0]
    dialog = JournalExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.confirmCheck.setChecked(True)
    assert not dialog.save_button.isEnabled()
    assert "does not allow" in dialog.save_button.toolTip()
    target = tmp_path / "journal.md"
    dialog.write(target, "markdown")  # forced past the button
    assert not target.exists()
    library = LibraryExportDialog(services, [], [])
    qtbot.addWidget(library)
    save = library.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    with pytest.raises(PolicyViolation):
        library.export_to(tmp_path / "cards.md")
    assert not (tmp_path / "cards.md").exists()
    from peerdesk.gui.roadmap.plan_export import export_plan
    from peerdesk.services.roadmap.plan import PlanSelection

    with pytest.raises(PolicyViolation):
        export_plan(services, PlanSelection(person_id="x", goal_ids=()), "markdown", target)
    assert not any(r.kind == "export" for r in services.audit.rows())


def test_export_notice_shown_in_export_dialogs(
    qtbot: QtBot, controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    policy = policy_from(tmp_path / "etc", 'export_notice = "42 CFR Part 2: no redisclosure."\n')
    controller = controller_with(policy)
    assert controller.services is not None
    dialog = JournalExportDialog(controller.services)
    qtbot.addWidget(dialog)
    labels = [w.text() for w in dialog.findChildren(type(dialog.ui.contentLabel))]
    assert "42 CFR Part 2: no redisclosure." in labels


def test_malformed_policy_names_file_and_line_and_applies_the_strictest(
    monkeypatch: pytest.MonkeyPatch,
    controller_with: Callable[..., AppController],
    tmp_path: Path,
) -> None:
    broken = policy_from(tmp_path / "etc", 'export_notice = "x"\nmax_auto_lock_minutes = "ten"\n')
    assert broken.problems
    monkeypatch.setattr(launch_module, "load_policy", lambda: broken)
    warned: list[str] = []
    policy = load_gui_policy(warned.append)
    assert policy is broken
    assert str(tmp_path / "etc" / "policy.toml") in warned[0]
    assert "policy.toml:2" in warned[0]
    # No vault folder is allowed until the policy is fixed (strictest: vault_locations = []).
    with pytest.raises(PolicyViolation):
        controller_with(policy)
    # What Settings would show under it (applied to a page of an open vault).
    page = _settings(controller_with(folder=tmp_path / "other"))
    page._apply_policy(policy)
    assert page.policy_problem_label.isVisibleTo(page)
    assert "policy.toml:2" in page.policy_problem_label.text()
    assert not page.ui.rememberCheck.isVisibleTo(page)
    assert page.ui.autoLockSpin.maximum() == 1
    assert page.managed_labels["max_auto_lock_minutes"].isVisibleTo(page)
