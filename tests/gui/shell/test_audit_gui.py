"""The audit trail from the GUI: lock reasons, exports, deletes (each once, no content),
and Settings → Activity log (rows, Check the log, Save as CSV)."""

from __future__ import annotations

import os
import stat
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.policy_ui import record_exchange
from peerdesk.gui.journal.export_dialog import JournalExportDialog
from peerdesk.gui.settings.activity_log import ActivityLogDialog, AuditTableModel
from peerdesk.gui.settings.page import SettingsPage
from peerdesk.services.journal.model import EntryFields
from peerdesk.services.policy import Policy
from peerdesk.store.records import database_proxy
from peerdesk.vault.keys import KdfParams
from tests.gui.shell.conftest import audit_rows, relock_and_read

CANARY = "Zanzibarcanary"


def _lock_rows(qtbot: QtBot, controller: AppController) -> list[str]:
    return [str(r.details.get("reason")) for r in relock_and_read(qtbot, controller, "lock")]


def test_each_lock_reason_recorded_once(
    qtbot: QtBot, controller_with: Callable[..., AppController]
) -> None:
    controller = controller_with()
    with qtbot.waitSignal(controller.locked, timeout=2000):
        controller.window.lock_action.trigger()  # Ctrl+L
    assert _lock_rows(qtbot, controller) == ["manual"]
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.set_auto_lock_ms(50)
    assert _lock_rows(qtbot, controller) == ["manual", "idle"]
    with qtbot.waitSignal(controller.locked, timeout=2000):
        controller.screen_lock.screen_locked.emit()
    assert _lock_rows(qtbot, controller) == ["manual", "idle", "screen_lock"]
    controller.lock("manual")
    controller.lock("manual")  # already locked: nothing more
    assert _lock_rows(qtbot, controller) == ["manual", "idle", "screen_lock", "manual"]
    controller.shutdown()  # quit
    assert controller.vault is None


def test_quit_is_recorded(
    qtbot: QtBot, controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    controller = controller_with(folder=tmp_path / "q")
    controller.shutdown()
    again = controller_with(folder=tmp_path / "q")
    reasons = [r.details.get("reason") for r in audit_rows(again, "lock")]
    assert reasons == ["quit"]


def test_gui_export_recorded_once_with_the_file_name_only(
    qtbot: QtBot, controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    controller = controller_with()
    services = controller.services
    assert services is not None
    services.journal.create(
        EntryFields(title=f"{CANARY} title", body=f"{CANARY} body", occurred_at=datetime.now())
    )
    dialog = JournalExportDialog(services)
    qtbot.addWidget(dialog)
    dialog.ui.sinceCheck.setChecked(False)
    target = tmp_path / "out" / "my-journal.md"
    target.parent.mkdir()
    dialog.write(target, "markdown")
    assert CANARY in target.read_text(encoding="utf-8")
    exports = audit_rows(controller, "export")
    assert len(exports) == 1
    assert exports[0].details["what"] == "journal"
    assert exports[0].details["format"] == "markdown"
    assert exports[0].details["file_name"] == "my-journal.md"
    for row in audit_rows(controller):
        assert CANARY not in f"{row.details_text} {row.vault_label} {row.os_user}"
        assert str(target.parent) not in row.details_text


def test_delete_recorded_once_without_content(
    qtbot: QtBot, controller_with: Callable[..., AppController]
) -> None:
    controller = controller_with()
    services = controller.services
    assert services is not None
    entry_id = services.journal.create(
        EntryFields(title=f"{CANARY} title", occurred_at=datetime.now())
    )
    person = services.people.create(f"Robin {CANARY}", role="supporter")
    services.journal.delete([entry_id])
    services.people.delete(person.id)
    deletes = audit_rows(controller, "delete")
    assert [(r.details.get("what"), r.details.get("item_id")) for r in deletes] == [
        ("journal_entry", entry_id),
        ("person", person.id),
    ]
    for row in audit_rows(controller):
        assert CANARY not in row.details_text


def test_exchange_hook_records_share_and_receive(
    controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    controller = controller_with()
    assert controller.services is not None
    record_exchange(controller.services, "share", tmp_path / "for-robin.pdbundle")
    record_exchange(controller.services, "receive", tmp_path / "from-robin.pdbundle")
    kinds = [(r.kind, r.details.get("file_name")) for r in audit_rows(controller)[-2:]]
    assert kinds == [("share", "for-robin.pdbundle"), ("receive", "from-robin.pdbundle")]
    with pytest.raises(ValueError, match="export"):
        record_exchange(controller.services, "export")


def test_activity_log_shows_rows_and_finds_a_tampered_row(
    qtbot: QtBot, controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    controller = controller_with()
    with qtbot.waitSignal(controller.locked, timeout=2000):
        controller.lock("manual")
    relock_and_read(qtbot, controller)
    services = controller.services
    assert services is not None
    page = controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    dialog = page.show_activity_log()
    assert dialog is not None
    qtbot.addWidget(dialog)
    QAbstractItemModelTester(
        dialog.model, QAbstractItemModelTester.FailureReportingMode.Fatal, dialog
    )
    total = services.audit.count()
    assert dialog.model.rowCount() == total >= 3
    newest = dialog.model.index(0, 2).data()
    assert newest == "Unlocked"
    assert dialog.check()
    assert "intact" in dialog.result_label.text()
    # Save as CSV: a new owner-only file, never over an existing one.
    target = tmp_path / "log.csv"
    assert dialog.save_csv(target)
    assert "seq,time_utc" in target.read_text(encoding="utf-8")
    if os.name == "posix":
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    before = target.read_bytes()
    assert not dialog.save_csv(target)
    assert target.read_bytes() == before
    assert "already exists" in dialog.result_label.text()
    # Tamper with row 2 (raw SQL, as someone holding the data key could: the triggers go first).
    database_proxy.execute_sql("DROP TRIGGER audit_event_no_update")
    database_proxy.execute_sql(
        "UPDATE audit_event SET details = ? WHERE seq = 2", ('{"reason":"idle"}',)
    )
    assert not dialog.check()
    text = dialog.result_label.text()
    assert "row 2" in text
    assert "tampered" in text


def test_audit_model_pages_lazily(
    qtbot: QtBot, controller_with: Callable[..., AppController], monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.gui.settings import activity_log

    monkeypatch.setattr(activity_log, "PAGE_SIZE", 3)
    controller = controller_with()
    services = controller.services
    assert services is not None
    for _ in range(7):
        services.audit.record("lock", reason="manual")
    model = AuditTableModel(services.audit)
    total = services.audit.count()
    assert model.rowCount() == 3 < total  # one page until more is asked for
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    while model.canFetchMore(model.index(-1, -1)):
        model.fetchMore(model.index(-1, -1))
    assert model.rowCount() == total
    seqs = [int(model.index(r, 0).data()) for r in range(total)]
    assert seqs == sorted(seqs, reverse=True)


def test_activity_dialog_controls_have_accessible_names(
    qtbot: QtBot, controller_with: Callable[..., AppController]
) -> None:
    controller = controller_with()
    assert controller.services is not None
    dialog = ActivityLogDialog(controller.services.audit)
    qtbot.addWidget(dialog)
    for widget in (dialog.table, dialog.check_button, dialog.csv_button):
        assert widget.accessibleName()


def test_passphrase_change_in_settings_recorded_once(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch, controller_with: Callable[..., AppController]
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
    from tests.conftest import PASSPHRASE

    answers = iter([ChangePassphraseDialog.DialogCode.Accepted])

    def fill_and_accept(dialog: ChangePassphraseDialog) -> int:
        dialog.ui.currentEdit.setText(PASSPHRASE)
        dialog.ui.newEdit.setText("seven quiet harbour lanterns")
        dialog.ui.repeatEdit.setText("seven quiet harbour lanterns")
        return int(next(answers, ChangePassphraseDialog.DialogCode.Rejected).value)

    monkeypatch.setattr(ChangePassphraseDialog, "exec", fill_and_accept)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    controller = controller_with()
    page = controller.window.pages["settings"]
    assert isinstance(page, SettingsPage)
    page._change_passphrase()
    rows = audit_rows(controller, "passphrase_change")
    assert [r.details.get("via") for r in rows] == ["passphrase"]


def test_restore_from_backup_recorded_at_the_next_unlock(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    controller_with: Callable[..., AppController],
    tmp_path: Path,
) -> None:
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from tests.conftest import PASSPHRASE

    controller = controller_with()
    assert controller.services is not None
    backup = tmp_path / "saved.pdbackup"
    controller.services.backups.backup_to(backup)
    backup = next(tmp_path.glob("saved*"))
    controller.lock("manual")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *_a, **_k: (str(backup), ""))
    monkeypatch.setattr("peerdesk.app.ask_secret", lambda *_a, **_k: PASSPHRASE)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    controller.restore_from_backup()
    rows = relock_and_read(qtbot, controller, "restore")
    assert [r.details.get("file_name") for r in rows] == [backup.name]
    controller.lock("manual")
    assert relock_and_read(qtbot, controller, "restore") == rows  # once


def test_plan_export_records_the_person_id_not_the_name(
    controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    from peerdesk.gui.roadmap.plan_export import export_plan
    from peerdesk.services.roadmap.plan import PlanSelection

    controller = controller_with()
    services = controller.services
    assert services is not None
    person = services.people.create(f"Robin {CANARY}", role="self")
    target = tmp_path / "plan.md"
    export_plan(services, PlanSelection(person_id=person.id, goal_ids=()), "markdown", target)
    assert target.exists()
    rows = audit_rows(controller, "export")
    assert len(rows) == 1
    assert rows[0].details == {
        "what": "roadmap",
        "format": "markdown",
        "file_name": "plan.md",
        "person_id": person.id,
    }
    assert CANARY not in rows[0].details_text


def test_library_export_and_import_each_recorded_once(
    qtbot: QtBot, controller_with: Callable[..., AppController], tmp_path: Path
) -> None:
    from peerdesk.gui.library.export_dialog import LibraryExportDialog
    from peerdesk.gui.library.import_dialog import LibraryImportDialog
    from peerdesk.services.library.formats.importing import preview_import
    from peerdesk.services.library.formats.json_file import read_library_file

    controller = controller_with()
    services = controller.services
    assert services is not None
    exporter = LibraryExportDialog(services, [], [])
    qtbot.addWidget(exporter)
    target = tmp_path / "cards.json"
    exporter.export_to(target)
    preview = preview_import(services.library, read_library_file(target))
    importer = LibraryImportDialog(services, preview, target)
    qtbot.addWidget(importer)
    importer._import()
    summary = [
        (r.kind, r.details.get("what"), r.details.get("file_name"))
        for r in audit_rows(controller)
        if r.kind in ("export", "import")
    ]
    assert summary == [("export", "library", "cards.json"), ("import", "library", "cards.json")]


def test_recovery_code_use_and_new_passphrase_recorded_once(
    qtbot: QtBot,
    monkeypatch: pytest.MonkeyPatch,
    fast_kdf: KdfParams,
    tmp_path: Path,
    no_policy: Policy,
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
    from peerdesk.vault.vault import Vault
    from tests.conftest import PASSPHRASE

    folder = tmp_path / "rc"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    vault.close()
    answers = iter([ChangePassphraseDialog.DialogCode.Accepted])

    def new_passphrase(dialog: ChangePassphraseDialog) -> int:
        dialog.ui.newEdit.setText("seven quiet harbour lanterns")
        dialog.ui.repeatEdit.setText("seven quiet harbour lanterns")
        return int(next(answers, ChangePassphraseDialog.DialogCode.Rejected).value)

    monkeypatch.setattr(ChangePassphraseDialog, "exec", new_passphrase)
    monkeypatch.setattr(QMessageBox, "information", lambda *_a: None)
    controller = AppController(folder, policy=no_policy)
    qtbot.addWidget(controller.window)
    assert controller.open_vault()
    assert controller.unlock(code, True)
    kinds = [
        (r.kind, r.details.get("via") or r.details.get("what")) for r in audit_rows(controller)
    ]
    assert kinds.count(("recovery_code_use", "unlock")) == 1
    assert kinds.count(("passphrase_change", "recovery code")) == 1
    assert not any(k == "recovery_code_use" and w != "unlock" for k, w in kinds)
    controller.shutdown()
