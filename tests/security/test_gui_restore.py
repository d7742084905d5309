"""In the app: a damaged vault is named on the lock screen, restore is offered, and it works."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, assert_unchanged, snapshot
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


@pytest.fixture
def backed_up_vault(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    Person.create(name="Robin")
    services.backups.automatic("daily")
    end_session(services)
    vault.close()
    return folder


def _damage_database(folder: Path) -> None:
    data = bytearray((folder / "peerdesk.db").read_bytes())
    data[300] ^= 0x01
    (folder / "peerdesk.db").write_bytes(bytes(data))


@pytest.mark.parametrize("damage", ["database bit flip", "keys.json missing"])
def test_lock_screen_names_the_damage_offers_restore_and_restore_works(
    qtbot: QtBot, backed_up_vault: Path, monkeypatch: pytest.MonkeyPatch, damage: str
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    folder = backed_up_vault
    if damage == "database bit flip":
        _damage_database(folder)
        expected = "peerdesk.db"
    else:
        (folder / "keys.json").unlink()
        expected = "keys.json"
    before = snapshot(folder)

    controller = AppController(folder)
    qtbot.addWidget(controller.window)
    try:
        assert controller.open_vault()
        panel = controller.window.unlock_panel
        controller.window.show()
        assert not controller.unlock(PASSPHRASE)
        assert expected in panel.ui.messageLabel.text()
        assert panel.ui.restoreButton.isVisibleTo(panel)
        assert_unchanged(before, folder)

        backup = next((folder / "backups").glob("auto-*.pdbackup"))
        monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(backup), ""))
        monkeypatch.setattr("peerdesk.app.ask_secret", lambda *a, **k: PASSPHRASE)
        shown: list[str] = []
        monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: shown.append(a[1]))
        monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
        panel.ui.restoreButton.click()
        assert shown == ["Backup restored"]
        assert panel.ui.restoreButton.isVisibleTo(panel)  # always offered (issue 14)
        assert not panel.restore_emphasised

        with qtbot.waitSignal(controller.unlocked, timeout=5000):
            assert controller.unlock(PASSPHRASE)
        assert controller.services is not None
        assert [p.name for p in Person.select()] == ["Robin"]
    finally:
        controller.shutdown()
