"""The plain-SQL helpers behind an apply: parents that exist, references that hold, upserts,
names for labels and "who", and the changes to publish afterwards."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.exchange import stamping
from peerdesk.services.exchange.merge import (
    FieldConflict,
    RecordMerge,
)
from peerdesk.services.exchange.payload import (
    IncomingRecord,
    Payload,
    RawRecord,
)
from peerdesk.services.exchange.snapshot import (
    LocalRecord,
    starter_cards,
)
from peerdesk.services.exchange.tables import TABLES, TableSpec
from peerdesk.services.exchange.versions import DELETED
from peerdesk.store.records import database_proxy, utc_now

# -- the plan: what preview shows and apply writes ----------------------------------------


@dataclass
class MergePlan:
    stamped: stamping.Stamped
    stored: stamping.StoredVersions
    local: dict[str, LocalRecord]
    incoming: dict[str, IncomingRecord]
    merges: list[RecordMerge]
    mapping: dict[str, str]  # their person id → my person id (or "new": their id is kept)
    # Live roadmap records never seen here, checked but not yet read (fresh.py writes them
    # straight from the file): all new, every field. Payload order.
    fresh: list[RawRecord] = field(default_factory=list)
    aliases: dict[str, str] = field(default_factory=dict)  # their card id → mine
    # What the preview lists, in payload order: merges with an effect and fresh records.
    order: list[RecordMerge | RawRecord] = field(default_factory=list)


def record_label(table: str, values: Mapping[str, Any], names: Mapping[str, str]) -> str:
    if table in ("goal", "milestone", "strategy"):
        return str(values.get("title") or "")
    if table == "goal_participant":
        return names.get(str(values.get("person")), "")
    if table == "goal_checkin":
        when = str(values.get("occurred_at") or "")[:10]
        checkin = translate("Exchange", "Check-in")
        return f"{checkin} {when}".strip()
    if table == "victory":
        return str(values.get("text") or "")[:80]
    if table == "strategy_use":
        used = translate("Exchange", "Used")
        return f"{used} {str(values.get('used_at') or '')[:10]}".strip()
    return table


# -- helpers ------------------------------------------------------------------------------


PERSON_OR_REF = {
    name: tuple(c for c in spec.columns if c.kind in ("person", "ref"))
    for name, spec in TABLES.items()
}


def starter_aliases(payload: Payload) -> dict[str, str]:
    """Their id → my id for starter cards installed separately in each vault."""
    keys = [
        r.starter_key
        for r in payload.raw
        if r.table == "strategy" and type(r.starter_key) is str and len(r.starter_key) <= 80
    ]
    aliases: dict[str, str] = {}
    if keys:
        ours = starter_cards(keys)
        for record in payload.raw:
            key = record.starter_key
            if record.table == "strategy" and type(key) is str and key in ours:
                local_id = ours[key]
                if local_id != record.id:
                    aliases[record.id] = local_id
    return aliases


def write_marker() -> int:
    """Rows changed through this connection so far (the only one on the vault)."""
    return int(database_proxy.connection().total_changes)


def has_effect(plan: MergePlan, payload: Payload) -> bool:
    if payload.summary is not None:
        return True
    return bool(plan.fresh) or any(m.has_effect for m in plan.merges)


def stamp_of(value: Any) -> datetime | None:
    return parse_stamp(value)


def parse_stamp(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)[:19])
    except ValueError:
        return None


def people_names() -> dict[str, str]:
    return {
        r[0]: r[1] for r in database_proxy.execute_sql("SELECT id, name FROM person").fetchall()
    }


def people_rows(ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for pid, name, role, contact in database_proxy.execute_sql(
            f"SELECT id, name, role, contact FROM person WHERE id IN ({marks})", chunk
        ).fetchall():
            out[pid] = (name, role, contact)
    return out


def peer_names() -> dict[str, str]:
    return {
        r[0]: r[1]
        for r in database_proxy.execute_sql("SELECT vault_id, name FROM exchange_peer").fetchall()
    }


def provenance_of(ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for rid, prov in database_proxy.execute_sql(
            f"SELECT id, provenance FROM strategy WHERE id IN ({marks})", chunk
        ).fetchall():
            out[rid] = prov or ""
    return out


def display_value(value: Any, names: Mapping[str, str]) -> Any:
    if isinstance(value, str) and value in names:
        return names[value]
    if isinstance(value, dict):
        return {k: display_value(v, names) for k, v in value.items()}
    return value


def who_of(conflict: FieldConflict, payload: Payload, sender_name: str) -> str:
    """Who made their side: the vault that contributed the edit I have not seen."""
    newest = [
        vault
        for vault, count in conflict.theirs_vector.items()
        if count > conflict.mine_vector.get(vault, 0)
    ]
    for vault in newest:
        if vault != payload.origin and vault in payload.vault_names:
            return payload.vault_names[vault]
    return sender_name


def existing_parents(plan: MergePlan) -> dict[str, set[str]]:
    """Ids of goals, milestones and cards present here (alive or not), for foreign keys."""
    wanted: dict[str, set[str]] = {"goal": set(), "milestone": set(), "strategy": set()}
    for record in plan.incoming.values():
        for col in PERSON_OR_REF[record.table]:
            if col.kind == "ref":
                value = record.fields.get(col.name, (None, {}))[0]
                if isinstance(value, str):
                    wanted[col.name].add(value)
    for local in plan.local.values():
        for col in PERSON_OR_REF[local.table]:
            value = local.values.get(col.name)
            if col.kind == "ref" and isinstance(value, str):
                wanted[col.name].add(value)
    aliases = plan.aliases
    for table in {raw.table for raw in plan.fresh}:
        raws = [raw for raw in plan.fresh if raw.table == table]
        for col in PERSON_OR_REF[table]:
            if col.kind == "ref":
                values = {raw.raw_fields[col.name][0] for raw in raws}  # checked: text or None
                values.discard(None)
                wanted[col.name].update(aliases.get(v, v) for v in values)
    out: dict[str, set[str]] = {}
    for table, ids in wanted.items():
        found: set[str] = set()
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(
                r[0]
                for r in database_proxy.execute_sql(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", chunk
                ).fetchall()
            )
        out[table] = found
    return out


def refs_ok(
    spec: TableSpec,
    values: dict[str, Any],
    exists: Mapping[str, set[str]],
    people_here: set[str],
    final_people: Mapping[str, str],
) -> bool:
    """Fix up references before writing: a missing parent skips the record, a missing
    person or optional link becomes empty (never a dangling foreign key)."""
    for col in spec.columns:
        value = values.get(col.name)
        if value is None:
            continue
        if col.kind == "person":
            value = final_people.get(value, value)
            if value not in people_here:
                if not col.nullable:
                    return False
                value = None
            values[col.name] = value
        elif col.kind == "ref":
            target = "strategy" if col.name == "strategy" else col.name
            if value not in exists.get(target, set()):
                if not col.nullable:
                    return False
                values[col.name] = None
    return True


def sql_value(kind: str, value: Any) -> Any:
    if kind == "json_list":
        return json.dumps(list(value or []), ensure_ascii=False)
    return value


def upsert_rows(spec: TableSpec, data: Sequence[tuple[Any, ...]]) -> None:
    """Write rows ``(id, created_at, updated_at, deleted_at, *columns)`` (no tags)."""
    cols = [c for c in spec.columns if c.kind != "tags"]
    names = ["id", "created_at", "updated_at", "deleted_at", *[c.column for c in cols]]
    marks = ", ".join("?" * len(names))
    updates = ", ".join(f"{n} = excluded.{n}" for n in names[2:])
    sql = (
        f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES ({marks}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    database_proxy.cursor().executemany(sql, data)


def upsert(
    spec: TableSpec,
    batch: Sequence[tuple[str, dict[str, Any], bool, LocalRecord | None]],
    plan: MergePlan,
) -> None:
    cols = [c for c in spec.columns if c.kind != "tags"]
    now = str(utc_now())
    data = []
    for rid, values, _is_new, local in batch:
        incoming = plan.incoming[rid]
        created = (local.created_at if local is not None else incoming.created_at) or now
        deleted_at = None
        if values.get(DELETED):
            deleted_at = now
        data.append(
            (
                rid,
                created,
                now,
                deleted_at,
                *[sql_value(c.kind, values.get(c.name)) for c in cols],
            )
        )
    upsert_rows(spec, data)


def note_changes(
    spec: TableSpec,
    batch: Sequence[tuple[str, dict[str, Any], bool, LocalRecord | None]],
    changes: list[Change],
) -> None:
    inserted = [
        rid
        for rid, values, is_new, local in batch
        if is_new or (local is not None and local.deleted and not values.get(DELETED))
    ]
    deleted = [rid for rid, values, _n, local in batch if values.get(DELETED)]
    seen = set(inserted) | set(deleted)
    updated = [rid for rid, _v, _n, _l in batch if rid not in seen]
    for kind, ids in (("inserted", inserted), ("updated", updated), ("deleted", deleted)):
        if ids:
            changes.append(Change(spec.entity, kind, tuple(ids)))  # type: ignore[arg-type]
    goals = {
        str(values.get("goal"))
        for _rid, values, _n, _l in batch
        if spec.name in ("milestone", "goal_checkin", "goal_participant") and values.get("goal")
    }
    if goals:
        changes.append(Change("goal", "updated", tuple(sorted(goals))))


def squash_changes(changes: list[Change]) -> list[Change]:
    """One event per (entity, kind), ids in order, duplicates dropped."""
    merged: dict[tuple[str, str], dict[str, None]] = {}
    for change in changes:
        merged.setdefault((change.entity, change.kind), {}).update(dict.fromkeys(change.ids))
    return [Change(entity, kind, tuple(ids)) for (entity, kind), ids in merged.items()]  # type: ignore[arg-type]
