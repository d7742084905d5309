"""The caseload: the people a peer specialist serves, with what needs attention.

A handful of grouped queries (one per column), each reading an index, so a caseload of 60
people with five years of weekly notes opens in a few milliseconds. Rows are frozen
dataclasses; sorting and filtering happen on them in Python (there are few rows).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from enum import StrEnum
from typing import Any

from peerdesk.store.records import database_proxy

# Goals still being worked on count as "due" when their target date is this close.
DUE_WITHIN_DAYS = 14
OPEN_GOAL_STATUSES = ("proposed", "in_progress")


class CaseloadSort(StrEnum):
    NAME = "name"
    LAST_CONTACT = "last_contact"
    NEXT_PLANNED = "next_planned"
    UNSIGNED = "unsigned"
    OVERDUE = "overdue"
    GOALS_DUE = "goals_due"


@dataclass(frozen=True)
class CaseloadRow:
    person_id: str
    name: str
    last_contact: date | None  # date of the latest note
    next_planned: datetime | None  # the next planned contact from now
    goals_due: int  # open goals with a target date within DUE_WITHIN_DAYS (or past)
    waiting_on_person: int  # milestones the person owns, not done
    unsigned_notes: int
    oldest_unsigned: date | None
    overdue_milestones: int  # milestones of the person's goals past due, not done
    overdue_owner_ids: tuple[str, ...] = ()  # who owns those overdue milestones

    def days_since_contact(self, today: date) -> int | None:
        return None if self.last_contact is None else (today - self.last_contact).days

    @property
    def needs_attention(self) -> bool:
        return bool(self.unsigned_notes or self.overdue_milestones or self.goals_due)


@dataclass(frozen=True)
class CaseloadFilter:
    text: str = ""  # part of the name
    only_unsigned: bool = False
    only_overdue: bool = False
    only_goals_due: bool = False
    no_contact_for_days: int | None = None  # last contact older than this (or never)


@dataclass(frozen=True)
class UnsignedNote:
    note_id: str
    person_id: str
    person_name: str
    note_date: date


@dataclass(frozen=True)
class OverdueMilestone:
    milestone_id: str
    goal_id: str
    person_id: str  # whose goal
    owner_id: str | None
    due_date: date


def _date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _datetime(value: Any) -> datetime | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


@dataclass
class CaseloadService:
    today: Callable[[], date] = field(default=date.today)
    now: Callable[[], datetime] = field(default=datetime.now)

    def _sql(self, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
        return list(database_proxy.execute_sql(sql, params).fetchall())

    def people_served(self) -> list[tuple[str, str]]:
        """(id, name) of the people served: everyone in the role "self" but the vault's owner,
        and anyone with a session note."""
        rows = self._sql(
            "SELECT id, name FROM person WHERE deleted_at IS NULL AND ("
            "(role = 'self' AND is_owner = 0) OR EXISTS (SELECT 1 FROM session_note n "
            "WHERE n.person_id = person.id AND n.deleted_at IS NULL))"
        )
        return [(str(i), str(n)) for i, n in rows]

    def rows(
        self,
        flt: CaseloadFilter = CaseloadFilter(),
        sort: CaseloadSort = CaseloadSort.NAME,
        *,
        descending: bool = False,
    ) -> list[CaseloadRow]:
        today = self.today()
        due_limit = (today + timedelta(days=DUE_WITHIN_DAYS)).isoformat()
        people = self.people_served()
        last = dict(
            self._sql(
                "SELECT person_id, MAX(note_date) FROM session_note "
                "WHERE deleted_at IS NULL GROUP BY person_id"
            )
        )
        unsigned = {
            pid: (count, oldest)
            for pid, count, oldest in self._sql(
                "SELECT person_id, COUNT(*), MIN(note_date) FROM session_note "
                "WHERE signed_at IS NULL AND deleted_at IS NULL GROUP BY person_id"
            )
        }
        planned = dict(
            self._sql(
                "SELECT person_id, MIN(planned_at) FROM planned_contact "
                "WHERE deleted_at IS NULL AND planned_at >= ? GROUP BY person_id",
                (self.now().isoformat(sep=" ", timespec="seconds"),),
            )
        )
        marks = ",".join("?" * len(OPEN_GOAL_STATUSES))
        goals_due = dict(
            self._sql(
                "SELECT person_id, COUNT(*) FROM goal WHERE deleted_at IS NULL "
                f"AND status IN ({marks}) AND target_date IS NOT NULL AND target_date <= ? "
                "GROUP BY person_id",
                (*OPEN_GOAL_STATUSES, due_limit),
            )
        )
        waiting = dict(
            self._sql(
                "SELECT m.owner_id, COUNT(*) FROM milestone m JOIN goal g ON g.id = m.goal_id "
                "WHERE m.deleted_at IS NULL AND g.deleted_at IS NULL AND m.done_at IS NULL "
                "AND m.owner_id IS NOT NULL GROUP BY m.owner_id"
            )
        )
        overdue: dict[str, tuple[int, tuple[str, ...]]] = {}
        for pid, count, owners in self._sql(
            "SELECT g.person_id, COUNT(*), GROUP_CONCAT(DISTINCT m.owner_id) "
            "FROM milestone m JOIN goal g ON g.id = m.goal_id "
            "WHERE m.deleted_at IS NULL AND g.deleted_at IS NULL AND m.done_at IS NULL "
            "AND m.due_date IS NOT NULL AND m.due_date < ? GROUP BY g.person_id",
            (today.isoformat(),),
        ):
            overdue[str(pid)] = (
                int(count),
                tuple(sorted(str(owners).split(","))) if owners else (),
            )
        result = []
        for pid, name in people:
            count, oldest = unsigned.get(pid, (0, None))
            late, owners = overdue.get(pid, (0, ()))
            result.append(
                CaseloadRow(
                    person_id=pid,
                    name=name,
                    last_contact=_date(last.get(pid)),
                    next_planned=_datetime(planned.get(pid)),
                    goals_due=int(goals_due.get(pid, 0)),
                    waiting_on_person=int(waiting.get(pid, 0)),
                    unsigned_notes=int(count),
                    oldest_unsigned=_date(oldest),
                    overdue_milestones=late,
                    overdue_owner_ids=owners,
                )
            )
        return sort_rows(filter_rows(result, flt, today), sort, descending=descending)

    def unsigned_notes(self) -> list[UnsignedNote]:
        """Every note not yet signed, oldest first."""
        rows = self._sql(
            "SELECT n.id, n.person_id, p.name, n.note_date FROM session_note n "
            "JOIN person p ON p.id = n.person_id "
            "WHERE n.signed_at IS NULL AND n.deleted_at IS NULL ORDER BY n.note_date, n.id"
        )
        return [UnsignedNote(str(i), str(p), str(n), _date(d) or date.min) for i, p, n, d in rows]

    def overdue_milestones(self, person_id: str | None = None) -> list[OverdueMilestone]:
        sql = (
            "SELECT m.id, g.id, g.person_id, m.owner_id, m.due_date FROM milestone m "
            "JOIN goal g ON g.id = m.goal_id WHERE m.deleted_at IS NULL AND g.deleted_at IS NULL "
            "AND m.done_at IS NULL AND m.due_date IS NOT NULL AND m.due_date < ?"
        )
        params: tuple[Any, ...] = (self.today().isoformat(),)
        if person_id is not None:
            sql += " AND g.person_id = ?"
            params += (person_id,)
        sql += " ORDER BY m.due_date"
        return [
            OverdueMilestone(str(m), str(g), str(p), str(o) if o else None, _date(d) or date.min)
            for m, g, p, o, d in self._sql(sql, params)
        ]


def filter_rows(rows: list[CaseloadRow], flt: CaseloadFilter, today: date) -> list[CaseloadRow]:
    wanted = flt.text.casefold().strip()
    kept = []
    for row in rows:
        if wanted and wanted not in row.name.casefold():
            continue
        if flt.only_unsigned and not row.unsigned_notes:
            continue
        if flt.only_overdue and not row.overdue_milestones:
            continue
        if flt.only_goals_due and not row.goals_due:
            continue
        if flt.no_contact_for_days is not None:
            days = row.days_since_contact(today)
            if days is not None and days <= flt.no_contact_for_days:
                continue
        kept.append(row)
    return kept


def sort_rows(
    rows: list[CaseloadRow], sort: CaseloadSort, *, descending: bool = False
) -> list[CaseloadRow]:
    """Sort by one column; rows without a value go last either way; ties by name."""

    def key(row: CaseloadRow) -> tuple[Any, ...]:
        name = row.name.casefold()
        if sort is CaseloadSort.LAST_CONTACT:
            value: Any = row.last_contact
        elif sort is CaseloadSort.NEXT_PLANNED:
            value = row.next_planned
        elif sort is CaseloadSort.UNSIGNED:
            value = row.unsigned_notes
        elif sort is CaseloadSort.OVERDUE:
            value = row.overdue_milestones
        elif sort is CaseloadSort.GOALS_DUE:
            value = row.goals_due
        else:
            value = name
        return (value,)

    with_value = [r for r in rows if key(r)[0] is not None]
    without = sorted((r for r in rows if key(r)[0] is None), key=lambda r: r.name.casefold())
    with_value.sort(key=lambda r: r.name.casefold())
    with_value.sort(key=key, reverse=descending)
    return with_value + without
