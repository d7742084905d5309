"""Hostile payloads (inside a bundle that verified): every change to the JSON is either read
as a valid snapshot or refused with a one-line PayloadError; nothing else escapes."""

from __future__ import annotations

import json
import zlib
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.exchange.payload import PayloadError, decode
from peerdesk.services.exchange.service import ExchangeError

from .test_merge_rules import a_goal, vault_bytes
from .test_story import share_roadmap
from .two_vaults import Side

junk = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(-(2**40), 2**40),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(max_size=30),
    st.lists(st.integers(-3, 5), max_size=5),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)


def _paths(doc: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    out = [prefix]
    if isinstance(doc, dict):
        for key, value in doc.items():
            out.extend(_paths(value, (*prefix, key)))
    elif isinstance(doc, list):
        for i, value in enumerate(doc[:6]):
            out.extend(_paths(value, (*prefix, i)))
    return out


def _set(doc: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    parent = doc
    for key in path[:-1]:
        parent = parent[key]
    parent[path[-1]] = value
    return doc


@pytest.fixture
def sample(jo_sam: tuple[Side, Side]) -> tuple[Side, dict[str, Any]]:
    jo, sam = jo_sam
    a_goal(jo, milestones=3)
    return sam, json.loads(zlib.decompress(share_roadmap(jo)))


@settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(data=st.data())
def test_mutated_payloads_are_read_or_refused(
    sample: tuple[Side, dict[str, Any]], data: st.DataObject
) -> None:
    sam, doc = sample
    doc = json.loads(json.dumps(doc))
    paths = _paths(doc)
    for _ in range(data.draw(st.integers(1, 3))):
        path = data.draw(st.sampled_from(paths))
        try:
            doc = _set(doc, path, data.draw(junk))
        except (KeyError, IndexError, TypeError):
            continue
    blob = zlib.compress(json.dumps(doc).encode())
    if data.draw(st.booleans()):
        cut = data.draw(st.integers(0, len(blob)))
        blob = blob[:cut]
    before = vault_bytes(sam)
    with sam.active() as s:
        try:
            preview = s.exchange.preview(blob)
        except (PayloadError, ExchangeError) as exc:
            assert "\n" not in str(exc)  # noqa: PT017  (read or refused: both allowed)
        else:
            assert preview.counts["new"] >= 0
    assert vault_bytes(sam) == before


def test_a_decompression_bomb_is_refused() -> None:
    bomb = zlib.compress(b"[" * (300 * 1024 * 1024), 9)
    with pytest.raises(PayloadError):
        decode(bomb)
