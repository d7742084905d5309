"""Synthetic roadmap data for benchmarks: a peer specialist's large caseload.

``scale`` is the number of goals; each goal gets 10 milestones and 25 feed items on
average, so ``scale=2000`` gives the issue's 2 000 goals, 20 000 milestones and 50 000
check-ins. Deterministic for a given seed (ids, dates and text all come from
``random.Random(seed)``). Rows go in with bulk inserts in one transaction: the services
would take minutes for this many.
"""

from __future__ import annotations

import random
import uuid
from datetime import date, datetime, timedelta
from typing import Any

from peerdesk.store.records import (
    Goal,
    GoalCheckin,
    GoalParticipant,
    Milestone,
    Person,
    Victory,
    database_proxy,
)
from peerdesk.store.records.people import ROLES
from peerdesk.store.records.roadmap import DEFAULT_LIFE_AREAS, GOAL_STATUSES

BASE = datetime(2026, 1, 1, 9, 0)
MILESTONES_PER_GOAL = 10
CHECKINS_PER_GOAL = 25
WORDS = [
    "call",
    "walk",
    "meeting",
    "form",
    "housing",
    "doctor",
    "group",
    "plan",
    "budget",
    "course",
    "class",
    "friend",
    "sleep",
    "cook",
    "garden",
    "job",
    "interview",
    "library",
    "bus",
    "ticket",
    "letter",
    "appointment",
    "visit",
]
_CHUNK = 400


def _id(rng: random.Random) -> str:
    return str(uuid.UUID(int=rng.getrandbits(128), version=4))


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize()


def _insert(record: Any, rows: list[dict[str, Any]]) -> None:
    for start in range(0, len(rows), _CHUNK):
        record.insert_many(rows[start : start + _CHUNK]).execute()


def generate(services: Any, scale: int, seed: int) -> dict[str, int]:
    """Add ``scale`` goals with milestones, participants, feed and victories."""
    rng = random.Random(seed)
    stamp = {"created_at": BASE, "updated_at": BASE}
    n_people = max(5, scale // 40)
    people = [
        {
            "id": _id(rng),
            "name": f"Person {i:04d}",
            "role": "self" if i else "peer_specialist",
            "is_owner": i == 0,
            "contact": "",
            "notes": "",
            **stamp,
        }
        for i in range(n_people)
    ]
    if Person.alive().where(Person.is_owner == True).count():  # noqa: E712
        people[0]["is_owner"] = False
    supporters = [
        {
            "id": _id(rng),
            "name": f"Supporter {i:03d}",
            "role": rng.choice(ROLES[1:]),
            "is_owner": False,
            "contact": "",
            "notes": "",
            **stamp,
        }
        for i in range(max(3, n_people // 4))
    ]
    helper_ids = [people[0]["id"]] + [s["id"] for s in supporters]
    goals: list[dict[str, Any]] = []
    participants: list[dict[str, Any]] = []
    milestones: list[dict[str, Any]] = []
    checkins: list[dict[str, Any]] = []
    victories: list[dict[str, Any]] = []
    positions = dict.fromkeys(GOAL_STATUSES, 0.0)
    for g in range(scale):
        goal_id = _id(rng)
        person = people[1 + g % (n_people - 1)]["id"]
        status = rng.choices(GOAL_STATUSES, weights=(2, 5, 1, 2, 1))[0]
        positions[status] += 1.0
        start = date(2026, 1, 1) + timedelta(days=rng.randint(0, 500))
        target = start + timedelta(days=rng.randint(30, 400))
        goals.append(
            {
                "id": goal_id,
                "person": person,
                "title": f"{_phrase(rng, 3)} {g}",
                "vision": _phrase(rng, 12),
                "life_area": rng.choice(DEFAULT_LIFE_AREAS),
                "status": status,
                "start_date": start,
                "target_date": target,
                "position": positions[status],
                **stamp,
            }
        )
        for helper in rng.sample(helper_ids, 2):
            participants.append(
                {
                    "id": _id(rng),
                    "goal": goal_id,
                    "person": helper,
                    "role": _phrase(rng, 2),
                    **stamp,
                }
            )
        span = (target - start).days
        for m in range(rng.randint(MILESTONES_PER_GOAL - 3, MILESTONES_PER_GOAL + 3)):
            due = start + timedelta(days=rng.randint(0, span))
            done = due if rng.random() < 0.4 else None
            milestone_id = _id(rng)
            milestones.append(
                {
                    "id": milestone_id,
                    "goal": goal_id,
                    "title": _phrase(rng, 4),
                    "owner": rng.choice([person, *helper_ids[:3]]),
                    "due_date": due,
                    "done_at": done,
                    "position": float(m + 1),
                    **stamp,
                }
            )
            if done is not None and rng.random() < 0.5:
                victories.append(
                    {
                        "id": _id(rng),
                        "occurred_at": datetime.combine(done, BASE.time()),
                        "person": person,
                        "goal": goal_id,
                        "milestone": milestone_id,
                        "text": "Milestone done",
                        **stamp,
                    }
                )
        for _c in range(rng.randint(CHECKINS_PER_GOAL - 10, CHECKINS_PER_GOAL + 10)):
            checkins.append(
                {
                    "id": _id(rng),
                    "goal": goal_id,
                    "kind": "checkin",
                    "occurred_at": BASE + timedelta(minutes=rng.randint(0, 700_000)),
                    "person": rng.choice([person, *helper_ids[:3]]),
                    "rating": rng.randint(1, 5),
                    "what_happened": _phrase(rng, 10),
                    "next_step": _phrase(rng, 4),
                    "next_step_owner": rng.choice([person, *helper_ids[:3]]),
                    **stamp,
                }
            )
    with database_proxy.atomic():
        _insert(Person, people + supporters)
        _insert(Goal, goals)
        _insert(GoalParticipant, participants)
        _insert(Milestone, milestones)
        _insert(GoalCheckin, checkins)
        _insert(Victory, victories)
    return {
        "people": len(people) + len(supporters),
        "goals": len(goals),
        "milestones": len(milestones),
        "checkins": len(checkins),
        "victories": len(victories),
    }
