"""Hypothesis strategies that mutate a valid JSON document or its bytes."""

from __future__ import annotations

import base64
import copy
import json
from typing import Any

from hypothesis import strategies as st

JsonValue = Any

scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=40),
    # lone surrogates, as json.loads makes them from "\ud800" escapes
    st.sampled_from(["\ud800", "a\udfffb", "\x00", "\u202e", "𝔘"]),
    st.binary(max_size=80).map(lambda b: base64.b64encode(b).decode()),
)
json_values = st.recursive(
    scalars,
    lambda inner: st.one_of(
        st.lists(inner, max_size=4), st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=12,
)


def _paths(value: JsonValue, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found.extend(_paths(child, (*prefix, key)))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found.extend(_paths(child, (*prefix, index)))
    return found


def _set(doc: JsonValue, path: tuple[Any, ...], value: JsonValue) -> JsonValue:
    if not path:
        return value
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    parent[path[-1]] = value
    return doc


def _delete(doc: JsonValue, path: tuple[Any, ...]) -> JsonValue:
    if not path:
        return doc
    parent = doc
    for step in path[:-1]:
        parent = parent[step]
    del parent[path[-1]]
    return doc


@st.composite
def mutated_json(draw: st.DrawFn, original: JsonValue) -> bytes:
    """1-3 structural edits (replace, delete, duplicate, add a key) of ``original``."""
    doc = copy.deepcopy(original)
    for _ in range(draw(st.integers(1, 3))):
        paths = _paths(doc)
        path = draw(st.sampled_from(paths))
        action = draw(st.sampled_from(["replace", "delete", "copy", "add", "number"]))
        if action == "replace":
            doc = _set(doc, path, draw(json_values))
        elif action == "delete":
            doc = _delete(doc, path)
        elif action == "copy":
            source = draw(st.sampled_from(paths))
            doc = _set(doc, path, copy.deepcopy(_get(doc, source)))
        elif action == "number":
            doc = _set(doc, path, draw(st.sampled_from([0, -1, 1, 7, 8, 2**31, 2**64, 1.5])))
        else:
            target = _get(doc, path)
            if isinstance(target, dict):
                target[draw(st.sampled_from(["pending", "kdf", "salt", "extra", "method"]))] = draw(
                    json_values
                )
    return json.dumps(doc).encode("utf-8")


def _get(doc: JsonValue, path: tuple[Any, ...]) -> JsonValue:
    for step in path:
        doc = doc[step]
    return doc


@st.composite
def mutated_bytes(draw: st.DrawFn, original: bytes) -> bytes:
    """Byte-level damage: flips, cuts, insertions, or a wholly random file."""
    kind = draw(st.sampled_from(["flip", "cut", "insert", "random", "deep"]))
    data = bytearray(original)
    if kind == "flip":
        for _ in range(draw(st.integers(1, 8))):
            index = draw(st.integers(0, len(data) - 1))
            data[index] ^= 1 << draw(st.integers(0, 7))
    elif kind == "cut":
        start = draw(st.integers(0, len(data)))
        end = draw(st.integers(start, len(data)))
        del data[start:end]
    elif kind == "insert":
        index = draw(st.integers(0, len(data)))
        data[index:index] = draw(st.binary(min_size=1, max_size=40))
    elif kind == "deep":
        depth = draw(st.integers(500, 200_000))
        return b"[" * depth + b"]" * draw(st.sampled_from([0, depth]))
    else:
        return draw(st.binary(max_size=2000))
    return bytes(data)


def keys_file_inputs(original: bytes) -> st.SearchStrategy[bytes]:
    return st.one_of(mutated_json(json.loads(original)), mutated_bytes(original))


passphrases = st.one_of(
    st.text(max_size=64),
    st.text(alphabet=st.characters(codec="utf-8"), max_size=300),
    st.sampled_from(["\ud800", "pass\udfff", "\x00", "x'" + "00" * 32 + "'", "'; --"]),
)


@st.composite
def mutated_lines(draw: st.DrawFn, original: bytes) -> bytes:
    """Line-level edits for CSV and other line formats: drop, duplicate, swap, rewrite."""
    lines = original.split(b"\n")
    for _ in range(draw(st.integers(1, 3))):
        index = draw(st.integers(0, len(lines) - 1))
        action = draw(st.sampled_from(["drop", "dup", "swap", "field", "text"]))
        if action == "drop" and len(lines) > 1:
            del lines[index]
        elif action == "dup":
            lines.insert(index, lines[index])
        elif action == "swap":
            other = draw(st.integers(0, len(lines) - 1))
            lines[index], lines[other] = lines[other], lines[index]
        elif action == "field":
            fields = lines[index].split(b",")
            spot = draw(st.integers(0, len(fields) - 1))
            fields[spot] = draw(st.text(max_size=30)).encode("utf-8", "surrogatepass")
            lines[index] = b",".join(fields)
        else:
            lines[index] = draw(st.text(max_size=80)).encode("utf-8", "surrogatepass")
    return b"\n".join(lines)


def import_inputs(original: bytes) -> st.SearchStrategy[bytes]:
    """Mutations that fit the seed: structural JSON edits for JSON, line edits otherwise."""
    try:
        document = json.loads(original)
    except ValueError:
        return st.one_of(mutated_lines(original), mutated_bytes(original))
    return st.one_of(mutated_json(document), mutated_bytes(original))
