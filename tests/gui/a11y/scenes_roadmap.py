"""Scenes of the roadmap screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).

The tabs and the goal, milestone, check-in, person and plan dialogs are fit_scenes' own;
here: the goal detail's other tabs and states (no goal chosen, a chosen milestone, a goal
without milestones), an empty timeline, the undo and victory banners, the edit dialogs,
"Log a win", the life areas, and the two questions (delete a goal, remove a person).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager

from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.app import AppController
from peerdesk.gui.roadmap.page import RoadmapPage, confirm_box
from peerdesk.services.roadmap import GoalFilter, GoalRow
from peerdesk.services.session import Services
from tests.gui.fit_scenes import Scene, _dialog_scene, settle

SCENES: dict[str, Scene] = {}


def _services(controller: AppController) -> Services:
    services = controller.services
    assert services is not None
    return services


def _page(controller: AppController, tab: str = "roadmap") -> RoadmapPage:
    window = controller.window
    window.show_area("roadmap")
    page = window.pages["roadmap"]
    assert isinstance(page, RoadmapPage)
    page.ui.tabs.setCurrentIndex(("roadmap", "board", "for_me", "victories", "circle").index(tab))
    settle()
    return page


def _goals(services: Services) -> list[GoalRow]:
    ids = services.roadmap.roadmap_goal_ids(GoalFilter())
    rows = services.roadmap.goal_rows(ids)
    return [rows[i] for i in ids if i in rows]


def _goal(services: Services, test: Callable[[GoalRow], bool]) -> GoalRow:
    return next(goal for goal in _goals(services) if test(goal))


def _scene(name: str) -> Callable[[Callable[[AppController], Iterator[QWidget]]], Scene]:
    def register(function: Callable[[AppController], Iterator[QWidget]]) -> Scene:
        SCENES[name] = contextmanager(function)
        return SCENES[name]

    return register


def _dialog(name: str) -> Callable[[Callable[[AppController], QDialog]], Callable[..., QDialog]]:
    def register(make: Callable[[AppController], QDialog]) -> Callable[[AppController], QDialog]:
        SCENES[name] = _dialog_scene(make)
        return make

    return register


# -- the page in other states ------------------------------------------------------------------


@_scene("roadmap-no-goal-chosen")
def _no_goal(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    page.show_goal(None)
    settle()
    yield controller.window


@_scene("roadmap-timeline-empty")
def _timeline_empty(controller: AppController) -> Iterator[QWidget]:
    """Filters that leave nothing: the timeline says so (and how to go on)."""
    page = _page(controller)
    services = _services(controller)
    used = {(g.person_id, g.status) for g in _goals(services)}
    person = next(p for p in services.people.list() if all(p.id != u[0] for u in used))
    page.ui.personFilter.setCurrentIndex(page.ui.personFilter.findData(person.id))
    settle()
    assert page.timeline.empty_label.isVisible()
    try:
        yield controller.window
    finally:
        page.ui.personFilter.setCurrentIndex(0)
        settle()


def _detail_tab(tab: str, goal_test: Callable[[GoalRow], bool]) -> Scene:
    @contextmanager
    def show(controller: AppController) -> Iterator[QWidget]:
        page = _page(controller)
        page.show_goal(_goal(_services(controller), goal_test).id)
        detail = page.detail.ui
        detail.detailTabs.setCurrentWidget(getattr(detail, tab))
        settle()
        try:
            yield controller.window
        finally:
            detail.detailTabs.setCurrentIndex(0)
            settle()

    return show


SCENES["roadmap-goal-checkins"] = _detail_tab(
    "feedTab", lambda g: g.status in ("in_progress", "paused") and g.milestones_total > 0
)
SCENES["roadmap-goal-who-does-what"] = _detail_tab("whoTab", lambda g: g.milestones_total > 0)


@_scene("roadmap-milestone-chosen")
def _milestone_chosen(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    page.show_goal(_goal(_services(controller), lambda g: g.milestones_total > 1).id)
    model = page.detail.tree_model
    assert model is not None
    page.detail.ui.milestoneTree.setCurrentIndex(model.index(1, 0, model.goal_index()))
    settle()
    yield controller.window


@_scene("roadmap-board-goal-chosen")
def _board_goal(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller, "board")
    goal = _goal(_services(controller), lambda g: g.status == "in_progress")
    page.board.select_goal(goal.id, focus=True)
    settle()
    yield controller.window


@_scene("roadmap-undo-bar")
def _undo_bar(controller: AppController) -> Iterator[QWidget]:
    """Just after "Delete goal…": the undo bar floats over the page (undone afterwards)."""
    page = _page(controller)
    page.show_goal(_goal(_services(controller), lambda g: g.status == "achieved").id)
    confirm, page.confirm = page.confirm, lambda *_args: True
    try:
        page.delete_goal()
        settle()
        assert page.ui.undoBar.isVisible()
        yield controller.window
    finally:
        page.confirm = confirm
        page.undo_delete()
        settle()


@_scene("roadmap-victory-banner")
def _victory_banner(controller: AppController) -> Iterator[QWidget]:
    page = _page(controller)
    roadmap = _services(controller).roadmap
    page.celebrate(roadmap.get_victory(roadmap.victory_ids()[0]))
    settle()
    try:
        yield controller.window
    finally:
        page.victory_banner.dismiss()
        settle()


# -- dialogs -----------------------------------------------------------------------------------


@_dialog("dialog-edit-goal")
def _edit_goal(controller: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import GoalDialog

    services = _services(controller)
    goal = _goal(services, lambda g: bool(services.roadmap.participants(g.id)))
    return GoalDialog(
        services.people.list(),
        services.roadmap.areas_in_use(),
        controller.window,
        goal=goal,
        participants=services.roadmap.participants(goal.id),
    )


@_dialog("dialog-edit-milestone-late")
def _edit_milestone(controller: AppController) -> QDialog:
    """An existing step due after its goal's target date (the dialog says so)."""
    from peerdesk.gui.roadmap.dialogs import MilestoneDialog

    services = _services(controller)
    goal = _goal(services, lambda g: g.milestones_total > 0 and g.target_date is not None)
    milestone = services.roadmap.milestones(goal.id)[0]
    assert goal.target_date is not None
    dialog = MilestoneDialog(
        services.people.list(), controller.window, goal_target=goal.target_date, milestone=milestone
    )
    dialog.set_values(
        {"due_date": goal.target_date.replace(year=goal.target_date.year + 1).isoformat()}
    )
    assert dialog.ui.dateWarning.isVisibleTo(dialog)
    return dialog


@_dialog("dialog-goal-checkin-unsaid")
def _checkin_unsaid(controller: AppController) -> QDialog:
    """Save pressed on an empty check-in: it says what is missing."""
    from peerdesk.gui.roadmap.dialogs import GoalCheckinDialog

    services = _services(controller)
    goal = _goals(services)[0]
    dialog = GoalCheckinDialog(services.people.list(), goal.title, controller.window)
    dialog.accept()
    assert dialog.ui.errorLabel.isVisibleTo(dialog)
    return dialog


@_dialog("dialog-edit-person")
def _edit_person(controller: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import PersonDialog

    services = _services(controller)
    return PersonDialog(controller.window, person=services.people.list()[1])


@_dialog("dialog-log-win")
def _log_win(controller: AppController) -> QDialog:
    from peerdesk.gui.roadmap.dialogs import WinDialog

    return WinDialog(controller.window)


@_dialog("dialog-life-areas")
def _life_areas(controller: AppController) -> QDialog:
    from peerdesk.gui.roadmap.circle import life_areas_dialog

    return life_areas_dialog(controller.window, _services(controller).roadmap.life_areas())


@_dialog("dialog-delete-goal")
def _delete_goal(controller: AppController) -> QDialog:
    page = _page(controller)
    goal = _goal(_services(controller), lambda g: g.milestones_total > 0)
    return confirm_box(controller.window, *page.delete_question(goal.id))


@_dialog("dialog-remove-person")
def _remove_person(controller: AppController) -> QDialog:
    from peerdesk.gui.roadmap.circle import remove_question

    person = _services(controller).people.list()[1]
    return confirm_box(controller.window, *remove_question(person.name))
