"""The merge engine as pure functions: vectors, dominance, field rules, resolutions."""

from __future__ import annotations

from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from peerdesk.services.exchange.merge import merge_record, resolve
from peerdesk.services.exchange.versions import (
    DELETED,
    bump,
    compare,
    decode_vector,
    dominates,
    encode_vector,
    merge,
)

vectors = st.dictionaries(st.sampled_from("ABC"), st.integers(1, 6), max_size=3)
values = st.sampled_from(["x", "y", "z", None])


def record(deleted: bool, dv: dict[str, int], **fields: Any) -> dict[str, Any]:
    return {DELETED: (deleted, dv), **fields}


@given(vectors, vectors)
def test_compare_is_consistent_with_dominates(a: dict[str, int], b: dict[str, int]) -> None:
    order = compare(a, b)
    assert (order in ("equal", "older")) == dominates(a, b)
    assert (order in ("equal", "newer")) == dominates(b, a)
    assert dominates(merge(a, b), a)
    assert dominates(merge(a, b), b)
    bumped = bump(merge(a, b), "A", 7)
    assert compare(a, bumped) == "newer"
    assert compare(b, bumped) == "newer"


@given(vectors)
def test_vectors_round_trip_through_the_payload_encoding(v: dict[str, int]) -> None:
    index: dict[str, int] = {}
    flat = encode_vector(v, index)
    vaults = sorted(index, key=index.__getitem__)
    assert decode_vector(flat, vaults) == v


@given(vectors, values, vectors, values)
def test_field_rules(mv: dict[str, int], mine: Any, tv: dict[str, int], theirs: Any) -> None:
    local = record(False, {"A": 1}, title=(mine, mv))
    incoming = record(False, {"A": 1}, title=(theirs, tv))
    result = merge_record("milestone", "r1", local, incoming)
    order = compare(mv, tv)
    if order == "newer" and theirs != mine:
        assert result.take["title"] == (theirs, tv)
    elif order in ("equal", "older"):
        assert "title" not in result.take
        assert not result.conflicts
    elif order == "concurrent" and mine == theirs:
        assert not result.conflicts
        assert result.vectors["title"] == merge(mv, tv)
    elif order == "concurrent":
        assert [c.field for c in result.conflicts] == ["title"]
        for choice in ("mine", "theirs"):
            take = resolve(result, local, incoming, {result.conflicts[0].key: choice}, "A", 9)
            value, vec = take["title"]
            assert value == (mine if choice == "mine" else theirs)
            assert compare(mv, vec) == "newer"
            assert compare(tv, vec) == "newer"


@given(vectors, values)
def test_receiving_my_own_state_changes_nothing(v: dict[str, int], value: Any) -> None:
    state = record(False, {"A": 1}, title=(value, v or {"A": 1}))
    assert not merge_record("goal", "g", state, state).has_effect


def test_tombstones() -> None:
    alive = record(False, {"A": 1}, title=("x", {"A": 1}))
    # A delete that saw every edit wins.
    gone = record(True, {"A": 1, "B": 2})
    assert merge_record("goal", "g", alive, gone).status == "deleted"
    # A delete that did not see my edit is a conflict, not a loss.
    edited = record(False, {"A": 1}, title=("y", {"A": 3}))
    result = merge_record("goal", "g", edited, gone)
    assert [c.kind for c in result.conflicts] == ["they_deleted"]
    # The mirror: I deleted, they edited after.
    mine_gone = record(True, {"A": 2})
    theirs_edited = record(False, {"A": 1}, title=("z", {"A": 1, "B": 1}))
    result = merge_record("goal", "g", mine_gone, theirs_edited)
    assert [c.kind for c in result.conflicts] == ["you_deleted"]
    # An old state from before my delete: nothing.
    old = record(False, {"A": 1}, title=("x", {"A": 1}))
    assert not merge_record("goal", "g", mine_gone, old).has_effect
    # A restore that saw my delete brings it back.
    restored = record(False, {"A": 2, "B": 3}, title=("x", {"A": 1}))
    assert merge_record("goal", "g", mine_gone, restored).status == "restored"
    # A tombstone for a record never seen is kept as a ghost; the older record then
    # does not come back.
    ghost = merge_record("goal", "g", None, gone)
    assert ghost.status == "ghost"
    back = merge_record(
        "goal", "g", {DELETED: (True, ghost.vectors[DELETED])}, alive, local_is_ghost=True
    )
    assert not back.has_effect
