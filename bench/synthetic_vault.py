"""Make a deterministic synthetic vault for benchmarks.

    python bench/synthetic_vault.py --out /tmp/big-vault --size large

Sizes (journal entries / goals / strategy cards):
    empty   0 / 0 / 0
    small   1 000 / 50 / 200
    large   100 000 / 2 000 / 5 000   (the issues' targets; goals bring 10 milestones and
                                       25 check-ins each: 20 000 and 50 000)
    huge    1 000 000 / 0 / 0         ("ten times a lifetime": the journal only, ~2 GB)
The passphrase is "bench" (a fast KDF: benchmarks measure PeerDesk, not Argon2id).
"""

from __future__ import annotations

import argparse
import importlib
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from peerdesk.services.session import end_session, start_session  # noqa: E402
from peerdesk.vault.keys import calibrate_kdf  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402

BENCH_PASSPHRASE = "bench"
SIZES: dict[str, dict[str, int]] = {
    "empty": {"journal": 0, "roadmap": 0, "library": 0},
    "small": {"journal": 1_000, "roadmap": 50, "library": 200},
    "large": {"journal": 100_000, "roadmap": 2_000, "library": 5_000},
    "huge": {"journal": 1_000_000, "roadmap": 0, "library": 0},
}


def available_generators() -> dict[str, object]:
    found: dict[str, object] = {}
    for area in ("library", "roadmap", "journal"):
        try:
            found[area] = importlib.import_module(f"bench.synthetic.{area}")
        except ModuleNotFoundError:
            continue
    return found


def make_vault(folder: Path, size: str, seed: int = 1) -> dict[str, float]:
    """Create the vault and fill it; returns seconds spent per area."""
    vault, _code = Vault.create(folder, BENCH_PASSPHRASE, kdf=calibrate_kdf(0.005))
    spent: dict[str, float] = {}
    try:
        services = start_session(vault)
        for area, module in available_generators().items():
            scale = SIZES[size][area]
            if scale <= 0:
                continue
            started = time.perf_counter()
            module.generate(services, scale, seed)  # type: ignore[attr-defined]
            spent[area] = time.perf_counter() - started
        end_session(services)
    finally:
        vault.close()
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawTextHelpFormatter
    )
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--size", choices=sorted(SIZES), default="small")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    spent = make_vault(args.out, args.size, args.seed)
    for area, seconds in spent.items():
        print(f"{area:<8} {SIZES[args.size][area]:>7} items in {seconds:6.1f} s")
    print(f"vault: {args.out} (passphrase: {BENCH_PASSPHRASE})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
