"""The stamp pass: bring the stored version vectors up to date with the records' values.

Rather than touching every service's edit path, the exchange keeps, per shared record and
field, the version vector and a hash of the value it was stamped at. Before every share and
every receive this pass compares hashes: a field whose value changed since it was stamped
gets this vault's counter bumped (a new record: every field). A deleted record only has its
``_deleted`` field stamped; its vector then covers every field, so the tombstone says it has
seen every edit made here before it.

``stamp`` computes; nothing is written until ``save_stamps`` (in the apply or share
transaction), so a preview writes nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from peerdesk.services.exchange.merge import Fields
from peerdesk.services.exchange.snapshot import LocalRecord
from peerdesk.services.exchange.versions import DELETED, Vector, bump, merge, value_hash
from peerdesk.store.records import database_proxy

CLOCK_KEY = "clock"
BATCH = 500

# record id → {field: [vector, hash]}
Stored = dict[str, dict[str, list[Any]]]


@dataclass
class StoredVersions:
    versions: Stored = field(default_factory=dict)
    tables: dict[str, str] = field(default_factory=dict)
    ghosts: set[str] = field(default_factory=set)


def load_versions(ids: Iterable[str]) -> StoredVersions:
    out = StoredVersions()
    id_list = list(ids)
    for start in range(0, len(id_list), BATCH):
        chunk = id_list[start : start + BATCH]
        marks = ", ".join("?" * len(chunk))
        sql = (
            "SELECT record_id, table_name, versions, ghost FROM field_versions "
            f"WHERE record_id IN ({marks})"
        )
        for rid, table, versions, ghost in database_proxy.execute_sql(sql, tuple(chunk)):
            out.versions[rid] = json.loads(versions)
            out.tables[rid] = table
            if ghost:
                out.ghosts.add(rid)
    return out


def read_clock() -> int:
    row = database_proxy.execute_sql(
        "SELECT value FROM exchange_state WHERE key = ?", (CLOCK_KEY,)
    ).fetchone()
    return int(row[0]) if row else 0


def save_clock(clock: int) -> None:
    database_proxy.execute_sql(
        "INSERT INTO exchange_state (key, value) VALUES (?, ?) "
        "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
        (CLOCK_KEY, str(clock)),
    )


@dataclass
class Stamped:
    """Every record in scope as versioned fields, and what must be saved to make it so."""

    fields: dict[str, Fields] = field(default_factory=dict)
    dirty: dict[str, tuple[str, dict[str, list[Any]]]] = field(default_factory=dict)
    tick: int = 0  # the clock value used for this pass's edits
    clock_used: bool = False


def stamp(
    records: Mapping[str, LocalRecord], stored: StoredVersions, me: str, clock: int
) -> Stamped:
    """Versioned fields for *records*; a changed value gets ``me``'s counter = clock + 1."""
    tick = clock + 1
    out = Stamped(tick=tick)
    for rid, record in records.items():
        old = stored.versions.get(rid)
        if rid in stored.ghosts:
            old = None
        values = record.values
        if old is None:
            if record.deleted:
                continue  # created and deleted here before anyone saw it: nothing to share
            made: dict[str, list[Any]] = {
                name: [{me: tick}, value_hash(value)] for name, value in values.items()
            }
            out.dirty[rid] = (record.table, made)
            out.fields[rid] = {name: (value, {me: tick}) for name, value in values.items()}
            continue
        changed = False
        new: dict[str, list[Any]] = dict(old)
        deleted = record.deleted
        was_deleted = bool(old.get(DELETED, [None, None])[1] == _TRUE_HASH)
        if deleted != was_deleted:
            everything = merge(*(entry[0] for entry in old.values()))
            new[DELETED] = [bump(everything, me, tick), value_hash(deleted)]
            changed = True
        if not deleted:
            for name, value in values.items():
                if name == DELETED:
                    continue
                entry = old.get(name)
                digest = value_hash(value)
                if entry is None:
                    new[name] = [{me: tick}, digest]
                    changed = True
                elif entry[1] != digest:
                    new[name] = [bump(entry[0], me, tick), digest]
                    changed = True
        if changed:
            out.dirty[rid] = (record.table, new)
            out.clock_used = True
        fields: Fields = {}
        for name, value in values.items():
            entry = new.get(name)
            vec: Vector = dict(entry[0]) if entry is not None else {}
            fields[name] = (value, vec)
        out.fields[rid] = fields
    if any(rid not in stored.versions or rid in stored.ghosts for rid in out.dirty):
        out.clock_used = True
    return out


_TRUE_HASH = value_hash(True)


def save_versions(rows: Mapping[str, tuple[str, Mapping[str, Sequence[Any]]]]) -> None:
    """Write ``{record id: (table, {field: [vector, hash]})}`` rows (replacing, ghost off)."""
    data = [
        (rid, table, json.dumps(versions, separators=(",", ":"), sort_keys=True), 0)
        for rid, (table, versions) in rows.items()
    ]
    database_proxy.cursor().executemany(
        "INSERT INTO field_versions (record_id, table_name, versions, ghost) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET table_name = excluded.table_name, "
        "versions = excluded.versions, ghost = excluded.ghost",
        data,
    )


def save_ghosts(rows: Mapping[str, tuple[str, Vector]]) -> None:
    """Tombstones received for records this vault never had (so older files cannot revive them)."""
    data = [
        (
            rid,
            table,
            json.dumps({DELETED: [vec, _TRUE_HASH]}, separators=(",", ":"), sort_keys=True),
            1,
        )
        for rid, (table, vec) in rows.items()
    ]
    database_proxy.cursor().executemany(
        "INSERT INTO field_versions (record_id, table_name, versions, ghost) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(record_id) DO UPDATE SET versions = excluded.versions, ghost = 1",
        data,
    )


def save_stamps(stamped: Stamped) -> None:
    if stamped.dirty:
        save_versions(stamped.dirty)
    if stamped.clock_used:
        save_clock(stamped.tick)
