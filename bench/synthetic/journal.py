"""A deterministic synthetic journal: check-ins and entries over the past years.

Words follow a Zipf-like distribution over a fixed vocabulary, so some are very common
("today": in most entries) and some rare ("zeppelin": a handful), as in a real journal.
Written through the importer's bulk path (one transaction), like a real import.
"""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

from peerdesk.services.journal.formats import ImportedEntry, ImportPreview, apply_import

COMMON_WORD = "today"
RARE_WORD = "zeppelin"
_WORDS = (
    "today felt walk work tired sleep friend called meeting group coffee rain sun "
    "family dinner cooked garden music read book bus shift break anxious calm hopeful "
    "proud lonely craving urge sponsor phone message park dog river train morning evening "
    "night kitchen laundry doctor appointment medication breath breathing journal plan goal "
    "step small win hard easy better worse quiet loud street shop market bread tea "
    "letter sister brother mother father neighbour cat rabbit bicycle football guitar "
    "painting drawing poem film series podcast recipe soup bath shower stretch yoga "
    "run swim hill bridge harbour island lantern velvet quartz origami zeppelin"
)
_VOCABULARY = _WORDS.split()
_TAGS = ("work", "family", "recovery", "meetings", "health", "friends", "cravings", "wins")
_EMOTIONS = ("calm", "hopeful", "tired", "anxious", "content", "sad", "proud", "lonely")


def _sentence(rng: random.Random, weights: list[float]) -> str:
    words = rng.choices(_VOCABULARY, weights=weights, k=rng.randint(6, 16))
    return " ".join(words).capitalize() + "."


def make_entries(scale: int, seed: int, source: str = "bench") -> list[ImportedEntry]:
    rng = random.Random(seed)
    # Zipf-like weights; the common word always comes first in the list.
    weights = [1.0 / (rank + 1) for rank in range(len(_VOCABULARY))]
    weights[_VOCABULARY.index(COMMON_WORD)] = 3.0
    weights[_VOCABULARY.index(RARE_WORD)] = 0.0002
    start = datetime(2026, 1, 1) - timedelta(days=max(scale // 4, 1))
    entries: list[ImportedEntry] = []
    for n in range(scale):
        when = start + timedelta(minutes=n * 360 + rng.randint(0, 300))
        checkin = rng.random() < 0.6
        body = " ".join(_sentence(rng, weights) for _ in range(rng.randint(1, 2 if checkin else 8)))
        entries.append(
            ImportedEntry(
                source_key=f"{source}:{seed}:{n}",
                occurred_at=when,
                kind="checkin" if checkin else "entry",
                title="" if checkin else _sentence(rng, weights)[:60],
                body=body,
                mood=rng.randint(2, 9),
                energy=rng.randint(2, 9) if checkin else None,
                sleep_hours=round(rng.uniform(4, 9), 1) if checkin else None,
                starred=rng.random() < 0.03,
                tags=tuple(rng.sample(_TAGS, rng.randint(0, 2))),
                emotions=tuple(rng.sample(_EMOTIONS, rng.randint(1, 3))) if checkin else (),
            )
        )
    return entries


def generate(services: Any, scale: int, seed: int) -> None:
    preview = ImportPreview("bench", services.vault.folder, make_entries(scale, seed))
    apply_import(preview, services.bus)
