"""Does the window keep repainting during long work? (issue 14)

    python bench/bench_responsiveness.py --size large [--keep DIR] [--only pdf,...]
                                          [--no-before]

For each long operation: its time, and the longest event-loop stall while it ran — the
largest gap between two ticks of a 10 ms QTimer (what a person sees as a frozen window).
Target: every stall <= 100 ms on the large synthetic vault. Operations that run through
``gui/common/long_work.py`` (step generators in time slices) are marked "steps", those in
a worker thread "thread", in a child process "process"; the others still run in one call
on the GUI thread and are listed as they are. ``--only`` picks groups (pdf, backup,
journal-import, library-import, restore); ``--no-before`` leaves out the "before: one
call" rows (each blocks for as long as the operation takes).

Works on a copy of the vault (``--keep DIR/<size>`` is made once and reused). Prints a
table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench.synthetic.journal import make_entries  # noqa: E402
from bench.synthetic_vault import BENCH_PASSPHRASE, make_vault  # noqa: E402


class StallMeter:
    """The largest gap between ticks of a 10 ms timer while running."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._tick)
        self.last = 0.0
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.worst = 0.0
        self.last = time.perf_counter()
        self.timer.start()

    def stop(self) -> float:
        self._tick()
        self.timer.stop()
        return self.worst * 1000


GROUPS = ("pdf", "backup", "journal-import", "library-import", "restore")


class Nested:
    """A call that waits in a local event loop of its own (``write_pdf_in_child``)."""

    def __init__(self, call: Callable[[], Any], mode: str) -> None:
        self.call = call
        self.mode = mode


def _measure(app: Any, name: str, run: Callable[[], Any], figures: dict[str, Any]) -> None:
    """Run ``run`` from the event loop; ``run`` returns a LongWork (steps), a ThreadWork, a
    Nested call, or None (it blocked)."""
    from PySide6.QtCore import QEventLoop, QTimer

    from peerdesk.gui.common.long_work import LongWork, ThreadWork

    meter = StallMeter()
    loop = QEventLoop()
    outcome: dict[str, Any] = {}

    def begin() -> None:
        outcome["started"] = time.perf_counter()
        work = run()
        if isinstance(work, ThreadWork):
            outcome["mode"] = "thread"
            work.finished.connect(lambda *_a: loop.quit())
            work.failed.connect(lambda exc: (outcome.update(error=repr(exc)), loop.quit()))
            outcome["work"] = work
            QTimer.singleShot(0, work.run)
        elif isinstance(work, LongWork):
            outcome["mode"] = "steps"
            for signal in (work.finished, work.failed, work.cancelled):
                signal.connect(lambda *_a: loop.quit())
            work.failed.connect(lambda exc: outcome.update(error=repr(exc)))
            work.start()
            outcome["work"] = work
        elif isinstance(work, Nested):
            outcome["mode"] = work.mode
            outcome["work"] = work

            def call(nested: Nested = work) -> None:
                try:
                    nested.call()
                except Exception as exc:
                    outcome["error"] = repr(exc)
                loop.quit()

            QTimer.singleShot(0, call)
        else:
            outcome["mode"] = "one call"
            QTimer.singleShot(30, loop.quit)  # a few ticks after, to see the gap

    meter.start()
    QTimer.singleShot(30, begin)
    loop.exec()
    work = outcome.get("work")
    ended = time.perf_counter()
    stall = meter.stop()
    seconds = ended - outcome["started"] - (0.0 if work is not None else 0.03)
    figures[name] = {
        "mode": outcome["mode"],
        "seconds": round(seconds, 2),
        "longest stall ms": round(stall, 1),
        **({"error": outcome["error"]} if "error" in outcome else {}),
    }
    print(f"{name:<34} {outcome['mode']:<9} {seconds:7.2f} s   stall {stall:7.1f} ms", flush=True)
    app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", choices=("small", "large"), default="large")
    parser.add_argument("--keep", type=Path, help="reuse/keep the vaults in this folder")
    parser.add_argument("--entries", type=int, default=100_000, help="journal import size")
    parser.add_argument("--only", help="comma-separated groups: " + ", ".join(GROUPS))
    parser.add_argument("--no-before", action="store_true", help="skip the one-call rows")
    args = parser.parse_args()
    groups = set(args.only.split(",")) if args.only else set(GROUPS)
    if groups - set(GROUPS):
        parser.error(f"unknown group(s): {', '.join(sorted(groups - set(GROUPS)))}")
    before = not args.no_before
    base = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-resp-"))
    base.mkdir(parents=True, exist_ok=True)
    source_vault = base / args.size
    if not source_vault.exists():
        print(f"making the {args.size} vault…", flush=True)
        make_vault(source_vault, args.size)

    from PySide6.QtWidgets import QApplication, QMainWindow

    from peerdesk.gui.common.long_work import LongWork, ThreadWork, full_collections_held
    from peerdesk.gui.common.theme import apply_theme
    from peerdesk.services.backup import restore_backup
    from peerdesk.services.journal.formats import (
        import_steps,
        journal_markdown,
        journal_markdown_parts,
        read_import_steps,
    )
    from peerdesk.services.library.formats.export import ExportOptions, gather_export
    from peerdesk.services.library.formats.importing import (
        import_steps as library_import_steps,
    )
    from peerdesk.services.library.formats.importing import read_preview_steps
    from peerdesk.services.library.formats.json_file import write_json
    from peerdesk.services.session import end_session, start_session
    from peerdesk.vault.keys import calibrate_kdf
    from peerdesk.vault.vault import Vault

    app = QApplication(sys.argv[:1])
    apply_theme(app)
    window = QMainWindow()
    window.resize(1100, 720)
    window.show()
    work_dir = Path(tempfile.mkdtemp(prefix="peerdesk-resp-"))
    copy = work_dir / "vault"
    shutil.copytree(source_vault, copy, ignore=shutil.ignore_patterns("peerdesk.lock"))
    figures: dict[str, Any] = {}

    # Files to import: a jrnl export and the large vault's library as JSON.
    jrnl = work_dir / "jrnl.json"
    if "journal-import" in groups:
        items = [
            {
                "title": e.title,
                "body": e.body,
                "date": e.occurred_at.strftime("%Y-%m-%d"),
                "time": e.occurred_at.strftime("%H:%M"),
                "tags": [f"@{t}" for t in e.tags],
                "starred": e.starred,
            }
            for e in make_entries(args.entries, seed=7, source="jrnl")
        ]
        jrnl.write_text(json.dumps({"tags": {}, "entries": items}), encoding="utf-8")
        del items

    vault = Vault.open(copy)
    vault.unlock_with_passphrase(BENCH_PASSPHRASE)
    services = start_session(vault)
    library_file = work_dir / "library.json"
    if "library-import" in groups:
        export = gather_export(services.library, services.crisis_plan, ExportOptions())
        write_json(export, library_file)

    # 1. Journal PDF of the large vault (reading + layout + writing).
    def journal_pdf() -> None:
        from peerdesk.gui.journal.pdf import write_journal_pdf

        entries = services.journal.entries_between(None, None)
        names = {t.id: t.name for t in services.journal.trackers(include_archived=True)}
        write_journal_pdf(journal_markdown(entries, names), work_dir / "journal.pdf")

    held: dict[str, Any] = {}

    def journal_read_steps() -> LongWork:
        # As the export dialog does it: the entries read in steps ...
        work = LongWork(services.journal.entries_between_steps(None, None), "Reading", window)
        work.finished.connect(lambda entries: held.update(entries=entries))
        return work

    def journal_pdf_process() -> Nested:
        # ... then the Markdown made in a worker thread, and the layout and printing in a
        # child process (gui/common/pdf_process.py).
        from peerdesk.gui.journal.pdf import write_journal_pdf_in_child

        entries = held.pop("entries")
        names = {t.id: t.name for t in services.journal.trackers(include_archived=True)}
        target = work_dir / "journal-process.pdf"
        return Nested(
            lambda: write_journal_pdf_in_child(
                lambda: journal_markdown_parts(entries, names), target, "PDF", window
            ),
            "process",
        )

    if "pdf" in groups:
        if before:
            _measure(app, "journal PDF (before: one call)", journal_pdf, figures)
        with full_collections_held():  # as the export dialog does, from reading to writing
            _measure(app, "journal PDF: read entries (steps)", journal_read_steps, figures)
            _measure(app, "journal PDF: write (child process)", journal_pdf_process, figures)

    # 2. Backup now: in one call (before), and as Settings now makes it (worker thread with
    # its own connection).
    if "backup" in groups:
        if before:
            backup_now = lambda: services.backups.automatic("bench")  # noqa: E731
            _measure(app, "backup (before: one call)", backup_now, figures)
        _measure(
            app,
            "backup (worker thread)",
            lambda: ThreadWork(
                lambda: services.backups.automatic("bench", own_connection=True), "Backing up"
            ),
            figures,
        )
    elif "restore" in groups:
        services.backups.automatic("bench")  # the backup restored below
    end_session(services)
    vault.close()

    # 3. GUI journal import (parse, then the steps) into a fresh vault.
    fresh = work_dir / "fresh"
    fresh_vault, _code = Vault.create(fresh, BENCH_PASSPHRASE, kdf=calibrate_kdf(0.005))
    fresh_services = start_session(fresh_vault)
    preview_holder: dict[str, Any] = {}

    def read_file() -> LongWork:
        work = LongWork(read_import_steps("jrnl", jrnl), "Reading", window)
        work.finished.connect(lambda preview: preview_holder.update(preview=preview))
        return work

    if "journal-import" in groups:
        _measure(app, "journal import: read the file", read_file, figures)
        _measure(
            app,
            f"journal import: write {args.entries} entries",
            lambda: LongWork(
                import_steps(preview_holder["preview"], fresh_services.bus), "Importing", window
            ),
            figures,
        )
        preview_holder.clear()
        _measure(
            app,
            "journal import: checkpoint (worker thread)",
            lambda: ThreadWork(fresh_vault.checkpoint_with_own_connection, "Finishing"),
            figures,
        )

    # 4. Library import of the large vault's cards (5 000) into the fresh vault.
    library_preview: dict[str, Any] = {}

    def library_preview_step() -> LongWork:
        # As the library page does it: read, check and compare in steps.
        work = LongWork(read_preview_steps(fresh_services.library, library_file), "Reading", window)
        work.finished.connect(lambda preview: library_preview.update(preview=preview))
        return work

    def library_import() -> LongWork:
        steps = library_import_steps(
            fresh_services.library,
            fresh_services.crisis_plan,
            library_preview["preview"],
            library_file.name,
        )
        return LongWork(steps, "Importing", window)

    if "library-import" in groups:
        _measure(app, "library import: read + preview", library_preview_step, figures)
        _measure(app, "library import: write 5 000 cards", library_import, figures)
    end_session(fresh_services)
    fresh_vault.close()

    # 5. Key rotation, then restore of the backup made above (the vault locked).
    if "restore" in groups:
        vault = Vault.open(copy)
        vault.unlock_with_passphrase(BENCH_PASSPHRASE)
        _measure(
            app,
            "key rotation",
            lambda: vault.rotate_data_key(BENCH_PASSPHRASE, kdf=calibrate_kdf(0.005)),
            figures,
        )
        vault.lock()
        backup = sorted((copy / "backups").glob("*.pdbackup"))[-1]
        if before:
            _measure(
                app,
                "restore (before: one call)",
                lambda: restore_backup(vault, backup, BENCH_PASSPHRASE),
                figures,
            )

        def restore_in_thread() -> ThreadWork:
            return ThreadWork(lambda: restore_backup(vault, backup, BENCH_PASSPHRASE), "Restoring")

        _measure(app, "restore (worker thread)", restore_in_thread, figures)
        vault.close()

    figures["load average (1 min)"] = os.getloadavg()[0]
    print(json.dumps(figures))
    shutil.rmtree(work_dir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
