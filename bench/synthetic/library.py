"""Synthetic strategy cards for benchmarks: ``generate(services, scale, seed)``.

``scale`` cards (on top of the starter library), deterministic for a seed, with tags,
warning signs, a few "I used this" logs per card and a small crisis plan.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from peerdesk.services.library import CardContent, NewCard, UseEntry

_TEXT = """breath calm walk call friend water notice count slow ground window music write
draw stretch shower tea kind voice plan rest pause body feet hands sky tree light wave step
minute list name sound colour smell taste kitchen park bench street bus"""
WORDS = tuple(_TEXT.split())
TAGS = (
    "quick",
    "anywhere",
    "at-home",
    "outdoors",
    "night",
    "cravings",
    "anxiety",
    "anger",
    "low-mood",
    "with-others",
    "alone",
    "work",
    "sleep",
    "body",
    "mind",
)
SIGNS = (
    "racing thoughts",
    "tight chest",
    "can't sleep",
    "snapping at people",
    "strong cravings",
    "feeling numb",
    "isolating",
    "panic rising",
    "restless",
    "heavy and slow",
)
CATEGORIES = (
    "Grounding",
    "Breathing",
    "Mindfulness",
    "Movement",
    "Connection",
    "Distraction",
    "Self-talk and mantras",
    "Creative",
    "Rest",
    "Professional help",
)


def _sentence(rng: random.Random, low: int, high: int) -> str:
    words = rng.choices(WORDS, k=rng.randint(low, high))
    return " ".join(words).capitalize() + "."


def generate(services: Any, scale: int, seed: int) -> None:
    rng = random.Random(seed)
    cards = []
    for n in range(scale):
        steps = "\n".join(f"{i}. {_sentence(rng, 5, 14)}" for i in range(1, rng.randint(3, 7)))
        cards.append(
            NewCard(
                CardContent(
                    title=f"{_sentence(rng, 2, 4)[:-1]} {n}",
                    category=rng.choice(CATEGORIES),
                    summary=_sentence(rng, 8, 16),
                    steps=steps,
                    when_to_use=_sentence(rng, 8, 20),
                    warning_signs=tuple(rng.sample(SIGNS, rng.randint(0, 3))),
                    duration_minutes=rng.choice((None, 2, 5, 10, 15, 30)),
                    tags=tuple(rng.sample(TAGS, rng.randint(0, 4))),
                    source=rng.choice(("", "from a peer", "adapted from group")),
                ),
                id=str(_uuid(rng)),
                favourite=rng.random() < 0.05,
            )
        )
    ids = services.library.insert_many(cards)
    start = datetime(2026, 1, 1, 8, 0)
    uses = []
    for sid in ids:
        for _ in range(rng.choice((0, 0, 1, 2, 3))):
            before = rng.randint(3, 10)
            uses.append(
                UseEntry(
                    id=str(_uuid(rng)),
                    strategy_id=sid,
                    used_at=start + timedelta(minutes=rng.randint(0, 300 * 24 * 60)),
                    distress_before=before,
                    distress_after=min(10, max(0, before - rng.randint(-1, 6))),
                    note=_sentence(rng, 0, 10) if rng.random() < 0.3 else "",
                )
            )
    services.library.insert_uses(uses)
    for section in ("warning_signs", "self_help", "reasons"):
        for _ in range(3):
            services.crisis_plan.add(section, _sentence(rng, 3, 8), strategy_id=None)


def _uuid(rng: random.Random) -> str:
    import uuid

    return str(uuid.UUID(int=rng.getrandbits(128), version=4))
