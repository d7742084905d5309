"""Trends by day, week and month over a year, for mood and for a tracker, checked against
averages computed independently from the same random check-ins (not one point)."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import date, datetime, timedelta

import pytest
from conftest import Figures

from peerdesk.services.journal.trends import Bucket
from peerdesk.services.session import Services

DAYS = 400


def _start(day: date, bucket: Bucket) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return date(day.year, day.month, 1)
    return day


def _expected(
    points: list[tuple[date, float]], bucket: Bucket, since: date, until: date
) -> dict[date, float]:
    sums: dict[date, list[float]] = defaultdict(list)
    for day, value in points:
        if since <= day <= until:
            sums[_start(day, bucket)].append(value)
    return {d: round(sum(v) / len(v), 2) for d, v in sums.items()}


@pytest.mark.parametrize("bucket", ["day", "week", "month"])
def test_mood_and_tracker_trends_by_bucket_over_a_year(
    services: Services, bucket: Bucket, figures: Figures
) -> None:
    rng = random.Random(15)
    journal = services.journal
    sleep = journal.add_tracker("sleep quality", scale_min=0, scale_max=10)
    first = date(2025, 1, 1)
    moods: list[tuple[date, float]] = []
    tracked: list[tuple[date, float]] = []
    for offset in range(0, DAYS, 3):
        day = first + timedelta(days=offset)
        for hour in rng.sample([8, 13, 21], rng.randint(1, 2)):
            mood = rng.randint(1, 10)
            value = float(rng.randint(0, 10))
            journal.check_in(mood, trackers={sleep: value},
                             occurred_at=datetime(day.year, day.month, day.day, hour))  # fmt: skip
            moods.append((day, float(mood)))
            tracked.append((day, value))
    since, until = date(2025, 2, 1), date(2026, 1, 31)  # a year
    got_mood = {p.start: p.value for p in journal.trends.mood(since, until, bucket)}
    got_tracker = {p.start: p.value for p in journal.trends.tracker(sleep, since, until, bucket)}
    assert got_mood == _expected(moods, bucket, since, until)
    assert got_tracker == _expected(tracked, bucket, since, until)
    assert len(got_mood) >= {"day": 100, "week": 50, "month": 12}[bucket]
    figures.set(checkins=len(moods), points_checked=len(got_mood) + len(got_tracker))
