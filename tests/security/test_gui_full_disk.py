"""In the app: a backup on a full disk ends in a clear message, and the vault still works."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.errors import StorageFullError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


def test_backup_now_on_a_full_disk_says_so(
    qtbot: QtBot, small_disk: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    folder = small_disk / "vault"
    Vault.create(folder, PASSPHRASE, kdf=fast_kdf)[0].close()
    # Used once in the app before the disk fills: areas write built-in content lazily on
    # their first attach (see docs/SECURITY.md), and that is not what is tested here.
    first = AppController(folder)
    qtbot.addWidget(first.window)
    assert first.open_vault()
    assert first.unlock(PASSPHRASE)
    first.shutdown()

    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault)
    saved = 0
    while saved < 10_000:
        try:
            JournalEntry.create(occurred_at=datetime(2026, 1, 1), title="x", body="y" * 20_000)
        except StorageFullError:
            break
        saved += 1
    assert 0 < saved < 10_000
    end_session(services)
    vault.close()

    controller = AppController(folder)
    qtbot.addWidget(controller.window)
    try:
        assert controller.open_vault()
        controller.window.show()
        with qtbot.waitSignal(controller.unlocked, timeout=5000):
            assert controller.unlock(PASSPHRASE)
        controller.window.show_area("settings")
        page = controller.window.pages["settings"]
        warnings: list[tuple[str, str]] = []
        monkeypatch.setattr(QMessageBox, "warning", lambda _p, t, m, *a: warnings.append((t, m)))
        page.ui.backupNowButton.click()  # type: ignore[attr-defined]
        assert len(warnings) == 1
        title, message = warnings[0]
        assert title == "No backup made"
        assert "disk is full" in message
        assert list((folder / "backups").iterdir()) == []
        assert JournalEntry.select().count() == saved  # everything saved is still there
    finally:
        controller.shutdown()
