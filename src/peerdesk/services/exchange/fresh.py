"""Writing records this vault has never seen, a table at a time.

A record that has no versions here, no row and no tombstone is new in every field: the merge
takes it whole. For those (all of a first receive: tens of thousands of rows) the apply does
the per-record steps of ``WriteOps._write`` — references checked, person ids renamed, each
field's vector and value hash, the record's hashes — in bulk, with the same results
(tests/unit/exchange/test_bulk.py compares both ways).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import repeat
from operator import mod
from typing import Any

from peerdesk.services.exchange.bulk import tuple_hashes, value_hashes
from peerdesk.services.exchange.payload import RawRecord
from peerdesk.services.exchange.stamping import DIGEST, FIELD_ORDER, _encode
from peerdesk.services.exchange.tables import TABLES, TableSpec
from peerdesk.services.exchange.versions import DELETED, Vector, value_hash

# The roadmap's tables: plain columns, written with plain SQL (cards go through the library).
FRESH_TABLES = frozenset({"goal", "goal_participant", "milestone", "goal_checkin", "victory"})
_FALSE_HASH = value_hash(False)
_GOAL_PARTS = ("milestone", "goal_checkin", "goal_participant")  # as writing.note_changes


@dataclass
class FreshRows:
    """What one table's new records write: SQL rows, version rows, the ids kept."""

    ids: list[str] = field(default_factory=list)
    rows: list[tuple[Any, ...]] = field(default_factory=list)  # for writing.upsert_rows
    versions: list[tuple[Any, ...]] = field(default_factory=list)  # for stamping
    goals: set[str] = field(default_factory=set)  # goals whose parts changed


def fresh_rows(
    spec: TableSpec,
    records: Sequence[RawRecord],
    vectors: Sequence[Vector],
    *,
    renamed: Mapping[str, str],
    aliases: Mapping[str, str],
    final_people: Mapping[str, str],
    people_here: set[str],
    exists: Mapping[str, set[str]],
    taking_part: set[tuple[Any, Any]],
    now: str,
) -> FreshRows:
    """The writes for *records*: live records of the file, never seen here, whose fields the
    table reader accepts as they are (``Payload.live_and_readable``); read here straight
    from the file. Person ids are renamed as the reader does (*renamed*, *aliases* for
    references) and then as ``_write`` does one by one: a record whose required parent or
    person is missing is skipped, an optional one emptied (``writing.refs_ok``); a person
    added to a goal twice is written once."""
    presents = [
        exists.get("strategy" if c.name == "strategy" else c.name, set())
        for c in spec.columns
        if c.kind == "ref"
    ]
    final = {theirs: final_people.get(mine, mine) for theirs, mine in renamed.items()}

    def person_of(value: str) -> str:
        # renamed through the people mapping, then through the people made or linked now
        mine = final.get(value)
        return mine if mine is not None else final_people.get(value, value)

    kept, value_rows, shapes = _BUILDERS[spec.name](
        records, person_of, aliases.get, people_here, taking_part, *presents
    )
    goal_at = [c.name for c in spec.columns].index("goal") if spec.column("goal") else -1
    out = FreshRows()
    if not kept:
        return out
    value_columns = list(zip(*value_rows, strict=True))
    digests = [repeat(_FALSE_HASH), *map(value_hashes, value_columns)]
    values_hashes = tuple_hashes([[False] * len(kept), *value_columns])
    templates: dict[tuple[int, ...], tuple[str, str]] = {}
    for shape in set(shapes):
        templates[shape] = _template(spec.name, [vectors[i] for i in shape])
    texts = list(map(mod, (templates[s][0] for s in shapes), zip(*digests, strict=False)))
    ids = [aliases.get(record.id, record.id) for record in kept]
    created = [record.created_at or now for record in kept]
    out.ids = ids
    out.rows = list(zip(ids, created, repeat(now), repeat(None), *value_columns, strict=False))
    out.versions = list(
        zip(
            ids,
            repeat(spec.name),
            texts,
            (templates[s][1] for s in shapes),
            values_hashes,
            repeat(0),
            strict=False,
        )
    )
    if spec.name in _GOAL_PARTS:
        out.goals = {str(g) for g in value_columns[goal_at] if g}
    return out


def _builder_source(spec: TableSpec) -> str:
    """Python source of the loop of :func:`fresh_rows` for one table, its fields unrolled:
    ``build(records, person_of, ref_of, people_here, taking_part, *present)`` returns the
    records kept, their column values (people renamed, missing optional links emptied) and
    the index of each field's vector. Made from the table spec only; the records were
    checked by the table reader's checker (every field a ``[value, index]`` pair)."""
    columns = spec.columns
    refs = [i for i, c in enumerate(columns) if c.kind == "ref"]
    args = ", ".join(f"present{i}" for i in refs)
    lines = [
        f"def build(records, person_of, ref_of, people_here, taking_part, {args}):",
        "    kept, rows, shapes = [], [], []",
        "    for record in records:",
        "        f = record.raw_fields",
        f"        w = f[{DELETED!r}][1]",
    ]
    for i, col in enumerate(columns):
        lines.append(f"        v{i}, w{i} = f[{col.name!r}]")
    for i, col in enumerate(columns):  # writing.refs_ok, unrolled
        if col.kind == "person":
            lines += [
                f"        if v{i} is not None:",
                f"            v{i} = person_of(v{i})",
                f"            if v{i} not in people_here:",
                f"                v{i} = None" if col.nullable else "                continue",
            ]
        elif col.kind == "ref":
            lines += [
                f"        if v{i} is not None:",
                f"            v{i} = ref_of(v{i}, v{i})",
                f"            if v{i} not in present{i}:",
                f"                v{i} = None" if col.nullable else "                continue",
            ]
    if spec.name == "goal_participant":  # a person added to the goal on both sides: once
        goal = next(i for i, c in enumerate(columns) if c.name == "goal")
        person = next(i for i, c in enumerate(columns) if c.name == "person")
        lines += [
            f"        pair = (v{goal}, v{person})",
            "        if pair in taking_part:",
            "            continue",
            "        taking_part.add(pair)",
        ]
    values = ", ".join(f"v{i}" for i in range(len(columns)))
    wheres = ", ".join(f"w{i}" for i in range(len(columns)))
    lines += [
        "        kept.append(record)",
        f"        rows.append(({values},))",
        f"        shapes.append((w, {wheres}))",
        "    return kept, rows, shapes",
    ]
    return "\n".join(lines)


def _compile_builder(spec: TableSpec) -> Callable[..., Any]:
    namespace: dict[str, Any] = {}
    exec(_builder_source(spec), namespace)  # noqa: S102  (source made from the spec above)
    build: Callable[..., Any] = namespace["build"]
    return build


_BUILDERS = {name: _compile_builder(TABLES[name]) for name in FRESH_TABLES}


def _template(table: str, vectors: Sequence[Vector]) -> tuple[str, str]:
    """The stored versions of a record whose fields (in FIELD_ORDER) have *vectors*
    (``stamping._encode``), with ``%s`` for each field's value hash; and its vector hash,
    which needs no values."""
    names = FIELD_ORDER[table]
    versions = {name: [vec, "0" * DIGEST] for name, vec in zip(names, vectors, strict=True)}
    text, vhash = _encode(table, versions, {})
    marker = '"d":"' + "0" * DIGEST * len(versions) + '"'
    head, tail = text.split(marker)
    return head.replace("%", "%%") + '"d":"' + "%s" * len(versions) + '"' + tail, vhash
