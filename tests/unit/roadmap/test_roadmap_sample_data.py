"""The demo vault's roadmap: Sam's goals arrive whole, with history in the past."""

from __future__ import annotations

from peerdesk.services.roadmap import GoalFilter
from peerdesk.services.sample_data import fill_sample_data, load_demo_data
from peerdesk.services.session import Services


def test_demo_roadmap_is_filled_through_the_services(services: Services) -> None:
    data = load_demo_data()
    fill_sample_data(services)
    roadmap = services.roadmap
    owner = services.people.owner()
    assert owner is not None
    # Sam's goals (the demo's caseload people have goals of their own).
    ids = roadmap.roadmap_goal_ids(GoalFilter(person_id=owner.id))
    rows = roadmap.goal_rows(ids)
    assert sorted(r.title for r in rows.values()) == sorted(g["title"] for g in data["goals"])
    statuses = {r.title: r.status for r in rows.values()}
    assert statuses == {g["title"]: g["status"] for g in data["goals"]}
    expected_done = sum(
        1 for g in data["goals"] for m in g["milestones"] if m["done_days_ago"] is not None
    )
    assert sum(r.milestones_done for r in rows.values()) == expected_done
    # Only the demo's own victories: done milestones are history, not fresh celebrations.
    assert len(roadmap.victories()) == len(data["victories"])
    feed_total = sum(len(roadmap.feed_ids(gid)) for gid in ids)
    assert feed_total == sum(len(g["checkins"]) for g in data["goals"])
    today = roadmap.today()
    assert all(c.occurred_at.date() < today for gid in ids for c in roadmap.feed(gid))
    assert roadmap.waiting_on(owner.id)  # Sam has next steps waiting
