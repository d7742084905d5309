"""Start-up benchmark: ``peerdesk --smoke`` on an empty and on the large vault, against a bare
PySide6 window as the floor, plus unlocking with the data key alone.

    python bench/bench_startup.py [--runs 5] [--size large] [--keep DIR]

Targets (issue 2): unlock with the data key < 50 ms; the large vault starts within 15 % of
the empty one. Prints a table and one JSON line.
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
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.synthetic_vault import BENCH_PASSPHRASE, make_vault  # noqa: E402
from peerdesk.vault.database import CipherDatabase  # noqa: E402
from peerdesk.vault.keys import KeyFile  # noqa: E402

FLOOR = """
import sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1]); w = QMainWindow(); w.resize(1100, 720); w.show()
app.processEvents(); print("ok")
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["PYTHONPATH"] = str(ROOT / "src")
    return env


def time_command(cmd: list[str], runs: int, stdin: str | None = None) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        result = subprocess.run(cmd, input=stdin, capture_output=True, text=True, env=_env())
        times.append((time.perf_counter() - started) * 1000)
        if result.returncode != 0:
            raise SystemExit(f"{cmd} failed: {result.stderr[-500:]}")
    return times


def unlock_with_data_key_ms(folder: Path, runs: int) -> list[float]:
    keyfile = KeyFile.load(folder / "keys.json")
    data_key = keyfile.open_with_passphrase(BENCH_PASSPHRASE)
    assert data_key is not None
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        database = CipherDatabase(folder / "peerdesk.db", data_key)
        database.open_and_verify()
        times.append((time.perf_counter() - started) * 1000)
        database.lock()
    return times


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--size", default="large")
    parser.add_argument("--keep", type=Path, help="reuse/keep the vaults in this folder")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-"))
    vaults = {"empty": base / "empty", args.size: base / args.size}
    for size, folder in vaults.items():
        if not folder.exists():
            print(f"making the {size} vault…", flush=True)
            make_vault(folder, size)
    smoke = [sys.executable, "-m", "peerdesk", "--smoke", "--passphrase-file", "-"]
    results: dict[str, list[float]] = {
        "floor (bare PySide6 window)": time_command([sys.executable, "-c", FLOOR], args.runs),
    }
    for size, folder in vaults.items():
        results[f"--smoke, {size} vault"] = time_command(
            [*smoke[:3], "--vault", str(folder), *smoke[3:]], args.runs, BENCH_PASSPHRASE + "\n"
        )
        results[f"unlock with data key, {size}"] = unlock_with_data_key_ms(folder, args.runs * 4)
    print(f"{'what':<36} {'median ms':>10} {'min ms':>9}")
    for name, times in results.items():
        print(f"{name:<36} {statistics.median(times):>10.1f} {min(times):>9.1f}")
    empty = statistics.median(results["--smoke, empty vault"])
    large = statistics.median(results[f"--smoke, {args.size} vault"])
    summary = {name: round(statistics.median(times), 1) for name, times in results.items()} | {
        "large_over_empty_pct": round((large / empty - 1) * 100, 1)
    }
    print(json.dumps(summary))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
