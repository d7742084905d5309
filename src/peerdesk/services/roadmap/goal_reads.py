"""The roadmap's hot read paths, as plain parametrised SQL.

Opening the board or the timeline runs these for every column and every page of rows; on a
2 000-goal vault building the same statements through peewee cost more than running them.
Every value is a bound parameter. ``+x.deleted_at IS NULL`` keeps SQLite off the deleted_at
index (nearly every row is alive, so that index is the worst plan for this test).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from peerdesk.services.roadmap.rows import GoalFilter, GoalRow, title_matches
from peerdesk.store.records import database_proxy

BATCH = 500  # ids per IN (...) list


def as_date(value: Any) -> date | None:
    if isinstance(value, str):
        return date.fromisoformat(value[:10])
    return value if isinstance(value, date) else None


def batches(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _filter_sql(goal_filter: GoalFilter | None) -> tuple[str, list[Any]]:
    clauses, params = ["+g.deleted_at IS NULL"], []
    if goal_filter is not None:
        for column, value in (
            ("g.person_id", goal_filter.person_id),
            ("g.life_area", goal_filter.life_area),
            ("g.status", goal_filter.status),
        ):
            if value:
                clauses.append(f"{column} = ?")
                params.append(value)
    return " AND ".join(clauses), params


def _ids(sql: str, params: Sequence[Any]) -> list[str]:
    return [row[0] for row in database_proxy.execute_sql(sql, tuple(params)).fetchall()]


def _matching_ids(sql: str, params: Sequence[Any], goal_filter: GoalFilter | None) -> list[str]:
    """``sql`` selects ``g.id``; with words to find, the titles are read too and matched
    here (case and accents aside, which SQLite's LIKE cannot do beyond ASCII)."""
    query = goal_filter.text.strip() if goal_filter is not None else ""
    if not query:
        return _ids(sql, params)
    sql = sql.replace("SELECT g.id FROM", "SELECT g.id, g.title FROM", 1)
    rows = database_proxy.execute_sql(sql, tuple(params)).fetchall()
    return [row[0] for row in rows if title_matches(row[1], query)]


def timeline_ids(goal_filter: GoalFilter | None) -> list[str]:
    """By start (or target) date, undated goals last, then by title."""
    where, params = _filter_sql(goal_filter)
    return _matching_ids(
        "SELECT g.id FROM goal AS g WHERE "
        + where
        + " ORDER BY COALESCE(g.start_date, g.target_date) IS NULL,"
        " COALESCE(g.start_date, g.target_date), g.title COLLATE NOCASE, g.id",
        params,
        goal_filter,
    )


def column_ids(status: str, goal_filter: GoalFilter | None) -> list[str]:
    """One board column in its order."""
    where, params = _filter_sql(goal_filter)
    return _matching_ids(
        "SELECT g.id FROM goal AS g WHERE g.status = ? AND "
        + where
        + " ORDER BY g.position, g.created_at, g.id",
        [status, *params],
        goal_filter,
    )


def goal_rows(goal_ids: Sequence[str]) -> dict[str, GoalRow]:
    """Living goals among ``goal_ids``, with their milestone counts and date flags."""
    rows: dict[str, GoalRow] = {}
    for batch in batches(list(goal_ids)):
        rows.update(_goal_rows(batch))
    return rows


def _goal_rows(goal_ids: Sequence[str]) -> dict[str, GoalRow]:
    ids = tuple(goal_ids)
    counts = {
        goal_id: (int(total), int(done or 0), int(late or 0), as_date(next_due))
        for goal_id, total, done, late, next_due in database_proxy.execute_sql(
            "SELECT m.goal_id, COUNT(m.id), SUM(m.done_at IS NOT NULL),"
            " SUM(CASE WHEN m.due_date > g.target_date THEN 1 ELSE 0 END),"
            " MIN(CASE WHEN m.done_at IS NULL THEN m.due_date END)"
            " FROM milestone AS m JOIN goal AS g ON g.id = m.goal_id"
            f" WHERE m.goal_id IN ({_marks(len(ids))}) AND +m.deleted_at IS NULL"
            " GROUP BY m.goal_id",
            ids,
        ).fetchall()
    }
    rows: dict[str, GoalRow] = {}
    for (
        gid,
        pid,
        name,
        title,
        vision,
        area,
        status,
        start,
        target,
        position,
    ) in database_proxy.execute_sql(
        "SELECT g.id, g.person_id, p.name, g.title, g.vision, g.life_area, g.status,"
        " g.start_date, g.target_date, g.position"
        " FROM goal AS g JOIN person AS p ON p.id = g.person_id"
        f" WHERE g.id IN ({_marks(len(ids))}) AND +g.deleted_at IS NULL",
        ids,
    ).fetchall():
        total, done, late, next_due = counts.get(gid, (0, 0, 0, None))
        rows[gid] = GoalRow(
            id=gid,
            person_id=pid,
            person_name=name,
            title=title,
            vision=vision,
            life_area=area,
            status=status,
            start_date=as_date(start),
            target_date=as_date(target),
            position=float(position),
            milestones_total=total,
            milestones_done=done,
            milestones_after_target=late,
            next_due=next_due,
        )
    return rows


def milestone_marks(goal_ids: Sequence[str]) -> dict[str, list[tuple[date, bool]]]:
    """Per goal, its milestones that have a due date: (due date, done), in date order."""
    marks: dict[str, list[tuple[date, bool]]] = {gid: [] for gid in goal_ids}
    for batch in batches(list(goal_ids)):
        ids = tuple(batch)
        for goal_id, due, done_at in database_proxy.execute_sql(
            "SELECT goal_id, due_date, done_at FROM milestone"
            f" WHERE goal_id IN ({_marks(len(ids))}) AND +deleted_at IS NULL"
            " AND due_date IS NOT NULL ORDER BY due_date",
            ids,
        ).fetchall():
            day = as_date(due)
            if day is not None:
                marks[goal_id].append((day, done_at is not None))
    return marks
