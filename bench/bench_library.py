"""Library benchmarks against the issue's targets (5 000 cards).

    python bench/bench_library.py [--cards 5000]

Prints one line per figure: opening the library (ids in order + the first screenful of
cards), filtering/searching/sorting, and JSON export and import of all the cards.
Targets: open and filter <= 100 ms; export and import <= 2 s each.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.synthetic import library as synthetic  # noqa: E402
from peerdesk.services.library import LibraryQuery  # noqa: E402
from peerdesk.services.library.formats.export import ExportOptions, gather_export  # noqa: E402
from peerdesk.services.library.formats.importing import apply_import, preview_import  # noqa: E402
from peerdesk.services.library.formats.json_file import read_library_file, write_json  # noqa: E402
from peerdesk.services.session import Services, end_session, start_session  # noqa: E402
from peerdesk.vault.keys import calibrate_kdf  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402

FIRST_SCREEN = 60  # cards fetched to show the first screen of the grid


def timed(func: Callable[[], object], repeat: int = 5) -> float:
    """Median wall time in milliseconds."""
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        runs.append((time.perf_counter() - started) * 1000)
    return statistics.median(runs)


def report(name: str, ms: float, target_ms: float) -> None:
    verdict = "ok" if ms <= target_ms else "OVER TARGET"
    print(f"{name:<44} {ms:9.1f} ms   (target {target_ms:.0f} ms)  {verdict}")


def open_library(services: Services, query: LibraryQuery) -> None:
    ids = services.library.query_ids(query)
    services.library.cards(ids[:FIRST_SCREEN])


def gui_figures(services: Services) -> None:
    """The page as the user meets it: attach (models, filters) and the first painted screen."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from peerdesk.gui.common.theme import apply_theme
    from peerdesk.gui.library.page import LibraryPage

    app = QApplication.instance() or QApplication([])
    apply_theme(app)  # type: ignore[arg-type]
    page = LibraryPage()
    page.resize(1200, 760)
    page.show()
    app.processEvents()

    def open_page() -> None:
        services.library._choices.clear()  # a first open: nothing cached
        page.attach(services)
        page.grab()  # lays out and paints the first screen of cards
        app.processEvents()  # ...and fills the filter choices just after
        page.detach()

    report("GUI: open the page (attach, paint, filters)", timed(open_page, repeat=3), 100)
    page.attach(services)
    page.grab()

    def filter_and_paint() -> None:
        page.ui.searchEdit.setText("walk")
        page._apply_query()
        page.grab()
        page.ui.searchEdit.setText("")
        page._apply_query()
        page.grab()

    report("GUI: search + repaint, twice", timed(filter_and_paint, repeat=3), 200)
    page.detach()
    page.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cards", type=int, default=5_000)
    parser.add_argument(
        "--gui", action="store_true", help="also time the library page itself (offscreen Qt)"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="peerdesk-bench-") as tmp:
        vault, _ = Vault.create(Path(tmp) / "a", "bench", kdf=calibrate_kdf(0.005))
        services = start_session(vault)
        started = time.perf_counter()
        synthetic.generate(services, args.cards, seed=1)
        print(
            f"generated {services.library.count()} cards in {time.perf_counter() - started:.1f} s"
        )
        lib = services.library
        report(
            "open (title order, first screen)",
            timed(lambda: open_library(services, LibraryQuery())),
            100,
        )
        for label, query in (
            ("sort: recently used", LibraryQuery(sort="recent")),
            ("sort: most helpful", LibraryQuery(sort="helpful")),
            ("filter: category", LibraryQuery(category="Breathing")),
            ("filter: tag", LibraryQuery(tag="quick")),
            ("filter: situation", LibraryQuery(situation="racing thoughts")),
            ("search as you type: 'b'", LibraryQuery(text="b")),
            ("search as you type: 'brea'", LibraryQuery(text="brea")),
            (
                "search + category + helpful",
                LibraryQuery(text="walk", category="Movement", sort="helpful"),
            ),
        ):
            report(label, timed(lambda q=query: open_library(services, q)), 100)  # type: ignore[misc]
        if args.gui:
            gui_figures(services)
        report(
            "filter choices, uncached (categories, tags, situations)",
            timed(lambda: (lib._choices.clear(), lib.categories(), lib.tags(), lib.situations())),
            100,
        )

        out = Path(tmp) / "library.json"
        started = time.perf_counter()
        export = gather_export(lib, services.crisis_plan, ExportOptions())
        write_json(export, out)
        report(
            f"export JSON ({len(export.cards)} cards)", (time.perf_counter() - started) * 1000, 2000
        )
        started = time.perf_counter()
        export_p = gather_export(lib, services.crisis_plan, ExportOptions(include_personal=True))
        write_json(export_p, Path(tmp) / "personal.json")
        report(
            f"export JSON with personal data ({len(export_p.uses)} uses)",
            (time.perf_counter() - started) * 1000,
            2000,
        )
        end_session(services)
        vault.close()

        vault, _ = Vault.create(Path(tmp) / "b", "bench", kdf=calibrate_kdf(0.005))
        fresh = start_session(vault)
        started = time.perf_counter()
        parsed = read_library_file(out)
        preview = preview_import(fresh.library, parsed)
        result = apply_import(fresh.library, fresh.crisis_plan, preview, out.name)
        report(
            f"import JSON into a fresh vault ({result.added} added)",
            (time.perf_counter() - started) * 1000,
            2000,
        )
        started = time.perf_counter()
        again = apply_import(
            fresh.library,
            fresh.crisis_plan,
            preview_import(fresh.library, read_library_file(out)),
            out.name,
        )
        report(
            f"re-import the same file ({again.skipped} unchanged)",
            (time.perf_counter() - started) * 1000,
            2000,
        )
        end_session(fresh)
        vault.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
