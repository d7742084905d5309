"""Exchange bundle container timings: seal and open, by share passphrase and by key.

    python bench/bench_bundle.py [--sizes 13000,1000000,20000000] [--repeat 3]

The payload is random bytes (incompressible: the container does not compress; the merge
engine decides what goes in). Prints the median wall time per step and size. Passphrase
steps are dominated by scrypt (a fixed cost per file, whatever its size).
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from peerdesk.services.exchange.bundle import HeaderFields, open_bundle, seal_bundle  # noqa: E402
from peerdesk.services.exchange.identity import VaultIdentity  # noqa: E402


def timed(func: Callable[[], object], repeat: int) -> float:
    runs = []
    for _ in range(repeat):
        started = time.perf_counter()
        func()
        runs.append(time.perf_counter() - started)
    return statistics.median(runs) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--sizes", default="13000,1000000,20000000")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    jo, sam = VaultIdentity.generate("Jo"), VaultIdentity.generate("Sam")
    fields = HeaderFields("roadmap", "bench", 1)
    for size in (int(s) for s in args.sizes.split(",")):
        payload = os.urandom(size)
        by_key = seal_bundle(
            jo, fields, payload, to_recipient=sam.age_recipient, share_passphrase=None
        )
        seal_key = timed(
            lambda p=payload: seal_bundle(
                jo, fields, p, to_recipient=sam.age_recipient, share_passphrase=None
            ),
            args.repeat,
        )
        open_key = timed(lambda b=by_key: open_bundle(b, sam), args.repeat)
        by_pass = seal_bundle(jo, fields, payload, to_recipient=None, share_passphrase="pw words")
        seal_pass = timed(
            lambda p=payload: seal_bundle(
                jo, fields, p, to_recipient=None, share_passphrase="pw words"
            ),
            args.repeat,
        )
        open_pass = timed(
            lambda b=by_pass: open_bundle(b, sam, share_passphrase="pw words"), args.repeat
        )
        print(
            f"payload {size:>10} B  file +{len(by_key) - size} B | key: seal {seal_key:8.1f} ms"
            f"  open {open_key:8.1f} ms | passphrase: seal {seal_pass:8.1f} ms"
            f"  open {open_pass:8.1f} ms"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
