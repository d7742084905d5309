"""On a full disk the first unlock works, read-only in effect, and says why saving will fail.

Before issue 14 the journal wrote its built-in prompts lazily on the first attach, so the
first unlock of a vault on a full disk failed.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from conftest import PASSPHRASE
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.errors import StorageFullError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


def _fill(folder: Path) -> int:
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
    end_session(services)
    vault.close()
    assert 0 < saved < 10_000
    return saved


def test_first_unlock_on_a_full_disk_opens_and_says_why_saving_will_fail(
    qtbot: QtBot, small_disk: Path, fast_kdf: KdfParams
) -> None:
    folder = small_disk / "vault"
    Vault.create(folder, PASSPHRASE, kdf=fast_kdf)[0].close()
    saved = _fill(folder)  # never unlocked in the app: no built-in prompts written yet

    controller = AppController(folder)
    qtbot.addWidget(controller.window)
    try:
        assert controller.open_vault()
        controller.window.show()
        with qtbot.waitSignal(controller.unlocked, timeout=10_000):
            assert controller.unlock(PASSPHRASE)
        assert controller.services is not None
        assert controller.services.journal.count() == saved
        assert controller.services.journal.prompts(), "built-in prompts readable without a write"
        notice = controller.window.storage_notice()
        assert "full" in notice
        assert "sav" in notice  # says that saving will fail until space is freed
        controller.window.show_area("journal")
        controller.lock()
        assert controller.is_locked
    finally:
        controller.shutdown()


def test_storage_notice_is_empty_with_room(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams
) -> None:
    folder = tmp_path / "vault"
    Vault.create(folder, PASSPHRASE, kdf=fast_kdf)[0].close()
    controller = AppController(folder)
    qtbot.addWidget(controller.window)
    try:
        assert controller.open_vault()
        with qtbot.waitSignal(controller.unlocked, timeout=10_000):
            assert controller.unlock(PASSPHRASE)
        assert controller.window.storage_notice() == ""
    finally:
        controller.shutdown()
