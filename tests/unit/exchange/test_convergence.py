"""Property: random edits on two or three vaults, random exchange schedules (files dropped,
delivered twice, out of order), conflicts resolved by a fixed rule; after a final round
both ways every shared record is the same on every side, and a field only one vault ever
edited ends with that vault's last value.
"""

from __future__ import annotations

import itertools
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.exchange.service import ShareRequest
from peerdesk.store.records import Goal, Milestone, utc_now
from peerdesk.vault.keys import KdfParams

from .two_vaults import Side, make_side

OWNERS = (
    ("jo", "Jo Okafor", "peer_specialist"),
    ("sam", "Sam Rivera", "self"),
    ("kim", "Kim Lee", "supporter"),
)

op = st.one_of(
    st.tuples(st.just("add_goal"), st.integers(0, 2)),
    st.tuples(st.just("add_milestone"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("rename"), st.integers(0, 2), st.integers(0, 9), st.sampled_from("abc")),
    st.tuples(st.just("due"), st.integers(0, 2), st.integers(0, 9), st.integers(1, 28)),
    st.tuples(st.just("tick"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("move"), st.integers(0, 2), st.integers(0, 9), st.integers(0, 9)),
    st.tuples(st.just("delete"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("restore"), st.integers(0, 2), st.integers(0, 9)),
    st.tuples(st.just("goal_title"), st.integers(0, 2), st.integers(0, 9), st.sampled_from("xyz")),
    st.tuples(st.just("send"), st.integers(0, 2), st.integers(0, 2)),
    st.tuples(st.just("deliver"), st.integers(0, 50)),
)


@dataclass
class World:
    sides: list[Side]
    mailbox: list[tuple[int, int, bytes]] = field(default_factory=list)
    edits: dict[tuple[str, str], set[int]] = field(default_factory=dict)  # who edited a field
    last: dict[tuple[str, str], Any] = field(default_factory=dict)  # its last written value
    conflicted: set[str] = field(default_factory=set)  # record ids that ever had a conflict
    counter: itertools.count = field(default_factory=itertools.count)  # type: ignore[type-arg]

    def note(self, who: int, rid: str, name: str, value: Any) -> None:
        self.edits.setdefault((rid, name), set()).add(who)
        self.last[(rid, name)] = value


def sam_id(s: Any) -> str:
    return str(s.people.find_by_name("Sam Rivera").id)


def alive_milestones(s: Any) -> list[str]:
    ids: list[str] = []
    for gid in s.roadmap.roadmap_goal_ids():
        ids.extend(m.id for m in s.roadmap.milestones(gid))
    return sorted(ids)


def all_milestones() -> list[str]:
    return sorted(m.id for m in Milestone.select(Milestone.id))


def sams_goals(s: Any) -> list[str]:
    sid = sam_id(s)
    return sorted(g for g in s.roadmap.roadmap_goal_ids() if s.roadmap.get_goal(g).person_id == sid)


def pick(items: list[str], i: int) -> str | None:
    return items[i % len(items)] if items else None


def run_op(world: World, step: tuple[Any, ...]) -> None:
    kind = step[0]
    n = len(world.sides)
    if kind == "deliver":
        if world.mailbox:
            _sender, to, data = world.mailbox[step[1] % len(world.mailbox)]
            deliver(world, to, data)
        return
    who = step[1] % n
    side = world.sides[who]
    if kind == "send":
        to = step[2] % n
        if to != who:
            with side.active() as s:
                data = s.exchange.make_payload(ShareRequest("roadmap", sam_id(s)))
            world.mailbox.append((who, to, data))
        return
    with side.active() as s:
        if kind == "add_goal":
            s.roadmap.create_goal(sam_id(s), f"Goal {next(world.counter)}")
            return
        if kind == "goal_title":
            gid = pick(sams_goals(s), step[2])
            if gid:
                title = f"{step[3]}{next(world.counter)}"
                s.roadmap.update_goal(gid, title=title)
                world.note(who, gid, "title", title)
            return
        if kind == "add_milestone":
            gid = pick(sams_goals(s), step[2])
            if gid:
                s.roadmap.add_milestone(gid, f"Step {next(world.counter)}")
            return
        if kind == "restore":
            dead = [m for m in all_milestones() if m not in alive_milestones(s)]
            mid = pick(dead, step[2])
            if mid:
                Milestone.update(deleted_at=None, updated_at=utc_now()).where(
                    Milestone.id == mid
                ).execute()
            return
        mid = pick(alive_milestones(s), step[2])
        if mid is None:
            return
        if kind == "rename":
            title = f"{step[3]}{next(world.counter)}"
            s.roadmap.update_milestone(mid, title=title)
            world.note(who, mid, "title", title)
        elif kind == "due":
            due = date(2027, 1, step[3])
            s.roadmap.update_milestone(mid, due_date=due)
            world.note(who, mid, "due_date", due)
        elif kind == "tick":
            if s.roadmap.get_milestone(mid).done_at is None:
                s.roadmap.complete_milestone(mid, victory=False)
            else:
                s.roadmap.reopen_milestone(mid)
            world.edits.setdefault((mid, "done_at"), set()).add(who)
        elif kind == "move":
            siblings = s.roadmap.milestones(s.roadmap.get_milestone(mid).goal_id)
            before = pick([m.id for m in siblings], step[3])
            s.roadmap.move_milestone(mid, None if before == mid else before)
            world.edits.setdefault((mid, "position"), set()).add(who)
        elif kind == "delete":
            s.roadmap.delete_milestone(mid)
            world.edits.setdefault((mid, "_deleted"), set()).add(who)


def deliver(world: World, to: int, data: bytes) -> None:
    with world.sides[to].active() as s:
        preview = s.exchange.preview(data)
        for c in preview.conflicts:
            world.conflicted.add(c.record_id)
        s.exchange.apply(preview, default="mine")  # the fixed rule: keep mine


def state(side: Side) -> dict[str, Any]:
    with side.active() as s:
        out: dict[str, Any] = {}
        sid = sam_id(s)
        for g in Goal.select().where(Goal.person == sid):
            ms = (
                Milestone.select()
                .where(Milestone.goal == g.id)
                .order_by(Milestone.position, Milestone.created_at, Milestone.id)
            )
            out[g.id] = (
                g.title if g.deleted_at is None else None,
                g.deleted_at is None,
                [
                    (m.id, m.title, str(m.due_date), m.done_at is not None)
                    for m in ms
                    if m.deleted_at is None
                ],
            )
        return out


def final_rounds(world: World) -> None:
    n = len(world.sides)
    for _round in range(2):
        for a, b in itertools.permutations(range(n), 2):
            with world.sides[a].active() as s:
                data = s.exchange.make_payload(ShareRequest("roadmap", sam_id(s)))
            deliver(world, b, data)


def check(world: World) -> None:
    states = [state(side) for side in world.sides]
    for other in states[1:]:
        assert other == states[0]
    final = states[0]
    # A field only one vault ever edited, in a record that never had a conflict and is
    # alive at the end, holds that vault's last value.
    alive_ms = {m[0]: m for g in final.values() for m in g[2]}
    for (rid, name), who in world.edits.items():
        if len(who) != 1 or rid in world.conflicted or (rid, name) not in world.last:
            continue
        value = world.last[(rid, name)]
        if rid in alive_ms and name == "title":
            assert alive_ms[rid][1] == value
        elif rid in alive_ms and name == "due_date":
            assert alive_ms[rid][2] == str(value)
        elif rid in final and name == "title" and final[rid][1]:
            assert final[rid][0] == value


def run_world(tmp: Path, kdf: KdfParams, vaults: int, script: list[tuple[Any, ...]]) -> None:
    sides = [make_side(tmp, *OWNERS[i], kdf=kdf) for i in range(vaults)]  # type: ignore[misc]
    try:
        for side in sides[:]:
            if side.name != "sam":
                with side.active() as s:
                    s.people.create("Sam Rivera", "self")
        with sides[0].active() as s:
            goal = s.roadmap.create_goal(sam_id(s), "Shared goal")
            for i in range(3):
                s.roadmap.add_milestone(goal.id, f"First {i}")
        world = World(sides)
        # Everyone starts from the first vault's roadmap.
        for i in range(1, vaults):
            with sides[0].active() as s:
                data = s.exchange.make_payload(ShareRequest("roadmap", sam_id(s)))
            deliver(world, i, data)
        for step in script:
            run_op(world, step)
        final_rounds(world)
        check(world)
    finally:
        for side in sides:
            side.close()


def _world_test(tmp_path: Path, fast_kdf: KdfParams, vaults: int, script: list[Any]) -> None:
    with tempfile.TemporaryDirectory(dir=tmp_path) as tmp:
        run_world(Path(tmp), fast_kdf, vaults, script)


@settings(
    max_examples=10,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(vaults=st.sampled_from([2, 3]), script=st.lists(op, max_size=25))
def test_vaults_converge(
    tmp_path: Path, fast_kdf: KdfParams, vaults: int, script: list[Any]
) -> None:
    _world_test(tmp_path, fast_kdf, vaults, script)


@pytest.mark.slow
@settings(
    max_examples=80,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(vaults=st.sampled_from([2, 3]), script=st.lists(op, min_size=10, max_size=40))
def test_vaults_converge_slow(
    tmp_path: Path, fast_kdf: KdfParams, vaults: int, script: list[Any]
) -> None:
    _world_test(tmp_path, fast_kdf, vaults, script)
