"""The roadmap's item models: consistent (qtmodeltester), lazy, and driven by the services."""

from __future__ import annotations

import random
from collections.abc import Sequence
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt

from peerdesk.gui.common.id_rows import IdListModel
from peerdesk.gui.roadmap.goal_tree import GoalTreeModel
from peerdesk.gui.roadmap.list_models import (
    DueSoonModel,
    PeopleModel,
    WaitingOnModel,
    WhoDoesWhatModel,
    rows_of,
)
from peerdesk.gui.roadmap.models import (
    BoardColumnModel,
    FeedModel,
    RoadmapModel,
    TimelineRow,
    VictoriesModel,
)
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.roadmap import GoalFilter
from peerdesk.services.session import Services

MOVE = Qt.DropAction.MoveAction


class _ListOverPython(IdListModel[str]):
    list_entities = frozenset({"thing"})

    def __init__(self, bus: ChangeBus) -> None:
        super().__init__(bus)
        self.source: list[str] = []
        self.fetched: list[Sequence[str]] = []

    def load_ids(self) -> list[str]:
        return list(self.source)

    def load_rows(self, ids: Sequence[str]) -> dict[str, str]:
        self.fetched.append(list(ids))
        return {i: i.upper() for i in ids}

    def display(self, row: str, role: int) -> Any:
        return row if role == Qt.ItemDataRole.DisplayRole else None


def test_id_list_model_syncs_any_change_and_fetches_lazily(qtmodeltester: Any) -> None:
    bus = ChangeBus()
    model = _ListOverPython(bus)
    qtmodeltester.check(model)
    rng = random.Random(4)
    pool = [f"k{i}" for i in range(40)]
    for _ in range(60):
        model.source = rng.sample(pool, rng.randint(0, 30))
        bus.publish(Change("thing", "updated"))
        assert model.ids() == model.source
        assert [model.index(r).data() for r in range(model.rowCount())] == [
            k.upper() for k in model.source
        ]
    model.close()
    assert model.rowCount() == 0
    # A big list: rows are read a page at a time, only when asked for.
    big = _ListOverPython(bus)
    big.source = [f"n{i}" for i in range(5000)]
    big.reload()
    assert big.fetched == []
    assert big.index(4321).data() == "N4321"
    assert len(big.fetched) == 1
    assert len(big.fetched[0]) == 32
    big.close()


def _flat_goal(services: Services, circle: Any) -> str:
    goal = services.roadmap.create_goal(
        circle.sam.id,
        "Move into my own flat",
        life_area="Housing",
        start_date=date(2026, 10, 1),
        target_date=date(2027, 3, 1),
        participants=[(circle.alex.id, "housing forms")],
    )
    rm = services.roadmap
    rm.add_milestone(goal.id, "Forms", owner_id=circle.alex.id, due_date=date(2026, 12, 1))
    rm.add_milestone(goal.id, "Viewing", owner_id=circle.sam.id, due_date=date(2027, 1, 15))
    rm.add_milestone(goal.id, "Deposit", owner_id=circle.sam.id, due_date=date(2027, 4, 1))
    return goal.id


def test_roadmap_model_follows_goals_and_filters(
    qtmodeltester: Any, services: Services, circle: Any
) -> None:
    model = RoadmapModel(services.roadmap)
    model.reload()
    qtmodeltester.check(model)
    flat = _flat_goal(services, circle)
    health = services.roadmap.create_goal(circle.jordan.id, "Walk", life_area="Health").id
    assert model.ids() == [flat, health]
    row = model.index(0).data(model.RowRole)
    assert isinstance(row, TimelineRow)
    assert row.goal.progress_text == "0 of 3 milestones done"
    assert [due for due, _done in row.marks] == [
        date(2026, 12, 1),
        date(2027, 1, 15),
        date(2027, 4, 1),
    ]
    assert "One milestone is due after" in model.index(0).data(Qt.ItemDataRole.ToolTipRole)
    model.set_filter(GoalFilter(person_id=circle.jordan.id))
    assert model.ids() == [health]
    model.set_filter(GoalFilter(life_area="Housing"))
    assert model.ids() == [flat]
    services.roadmap.delete_goal(flat)
    assert model.ids() == []
    model.close()


def test_board_drop_changes_status_and_order(
    qtmodeltester: Any, services: Services, circle: Any
) -> None:
    columns = {s: BoardColumnModel(services.roadmap, s) for s in ("proposed", "in_progress")}
    for model in columns.values():
        model.reload()
        qtmodeltester.check(model)
    a, b, c = (services.roadmap.create_goal(circle.sam.id, t).id for t in "ABC")
    proposed, doing = columns["proposed"], columns["in_progress"]
    assert proposed.ids() == [a, b, c]

    mime = proposed.mimeData([proposed.index(1)])
    assert doing.canDropMimeData(mime, MOVE, -1, -1, QModelIndex())
    assert doing.dropMimeData(mime, MOVE, -1, -1, QModelIndex())
    assert proposed.ids() == [a, c]
    assert doing.ids() == [b]
    assert services.roadmap.get_goal(b).status == "in_progress"
    assert services.roadmap.feed(b)[0].summary == "Status changed from Proposed to In progress"

    # Within a column: C dropped above A.
    assert proposed.dropMimeData(proposed.mimeData([proposed.index(1)]), MOVE, 0, 0, QModelIndex())
    assert proposed.ids() == [c, a]
    # Nonsense is refused.
    assert not doing.dropMimeData(proposed.mimeData([]), MOVE, 0, 0, QModelIndex())
    for model in columns.values():
        model.close()


def test_goal_tree_ticks_reorders_and_celebrates(
    qtmodeltester: Any, qtbot: Any, services: Services, circle: Any
) -> None:
    goal_id = _flat_goal(services, circle)
    model = GoalTreeModel(services.roadmap)
    model.set_goal(goal_id)
    qtmodeltester.check(model)
    goal = model.goal_index()
    assert model.rowCount(goal) == 3
    assert model.index(0, 3).data() == "0 of 3"
    assert model.index(2, 2, goal).data() == "1 Apr 2027 ⚠"  # after the target: flagged

    first = model.index(0, 0, goal)
    with qtbot.waitSignal(model.victory_won) as won:
        assert model.setData(first, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert won.args[0].text == "Milestone done: Forms"
    assert model.index(0, 3).data() == "1 of 3"
    assert Qt.CheckState(first.data(Qt.ItemDataRole.CheckStateRole)) == Qt.CheckState.Checked

    # Drag "Deposit" onto the goal at row 0: it becomes the first milestone.
    mime = model.mimeData([model.index(2, 0, goal)])
    assert model.dropMimeData(mime, MOVE, 0, 0, goal)
    assert [model.index(r, 0, goal).data() for r in range(3)] == ["Deposit", "Forms", "Viewing"]
    assert [m.title for m in services.roadmap.milestones(goal_id)] == [
        "Deposit",
        "Forms",
        "Viewing",
    ]
    services.roadmap.add_milestone(goal_id, "Keys")
    assert model.rowCount(goal) == 4
    services.roadmap.delete_goal(goal_id)
    assert model.rowCount() == 0
    model.close()


def test_feed_victories_and_lists(qtmodeltester: Any, services: Services, circle: Any) -> None:
    goal_id = _flat_goal(services, circle)
    services.roadmap.set_status(goal_id, "in_progress")
    feed = FeedModel(services.roadmap)
    feed.set_goal(goal_id)
    victories = VictoriesModel(services.roadmap)
    victories.reload()
    due = DueSoonModel(services.roadmap)
    due.reload()
    waiting = WaitingOnModel(services.roadmap, circle.sam.id)
    waiting.reload()
    who = WhoDoesWhatModel(services.roadmap)
    who.set_goal(goal_id)
    people = PeopleModel(services.people)
    people.reload()
    for model in (feed, victories, due, waiting, who, people):
        qtmodeltester.check(model)

    services.roadmap.add_checkin(
        goal_id,
        person_id=circle.sam.id,
        rating=4,
        what_happened="Forms are in",
        next_step="Phone the landlord",
        next_step_owner_id=circle.sam.id,
    )
    assert feed.rowCount() == 2
    assert feed.index(0).data().splitlines()[1:] == [
        "How it is going: Going well (4 of 5)",
        "Forms are in",
        "Next step: Phone the landlord (Sam)",
    ]
    assert "Status changed from Proposed to In progress" in feed.index(1).data()
    assert [w.text for w in rows_of(waiting)] == ["Viewing", "Deposit", "Phone the landlord"]
    assert [m.title for m in rows_of(due)] == ["Forms"]

    services.roadmap.log_win("Slept eight hours")
    assert victories.rowCount() == 1
    assert victories.index(0).data().startswith("Slept eight hours\n")
    parts = {p.person_name: p for p in rows_of(who)}
    assert parts["Alex"].milestones == ("Forms",)

    services.people.create("Robin", "group")
    assert [p.name for p in rows_of(people)] == ["Sam", "Alex", "Jordan", "Robin"]
    assert people.index(0, 0).data() == "Sam (you)"
    for model in (feed, victories, due, waiting, who, people):
        model.close()
        assert model.rowCount() == 0


@pytest.mark.parametrize("status", ["paused", "not_achieved"])
def test_paused_and_not_achieved_leave_the_owner_lists(
    services: Services, circle: Any, status: str
) -> None:
    goal_id = _flat_goal(services, circle)
    due = DueSoonModel(services.roadmap)
    due.reload()
    assert due.rowCount() == 1
    services.roadmap.set_status(goal_id, status)
    assert due.rowCount() == 0
    due.close()


def test_a_renamed_person_shows_everywhere(
    qtmodeltester: Any, services: Services, circle: Any
) -> None:
    goal_id = _flat_goal(services, circle)
    services.roadmap.add_checkin(goal_id, person_id=circle.alex.id, rating=3)
    services.roadmap.log_win("Kept going", person_id=circle.alex.id)
    feed = FeedModel(services.roadmap)
    feed.set_goal(goal_id)
    victories = VictoriesModel(services.roadmap)
    victories.reload()
    roadmap = RoadmapModel(services.roadmap)
    roadmap.reload()
    for model in (feed, victories, roadmap):
        qtmodeltester.check(model)
    assert "Alex" in feed.index(0).data()
    services.people.update(circle.alex.id, name="Alex Moreau")
    services.people.update(circle.sam.id, name="Sam Rivera")
    assert "Alex Moreau" in feed.index(0).data()
    assert "Alex Moreau" in victories.index(0).data()
    assert roadmap.goal_at(0).person_name == "Sam Rivera"  # type: ignore[union-attr]
    for model in (feed, victories, roadmap):
        model.close()
