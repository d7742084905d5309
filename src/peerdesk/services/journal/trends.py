"""Mood, trackers and emotions over time; "days checked in" as a count that only grows.

There is deliberately no streak: a gap never resets anything to zero.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Literal

from peerdesk.store.records import database_proxy

Bucket = Literal["day", "week", "month"]


@dataclass(frozen=True)
class TrendPoint:
    start: date  # first day of the bucket
    value: float  # the average
    count: int


def _day(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def bucket_start(day: date, bucket: Bucket) -> date:
    if bucket == "week":
        return day - timedelta(days=day.weekday())
    if bucket == "month":
        return day.replace(day=1)
    return day


def _range_sql(since: date | None, until: date | None) -> tuple[str, list[Any]]:
    where = "e.deleted_at IS NULL"
    params: list[Any] = []
    if since is not None:
        where += " AND e.occurred_at >= ?"
        params.append(since.isoformat())
    if until is not None:
        where += " AND e.occurred_at < ?"
        params.append((until + timedelta(days=1)).isoformat())
    return where, params


def _bucketed(rows: Iterable[tuple[Any, float, int]], bucket: Bucket) -> list[TrendPoint]:
    sums: dict[date, tuple[float, int]] = {}
    for day_value, total, n in rows:
        start = bucket_start(_day(day_value), bucket)
        old_total, old_n = sums.get(start, (0.0, 0))
        sums[start] = (old_total + float(total), old_n + int(n))
    return [TrendPoint(d, round(t / n, 2), n) for d, (t, n) in sorted(sums.items()) if n]


class Trends:
    def mood(
        self, since: date | None = None, until: date | None = None, bucket: Bucket = "day"
    ) -> list[TrendPoint]:
        """Average mood per bucket, over every check-in or entry with a mood."""
        where, params = _range_sql(since, until)
        rows = database_proxy.execute_sql(
            "SELECT substr(e.occurred_at, 1, 10) AS d, sum(e.mood), count(e.mood) "
            f"FROM journal_entry e WHERE {where} AND e.mood IS NOT NULL GROUP BY d",
            params,
        ).fetchall()
        return _bucketed(rows, bucket)

    def day_moods(self, since: date, until: date) -> dict[date, float]:
        """Each day's average mood (the calendar's colours)."""
        return {p.start: p.value for p in self.mood(since, until, "day")}

    def tracker(
        self,
        tracker_id: str,
        since: date | None = None,
        until: date | None = None,
        bucket: Bucket = "day",
    ) -> list[TrendPoint]:
        where, params = _range_sql(since, until)
        rows = database_proxy.execute_sql(
            "SELECT substr(e.occurred_at, 1, 10) AS d, sum(v.value), count(v.value) "
            "FROM tracker_value v JOIN journal_entry e ON e.id = v.entry_id "
            f"WHERE v.tracker_id = ? AND {where} GROUP BY d",
            (tracker_id, *params),
        ).fetchall()
        return _bucketed(rows, bucket)

    def emotion_counts(
        self, since: date | None = None, until: date | None = None
    ) -> list[tuple[str, int]]:
        where, params = _range_sql(since, until)
        rows = database_proxy.execute_sql(
            "SELECT m.name, count(*) AS n FROM entry_emotion m "
            f"JOIN journal_entry e ON e.id = m.entry_id WHERE {where} "
            "GROUP BY m.name ORDER BY n DESC, m.name",
            params,
        ).fetchall()
        return [(str(r[0]), int(r[1])) for r in rows]

    def checkin_days(self) -> list[date]:
        rows = database_proxy.execute_sql(
            "SELECT day FROM journal_checkin_day ORDER BY day"
        ).fetchall()
        return [_day(r[0]) for r in rows]

    def days_checked_in(self) -> int:
        """How many different days have a check-in, ever. Gaps never take anything away."""
        row = database_proxy.execute_sql("SELECT count(*) FROM journal_checkin_day").fetchone()
        return int(row[0])

    def days_checked_in_cumulative(
        self, since: date | None = None, until: date | None = None
    ) -> list[TrendPoint]:
        """For each day with a check-in: the number of check-in days so far (never falls)."""
        points: list[TrendPoint] = []
        for n, day in enumerate(self.checkin_days(), start=1):
            if (since is None or day >= since) and (until is None or day <= until):
                points.append(TrendPoint(day, float(n), 1))
        return points


def today() -> date:
    return datetime.now().date()
