"""Version vectors, one per shared field: who changed it after seeing what.

A vector maps a vault id to a counter. Every vault keeps one clock (a counter that only
grows); a field changed locally gets ``vector[my vault id] = clock``. Comparing two vectors
tells whether one side has seen everything the other has (it *dominates*), whether they are
the same, or whether the edits were concurrent. No wall clock is ever compared.

Pure functions only; the database side (stamping, the clock) is in ``stamping.py``.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any, Literal

Vector = dict[str, int]
Order = Literal["equal", "newer", "older", "concurrent"]

DELETED = "_deleted"  # the pseudo-field of a record's tombstone (a bool)


def compare(mine: Mapping[str, int], theirs: Mapping[str, int]) -> Order:
    """How *theirs* relates to *mine*: "newer" means theirs dominates mine."""
    theirs_ahead = mine_ahead = False
    for key in mine.keys() | theirs.keys():
        a, b = mine.get(key, 0), theirs.get(key, 0)
        if b > a:
            theirs_ahead = True
        elif a > b:
            mine_ahead = True
        if theirs_ahead and mine_ahead:
            return "concurrent"
    if theirs_ahead:
        return "newer"
    if mine_ahead:
        return "older"
    return "equal"


def dominates(a: Mapping[str, int], b: Mapping[str, int]) -> bool:
    """True when *a* has seen everything *b* has (a ≥ b, equal included)."""
    return all(a.get(key, 0) >= count for key, count in b.items())


def merge(*vectors: Mapping[str, int]) -> Vector:
    out: Vector = {}
    for vector in vectors:
        for key, count in vector.items():
            if count > out.get(key, 0):
                out[key] = count
    return out


def bump(vector: Mapping[str, int], me: str, clock: int) -> Vector:
    """A local edit seen after *vector*: my entry becomes the clock (which only grows)."""
    out = dict(vector)
    out[me] = max(clock, out.get(me, 0) + 1)
    return out


def merge_all(vectors: Iterable[Mapping[str, int]]) -> Vector:
    return merge(*vectors)


def value_hash(value: Any) -> str:
    """A short stable hash of a field value (JSON types only; lists for sequences)."""
    return hashlib.blake2b(repr(value).encode("utf-8"), digest_size=8).hexdigest()


def encode_vector(vector: Mapping[str, int], index: dict[str, int]) -> list[int]:
    """``{vault: n}`` → ``[i, n, j, m]`` with i, j positions in the payload's vault list."""
    flat: list[int] = []
    for key in sorted(vector):
        if key not in index:
            index[key] = len(index)
        flat.extend((index[key], vector[key]))
    return flat


def decode_vector(flat: Any, vaults: list[str]) -> Vector:
    if not isinstance(flat, list) or len(flat) % 2:
        raise ValueError("a version vector is malformed")
    out: Vector = {}
    for i in range(0, len(flat), 2):
        where, count = flat[i], flat[i + 1]
        if (
            not isinstance(where, int)
            or not isinstance(count, int)
            or isinstance(where, bool)
            or isinstance(count, bool)
            or not 0 <= where < len(vaults)
            or count < 1
        ):
            raise ValueError("a version vector is malformed")
        out[vaults[where]] = count
    return out
