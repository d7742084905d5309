"""The consent-limited progress summary: figures only, never what anyone wrote.

Mood average and days checked in per ISO week (from the journal's moods and check-ins) and
goal progress counts for one person. No titles, no text, no journal words.
"""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from peerdesk.store.records import database_proxy

WEEKS = 12


def build_summary(
    person_id: str | None, person_name: str, today: date, weeks: int = WEEKS
) -> dict[str, Any]:
    since = today - timedelta(weeks=weeks)
    rows = database_proxy.execute_sql(
        "SELECT occurred_at, mood, kind FROM journal_entry "
        "WHERE deleted_at IS NULL AND occurred_at >= ?",
        (since.isoformat(),),
    ).fetchall()
    per_week: dict[str, dict[str, Any]] = {}
    for occurred, mood, kind in rows:
        day = date.fromisoformat(str(occurred)[:10])
        year, week, _ = day.isocalendar()
        key = f"{year}-W{week:02d}"
        entry = per_week.setdefault(key, {"moods": [], "days": set()})
        if mood is not None:
            entry["moods"].append(int(mood))
        if kind == "checkin":
            entry["days"].add(day)
    week_list = [
        {
            "week": key,
            "mood_average": round(sum(v["moods"]) / len(v["moods"]), 1) if v["moods"] else None,
            "days_checked_in": len(v["days"]),
        }
        for key, v in sorted(per_week.items())
    ]
    goals: dict[str, int] = {}
    milestones_total = milestones_done = 0
    if person_id is not None:
        for status, count in database_proxy.execute_sql(
            "SELECT status, COUNT(*) FROM goal WHERE deleted_at IS NULL AND person_id = ? "
            "GROUP BY status",
            (person_id,),
        ).fetchall():
            goals[str(status)] = int(count)
        total, done = database_proxy.execute_sql(
            "SELECT COUNT(*), COUNT(m.done_at) FROM milestone AS m JOIN goal AS g "
            "ON g.id = m.goal_id WHERE m.deleted_at IS NULL AND g.deleted_at IS NULL "
            "AND g.person_id = ?",
            (person_id,),
        ).fetchone()
        milestones_total, milestones_done = int(total), int(done)
    return {
        "person": person_name,
        "from": since.isoformat(),
        "to": today.isoformat(),
        "weeks": week_list,
        "goals_by_status": goals,
        "milestones_total": milestones_total,
        "milestones_done": milestones_done,
    }
