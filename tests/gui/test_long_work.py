"""Long work (issue 14): a progress dialog with counts and Cancel, the window repaints,
Cancel or a lock rolls the one transaction back (the vault exactly as before)."""

from __future__ import annotations

import itertools
import threading
import time
from collections.abc import Callable
from datetime import datetime, timedelta

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.long_work import LongWork, cancel_all, running_work
from peerdesk.services.journal.formats import ImportedEntry, ImportPreview, import_steps
from peerdesk.services.session import Services
from peerdesk.services.steps import Progress, Steps, run_to_end
from peerdesk.store.records import database_proxy

N = 3000


def _preview(n: int = N) -> ImportPreview:
    start = datetime(2024, 1, 1)
    entries = [
        ImportedEntry(
            source_key=f"test:{i}",
            occurred_at=start + timedelta(hours=i),
            kind="entry",
            title=f"Entry {i}",
            body=f"A walk by the river, number {i}.",
            mood=5,
            tags=("walks",),
        )
        for i in range(n)
    ]
    return ImportPreview("test", None, entries)  # type: ignore[arg-type]


def _state() -> list[tuple[object, ...]]:
    rows = []
    for table in ("journal_entry", "entry_tag", "tag", "journal_fts"):
        rows.append((table, database_proxy.execute_sql(f"SELECT count(*) FROM {table}").fetchone()))
    return rows


def _services(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


def test_progress_counts_and_the_window_keeps_repainting(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    services = _services(unlocked_controller)
    work = LongWork(
        import_steps(_preview(), services.bus),
        "Importing",
        unlocked_controller.window,
        slice_ms=5,
        show_after_ms=0,
    )
    seen: list[tuple[int, int]] = []
    work.progressed.connect(lambda done, total: seen.append((done, total)))
    ticks: list[int] = []
    beat = QTimer()
    beat.setInterval(1)
    beat.timeout.connect(lambda: ticks.append(1))
    beat.start()
    with qtbot.waitSignal(work.finished, timeout=60_000) as finished:
        work.start()
        assert work.running
        qtbot.waitUntil(lambda: work.dialog.isVisible() or not work.running, timeout=10_000)
    beat.stop()
    assert finished.args[0].added == N
    assert services.journal.count() == N
    assert seen[-1][1] == N
    assert len({done for done, _total in seen}) > 3  # several counts shown on the way
    assert len(ticks) > 3  # the event loop ran between slices
    assert "of" in work.dialog.labelText() or not work.dialog.isVisible()
    assert not running_work()


def test_cancel_rolls_everything_back(unlocked_controller: AppController, qtbot: QtBot) -> None:
    services = _services(unlocked_controller)
    before = _state()
    work = LongWork(import_steps(_preview(), services.bus), "Importing", slice_ms=5)
    with qtbot.waitSignal(work.cancelled, timeout=60_000):
        work.start()
        qtbot.waitUntil(lambda: work.last.done > 0, timeout=30_000)
        assert work.running
        button = work.dialog.findChild(QPushButton)
        assert button is not None
        assert button.accessibleName()
        button.click()  # the dialog's Cancel button
    assert work.state == "cancelled"
    assert _state() == before
    assert services.journal.count() == 0
    # The vault is usable afterwards: a later import goes through.
    again = LongWork(import_steps(_preview(10), services.bus), "Importing", slice_ms=5)
    assert again.run().added == 10


def test_locking_while_long_work_runs_cancels_and_rolls_back_first(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    from tests.conftest import PASSPHRASE

    services = _services(unlocked_controller)
    work = LongWork(import_steps(_preview(), services.bus), "Importing", slice_ms=5)
    with qtbot.waitSignal(work.cancelled, timeout=60_000):
        work.start()
        qtbot.waitUntil(lambda: work.last.done > 0, timeout=30_000)
        unlocked_controller.lock()
    assert unlocked_controller.is_locked
    with qtbot.waitSignal(unlocked_controller.unlocked, timeout=10_000):
        unlocked_controller.unlock(PASSPHRASE)
    assert _services(unlocked_controller).journal.count() == 0


def test_journal_import_dialog_runs_through_long_work(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    from peerdesk.gui.journal.import_dialog import JournalImportDialog

    services = _services(unlocked_controller)
    dialog = JournalImportDialog(services)
    qtbot.addWidget(dialog)
    dialog.preview = _preview(500)
    dialog.do_import()
    assert dialog.import_result is not None
    assert dialog.import_result.added == 500
    assert dialog.work.state == "finished"


def test_thread_work_returns_the_result_or_raises_the_error(qtbot: QtBot) -> None:
    import threading

    from peerdesk.gui.common.long_work import ThreadWork
    from peerdesk.vault.errors import VaultError

    main = threading.get_ident()
    where: list[int] = []

    def job() -> int:
        where.append(threading.get_ident())
        return sum(range(100_000))

    assert ThreadWork(job, "Working").run() == sum(range(100_000))
    assert where
    assert where[0] != main  # ran off the GUI thread

    def failing() -> None:
        raise VaultError("the backup is damaged")

    with pytest.raises(VaultError, match="damaged"):
        ThreadWork(failing, "Working").run()


def test_backup_in_a_worker_thread_with_its_own_connection(
    unlocked_controller: AppController, qtbot: QtBot
) -> None:
    from peerdesk.gui.common.long_work import ThreadWork

    services = _services(unlocked_controller)
    LongWork(import_steps(_preview(200), services.bus), "Importing").run()
    info = ThreadWork(
        lambda: services.backups.automatic("manual", own_connection=True), "Backing up"
    ).run()
    assert info.path.exists()
    assert info.path in [b.path for b in services.backups.list_backups()]
    assert services.journal.count() == 200  # the GUI thread's connection still works
    # The copy is a whole vault: restoring it (locked) brings the 200 entries back.
    from peerdesk.services.backup import restore_backup
    from tests.conftest import PASSPHRASE

    unlocked_controller.lock()
    assert unlocked_controller.vault is not None
    restore_backup(unlocked_controller.vault, info.path, PASSPHRASE)
    with qtbot.waitSignal(unlocked_controller.unlocked, timeout=10_000):
        unlocked_controller.unlock(PASSPHRASE)
    assert _services(unlocked_controller).journal.count() == 200


def _offloading_steps(call: Callable[[], object], seen: list[object]) -> Steps[str]:
    """Steps whose last one is a blocking call (like an import's commit)."""
    for n in range(3):
        yield Progress(n, 4, "entries")
    try:
        yield Progress(3, 4, "entries", offload=call)
    except Exception as exc:
        seen.append(exc)
        raise
    seen.append("after the call")
    yield Progress(4, 4, "entries")
    return "done"


def test_a_blocking_step_runs_in_a_worker_thread_while_the_window_repaints(
    qtbot: QtBot,
) -> None:
    main = threading.get_ident()
    where: list[int] = []
    seen: list[object] = []
    calling = threading.Event()

    def call() -> None:
        where.append(threading.get_ident())
        calling.set()
        time.sleep(0.4)
        calling.clear()

    work = LongWork(_offloading_steps(call, seen), "Importing", show_after_ms=0)
    button = work.dialog.findChild(QPushButton)
    assert button is not None
    ticks: list[float] = []
    enabled_during_call: list[bool] = []

    def tick() -> None:
        ticks.append(time.perf_counter())
        if calling.is_set():
            enabled_during_call.append(button.isEnabled())

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    assert work.run() == "done"
    timer.stop()
    assert where
    assert where[0] != main  # the call ran off the GUI thread ...
    assert seen == ["after the call"]  # ... before the steps went on
    assert len(ticks) > 10  # ... while the event loop kept running
    assert max(b - a for a, b in itertools.pairwise(ticks)) < 0.3
    assert enabled_during_call
    assert not any(enabled_during_call)  # Cancel is off: too late to roll back


def test_an_error_of_the_blocking_call_is_thrown_into_the_steps(qtbot: QtBot) -> None:
    def full_disk() -> None:
        raise OSError("disk full")

    seen: list[object] = []
    work = LongWork(_offloading_steps(full_disk, seen), "Importing")
    with pytest.raises(OSError, match="disk full"):
        work.run()
    assert work.state == "failed"
    assert [str(e) for e in seen] == ["disk full"]  # the generator saw it (and rolled back)
    seen.clear()
    with pytest.raises(OSError, match="disk full"):
        run_to_end(_offloading_steps(full_disk, seen))  # the CLI's way: the same
    assert [str(e) for e in seen] == ["disk full"]


def test_cancel_during_the_blocking_call_waits_and_finishes(qtbot: QtBot) -> None:
    seen: list[object] = []
    started = threading.Event()

    def commit() -> None:
        started.set()
        time.sleep(0.3)

    work = LongWork(_offloading_steps(commit, seen), "Importing")
    outcome: list[str] = []
    work.finished.connect(lambda _r: outcome.append("finished"))
    work.cancelled.connect(lambda: outcome.append("cancelled"))
    work.start()
    qtbot.waitUntil(started.is_set, timeout=10_000)
    assert cancel_all() == 1  # what a lock does
    assert outcome == ["finished"]  # the commit was made: the work is reported as done
    assert work.state == "finished"
    assert work.result == "done"
    assert seen == ["after the call"]
    assert not running_work()


def test_the_import_commits_in_a_worker_thread(
    unlocked_controller: AppController, qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.vault.database import CipherDatabase

    services = _services(unlocked_controller)
    main = threading.get_ident()
    commits: list[tuple[bool, int]] = []  # (off the GUI thread, entries committed by then)
    real_commit = CipherDatabase.commit

    def recording_commit(self: CipherDatabase) -> None:
        real_commit(self)
        assert unlocked_controller.vault is not None
        committed = CipherDatabase(self.path, unlocked_controller.vault._require_data_key())
        committed.connect()  # a second connection sees only what is committed
        try:
            count = committed.execute_sql("SELECT count(*) FROM journal_entry").fetchone()[0]
        finally:
            committed.close()
        commits.append((threading.get_ident() != main, int(count)))

    monkeypatch.setattr(CipherDatabase, "commit", recording_commit)
    result = LongWork(import_steps(_preview(300), services.bus), "Importing").run()
    monkeypatch.undo()
    assert result.added == 300
    assert services.journal.count() == 300
    assert commits[0] == (True, 300)  # the import's commit, in a worker thread
    assert all(not off for off, _n in commits[1:])  # the rest (empty, settings) here


def test_no_full_garbage_collection_while_long_work_runs(qtbot: QtBot) -> None:
    import gc

    from peerdesk.gui.common.long_work import (
        NO_FULL_COLLECTION,
        ThreadWork,
        hold_full_collections,
        release_full_collections,
    )

    before = gc.get_threshold()
    assert before[2] != NO_FULL_COLLECTION
    during: list[tuple[int, int, int]] = []

    def steps() -> Steps[None]:
        for n in range(3):
            during.append(gc.get_threshold())
            yield Progress(n, 3)

    LongWork(steps(), "Working").run()
    assert during
    assert all(t == (before[0], before[1], NO_FULL_COLLECTION) for t in during)
    assert gc.get_threshold() == before  # as it was once the work ended
    ThreadWork(lambda: during.append(gc.get_threshold()), "Working").run()
    assert during[-1][2] == NO_FULL_COLLECTION
    assert gc.get_threshold() == before
    # Two holders: the threshold comes back when the last one lets go.
    first, second = object(), object()
    hold_full_collections(first)
    hold_full_collections(second)
    release_full_collections(first)
    assert gc.get_threshold()[2] == NO_FULL_COLLECTION
    release_full_collections(second)
    release_full_collections(second)  # twice: no harm
    assert gc.get_threshold() == before
