"""Exchange benchmark: share and receive one person's roadmap (2 000 goals, 20 000 milestones,
with the synthetic feed: 50 000 check-ins) and a 5 000-card library between two vaults.

    python bench/bench_exchange.py [--goals 2000] [--cards 5000] [--no-checkins]

Timed (wall clock and the process's CPU time, ms): the first share (stamps every record), a
second share with nothing changed, preview and apply of the first receive (everything new),
an incremental round (100 milestones edited on the sender), the echo back (nothing to do),
and the library. Targets (issue 11): preview <= 1 s, merge (apply) <= 2 s. Payload only: the
container's seal/open costs are in bench/bench_bundle.py. Prints one JSON line, with the
machine's load average before and after (on a shared machine, CPU time is the figure to
compare; the wall clock grows with the load).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from bench.synthetic import library as synthetic_library  # noqa: E402
from bench.synthetic import roadmap as synthetic_roadmap  # noqa: E402
from peerdesk.services.exchange.service import ShareRequest  # noqa: E402
from peerdesk.services.session import Services, start_session  # noqa: E402
from peerdesk.store.records import database_proxy  # noqa: E402
from peerdesk.vault.keys import calibrate_kdf  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402


def _ms(since: float) -> float:
    return round((time.perf_counter() - since) * 1000, 1)


def _cpu(since: float) -> float:
    return round((time.process_time() - since) * 1000, 1)


def use(services: Services) -> Services:
    database_proxy.initialize(services.vault.database)
    return services


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--goals", type=int, default=2000)
    parser.add_argument("--cards", type=int, default=5000)
    parser.add_argument("--no-checkins", action="store_true", help="drop the synthetic feed")
    args = parser.parse_args()
    kdf = calibrate_kdf(0.005)
    out: dict[str, Any] = {"load_average_before": [round(x, 2) for x in os.getloadavg()]}
    with tempfile.TemporaryDirectory() as tmp:
        jo_vault, _ = Vault.create(Path(tmp) / "jo", "bench", kdf=kdf)
        jo = start_session(jo_vault)
        jo.people.create("Jo Okafor", "peer_specialist", is_owner=True)
        sam_here = jo.people.create("Sam Rivera", "self")
        started = time.perf_counter()
        synthetic_roadmap.generate(jo, args.goals, seed=1)
        with database_proxy.atomic():
            database_proxy.execute_sql("UPDATE goal SET person_id = ?", (sam_here.id,))
            if args.no_checkins:
                database_proxy.execute_sql("DELETE FROM goal_checkin")
        synthetic_library.generate(jo, args.cards, seed=2)
        out["generate_ms"] = _ms(started)
        sam_vault, _ = Vault.create(Path(tmp) / "sam", "bench", kdf=kdf)
        sam = start_session(sam_vault)
        sam.people.create("Sam Rivera", "self", is_owner=True)

        def share(side: Services, request: ShareRequest, name: str) -> bytes:
            use(side)
            started, cpu = time.perf_counter(), time.process_time()
            data = side.exchange.make_payload(request)
            out[f"{name}_share_ms"] = _ms(started)
            out[f"{name}_share_cpu_ms"] = _cpu(cpu)
            out[f"{name}_payload_bytes"] = len(data)
            return data

        def receive(side: Services, data: bytes, name: str) -> None:
            use(side)
            started, cpu = time.perf_counter(), time.process_time()
            preview = side.exchange.preview(data)
            out[f"{name}_preview_ms"] = _ms(started)
            out[f"{name}_preview_cpu_ms"] = _cpu(cpu)
            started, cpu = time.perf_counter(), time.process_time()
            result = side.exchange.apply(preview, default="theirs")
            out[f"{name}_apply_ms"] = _ms(started)
            out[f"{name}_apply_cpu_ms"] = _cpu(cpu)
            out[f"{name}_counts"] = result.counts

        use(jo)
        out["records_in_scope"] = jo.exchange.describe(ShareRequest("roadmap", sam_here.id)).counts
        roadmap = ShareRequest("roadmap", sam_here.id)
        first = share(jo, roadmap, "roadmap_first")
        share(jo, roadmap, "roadmap_unchanged")
        receive(sam, first, "roadmap_first")
        use(jo)
        ids = [
            r[0]
            for r in database_proxy.execute_sql("SELECT id FROM milestone LIMIT 100").fetchall()
        ]
        with database_proxy.atomic():
            for i, mid in enumerate(ids):
                database_proxy.execute_sql(
                    "UPDATE milestone SET title = ? WHERE id = ?", (f"Edited {i}", mid)
                )
        second = share(jo, roadmap, "roadmap_incremental")
        receive(sam, second, "roadmap_incremental")
        use(sam)
        owner = sam.people.owner()
        assert owner is not None
        echo = share(sam, ShareRequest("roadmap", owner.id), "roadmap_echo")
        receive(jo, echo, "roadmap_echo")
        cards = share(jo, ShareRequest("library", cards="all"), "library")
        receive(sam, cards, "library")
    out["load_average_after"] = [round(x, 2) for x in os.getloadavg()]
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
