"""The "I used this" log: how a card helped, linked to that day's journal check-in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime, time, timedelta
from typing import Any

from peerdesk.services.events import Change
from peerdesk.services.library.cards import UseEntry, check_distress
from peerdesk.services.library.common import (
    STRATEGY,
    STRATEGY_USE,
    LibraryBase,
    chunks,
    parse_stamp,
    sql_value,
)
from peerdesk.store.records import StrategyUse, database_proxy, utc_now

USE_COLUMNS = "id, strategy_id, used_at, distress_before, distress_after, note, checkin_id"


class UseLog(LibraryBase):
    def uses(self, strategy_id: str) -> list[UseEntry]:
        rows = (
            StrategyUse.alive()
            .where(StrategyUse.strategy == strategy_id)
            .order_by(StrategyUse.used_at.desc())
        )
        return [use_entry(r) for r in rows]

    def all_uses(self, strategy_ids: Sequence[str] | None = None) -> list[UseEntry]:
        sql = f"SELECT {USE_COLUMNS} FROM strategy_use WHERE deleted_at IS NULL"
        if strategy_ids is None:
            found = [use_from_tuple(r) for r in database_proxy.execute_sql(sql)]
        else:
            found = []
            for chunk in chunks(list(strategy_ids)):
                marks = ", ".join("?" for _ in chunk)
                cursor = database_proxy.execute_sql(
                    f"{sql} AND strategy_id IN ({marks})", list(chunk)
                )
                found.extend(use_from_tuple(r) for r in cursor)
        return sorted(found, key=lambda u: (u.used_at, u.id))

    def log_use(
        self,
        strategy_id: str,
        distress_before: int | None,
        distress_after: int | None,
        note: str = "",
        *,
        used_at: datetime | None = None,
    ) -> UseEntry:
        """Record "I used this"; linked to that day's journal check-in when there is one."""
        before = check_distress(distress_before, "before")
        after = check_distress(distress_after, "after")
        moment = (used_at or datetime.now()).replace(microsecond=0)
        with database_proxy.atomic():
            self._live_row(strategy_id)
            row = StrategyUse.create(
                strategy=strategy_id,
                used_at=moment,
                distress_before=before,
                distress_after=after,
                note=note.strip(),
                checkin=checkin_of_day(moment.date()),
            )
            self._refresh_figures([strategy_id])
        self.bus.publish(Change(STRATEGY_USE, "inserted", (row.id,)))
        self.bus.publish(Change(STRATEGY, "updated", (strategy_id,)))
        return use_entry(row)

    def delete_use(self, use_id: str) -> None:
        with database_proxy.atomic():
            row = StrategyUse.get_or_none(StrategyUse.id == use_id)
            if row is None or row.deleted_at is not None:
                return
            row.deleted_at = utc_now()
            row.save()
            strategy_id = str(row.strategy_id)  # type: ignore[attr-defined]
            self._refresh_figures([strategy_id])
        self.bus.publish(Change(STRATEGY_USE, "deleted", (use_id,)))
        self.bus.publish(Change(STRATEGY, "updated", (strategy_id,)))

    def insert_uses(self, uses: Sequence[UseEntry], *, publish: bool = True) -> list[str]:
        """Insert use logs (imports, sample data); ids already present are skipped."""
        known: set[str] = set()
        for chunk in chunks([u.id for u in uses]):
            marks = ", ".join("?" for _ in chunk)
            cursor = database_proxy.execute_sql(
                f"SELECT id FROM strategy_use WHERE id IN ({marks})", list(chunk)
            )
            known.update(r[0] for r in cursor)
        fresh = list({u.id: u for u in uses if u.id not in known}.values())
        for use in fresh:
            check_distress(use.distress_before, "before")
            check_distress(use.distress_after, "after")
        checkins = checkins_by_day({u.used_at.date() for u in fresh})
        now = sql_value(utc_now())
        rows = [
            (
                u.id,
                now,
                now,
                u.strategy_id,
                sql_value(u.used_at.replace(microsecond=0)),
                u.distress_before,
                u.distress_after,
                u.note,
                u.checkin_id or checkins.get(u.used_at.date()),
            )
            for u in fresh
        ]
        with database_proxy.atomic():
            database_proxy.cursor().executemany(
                "INSERT INTO strategy_use (id, created_at, updated_at, strategy_id, used_at, "
                "distress_before, distress_after, note, checkin_id) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )
            self._refresh_figures([u.strategy_id for u in fresh])
        if publish and fresh:
            self.bus.publish(Change(STRATEGY_USE, "inserted", tuple(u.id for u in fresh)))
            self.bus.publish(
                Change(STRATEGY, "updated", tuple(sorted({u.strategy_id for u in fresh})))
            )
        return [u.id for u in fresh]


def checkin_of_day(day: date) -> str | None:
    """The id of the day's latest live journal check-in, if there is one."""
    return checkins_by_day({day}).get(day)


def checkins_by_day(days: set[date]) -> dict[date, str]:
    """The latest live check-in of each of ``days`` (one query for any number of days)."""
    if not days:
        return {}
    start = datetime.combine(min(days), time())
    end = datetime.combine(max(days), time()) + timedelta(days=1)
    sql = (
        "SELECT id, occurred_at FROM journal_entry WHERE kind = 'checkin' "
        "AND deleted_at IS NULL AND occurred_at >= ? AND occurred_at < ? ORDER BY occurred_at"
    )
    found: dict[date, str] = {}
    for entry_id, occurred in database_proxy.execute_sql(sql, (sql_value(start), sql_value(end))):
        moment = parse_stamp(occurred)
        if moment is not None and moment.date() in days:
            found[moment.date()] = str(entry_id)  # later rows win: the day's latest
    return found


def use_from_tuple(row: tuple[Any, ...]) -> UseEntry:
    return UseEntry(
        id=row[0],
        strategy_id=row[1],
        used_at=parse_stamp(row[2]) or datetime.min,
        distress_before=row[3],
        distress_after=row[4],
        note=row[5],
        checkin_id=row[6],
    )


def use_entry(row: Any) -> UseEntry:
    return UseEntry(
        id=row.id,
        strategy_id=str(row.strategy_id),
        used_at=parse_stamp(row.used_at) or datetime.min,
        distress_before=row.distress_before,
        distress_after=row.distress_after,
        note=row.note,
        checkin_id=None if row.checkin_id is None else str(row.checkin_id),
    )
