"""The vault picker: shown only when there is a choice, labels and folders only, the
organisation's allowed folders enforced, wired into the controller."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.shell import vault_picker
from peerdesk.gui.shell.vault_picker import (
    RecentVaults,
    VaultPickerDialog,
    needs_picker,
    pick_vault,
)
from peerdesk.services.policy import Policy, PolicyViolation
from peerdesk.services.settings import VAULT_LABEL
from tests.gui.shell.conftest import audit_rows, policy_from


def _no_dialog(monkeypatch: pytest.MonkeyPatch) -> None:
    def fail(*_a: object, **_k: object) -> int:
        raise AssertionError("the picker must not be shown")

    monkeypatch.setattr(VaultPickerDialog, "exec", fail)


def test_recent_list_keeps_one_entry_and_only_labels_and_folders(tmp_path: Path) -> None:
    recents = RecentVaults()
    recents.remember(tmp_path / "a", "Front desk")
    assert [(e.folder.name, e.label) for e in recents.entries()] == [("a", "Front desk")]
    recents.remember(tmp_path / "b", "Room 2")
    recents.remember(tmp_path / "a")  # keeps its label, moves first
    assert [(e.folder.name, e.label) for e in recents.entries()] == [
        ("a", "Front desk"),
        ("b", "Room 2"),
    ]
    recents.forget(tmp_path / "b")
    assert len(recents.entries()) == 1


def test_one_vault_opens_without_the_picker(
    monkeypatch: pytest.MonkeyPatch, make_vault: Callable[[str], Path], no_policy: Policy
) -> None:
    only = make_vault("only")
    RecentVaults().remember(only, "Mine")
    _no_dialog(monkeypatch)
    picked = pick_vault(only.parent / "default-without-vault", no_policy)
    assert picked is not None
    assert picked.folder.resolve() == only.resolve()
    assert picked.label == "Mine"


def test_first_run_goes_to_the_default_folder(tmp_path: Path, no_policy: Policy) -> None:
    default = tmp_path / "default"
    assert not needs_picker(default, no_policy, RecentVaults())
    picked = pick_vault(default, no_policy)
    assert picked is not None
    assert picked.folder == default


def test_two_vaults_show_the_picker_and_open_the_chosen_one(
    qtbot: QtBot, make_vault: Callable[[str], Path], no_policy: Policy
) -> None:
    first, second = make_vault("first"), make_vault("second")
    recents = RecentVaults()
    recents.remember(first, "Front desk")
    recents.remember(second, "Group room")
    assert needs_picker(first, no_policy, recents)
    seen: list[list[str]] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VaultPickerDialog)
        items = dialog.ui.vaultList
        seen.append([items.item(i).text() for i in range(items.count())])
        items.setCurrentRow(1)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Open).click()

    QTimer.singleShot(0, choose)
    picked = pick_vault(first, no_policy)
    assert picked is not None
    assert picked.folder.resolve() == first.resolve()  # newest first: second, then first
    assert picked.label == "Front desk"
    assert len(seen[0]) == 2
    assert seen[0][0].startswith("Group room\n")
    assert seen[0][1].startswith("Front desk\n")


def test_default_vault_and_a_recent_one_are_a_choice(
    make_vault: Callable[[str], Path], no_policy: Policy
) -> None:
    default, other = make_vault("default"), make_vault("other")
    recents = RecentVaults()
    recents.remember(other, "Other")
    assert needs_picker(default, no_policy, recents)


def test_a_folder_outside_the_allowed_list_is_refused(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    make_vault: Callable[[str], Path],
) -> None:
    allowed = tmp_path / "allowed"
    inside = make_vault("allowed/inside")
    outside = make_vault("outside")
    policy = policy_from(tmp_path / "etc", f'vault_locations = ["{allowed}"]\n')
    warnings: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text) or None
    )
    recents = RecentVaults()
    recents.remember(outside, "Outside")
    recents.remember(inside, "Inside")
    # The one allowed vault plus a refused one: still a choice to show (with the reason).
    dialog = VaultPickerDialog(recents, policy)
    qtbot.addWidget(dialog)
    texts = [dialog.ui.vaultList.item(i).text() for i in range(dialog.ui.vaultList.count())]
    assert "allows" in texts[1]
    assert str(outside) in texts[1]
    dialog.ui.vaultList.setCurrentRow(1)
    assert not dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Open).isEnabled()
    assert dialog.ui.forgetButton.isEnabled()  # a refused entry can still be removed
    assert not dialog.open_folder(outside)
    assert not dialog.create_in(tmp_path / "elsewhere", "New")
    assert len(warnings) == 2
    assert str(allowed) in warnings[0]
    assert dialog.ui.policyLabel.isVisibleTo(dialog)
    assert dialog.open_folder(inside)
    assert dialog.chosen_folder == inside
    # The default folder outside the list: the picker is shown, not the folder opened.
    recents.forget(outside)
    recents.forget(inside)
    assert needs_picker(outside, policy, recents)
    assert not needs_picker(inside, policy, recents)
    # And the controller refuses it too (``peerdesk --vault DIR``).
    controller = AppController(outside, policy=policy)
    qtbot.addWidget(controller.window)
    with pytest.raises(PolicyViolation):
        controller.open_vault()
    controller.shutdown()


def test_opening_through_the_picker_keeps_the_label_and_remembers_the_folder(
    qtbot: QtBot,
    controller_with: Callable[..., AppController],
    make_vault: Callable[[str], Path],
) -> None:
    folder = make_vault("desk")
    controller = controller_with(folder=folder, label="Front desk")
    assert controller.services is not None
    assert controller.services.settings.get(VAULT_LABEL) == "Front desk"
    entries = RecentVaults().entries()
    assert entries[0].folder.resolve() == folder.resolve()
    assert entries[0].label == "Front desk"
    # Audit rows carry the label, never a name from inside.
    controller.services.people.create("Robin Canaryname", role="self")
    assert audit_rows(controller)[-1].vault_label in ("Front desk", folder.name)
    assert controller.window.windowTitle() == "PeerDesk"


def test_open_another_vault_locks_and_asks_for_the_picker(
    qtbot: QtBot, controller_with: Callable[..., AppController]
) -> None:
    controller = controller_with()
    window = controller.window
    assert window.other_vault_action.text()
    with qtbot.waitSignal(controller.other_vault_requested, timeout=2000):
        window.other_vault_action.trigger()
    assert controller.is_locked
    assert window.is_showing_locked


def test_picker_has_accessible_names(qtbot: QtBot, no_policy: Policy) -> None:
    dialog = VaultPickerDialog(RecentVaults(), no_policy)
    qtbot.addWidget(dialog)
    for button in (
        dialog.ui.renameButton,
        dialog.ui.forgetButton,
        dialog.ui.otherButton,
        dialog.ui.createButton,
    ):
        assert button.accessibleName()
    assert vault_picker.LABEL_MAX >= 20


def test_run_app_returns_to_the_picker_after_open_another_vault(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    make_vault: Callable[[str], Path],
    no_policy: Policy,
) -> None:
    from peerdesk import launch as app_module
    from peerdesk.gui.shell import error_reporting
    from peerdesk.gui.shell.main_window import MainWindow
    from peerdesk.gui.shell.vault_picker import RecentVault

    first, second = make_vault("first"), make_vault("second")
    RecentVaults().remember(second, "Group room")
    real_pick = vault_picker.pick_vault
    steps: list[str] = []

    def pick(default: Path, policy: Policy, *a: object, **k: bool) -> RecentVault | None:
        if not steps:  # at start: one vault, no dialog
            steps.append("start")
            first_shown = lambda _window: open_another(choose_second)  # noqa: E731
            QTimer.singleShot(0, lambda: when(visible_window, first_shown))
            return RecentVault(first, "Front desk")
        return real_pick(default, policy, always=bool(k.get("always")))

    # Windows an earlier test of this process left behind are not run_app's.
    earlier = {id(w) for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow)}

    def visible_window() -> MainWindow | None:
        windows = [
            w
            for w in QApplication.topLevelWidgets()
            if isinstance(w, MainWindow) and w.isVisible() and id(w) not in earlier
        ]
        return windows[0] if len(windows) == 1 else None

    def when(ready: Callable[[], object], then: Callable[[Any], None], tries: int = 400) -> None:
        """Call ``then(ready())`` once ready() is truthy, polling every 25 ms; give up (the run
        ends with code 3, so the test fails instead of waiting for ever) after 10 s. A loaded
        machine opens a modal dialog later than a fixed delay expects."""
        found = ready()
        if found:
            then(found)
        elif tries:
            QTimer.singleShot(25, lambda: when(ready, then, tries - 1))
        else:
            QApplication.exit(3)

    def picker() -> VaultPickerDialog | None:
        dialog = QApplication.activeModalWidget()
        return dialog if isinstance(dialog, VaultPickerDialog) else None

    def open_another(then: Callable[[VaultPickerDialog], None]) -> None:
        QTimer.singleShot(0, lambda: when(picker, then))
        window = visible_window()
        assert window is not None
        assert window.windowTitle() == "PeerDesk"
        window.other_vault_action.trigger()

    def second_shown() -> MainWindow | None:
        window = visible_window()
        label = window.unlock_panel.ui.vaultLabel.text() if window is not None else ""
        return window if "Group room" in label else None

    def choose_second(dialog: VaultPickerDialog) -> None:
        steps.append("picker")
        items = dialog.ui.vaultList
        row = next(i for i in range(items.count()) if "Group room" in items.item(i).text())
        items.setCurrentRow(row)
        dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Open).click()
        QTimer.singleShot(0, lambda: when(second_shown, check_second))

    def check_second(window: MainWindow) -> None:
        assert window.windowTitle() == "PeerDesk"
        steps.append("second")
        open_another(cancel)

    def cancel(dialog: VaultPickerDialog) -> None:
        steps.append("cancel")
        dialog.reject()

    monkeypatch.setattr(app_module, "pick_vault", pick)
    monkeypatch.setattr(app_module, "load_policy", lambda: no_policy)
    monkeypatch.setattr(error_reporting, "install", lambda: None)
    monkeypatch.setattr(app_module.signal, "signal", lambda *_a: None)
    code = app_module.run_app(None, default_folder=first)
    assert code == 0
    assert steps == ["start", "picker", "second", "cancel"]


def test_create_a_new_vault_from_the_picker_in_an_allowed_folder(
    qtbot: QtBot, tmp_path: Path
) -> None:
    allowed = tmp_path / "allowed"
    (allowed / "busy").mkdir(parents=True)
    (allowed / "busy" / "other-file.txt").write_text("x", encoding="utf-8")
    policy = policy_from(tmp_path / "etc", f'vault_locations = ["{allowed}"]\n')
    dialog = VaultPickerDialog(RecentVaults(), policy)
    qtbot.addWidget(dialog)
    assert dialog.create_in(allowed / "busy", "  Outreach van  ")
    assert dialog.chosen_folder == allowed / "busy" / "PeerDesk vault"
    assert dialog.chosen_label == "Outreach van"
    assert RecentVaults().entries() == []  # remembered only once the vault exists
