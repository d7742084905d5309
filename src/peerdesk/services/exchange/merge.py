"""Three-way merge of shared records, field by field, over plain dicts (no database here).

A record is ``{field: (value, vector)}`` and always has the pseudo-field ``_deleted`` (a
bool). Rules (docs/FORMATS.md, "Merge rules"):

- their vector dominates mine → take theirs; mine dominates or equal → keep mine;
- concurrent with different values → a conflict; concurrent, same value → merge vectors;
- their tombstone that has seen every edit I made → delete; one that has not → a conflict
  "they deleted what you edited" (and the mirror, "you deleted what they edited");
- a resolution is a new local edit whose vector dominates both sides.

An old or replayed file only carries dominated vectors, so it changes nothing.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from peerdesk.services.exchange.versions import DELETED, Vector, bump, compare, dominates, merge

FieldState = tuple[Any, Vector]
Fields = dict[str, FieldState]
ConflictKind = Literal["edit", "they_deleted", "you_deleted"]
Status = Literal["new", "changed", "deleted", "restored", "same", "ghost"]
Choice = Literal["mine", "theirs"]


@dataclass(frozen=True)
class FieldConflict:
    key: str  # "<record id>/<field>": what a resolution names
    table: str
    record_id: str
    field: str  # "_deleted" for the two delete conflicts
    kind: ConflictKind
    mine: Any
    theirs: Any
    mine_vector: Vector
    theirs_vector: Vector


@dataclass(slots=True)
class RecordMerge:
    table: str
    record_id: str
    status: Status
    take: Fields = field(default_factory=dict)  # values (and vectors) to write
    vectors: dict[str, Vector] = field(default_factory=dict)  # vector-only updates
    conflicts: list[FieldConflict] = field(default_factory=list)
    changed_fields: list[str] = field(default_factory=list)  # for the preview

    @property
    def has_effect(self) -> bool:
        return bool(self.take or self.vectors or self.conflicts)


def conflict_key(record_id: str, field_name: str) -> str:
    return f"{record_id}/{field_name}"


def _deleted(fields: Mapping[str, FieldState]) -> FieldState:
    return fields.get(DELETED, (False, {}))


def merge_record(
    table: str,
    record_id: str,
    local: Mapping[str, FieldState] | None,
    incoming: Mapping[str, FieldState],
    *,
    local_is_ghost: bool = False,
) -> RecordMerge:
    """What receiving *incoming* does to *local* (None: this vault never had the record)."""
    i_del, i_dv = _deleted(incoming)
    if local is None or local_is_ghost:
        return _merge_unknown(table, record_id, local, incoming, i_del, i_dv)
    l_del, l_dv = _deleted(local)
    if not l_del and not i_del:
        return _merge_fields(table, record_id, local, incoming)
    result = RecordMerge(table, record_id, "same")
    if l_del and i_del:
        if compare(l_dv, i_dv) != "equal" and not dominates(l_dv, i_dv):
            result.vectors[DELETED] = merge(l_dv, i_dv)
        return result
    if i_del:  # they deleted, I have it alive
        if dominates(l_dv, i_dv):
            return result  # an old tombstone: I restored it after seeing that delete
        edited = [
            name
            for name, (_v, vec) in local.items()
            if name != DELETED and not dominates(i_dv, vec)
        ]
        if not edited and dominates(i_dv, l_dv):
            result.status = "deleted"
            result.take[DELETED] = (True, i_dv)
            result.changed_fields = [DELETED]
            return result
        result.status = "changed"
        result.conflicts.append(
            FieldConflict(
                conflict_key(record_id, DELETED),
                table,
                record_id,
                DELETED,
                "they_deleted",
                {n: local[n][0] for n in edited} or False,
                True,
                l_dv,
                i_dv,
            )
        )
        return result
    # I deleted it, they have it alive
    unseen = [
        name for name, (_v, vec) in incoming.items() if name != DELETED and not dominates(l_dv, vec)
    ]
    if compare(l_dv, i_dv) == "newer":
        return _restore(table, record_id, local, incoming)  # they restored it after my delete
    if not unseen and dominates(l_dv, i_dv):
        return result  # an older state than my delete: nothing they did is news
    result.status = "changed"
    result.conflicts.append(
        FieldConflict(
            conflict_key(record_id, DELETED),
            table,
            record_id,
            DELETED,
            "you_deleted",
            True,
            {n: incoming[n][0] for n in unseen} or False,
            l_dv,
            i_dv,
        )
    )
    return result


def _merge_unknown(
    table: str,
    record_id: str,
    local: Mapping[str, FieldState] | None,
    incoming: Mapping[str, FieldState],
    i_del: bool,
    i_dv: Vector,
) -> RecordMerge:
    ghost_dv = _deleted(local)[1] if local is not None else None
    if i_del:
        result = RecordMerge(table, record_id, "ghost")
        if ghost_dv is None or not dominates(ghost_dv, i_dv):
            result.vectors[DELETED] = merge(ghost_dv or {}, i_dv)
        return result
    if ghost_dv is not None and all(dominates(ghost_dv, vec) for _v, vec in incoming.values()):
        return RecordMerge(table, record_id, "same")  # older than the tombstone I was sent
    if ghost_dv is None:
        return RecordMerge(table, record_id, "new", take=incoming)  # type: ignore[arg-type]
    result = RecordMerge(table, record_id, "new", take=dict(incoming))
    result.take[DELETED] = (False, merge(ghost_dv, i_dv))
    return result


def _restore(
    table: str, record_id: str, local: Mapping[str, FieldState], incoming: Mapping[str, FieldState]
) -> RecordMerge:
    result = RecordMerge(table, record_id, "restored")
    for name, (value, vec) in incoming.items():
        mine = local.get(name)
        result.take[name] = (value, merge(mine[1], vec) if mine else vec)
    result.changed_fields = [n for n in incoming if n != DELETED]
    return result


def _merge_fields(
    table: str, record_id: str, local: Mapping[str, FieldState], incoming: Mapping[str, FieldState]
) -> RecordMerge:
    result = RecordMerge(table, record_id, "same")
    for name, (value, vec) in incoming.items():
        mine = local.get(name)
        if mine is None:
            result.take[name] = (value, vec)
            result.changed_fields.append(name)
            continue
        my_value, my_vec = mine
        order = compare(my_vec, vec)
        if order == "newer":
            if value != my_value:
                result.take[name] = (value, vec)
                result.changed_fields.append(name)
            else:
                result.vectors[name] = vec
        elif order == "concurrent":
            if value == my_value:
                result.vectors[name] = merge(my_vec, vec)
            else:
                result.conflicts.append(
                    FieldConflict(
                        conflict_key(record_id, name),
                        table,
                        record_id,
                        name,
                        "edit",
                        my_value,
                        value,
                        my_vec,
                        vec,
                    )
                )
    if result.changed_fields or result.conflicts:
        result.status = "changed"
    return result


def resolve(
    result: RecordMerge,
    local: Mapping[str, FieldState] | None,
    incoming: Mapping[str, FieldState],
    choices: Mapping[str, Choice],
    me: str,
    clock: int,
) -> Fields:
    """What to write for *result* once every conflict has a choice: ``{field: (value, vec)}``.

    Values of fields not listed stay as they are locally.
    """
    take: Fields = dict(result.take)
    for name, vec in result.vectors.items():
        if name not in take:
            base = local.get(name) if local else None
            value = base[0] if base is not None else incoming[name][0]
            take[name] = (value, vec)
    local = local or {}
    for conflict in result.conflicts:
        choice = choices[conflict.key]
        if conflict.kind == "edit":
            vec = bump(merge(conflict.mine_vector, conflict.theirs_vector), me, clock)
            value = conflict.mine if choice == "mine" else conflict.theirs
            take[conflict.field] = (value, vec)
        elif conflict.kind == "they_deleted":
            everything = merge(*(vec for _v, vec in local.values()), conflict.theirs_vector)
            if choice == "theirs":
                take[DELETED] = (True, bump(everything, me, clock))
            else:  # keep mine: re-assert the whole record so their tombstone is outdated
                for name, (value, vec) in local.items():
                    if name != DELETED:
                        take[name] = (value, bump(merge(vec, conflict.theirs_vector), me, clock))
                take[DELETED] = (False, bump(everything, me, clock))
        else:  # you_deleted
            everything = merge(*(vec for _v, vec in incoming.values()), conflict.mine_vector)
            if choice == "theirs":
                for name, (value, vec) in incoming.items():
                    if name != DELETED:
                        mine = local.get(name)
                        both = merge(mine[1], vec) if mine else vec
                        take[name] = (value, bump(both, me, clock))
                take[DELETED] = (False, bump(everything, me, clock))
            else:
                take[DELETED] = (True, bump(everything, me, clock))
    return take
