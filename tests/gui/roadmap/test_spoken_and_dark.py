"""What a screen reader hears from the roadmap's painted views, and the roadmap in the dark
scheme (issue 13): one spoken sentence per goal and milestone (Qt.AccessibleTextRole, read
through Qt's accessibility layer as a screen reader does); no colour of its own, every
colour a theme role, followed when the scheme switches."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAccessible, QColor, QFont, QFontMetrics
from PySide6.QtWidgets import QApplication, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.common.theme import DARK, LIGHT, apply_scheme
from peerdesk.gui.roadmap.dates import long_date
from peerdesk.gui.roadmap.page import RoadmapPage
from peerdesk.services.session import Services
from tests.gui.roadmap.conftest import TODAY, fix_clock

ROADMAP_GUI = Path(__file__).resolve().parents[3] / "src" / "peerdesk" / "gui" / "roadmap"
Role = Qt.ItemDataRole


@pytest.fixture
def page(unlocked_controller: AppController, qtbot: QtBot) -> RoadmapPage:
    services = unlocked_controller.services
    assert services is not None
    fix_clock(services)
    sam = services.people.create("Sam", "self", is_owner=True)
    alex = services.people.create("Alex", "peer_specialist")
    goal = services.roadmap.create_goal(
        sam.id,
        "Walk every morning",
        life_area="Health",
        status="in_progress",
        start_date=date(2026, 11, 1),
        target_date=date(2027, 3, 12),
    )
    shoes = services.roadmap.add_milestone(goal.id, "Buy shoes", due_date=date(2026, 11, 20))
    services.roadmap.add_milestone(
        goal.id, "Walk with Alex", owner_id=alex.id, due_date=date(2027, 4, 1)
    )
    services.roadmap.add_milestone(goal.id, "A month of mornings")
    services.roadmap.complete_milestone(shoes.id)
    window = unlocked_controller.window
    window.show_area("roadmap")
    roadmap = window.pages["roadmap"]
    assert isinstance(roadmap, RoadmapPage)
    roadmap.show_goal(goal.id)
    qtbot.waitExposed(window)
    return roadmap


def _services(page: RoadmapPage) -> Services:
    assert page.services is not None
    return page.services


def _spoken(view: object, row: int) -> str:
    """The name a screen reader gets for a view's row, through QAccessible."""
    interface = QAccessible.queryAccessibleInterface(view)
    assert interface is not None
    for i in range(interface.childCount()):
        child = interface.child(i)
        if child is not None and child.role() in (
            QAccessible.Role.ListItem,
            QAccessible.Role.TreeItem,
            QAccessible.Role.Cell,
        ):
            if row == 0:
                return child.text(QAccessible.Text.Name)
            row -= 1
    raise AssertionError("no such row")


def _on(day: date) -> str:
    """The date as the locale of the test run writes it (QLocale; "March 12, 2027")."""
    return long_date(day)


def goal_sentence() -> str:
    return (
        "Goal: Walk every morning. In progress, Sam, Health. 1 of 3 milestones done."
        f" Target date: {_on(date(2027, 3, 12))}."
        " One milestone is due after the goal's target date."
    )


def test_timeline_and_board_rows_speak_a_whole_sentence(page: RoadmapPage) -> None:
    assert page.roadmap_model is not None
    assert page.roadmap_model.index(0).data(Role.AccessibleTextRole) == goal_sentence()
    assert page.roadmap_model.index(0).data(Role.DisplayRole) == "Walk every morning"
    assert _spoken(page.timeline.view, 0) == goal_sentence()
    page.ui.tabs.setCurrentIndex(1)
    column = page.board.columns["in_progress"]
    assert column.model is not None
    assert column.model.index(0).data(Role.AccessibleTextRole) == goal_sentence()
    assert _spoken(column.view, 0) == goal_sentence()
    assert column.view.accessibleName() == "Board column In progress: 1 goal"
    assert page.board.columns["paused"].view.accessibleName() == "Board column Paused: 0 goals"


def test_goal_tree_speaks_the_goal_and_each_milestone(page: RoadmapPage) -> None:
    model = page.detail.tree_model
    assert model is not None
    goal = model.goal_index()
    assert goal.data(Role.AccessibleTextRole) == goal_sentence()
    spoken = [model.index(r, 0, goal).data(Role.AccessibleTextRole) for r in range(3)]
    assert spoken == [
        f"Milestone: Buy shoes. Done on {_on(TODAY)}. Who: anyone. Due: {_on(date(2026, 11, 20))}.",
        f"Milestone: Walk with Alex. Not done yet. Who: Alex. Due: {_on(date(2027, 4, 1))}."
        " It is due after the goal's target date.",
        "Milestone: A month of mornings. Not done yet. Who: anyone.",
    ]
    # The other columns keep their own short text for the cells.
    assert model.index(1, 1, goal).data(Role.AccessibleTextRole) == "Alex"


def test_victories_and_feed_speak_their_text(page: RoadmapPage) -> None:
    page.ui.tabs.setCurrentIndex(3)
    assert page.victories_model is not None
    spoken = page.victories_model.index(0).data(Role.AccessibleTextRole)
    assert spoken.startswith("Milestone done: Buy shoes\n")
    assert _on(TODAY) in spoken


# -- dark ----------------------------------------------------------------------------------------


@pytest.fixture
def dark(qapp: QApplication) -> Iterator[None]:
    apply_scheme(qapp, "dark")
    try:
        yield
    finally:
        apply_scheme(qapp, "light")


def _pixel(widget: object, point: QPoint) -> str:
    image = widget.grab().toImage()  # type: ignore[attr-defined]
    return QColor(image.pixel(point)).name()


def test_the_roadmap_follows_the_dark_scheme(page: RoadmapPage, qtbot: QtBot, dark: None) -> None:
    services = _services(page)
    sam = services.people.owner()
    assert sam is not None
    services.roadmap.create_goal(sam.id, "Cook on Sundays")  # a second, unchosen row
    view = page.timeline.view
    qtbot.waitUntil(lambda: page.roadmap_model is not None and page.roadmap_model.rowCount() == 2)
    second = view.visualRect(page.roadmap_model.index(1))  # type: ignore[union-attr]
    # A row's background is the dark surface, not the light one (nor white).
    assert _pixel(view.viewport(), second.topLeft() + QPoint(2, 2)) == DARK["surface"]
    ruler = page.timeline.ruler
    assert _pixel(ruler, QPoint(2, 2)) == DARK["ruler_bg"]
    # Widgets styled with their own sheet pick the dark values up when the scheme switches.
    page.victory_banner.show_text("A small victory")
    assert DARK["victory_bg"] in page.ui.victoryBanner.styleSheet()
    assert LIGHT["victory_bg"] not in page.ui.victoryBanner.styleSheet()
    assert DARK["progress_track"] in page.detail.ui.progressBar.styleSheet()
    assert DARK["surface"] in page.detail.ui.visionLabel.styleSheet()
    page.ui.tabs.setCurrentIndex(1)
    column = page.board.columns["proposed"]
    card = column.view.visualRect(column.model.index(0))  # type: ignore[union-attr]
    assert _pixel(column.view.viewport(), card.center() + QPoint(card.width() // 3, 0)) in {
        DARK["surface"],
        DARK["card_selected"],
    }


def test_the_roadmap_paints_no_colour_of_its_own() -> None:
    """Every colour is a theme role (light and dark values, contrast-checked)."""
    literal = re.compile(r"#[0-9a-fA-F]{3,8}\b|\b(white|black)\b|QColor\(\s*\d")
    found = [
        f"{path.name}:{number}: {line.strip()}"
        for path in sorted(ROADMAP_GUI.glob("*.py"))
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if literal.search(line) and not line.lstrip().startswith("#")
    ]
    assert found == []


def test_timeline_rows_and_ruler_grow_with_the_font(page: RoadmapPage) -> None:
    """At 200 % the title and the details of a goal still get a line each (no overlap)."""
    assert page.roadmap_model is not None
    index = page.roadmap_model.index(0)
    option = QStyleOptionViewItem()
    small, large = QFont(page.font()), QFont(page.font())
    small.setPointSizeF(10)
    large.setPointSizeF(20)
    heights = []
    for font in (small, large):
        option.font = font
        heights.append(page.timeline.delegate.sizeHint(option, index).height())
        bold = QFont(font)
        bold.setBold(True)
        two_lines = QFontMetrics(bold).lineSpacing() + QFontMetrics(font).lineSpacing()
        assert heights[-1] >= two_lines
    assert heights[1] > heights[0]
    ruler = page.timeline.ruler
    ruler.setFont(large)
    assert ruler.height() >= QFontMetrics(large).height()
