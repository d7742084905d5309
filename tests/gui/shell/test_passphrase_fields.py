"""Passphrase fields are never spoken (issue 13, keepassxc #1920).

A screen reader reads a field through Qt's accessibility layer: its name, description, value
and text. Every passphrase field of the shell is in Password echo, is named, and none of
those ever holds what was typed — only Qt's mask characters, at most.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QInputDialog, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard
from peerdesk.gui.shell.prompts import backup_passphrase_texts
from peerdesk.vault.keyring_store import KeyringStatus

SECRET = "velvet harbour lantern 42"
USABLE = KeyringStatus(usable=True, backend="test", reason="")


def spoken(edit: QLineEdit) -> dict[str, str]:
    """Everything Qt's accessibility layer gives a screen reader for ``edit``."""
    interface = QAccessible.queryAccessibleInterface(edit)
    assert interface is not None
    said = {
        "name": interface.text(QAccessible.Text.Name),
        "description": interface.text(QAccessible.Text.Description),
        "value": interface.text(QAccessible.Text.Value),
        "help": interface.text(QAccessible.Text.Help),
    }
    text = interface.textInterface()
    if text is not None:
        said["text"] = text.text(0, max(text.characterCount(), len(SECRET)))
        said["selected"] = text.text(0, len(SECRET))
    return said


def assert_never_spoken(qtbot: QtBot, edit: QLineEdit) -> None:
    assert edit.echoMode() == QLineEdit.EchoMode.Password
    edit.setFocus()
    qtbot.keyClicks(edit, SECRET)
    assert edit.text() == SECRET  # it was typed…
    said = spoken(edit)
    assert said["name"], "a passphrase field needs a name a screen reader can say"
    for what, value in said.items():  # …and nothing of it is said
        assert SECRET not in value, f"{what} speaks the passphrase"
        for word in SECRET.split():
            assert word not in value, f"{what}: {value!r}"
    edit.selectAll()
    assert SECRET not in spoken(edit).get("selected", "")


def test_the_accessibility_layer_masks_a_password_field(qtbot: QtBot) -> None:
    """What these tests rely on: Qt gives mask characters for a Password field, while the
    same field in Normal echo is read out (so a check that found no secret means something)."""
    edit = QLineEdit()
    edit.setAccessibleName("Passphrase")
    qtbot.addWidget(edit)
    edit.show()
    edit.setText(SECRET)
    assert spoken(edit)["value"] == SECRET  # Normal echo: spoken
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    assert SECRET not in spoken(edit)["value"]
    assert len(spoken(edit)["value"]) in (0, len(SECRET))  # masks at most


def test_lock_screen_field(make_controller: Callable[..., AppController], qtbot: QtBot) -> None:
    controller = make_controller(unlock=False)
    panel = controller.window.unlock_panel
    assert_never_spoken(qtbot, panel.ui.secretEdit)
    # After a failed unlock the field is selected for retyping: still not spoken.
    panel.show_error("That passphrase does not unlock this vault.")
    assert SECRET not in str(spoken(panel.ui.secretEdit))
    panel.ui.recoveryCheck.setChecked(True)  # the recovery code is a secret too
    assert spoken(panel.ui.secretEdit)["name"] == "Recovery code"
    assert_never_spoken(qtbot, panel.ui.secretEdit)


@pytest.mark.parametrize("field", ["passphrase_edit", "repeat_edit"])
def test_create_vault_wizard_fields(qtbot: QtBot, tmp_path: Path, field: str) -> None:
    wizard = CreateVaultWizard(tmp_path / "new", lambda _p: "", USABLE)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    assert_never_spoken(qtbot, getattr(wizard.passphrase_page, field))


@pytest.mark.parametrize("field", ["currentEdit", "newEdit", "repeatEdit"])
def test_change_passphrase_fields(qtbot: QtBot, field: str) -> None:
    dialog = ChangePassphraseDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    assert_never_spoken(qtbot, getattr(dialog.ui, field))


def test_restore_backup_passphrase_question(qtbot: QtBot) -> None:
    """Asked as app.restore_from_backup asks it (QInputDialog.getText, Password echo)."""
    title, label = backup_passphrase_texts()
    dialog = QInputDialog()
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    qtbot.addWidget(dialog)
    dialog.show()
    edit = dialog.findChild(QLineEdit)
    assert isinstance(edit, QLineEdit)
    assert_never_spoken(qtbot, edit)
    assert spoken(edit)["name"] == label


def test_no_shell_passphrase_field_is_left_in_normal_echo(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    """A new field called *passphrase* or *secret* anywhere in the window starts masked."""
    window = unlocked_controller.window
    dialog = ChangePassphraseDialog(window)
    qtbot.addWidget(dialog)
    roots: list[QWidget] = [window, dialog]
    fields = [
        edit
        for root in roots
        for edit in root.findChildren(QLineEdit)
        if any(word in edit.objectName().lower() for word in ("passphrase", "secret"))
        or edit in (dialog.ui.currentEdit, dialog.ui.newEdit, dialog.ui.repeatEdit)
    ]
    assert len(fields) >= 4
    assert all(f.echoMode() == QLineEdit.EchoMode.Password for f in fields), [
        f.objectName() for f in fields if f.echoMode() != QLineEdit.EchoMode.Password
    ]
