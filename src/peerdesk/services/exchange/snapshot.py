"""What is in scope: reading one person's roadmap or a set of cards straight from the store.

Nothing here writes. ``read_scope`` returns every record in scope (tombstones included) as
plain values; the stamp pass (``stamping.py``) turns them into versioned fields.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

from peerdesk.services.exchange.tables import (
    LIBRARY_TABLES,
    ROADMAP_TABLES,
    STRATEGY,
    STRATEGY_USE,
    TableSpec,
    to_value,
)
from peerdesk.services.exchange.versions import DELETED
from peerdesk.store.records import database_proxy

What = Literal["roadmap", "library", "summary"]
CardsMode = Literal["all", "favourites", "titles"]
BATCH = 500


@dataclass(frozen=True)
class Scope:
    what: What
    person_id: str | None = None  # roadmap and summary: whose
    cards: CardsMode = "all"
    titles: tuple[str, ...] = ()
    include_personal: bool = False  # contact details; the use log with cards


@dataclass(slots=True)
class LocalRecord:
    table: str
    id: str
    values: dict[str, Any]  # field → canonical value, DELETED included
    created_at: str | None = None
    updated_at: str | None = None
    starter_key: str | None = None

    @property
    def deleted(self) -> bool:
        return bool(self.values.get(DELETED))


@dataclass
class ScopeRead:
    records: dict[str, LocalRecord] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)  # person ids named in scope


def _marks(n: int) -> str:
    return ", ".join("?" * n)


def _chunks(ids: Sequence[str]) -> Iterable[Sequence[str]]:
    for start in range(0, len(ids), BATCH):
        yield ids[start : start + BATCH]


def _select(spec: TableSpec, where: str, params: Sequence[Any]) -> list[LocalRecord]:
    plain = [c for c in spec.columns if c.kind != "tags"]
    cols = ", ".join(f"t.{c.column}" for c in plain)
    extra = ", t.starter_key" if spec is STRATEGY else ""
    sql = (
        f"SELECT t.id, t.created_at, t.updated_at, t.deleted_at{extra}, {cols} "
        f"FROM {spec.name} AS t WHERE {where}"
    )
    out: list[LocalRecord] = []
    offset = 5 if extra else 4
    for row in database_proxy.execute_sql(sql, tuple(params)).fetchall():
        values: dict[str, Any] = {DELETED: row[3] is not None}
        for i, col in enumerate(plain):
            values[col.name] = to_value(col, row[offset + i])
        out.append(
            LocalRecord(
                spec.name,
                row[0],
                values,
                str(row[1])[:19] if row[1] is not None else None,
                str(row[2])[:19] if row[2] is not None else None,
                row[4] if extra else None,
            )
        )
    return out


GOALS_OF = (
    "SELECT g.id FROM goal AS g WHERE g.person_id = ? "
    "UNION SELECT p.goal_id FROM goal_participant AS p "
    "WHERE p.person_id = ? AND p.deleted_at IS NULL"
)


def read_roadmap(person_id: str) -> ScopeRead:
    found = ScopeRead()
    goal, participant, milestone, checkin, victory = ROADMAP_TABLES
    wheres: list[tuple[TableSpec, str, tuple[Any, ...]]] = [
        (goal, f"t.id IN ({GOALS_OF})", (person_id, person_id)),
        (participant, f"t.goal_id IN ({GOALS_OF})", (person_id, person_id)),
        (milestone, f"t.goal_id IN ({GOALS_OF})", (person_id, person_id)),
        (checkin, f"t.goal_id IN ({GOALS_OF})", (person_id, person_id)),
        (
            victory,
            f"(t.goal_id IN ({GOALS_OF}) OR (t.goal_id IS NULL AND t.person_id = ?))",
            (person_id, person_id, person_id),
        ),
    ]
    for spec, where, params in wheres:
        for record in _select(spec, where, params):
            found.records[record.id] = record
    found.people.add(person_id)
    for record in found.records.values():
        spec = {s.name: s for s in ROADMAP_TABLES}[record.table]
        for col in spec.columns:
            if col.kind == "person" and record.values.get(col.name):
                found.people.add(record.values[col.name])
    # A victory may name a milestone outside the scope's goals: drop that link on the way.
    return found


def _tags(ids: Sequence[str]) -> dict[str, list[str]]:
    tags: dict[str, list[str]] = {}
    for chunk in _chunks(list(ids)):
        marks = _marks(len(chunk))
        sql = (
            f"SELECT strategy_id, name FROM strategy_tag WHERE strategy_id IN ({marks})"
            " ORDER BY name"
        )
        for sid, name in database_proxy.execute_sql(sql, tuple(chunk)).fetchall():
            tags.setdefault(sid, []).append(name)
    return tags


def card_ids(mode: CardsMode, titles: Sequence[str] = ()) -> list[str]:
    """The cards a library share holds (tombstones only with "all")."""
    if mode == "all":
        sql = (
            "SELECT id FROM strategy WHERE deleted_at IS NULL OR id IN "
            "(SELECT record_id FROM field_versions WHERE table_name = 'strategy')"
        )
        return [r[0] for r in database_proxy.execute_sql(sql).fetchall()]
    if mode == "favourites":
        sql = "SELECT id FROM strategy WHERE deleted_at IS NULL AND favourite = 1"
        return [r[0] for r in database_proxy.execute_sql(sql).fetchall()]
    wanted = {" ".join(t.split()).casefold() for t in titles}
    rows = database_proxy.execute_sql(
        "SELECT id, title FROM strategy WHERE deleted_at IS NULL"
    ).fetchall()
    return [rid for rid, title in rows if " ".join(str(title).split()).casefold() in wanted]


def read_library(ids: Sequence[str], *, with_uses: bool) -> ScopeRead:
    found = ScopeRead()
    for chunk in _chunks(list(ids)):
        for record in _select(STRATEGY, f"t.id IN ({_marks(len(chunk))})", chunk):
            found.records[record.id] = record
    tags = _tags(list(found.records))
    for record in found.records.values():
        record.values["tags"] = [] if record.deleted else tags.get(record.id, [])
    if with_uses:
        for chunk in _chunks(list(ids)):
            for record in _select(STRATEGY_USE, f"t.strategy_id IN ({_marks(len(chunk))})", chunk):
                found.records[record.id] = record
    return found


def read_scope(scope: Scope) -> ScopeRead:
    if scope.what == "roadmap":
        if scope.person_id is None:
            raise ValueError("a roadmap share names a person")
        return read_roadmap(scope.person_id)
    if scope.what == "library":
        ids = card_ids(scope.cards, scope.titles)
        return read_library(ids, with_uses=scope.include_personal)
    return ScopeRead()


def read_records(table_ids: dict[str, list[str]]) -> dict[str, LocalRecord]:
    """The local rows (alive or not) with these ids, per table — for merging incoming ones."""
    out: dict[str, LocalRecord] = {}
    specs = {s.name: s for s in (*ROADMAP_TABLES, *LIBRARY_TABLES)}
    for table, ids in table_ids.items():
        spec = specs[table]
        for chunk in _chunks(ids):
            for record in _select(spec, f"t.id IN ({_marks(len(chunk))})", chunk):
                out[record.id] = record
    strategies = [r.id for r in out.values() if r.table == "strategy"]
    if strategies:
        tags = _tags(strategies)
        for rid in strategies:
            out[rid].values["tags"] = [] if out[rid].deleted else tags.get(rid, [])
    return out


def starter_cards(keys: Sequence[str]) -> dict[str, str]:
    """starter key → local card id, for starter cards installed separately in each vault."""
    out: dict[str, str] = {}
    for chunk in _chunks(list(keys)):
        sql = f"SELECT starter_key, id FROM strategy WHERE starter_key IN ({_marks(len(chunk))})"
        for key, rid in database_proxy.execute_sql(sql, tuple(chunk)).fetchall():
            out[key] = rid
    return out


__all__ = ["STRATEGY_USE", "LocalRecord", "Scope", "ScopeRead", "read_records", "read_scope"]
