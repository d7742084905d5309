"""Helpers for large exchanges (a first receive can hold 100 000 records): the collector
paused, and value hashes a column at a time through C-level ``map`` loops, equal to
``versions.value_hash`` of each value (tests/unit/exchange/test_bulk.py)."""

from __future__ import annotations

import gc
import hashlib
import threading
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from functools import partial
from typing import Any

NoneType = type(None)
_BLAKE = partial(hashlib.blake2b, digest_size=8)
_HEX = hashlib.blake2b.hexdigest
_ENCODE = str.encode
# Values whose equality is the equality of their repr (no 1 == 1.0 == True, no -0.0 == 0.0).
_SAFE_KEYS = frozenset({str, int, NoneType})


class _Pause:
    lock = threading.Lock()
    depth = 0
    was_enabled = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """The cyclic garbage collector off for a bulk step (re-entrant, thread-safe).

    Decoding a payload makes millions of small lists and dicts, and every collection walks
    all of them again: that tripled the time of a large preview. Nothing here makes
    cycles, so memory is still freed by reference counting; the collector is back on after.
    The objects made meanwhile (a preview is kept until it is applied) go straight to the
    oldest generation, as if they had survived two collections: otherwise the first young
    collection after this walks them all at once (a third of a second for a first receive).
    """
    with _Pause.lock:
        if _Pause.depth == 0:
            _Pause.was_enabled = gc.isenabled()
            gc.disable()
        _Pause.depth += 1
    try:
        yield
    finally:
        with _Pause.lock:
            _Pause.depth -= 1
            if _Pause.depth == 0 and _Pause.was_enabled:
                gc.freeze()  # every tracked object to the permanent generation,
                gc.unfreeze()  # and from there to the oldest one: no walk in between
                gc.enable()


def value_hashes(values: Sequence[Any]) -> list[str]:
    """``[versions.value_hash(v) for v in values]``, each distinct plain value hashed once."""
    if len(values) > 64 and set(map(type, values)) <= _SAFE_KEYS:
        distinct = list(dict.fromkeys(values))
        if len(distinct) * 2 < len(values):
            table = dict(zip(distinct, _hashes(distinct), strict=True))
            return list(map(table.__getitem__, values))
    return _hashes(values)


def _hashes(values: Iterable[Any]) -> list[str]:
    return list(map(_HEX, map(_BLAKE, map(_ENCODE, map(repr, values)))))


def tuple_hashes(columns: Sequence[Sequence[Any]]) -> list[str]:
    """The value hash of each row's tuple (``value_hash((a, b, ...))``) for columns a, b, ..."""
    return _hashes(zip(*columns, strict=True))
