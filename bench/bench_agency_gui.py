"""Agency GUI benchmark: opening the caseload and session-notes areas on a big caseload.

    python bench/bench_agency_gui.py [--people 60] [--years 5] [--runs 7] [--keep DIR]

Builds the same synthetic vaults as bench_agency.py (60 people x 5 years of weekly notes,
~15 600 notes) and an empty one, then times, offscreen, each area's ``attach`` (models
built over the services), ``page_shown`` (the notes list is read then) and the first paint
of the page at 1366x768, and the notes list's
search as you type (the model re-reading its ids for each prefix typed). Wall-clock
medians. Issue 12 asks the caseload to open within 150 ms of an empty vault.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from bench.bench_agency import (  # noqa: E402
    PASSPHRASE,
    QUERIES,
    _median_ms,
    _policy,
    make,
)
from peerdesk.services.notes import NoteFilter  # noqa: E402
from peerdesk.services.session import end_session, start_session  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402


def measure(app: QApplication, folder: Path, runs: int) -> dict[str, float]:
    from peerdesk.gui.caseload.page import CaseloadPage
    from peerdesk.gui.common.theme import apply_theme
    from peerdesk.gui.notes.page import NotesPage

    apply_theme(app)
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault, policy=_policy())
    figures: dict[str, float] = {}
    try:
        for key, page in (("caseload", CaseloadPage()), ("notes", NotesPage())):
            page.resize(1176, 700)
            page.show()

            def open_once(page: object = page) -> None:
                page.attach(services)  # type: ignore[attr-defined]
                page.page_shown()  # type: ignore[attr-defined]
                page.grab()  # type: ignore[attr-defined]
                app.processEvents()

            def close_once(page: object = page) -> None:
                page.detach()  # type: ignore[attr-defined]
                app.processEvents()

            times = []
            for _ in range(runs):
                start = time.perf_counter()
                open_once()
                times.append((time.perf_counter() - start) * 1000)
                close_once()
            figures[f"{key}_open_ms"] = statistics.median(times)
            if key == "notes":
                page.attach(services)  # type: ignore[attr-defined]
                page.page_shown()  # type: ignore[attr-defined]
                model = page.model  # type: ignore[attr-defined]
                worst = 0.0
                for query in QUERIES:
                    for end in range(2, len(query) + 1):
                        prefix = query[:end]
                        worst = max(
                            worst,
                            _median_ms(
                                lambda q=prefix, m=model: m.set_query(NoteFilter(), q), runs
                            ),
                        )
                figures["notes_search_as_you_type_worst_ms"] = worst
                page.detach()  # type: ignore[attr-defined]
            page.close()
            page.deleteLater()
            app.processEvents()
    finally:
        end_session(services)
        vault.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep (and reuse) the generated vaults in DIR")
    args = parser.parse_args()
    app = QApplication(["peerdesk-bench"])
    base = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-agency-gui-"))
    try:
        empty, full = base / "empty", base / "full"
        if not empty.exists():
            make(empty, 0, 0)
        counts = make(full, args.people, args.years) if not full.exists() else {}
        empty_fig = measure(app, empty, args.runs)
        full_fig = measure(app, full, args.runs)
        for key in full_fig:
            print(f"{key:<36} empty {empty_fig[key]:8.2f} ms   full {full_fig[key]:8.2f} ms")
        result = {
            **counts,
            "empty": {k: round(v, 2) for k, v in empty_fig.items()},
            "full": {k: round(v, 2) for k, v in full_fig.items()},
            "caseload_beyond_empty_ms": round(
                full_fig["caseload_open_ms"] - empty_fig["caseload_open_ms"], 2
            ),
            "notes_beyond_empty_ms": round(
                full_fig["notes_open_ms"] - empty_fig["notes_open_ms"], 2
            ),
        }
        print(json.dumps(result))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
