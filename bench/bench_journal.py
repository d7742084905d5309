"""Journal benchmarks on a 100 000-entry vault (issue 3).

    python bench/bench_journal.py [--runs 5] [--keep DIR] [--entries 100000] [--size large|huge]

``--size huge`` searches a 1 000 000-entry vault ("ten times a lifetime", ~1.7 GB; made
once with ``bench/synthetic_vault.py --size huge`` into ``--keep DIR/huge``, ~15 min) and
skips opening the area. ``--import-only`` measures just the import.

Figures:
- opening the journal area (page built, attached, shown and painted), large vs empty vault;
- the first page of search results for a common word, a rare word, a two-letter prefix and
  a common word with a date filter;
- importing 100 000 jrnl entries from a JSON file (parse + one-transaction write), and the
  import's peak memory (ru_maxrss of a child process that only imports, and that peak
  over the file's size; target <= 3x);
- the process's resident memory after opening the journal area.

Wall-clock figures depend on what else runs on the machine; the search figures also give
the CPU time the search itself used. Targets: search first page <= 50 ms; the area opens
within 15 % of the empty vault's time;
the import takes <= 20 s. Prints a table and one JSON line.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.synthetic.journal import COMMON_WORD, RARE_WORD, make_entries  # noqa: E402
from bench.synthetic_vault import BENCH_PASSPHRASE, make_vault  # noqa: E402

OPEN_AREA = """
import json, os, sys, time
sys.path[:0] = [{src!r}]
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from pathlib import Path
from PySide6.QtWidgets import QApplication
from peerdesk.gui.common.theme import apply_theme
from peerdesk.services.session import start_session
from peerdesk.vault.vault import Vault
app = QApplication(sys.argv[:1]); apply_theme(app)
vault = Vault.open(Path({folder!r})); vault.unlock_with_passphrase({passphrase!r})
services = start_session(vault)
from peerdesk.gui.journal.page import JournalPage
started, cpu_started = time.perf_counter(), time.process_time()
page = JournalPage(); page.resize(1200, 800)
page.attach(services); page.show()
for _ in range(3):
    app.processEvents()
page.grab()
opened = (time.perf_counter() - started) * 1000
opened_cpu = (time.process_time() - cpu_started) * 1000
rss = 0
for line in open("/proc/self/status"):
    if line.startswith("VmRSS:"):
        rss = int(line.split()[1]) // 1024
print(json.dumps({{"open_ms": opened, "open_cpu_ms": opened_cpu, "rss_mb": rss}}))
"""


def _open_area(folder: Path) -> dict[str, float]:
    code = OPEN_AREA.format(src=str(ROOT / "src"), folder=str(folder), passphrase=BENCH_PASSPHRASE)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"opening the area failed:\n{result.stderr[-2000:]}")
    return dict(json.loads(result.stdout.strip().splitlines()[-1]))


def _search_ms(folder: Path, runs: int) -> dict[str, float]:
    from peerdesk.services.journal import SearchFilters
    from peerdesk.services.session import end_session, start_session
    from peerdesk.vault.vault import Vault

    vault = Vault.open(folder)
    vault.unlock_with_passphrase(BENCH_PASSPHRASE)
    services = start_session(vault)
    last_month = SearchFilters(since=date(2025, 12, 1), until=date(2025, 12, 31))
    cases = {
        f"common word '{COMMON_WORD}'": (COMMON_WORD, None),
        f"rare word '{RARE_WORD}'": (RARE_WORD, None),
        "two words 'walk today'": ("walk today", None),
        "prefix 'to'": ("to", None),
        "word 'felt'": ("felt", None),
        "word 'tired'": ("tired", None),
        "word 'morning'": ("morning", None),
        f"'{COMMON_WORD}' in one month": (COMMON_WORD, last_month),
    }
    figures: dict[str, float] = {}
    try:
        for name, (query, filters) in cases.items():
            times, cpu = [], []
            for _ in range(runs):
                started, cpu_started = time.perf_counter(), time.process_time()
                hits = services.journal.search(query, filters, limit=50)
                times.append((time.perf_counter() - started) * 1000)
                cpu.append((time.process_time() - cpu_started) * 1000)
            figures[name] = statistics.median(times)
            figures[name + " (CPU)"] = statistics.median(cpu)
            figures[name + " (hits)"] = len(hits)
        started = time.perf_counter()
        services.journal.timeline_page(limit=100)
        figures["timeline first page"] = (time.perf_counter() - started) * 1000
    finally:
        end_session(services)
        vault.close()
    return figures


IMPORT_CHILD = """
import json, sys, tempfile, time
sys.path[:0] = [{src!r}]
from pathlib import Path
from peerdesk.services.journal.formats import apply_import, read_import
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.keys import calibrate_kdf
from peerdesk.vault.vault import Vault
folder = Path(tempfile.mkdtemp(prefix="peerdesk-import-")) / "vault"
def status(field):
    # VmHWM, not ru_maxrss: Linux carries ru_maxrss over from the parent across fork+exec.
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1])
vault, _code = Vault.create(folder, "bench", kdf=calibrate_kdf(0.005))
services = start_session(vault)
before = status("VmRSS")
started, cpu = time.perf_counter(), time.process_time()
preview = read_import("jrnl", Path({source!r}))
parsed = time.perf_counter()
result = apply_import(preview, services.bus)
written = time.perf_counter()
peak = status("VmHWM")
end_session(services); vault.close()
print(json.dumps({{"added": result.added, "parse": parsed - started, "write": written - parsed,
                  "cpu": time.process_time() - cpu,
                  "baseline_kib": before, "peak_kib": peak}}))
"""


def _import_memory(source: Path) -> dict[str, float]:
    """Peak resident memory (VmHWM) of a child process that imports ``source`` and nothing
    else, and that peak over the memory it used before the import began."""
    code = IMPORT_CHILD.format(src=str(ROOT / "src"), source=str(source))
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=False
    )
    if result.returncode != 0:
        raise SystemExit(f"the import child failed:\n{result.stderr[-2000:]}")
    data = json.loads(result.stdout.strip().splitlines()[-1])
    size_mb = source.stat().st_size / 2**20
    peak_mb = data["peak_kib"] / 1024
    grown_mb = (data["peak_kib"] - data["baseline_kib"]) / 1024
    return {
        "import (child): total s": data["parse"] + data["write"],
        "import (child): total (CPU) s": data["cpu"],
        "import (child): peak RSS MB": peak_mb,
        "import (child): peak RSS over start MB": grown_mb,
        "import (child): peak RSS / file size": peak_mb / size_mb,
        "import (child): growth / file size": grown_mb / size_mb,
    }


def _import_jrnl(entries: int, base: Path) -> dict[str, float]:
    from peerdesk.services.journal.formats import apply_import, read_import
    from peerdesk.services.session import end_session, start_session
    from peerdesk.vault.keys import calibrate_kdf
    from peerdesk.vault.vault import Vault

    source = base / f"jrnl-export-{entries}.json"
    if not source.exists():
        items = [
            {
                "title": e.title,
                "body": e.body,
                "date": e.occurred_at.strftime("%Y-%m-%d"),
                "time": e.occurred_at.strftime("%H:%M"),
                "tags": [f"@{t}" for t in e.tags],
                "starred": e.starred,
            }
            for e in make_entries(entries, seed=7, source="jrnl")
        ]
        source.write_text(json.dumps({"tags": {}, "entries": items}), encoding="utf-8")
    folder = Path(tempfile.mkdtemp(prefix="peerdesk-import-")) / "vault"
    vault, _code = Vault.create(folder, BENCH_PASSPHRASE, kdf=calibrate_kdf(0.005))
    services = start_session(vault)
    try:
        started, cpu_started = time.perf_counter(), time.process_time()
        preview = read_import("jrnl", source)
        parsed = time.perf_counter()
        result = apply_import(preview, services.bus)
        written = time.perf_counter()
        cpu = time.process_time() - cpu_started
        assert result.added == entries, result
    finally:
        end_session(services)
        vault.close()
    return {
        **_import_memory(source),
        "import: parse s": parsed - started,
        "import: write s": written - parsed,
        "import: total s": written - started,
        "import: total (CPU) s": cpu,
        "import: file MB": source.stat().st_size / 2**20,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--keep", type=Path, help="reuse/keep the vaults in this folder")
    parser.add_argument("--size", choices=("large", "huge"), default="large")
    parser.add_argument("--import-only", action="store_true", help="only the import figures")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-journal-"))
    base.mkdir(parents=True, exist_ok=True)
    figures: dict[str, float] = {}
    if not args.import_only:
        vaults = {"empty": base / "empty", args.size: base / args.size}
        for size, folder in vaults.items():
            if not folder.exists():
                print(f"making the {size} vault…", flush=True)
                make_vault(folder, size)
        if args.size == "large":
            # Alternate the two vaults, so a change in the machine's load hits both alike.
            opened: dict[str, list[dict[str, float]]] = {size: [] for size in vaults}
            for _ in range(args.runs):
                for size, folder in vaults.items():
                    opened[size].append(_open_area(folder))
            for size, runs in opened.items():
                figures[f"open area {size} ms"] = statistics.median(r["open_ms"] for r in runs)
                figures[f"open area {size} (CPU) ms"] = statistics.median(
                    r["open_cpu_ms"] for r in runs
                )
                figures[f"RSS after opening {size} MB"] = statistics.median(
                    r["rss_mb"] for r in runs
                )
            figures["open area large/empty"] = (
                figures["open area large ms"] / figures["open area empty ms"]
            )
        for name, value in _search_ms(vaults[args.size], args.runs).items():
            figures[f"search {name}" + ("" if "(hits)" in name else " ms")] = value
    figures["load average (1 min)"] = os.getloadavg()[0]
    figures.update(_import_jrnl(args.entries, base))
    width = max(len(k) for k in figures)
    for name, value in figures.items():
        print(f"{name:<{width}}  {value:10.2f}")
    print(json.dumps({k: round(v, 2) for k, v in figures.items()}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
