from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.events import Change
from peerdesk.services.roadmap import GoalFilter, GoalNotFound, RoadmapError
from peerdesk.services.roadmap.rows import title_matches
from peerdesk.services.session import Services
from peerdesk.store.records import Goal, GoalCheckin, Milestone

TODAY = date(2026, 11, 26)  # the circle fixture fixes the service's today here
Circle = Any


def _goal_with_milestones(services: Services, circle: Circle, titles: list[str]) -> str:
    goal = services.roadmap.create_goal(
        circle.sam.id,
        "Move into my own flat",
        life_area="Housing",
        start_date=date(2026, 9, 1),
        target_date=date(2027, 3, 1),
        participants=[(circle.alex.id, "housing forms"), (circle.jordan.id, "moving day")],
    )
    owners = [circle.sam.id, circle.alex.id, circle.jordan.id]
    for i, title in enumerate(titles):
        services.roadmap.add_milestone(goal.id, title, owner_id=owners[i % 3])
    return goal.id


def _titles(services: Services, goal_id: str) -> list[str]:
    return [m.title for m in services.roadmap.milestones(goal_id)]


def test_progress_counts_done_milestones(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, ["Forms", "Viewing", "Deposit"])
    assert services.roadmap.get_goal(goal_id).progress == 0.0
    first = services.roadmap.milestones(goal_id)[0]
    victory = services.roadmap.complete_milestone(first.id)
    goal = services.roadmap.get_goal(goal_id)
    assert (goal.milestones_done, goal.milestones_total) == (1, 3)
    assert goal.progress == pytest.approx(1 / 3)
    assert goal.progress_text == "1 of 3 milestones done"
    assert victory.text == "Milestone done: Forms"
    assert victory.goal_title == "Move into my own flat"
    assert victory.person_name == "Sam"
    services.roadmap.delete_milestone(services.roadmap.milestones(goal_id)[2].id)
    assert services.roadmap.get_goal(goal_id).progress == pytest.approx(1 / 2)


def test_reopening_a_milestone_takes_its_victory_back(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, ["Forms"])
    milestone = services.roadmap.milestones(goal_id)[0]
    services.roadmap.complete_milestone(milestone.id, on=date(2026, 11, 20))
    assert services.roadmap.milestones(goal_id)[0].done_at == date(2026, 11, 20)
    with pytest.raises(RoadmapError, match="already done"):
        services.roadmap.complete_milestone(milestone.id)
    services.roadmap.reopen_milestone(milestone.id)
    assert services.roadmap.victories() == []
    assert services.roadmap.get_goal(goal_id).milestones_done == 0


def test_milestone_order_is_stable_under_reorder(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, ["A", "B", "C", "D"])
    ids = {m.title: m.id for m in services.roadmap.milestones(goal_id)}
    services.roadmap.move_milestone(ids["D"], before_id=ids["A"])
    assert _titles(services, goal_id) == ["D", "A", "B", "C"]
    services.roadmap.move_milestone(ids["A"], before_id=None)
    assert _titles(services, goal_id) == ["D", "B", "C", "A"]
    services.roadmap.move_milestone(ids["C"], before_id=ids["B"])
    assert _titles(services, goal_id) == ["D", "C", "B", "A"]
    # Reading again changes nothing; a new milestone goes to the end.
    assert _titles(services, goal_id) == ["D", "C", "B", "A"]
    services.roadmap.add_milestone(goal_id, "E")
    assert _titles(services, goal_id) == ["D", "C", "B", "A", "E"]


def test_many_moves_into_one_gap_renumber_and_keep_order(
    services: Services, circle: Circle
) -> None:
    goal_id = _goal_with_milestones(services, circle, ["A", "B"])
    ids = {m.title: m.id for m in services.roadmap.milestones(goal_id)}
    expected = ["A", "B"]
    # Repeatedly inserting just before B halves the same gap until it must renumber.
    for n in range(60):
        new = services.roadmap.add_milestone(goal_id, f"x{n}")
        services.roadmap.move_milestone(new.id, before_id=ids["B"])
        expected.insert(len(expected) - 1, f"x{n}")
        assert _titles(services, goal_id) == expected


@settings(
    max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(moves=st.lists(st.tuples(st.integers(0, 5), st.integers(0, 6)), max_size=12))
def test_reorder_matches_a_plain_list(
    services: Services, circle: Circle, moves: list[tuple[int, int]]
) -> None:
    goal = services.roadmap.create_goal(circle.sam.id, "Reorder model check")
    for title in "ABCDEF":
        services.roadmap.add_milestone(goal.id, title)
    model = list("ABCDEF")
    ids = {m.title: m.id for m in services.roadmap.milestones(goal.id)}
    for source, target in moves:
        title = model[source]
        rest = [t for t in model if t != title]
        before = rest[target] if target < len(rest) else None
        services.roadmap.move_milestone(ids[title], before_id=ids[before] if before else None)
        rest.insert(target if target < len(rest) else len(rest), title)
        model = rest
        assert _titles(services, goal.id) == model
    services.roadmap.delete_goal(goal.id)


def test_status_changes_are_recorded_in_the_feed(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, [])
    services.roadmap.add_checkin(
        goal_id,
        person_id=circle.sam.id,
        rating=4,
        what_happened="Filled in the first form",
        next_step="Call the housing office",
        next_step_owner_id=circle.alex.id,
    )
    services.roadmap.set_status(goal_id, "in_progress", by=circle.alex.id)
    services.roadmap.set_status(goal_id, "paused", note="Taking a breather")
    feed = services.roadmap.feed(goal_id)
    assert [item.kind for item in feed] == ["status", "status", "checkin"]
    assert feed[0].summary == "Status changed from In progress to Paused"
    assert feed[0].person_name == "Sam"  # the owner, when nobody is named
    assert feed[0].what_happened == "Taking a breather"
    assert (feed[1].from_status, feed[1].to_status, feed[1].person_name) == (
        "proposed",
        "in_progress",
        "Alex",
    )
    assert feed[2].next_step_owner_name == "Alex"
    # Same status again: nothing new in the feed.
    services.roadmap.set_status(goal_id, "paused")
    assert len(services.roadmap.feed(goal_id)) == 3


def test_achieving_a_goal_is_a_victory(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, [])
    services.roadmap.set_status(goal_id, "achieved")
    assert [v.text for v in services.roadmap.victories()] == [
        "Goal achieved: Move into my own flat"
    ]


def test_board_moves_keep_column_order(services: Services, circle: Circle) -> None:
    a, b, c = (
        services.roadmap.create_goal(circle.sam.id, title, status="in_progress").id
        for title in "ABC"
    )
    assert services.roadmap.board_goal_ids("in_progress") == [a, b, c]
    services.roadmap.move_goal(c, "in_progress", before_id=a)
    assert services.roadmap.board_goal_ids("in_progress") == [c, a, b]
    services.roadmap.move_goal(a, "paused")
    assert services.roadmap.board_goal_ids("in_progress") == [c, b]
    assert services.roadmap.board_goal_ids("paused") == [a]
    assert services.roadmap.get_goal(a).status == "paused"
    assert services.roadmap.feed(a)[0].to_status == "paused"


def test_delete_keeps_a_tombstone_and_undo_restores_exactly(
    services: Services, circle: Circle
) -> None:
    goal_id = _goal_with_milestones(services, circle, ["Forms", "Viewing", "Deposit"])
    gone_before = services.roadmap.milestones(goal_id)[2].id
    services.roadmap.delete_milestone(gone_before)
    services.roadmap.add_checkin(goal_id, rating=3, what_happened="Slow week")
    services.roadmap.complete_milestone(services.roadmap.milestones(goal_id)[0].id)

    deleted = services.roadmap.delete_goal(goal_id)
    assert (deleted.milestones, deleted.checkins) == (2, 1)
    assert services.roadmap.roadmap_goal_ids() == []
    with pytest.raises(GoalNotFound):
        services.roadmap.get_goal(goal_id)
    # Tombstones: the rows are still there, marked deleted.
    assert Goal.get_by_id(goal_id).deleted_at is not None
    assert Milestone.select().where(Milestone.goal == goal_id).count() == 3
    assert GoalCheckin.select().where(GoalCheckin.goal == goal_id).count() == 1
    assert services.roadmap.deleted_goal_ids() == [goal_id]
    # The victory stays in the list, to be looked back on.
    assert len(services.roadmap.victories()) == 1

    services.roadmap.undo_delete_goal(deleted)
    assert services.roadmap.roadmap_goal_ids() == [goal_id]
    assert _titles(services, goal_id) == ["Forms", "Viewing"]  # the earlier delete stays
    assert len(services.roadmap.feed(goal_id)) == 1
    assert len(services.roadmap.participants(goal_id)) == 2
    with pytest.raises(RoadmapError, match="not deleted"):
        services.roadmap.undo_delete_goal(deleted)


def test_out_of_order_dates_are_allowed_but_flagged(services: Services, circle: Circle) -> None:
    goal = services.roadmap.create_goal(
        circle.sam.id,
        "Back to college",
        start_date=date(2027, 1, 10),
        target_date=date(2026, 12, 1),
    )
    services.roadmap.add_milestone(goal.id, "Enrol", due_date=date(2027, 2, 1))
    services.roadmap.add_milestone(goal.id, "Buy books", due_date=date(2026, 11, 1))
    row = services.roadmap.get_goal(goal.id)
    assert row.target_before_start
    assert row.date_warnings == (
        "The target date is before the start date.",
        "One milestone is due after the goal's target date.",
    )
    flags = {m.title: m.due_after_target for m in services.roadmap.milestones(goal.id)}
    assert flags == {"Enrol": True, "Buy books": False}
    services.roadmap.update_goal(goal.id, start_date=date(2026, 10, 1), target_date=None)
    assert services.roadmap.get_goal(goal.id).date_warnings == ()


def test_filters_and_timeline_order(services: Services, circle: Circle) -> None:
    late = services.roadmap.create_goal(
        circle.sam.id, "Late", life_area="Health", start_date=date(2027, 5, 1)
    )
    undated = services.roadmap.create_goal(circle.jordan.id, "Undated", life_area="Work")
    early = services.roadmap.create_goal(
        circle.sam.id, "Early", life_area="Health", target_date=date(2026, 12, 1)
    )
    services.roadmap.set_status(early.id, "in_progress")
    assert services.roadmap.roadmap_goal_ids() == [early.id, late.id, undated.id]
    row = services.roadmap.get_goal(undated.id)
    assert (row.person_id, row.person_name) == (circle.jordan.id, "Jordan")
    assert services.roadmap.participants(undated.id) == []
    assert services.roadmap.roadmap_goal_ids(GoalFilter(person_id=circle.jordan.id)) == [undated.id]
    assert services.roadmap.roadmap_goal_ids(GoalFilter(life_area="Health")) == [
        early.id,
        late.id,
    ]
    assert services.roadmap.roadmap_goal_ids(GoalFilter(status="in_progress")) == [early.id]


def test_due_soon_and_waiting_on_me(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, [])
    services.roadmap.set_status(goal_id, "in_progress")
    rm = services.roadmap
    overdue = rm.add_milestone(
        goal_id, "Overdue", owner_id=circle.sam.id, due_date=date(2026, 11, 1)
    )
    rm.add_milestone(goal_id, "Next week", owner_id=circle.alex.id, due_date=date(2026, 12, 3))
    rm.add_milestone(goal_id, "Far away", owner_id=circle.sam.id, due_date=date(2027, 6, 1))
    done = rm.add_milestone(goal_id, "Done", owner_id=circle.sam.id, due_date=date(2026, 11, 27))
    rm.complete_milestone(done.id)
    assert [m.title for m in rm.due_soon(days=14)] == ["Overdue", "Next week"]

    rm.add_checkin(
        goal_id, what_happened="old", next_step="Old step", next_step_owner_id=circle.sam.id
    )
    rm.add_checkin(
        goal_id, what_happened="new", next_step="Ring Alex", next_step_owner_id=circle.sam.id
    )
    waiting = rm.waiting_on(circle.sam.id)
    assert [(w.kind, w.text) for w in waiting] == [
        ("milestone", "Overdue"),
        ("milestone", "Far away"),
        ("next_step", "Ring Alex"),
    ]
    assert waiting[0].id == overdue.id
    # Paused goals wait on nobody.
    rm.set_status(goal_id, "paused")
    assert rm.waiting_on(circle.sam.id) == []
    assert rm.due_soon() == []


def test_who_does_what(services: Services, circle: Circle) -> None:
    goal_id = _goal_with_milestones(services, circle, ["Forms", "Viewing", "Deposit"])
    services.roadmap.add_checkin(
        goal_id, rating=4, next_step="Book the van", next_step_owner_id=circle.jordan.id
    )
    parts = {p.person_name: p for p in services.roadmap.who_does_what(goal_id)}
    assert parts["Alex"].person_id == circle.alex.id
    assert parts["Alex"].role == "housing forms"
    assert parts["Alex"].milestones == ("Viewing",)
    assert parts["Jordan"].next_steps == ("Book the van",)
    assert parts["Sam"].milestones == ("Forms",)


def test_log_a_win_and_review_victories(services: Services, circle: Circle) -> None:
    first = services.roadmap.log_win("Went to the group even though I was nervous")
    second = services.roadmap.log_win("Cooked dinner", person_id=circle.jordan.id)
    assert [v.id for v in services.roadmap.victories()] == [second.id, first.id]
    assert first.person_name == "Sam"
    assert [v.text for v in services.roadmap.victories(person_id=circle.jordan.id)] == [
        "Cooked dinner"
    ]
    with pytest.raises(RoadmapError):
        services.roadmap.log_win("   ")


def test_bad_input_is_refused_and_nothing_half_written(services: Services, circle: Circle) -> None:
    with pytest.raises(RoadmapError, match="needs a title"):
        services.roadmap.create_goal(circle.sam.id, "  ")
    with pytest.raises(RoadmapError, match="circle"):
        services.roadmap.create_goal("nobody", "Ghost goal")
    with pytest.raises(RoadmapError, match="circle"):
        services.roadmap.create_goal(circle.sam.id, "Half", participants=[("nobody", "x")])
    assert services.roadmap.goal_count() == 0
    goal = services.roadmap.create_goal(circle.sam.id, "Real")
    with pytest.raises(RoadmapError, match="1 to 5"):
        services.roadmap.add_checkin(goal.id, rating=9)
    with pytest.raises(RoadmapError, match="Unknown status"):
        services.roadmap.set_status(goal.id, "done")
    assert services.roadmap.feed(goal.id) == []


def test_every_change_is_published(
    services: Services, circle: Circle, changes: list[Change]
) -> None:
    changes.clear()
    goal = services.roadmap.create_goal(circle.sam.id, "Walk daily")
    milestone = services.roadmap.add_milestone(goal.id, "Buy shoes")
    services.roadmap.complete_milestone(milestone.id)
    entities = [(c.entity, c.kind) for c in changes]
    assert entities == [
        ("goal", "inserted"),
        ("milestone", "inserted"),
        ("goal", "updated"),
        ("milestone", "updated"),
        ("goal", "updated"),
        ("victory", "inserted"),
    ]


def test_life_areas_are_editable(services: Services, circle: Circle) -> None:
    assert "Housing" in services.roadmap.life_areas()
    services.roadmap.create_goal(circle.sam.id, "Garden", life_area="Gardening")
    assert services.roadmap.set_life_areas([" Health ", "health", "Faith", ""]) == [
        "Health",
        "Faith",
    ]
    assert services.roadmap.life_areas() == ["Health", "Faith"]
    assert services.roadmap.areas_in_use() == ["Health", "Faith", "Gardening"]
    with pytest.raises(RoadmapError):
        services.roadmap.set_life_areas(["  "])


def test_today_is_used_for_done_dates(services: Services, circle: Circle) -> None:
    goal = services.roadmap.create_goal(circle.sam.id, "x")
    m = services.roadmap.add_milestone(goal.id, "y")
    services.roadmap.complete_milestone(m.id)
    assert services.roadmap.get_milestone(m.id).done_at == TODAY


def test_goals_are_found_by_the_words_of_their_title(services: Services, circle: Circle) -> None:
    """Every typed word, anywhere in the title, case and accents aside; with the other
    filters, on the timeline and in a board column alike."""
    roadmap = services.roadmap
    walk = roadmap.create_goal(circle.sam.id, "Caminar cada mañana")
    cook = roadmap.create_goal(circle.sam.id, "Cook on Sundays", status="paused")
    roadmap.create_goal(circle.alex.id, "Morning pages")
    assert roadmap.roadmap_goal_ids(GoalFilter(text="MANANA caminar")) == [walk.id]
    assert roadmap.roadmap_goal_ids(GoalFilter(text="sun")) == [cook.id]
    assert roadmap.roadmap_goal_ids(GoalFilter(text="  ")) == roadmap.roadmap_goal_ids()
    assert roadmap.roadmap_goal_ids(GoalFilter(text="morning", person_id=circle.sam.id)) == []
    assert roadmap.board_goal_ids("paused", GoalFilter(text="cook")) == [cook.id]
    assert roadmap.board_goal_ids("proposed", GoalFilter(text="cook")) == []
    assert title_matches("Ñandú y Árbol", "nandu arbol")
    assert not title_matches("Walk daily", "walk weekly")
