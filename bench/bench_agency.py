"""Agency benchmark: the caseload and notes search on 60 people x 5 years of weekly notes.

    python bench/bench_agency.py [--people 60] [--years 5] [--runs 7] [--keep DIR]

Targets (issue 12): the caseload opens within 150 ms of an empty vault; notes search as you
type answers within 50 ms. "Caseload open" is CaseloadService.rows() (every column: last
contact, next planned contact, goals due, waiting on the person, unsigned notes, overdue
milestones); "search" is NotesService.search() for each prefix typed of a few queries.
Wall-clock medians; the KDF is calibrated to 5 ms (this measures PeerDesk, not Argon2id).
No Qt: the services are what the GUI's caseload page and notes search call.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT / "src"), str(ROOT)]

from peerdesk.services.notes import NoteFilter  # noqa: E402
from peerdesk.services.policy import Policy, load_policy  # noqa: E402
from peerdesk.services.session import Services, end_session, start_session  # noqa: E402
from peerdesk.store.records import database_proxy  # noqa: E402
from peerdesk.vault.keys import calibrate_kdf  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402

PASSPHRASE = "bench"
WORDS = [
    "budget",
    "bus",
    "pass",
    "housing",
    "form",
    "landlord",
    "job",
    "club",
    "interview",
    "cv",
    "garden",
    "centre",
    "walk",
    "dog",
    "meeting",
    "sponsor",
    "cravings",
    "sleep",
    "doctor",
    "appointment",
    "benefits",
    "phone",
    "call",
    "family",
    "sister",
    "brother",
    "court",
    "probation",
    "food",
    "bank",
    "cooking",
    "group",
    "recovery",
    "plan",
    "relapse",
    "prevention",
]
QUERIES = ("bus pass", "housing form", "interview", "relapse prevention")


def _policy() -> Policy:
    return load_policy(Path("/nonexistent/policy.toml"), registry=lambda: None)


def _text(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def make(folder: Path, people: int, years: int) -> dict[str, int]:
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=calibrate_kdf(0.005))
    services = start_session(vault, policy=_policy())
    rng = random.Random(1)
    today = date.today()
    weeks = years * 52
    notes = 0
    with database_proxy.atomic():
        for p in range(people):
            person = services.people.create(f"Person {p:02d}", "self").id
            goals = []
            for g in range(4):
                goal = services.roadmap.create_goal(
                    person,
                    f"Goal {g}",
                    status="in_progress",
                    target_date=today + timedelta(days=rng.randint(-30, 120)),
                ).id
                goals.append(goal)
                for m in range(3):
                    services.roadmap.add_milestone(
                        goal,
                        f"Step {m}",
                        owner_id=person if m % 2 else None,
                        due_date=today + timedelta(days=rng.randint(-40, 60)),
                    )
            services.notes.plan_contact(
                person,
                datetime.combine(today + timedelta(days=rng.randint(1, 14)), datetime.min.time()),
            )
            for w in range(weeks):
                row = services.notes.create_draft(
                    person,
                    today - timedelta(weeks=weeks - w),
                    start_time="10:00",
                    end_time="10:45",
                    setting="in_person",
                    mode="individual",
                    service_type="Peer support (individual)",
                    goal_ids=[rng.choice(goals)],
                    what_was_done=_text(rng, 25),
                    response=_text(rng, 10),
                    next_steps=_text(rng, 8),
                    next_steps_by="Person",
                    staff_name="Jo Okafor",
                    staff_credential="CPRS",
                )
                notes += 1
                if w < weeks - 2:  # the last two weeks stay drafts
                    services.notes.sign(row.id)
    end_session(services)
    vault.close()
    return {"people": people, "notes": notes}


def _median_ms(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(folder: Path, runs: int) -> dict[str, float]:
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    services: Services = start_session(vault, policy=_policy())
    try:
        figures = {"caseload_open_ms": _median_ms(services.caseload.rows, runs)}
        figures["unsigned_list_ms"] = _median_ms(services.caseload.unsigned_notes, runs)
        worst = 0.0
        for query in QUERIES:
            for end in range(2, len(query) + 1):
                prefix = query[:end]
                worst = max(worst, _median_ms(lambda q=prefix: services.notes.search(q), runs))
        figures["search_worst_prefix_ms"] = worst
        served = services.caseload.people_served()
        person = served[0][0] if served else ""
        worst = 0.0
        for query in QUERIES:
            for end in range(2, len(query) + 1):
                prefix = query[:end]
                worst = max(
                    worst,
                    _median_ms(lambda q=prefix: services.notes.search(q, person_id=person), runs),
                )
        figures["search_one_person_worst_ms"] = worst
        figures["person_notes_ids_ms"] = _median_ms(
            lambda: services.notes.note_ids(NoteFilter(person_id=person)), runs
        )
    finally:
        end_session(services)
        vault.close()
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--people", type=int, default=60)
    parser.add_argument("--years", type=int, default=5)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the generated vaults in DIR")
    args = parser.parse_args()
    base = args.keep or Path(tempfile.mkdtemp(prefix="peerdesk-bench-agency-"))
    try:
        empty, full = base / "empty", base / "full"
        if not empty.exists():
            make(empty, 0, 0)
        start = time.perf_counter()
        counts = make(full, args.people, args.years) if not full.exists() else {}
        build_s = time.perf_counter() - start
        empty_fig = measure(empty, args.runs)
        full_fig = measure(full, args.runs)
        result = {
            **counts,
            "build_s": round(build_s, 1),
            "empty": {k: round(v, 2) for k, v in empty_fig.items()},
            "full": {k: round(v, 2) for k, v in full_fig.items()},
            "caseload_beyond_empty_ms": round(
                full_fig["caseload_open_ms"] - empty_fig["caseload_open_ms"], 2
            ),
        }
        for key in full_fig:
            print(f"{key:<26} empty {empty_fig[key]:8.2f} ms   full {full_fig[key]:8.2f} ms")
        print(json.dumps(result))
    finally:
        if args.keep is None:
            shutil.rmtree(base, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
