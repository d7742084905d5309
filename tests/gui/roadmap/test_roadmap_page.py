"""The Roadmap area inside the real main window, over a real vault, offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.cli.main import main as cli_main
from peerdesk.gui.roadmap.dialogs import GoalCheckinDialog, GoalDialog, MilestoneDialog
from peerdesk.gui.roadmap.page import RoadmapPage
from peerdesk.gui.roadmap.pdf import plan_document
from peerdesk.services.roadmap.plan import PlanSelection, build_plan
from tests.conftest import PASSPHRASE
from tests.gui.roadmap.conftest import fix_clock

MOVE = Qt.DropAction.MoveAction


@pytest.fixture
def page(unlocked_controller: AppController) -> RoadmapPage:
    controller = unlocked_controller
    assert controller.services is not None
    fix_clock(controller.services)
    controller.services.people.create("Sam", "self", is_owner=True)
    controller.services.people.create("Alex", "peer_specialist")
    controller.window.show_area("roadmap")
    page = controller.window.pages["roadmap"]
    assert isinstance(page, RoadmapPage)
    return page


def _people(page: RoadmapPage) -> dict[str, str]:
    assert page.services is not None
    return {p.name: p.id for p in page.services.people.list()}


def _create_goal_through_dialogs(page: RoadmapPage, qtbot: QtBot) -> str:
    people = _people(page)
    page.new_goal()
    dialog = page.current_dialog()
    assert isinstance(dialog, GoalDialog)
    qtbot.keyClicks(dialog.ui.titleEdit, "Move into my own flat")
    dialog.ui.areaCombo.setCurrentText("Housing")
    dialog.accept()
    assert page.goal_id is not None
    goal_id = page.goal_id
    for title, owner in (("Forms", "Sam"), ("Viewing", "Alex"), ("Deposit", "Alex")):
        page.detail.ui.addMilestoneButton.click()
        step = page.current_dialog()
        assert isinstance(step, MilestoneDialog)
        qtbot.keyClicks(step.ui.titleEdit, title)
        step.ui.ownerCombo.setCurrentIndex(step.ui.ownerCombo.findData(people[owner]))
        step.accept()
    return goal_id


def test_goal_with_three_milestones_victory_and_board_drag_survive_lock(
    unlocked_controller: AppController, page: RoadmapPage, qtbot: QtBot, qtmodeltester: Any
) -> None:
    controller = unlocked_controller
    assert page.board_models == {}  # read only when the board is first shown
    for tab in (1, 3, 0):  # board, victories, back to the roadmap
        page.ui.tabs.setCurrentIndex(tab)
    for model in (page.roadmap_model, *page.board_models.values(), page.victories_model):
        qtmodeltester.check(model)
    goal_id = _create_goal_through_dialogs(page, qtbot)
    tree = page.detail.tree_model
    assert tree is not None
    qtmodeltester.check(tree)
    goal_index = tree.goal_index()
    assert [tree.index(r, 1, goal_index).data() for r in range(3)] == ["Sam", "Alex", "Alex"]
    assert page.detail.ui.progressBar.text() == "0 of 3 milestones done"

    # Tick "Viewing" (Alex's) as a view would: the victory appears, progress moves.
    viewing = tree.index(1, 0, goal_index)
    assert tree.setData(viewing, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert page.ui.victoryBanner.isVisible()
    assert "Milestone done: Viewing" in page.ui.victoryText.text()
    assert page.victories_model is not None
    assert page.victories_model.rowCount() == 1
    assert page.victories_model.index(0).data().startswith("Milestone done: Viewing\n")
    assert page.detail.ui.progressBar.text() == "1 of 3 milestones done"
    assert page.detail.ui.progressBar.value() == 1
    assert page.roadmap_model is not None
    assert page.roadmap_model.goal_at(0).progress_text == "1 of 3 milestones done"  # type: ignore[union-attr]

    # Drag the card from "Proposed" to "In progress" on the board.
    page.ui.tabs.setCurrentIndex(1)
    source = page.board.columns["proposed"]
    target = page.board.columns["in_progress"]
    assert source.view.model() is page.board_models["proposed"]
    mime = source.view.model().mimeData([source.view.model().index(0, 0)])
    assert target.view.model().dropMimeData(mime, MOVE, 0, 0, QModelIndex())
    assert page.board_models["proposed"].rowCount() == 0
    assert page.board_models["in_progress"].ids() == [goal_id]
    assert target.header.full_text() == "In progress · 1"

    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.lock()
    assert page.board_models == {}
    assert target.view.model() is None
    assert page.timeline.view.model() is None
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert page.board_models["in_progress"].ids() == [goal_id]
    assert page.board_models["proposed"].ids() == []
    assert page.board.columns["in_progress"].view.model().rowCount() == 1
    services = controller.services
    assert services is not None
    assert services.roadmap.get_goal(goal_id).status == "in_progress"
    assert services.roadmap.feed(goal_id)[0].summary == (
        "Status changed from Proposed to In progress"
    )
    # The page came back where it was: the same goal in the detail.
    assert page.goal_id == goal_id
    assert page.detail.ui.progressBar.text() == "1 of 3 milestones done"


def test_delete_asks_offers_undo_and_keeps_a_tombstone(page: RoadmapPage, qtbot: QtBot) -> None:
    goal_id = _create_goal_through_dialogs(page, qtbot)
    asked: list[str] = []
    page.confirm = lambda _parent, _title, text: asked.append(text) or False  # type: ignore[func-returns-value]
    page.ui.deleteButton.click()
    assert "with its 3 milestones?" in asked[0]  # no "0 check-ins"
    assert page.roadmap_model is not None
    assert page.roadmap_model.ids() == [goal_id]

    page.confirm = lambda *_args: True
    page.ui.deleteButton.click()
    assert page.roadmap_model.ids() == []
    assert page.goal_id is None
    assert page.ui.undoBar.isVisible()
    assert page.services is not None
    assert page.services.roadmap.deleted_goal_ids() == [goal_id]

    page.ui.undoButton.click()
    assert not page.ui.undoBar.isVisible()
    assert page.roadmap_model.ids() == [goal_id]
    assert page.goal_id == goal_id
    assert page.detail.tree_model is not None
    assert page.detail.tree_model.rowCount(page.detail.tree_model.goal_index()) == 3


def test_an_open_checkin_survives_an_auto_lock_as_a_draft(
    unlocked_controller: AppController, page: RoadmapPage, qtbot: QtBot
) -> None:
    controller = unlocked_controller
    goal_id = _create_goal_through_dialogs(page, qtbot)
    page.ui.checkinButton.click()
    dialog = page.current_dialog()
    assert isinstance(dialog, GoalCheckinDialog)
    dialog.ui.whatEdit.setPlainText("Half-written thoughts about the viewing")
    with qtbot.waitSignal(controller.locked, timeout=5000):
        controller.set_auto_lock_ms(100)
    assert not dialog.isVisible()
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    controller.set_auto_lock_ms(0)
    reopened = page.current_dialog()
    assert isinstance(reopened, GoalCheckinDialog)
    assert reopened.isVisible()
    assert reopened.ui.whatEdit.toPlainText() == "Half-written thoughts about the viewing"
    reopened.accept()
    assert controller.services is not None
    assert controller.services.roadmap.feed(goal_id)[0].what_happened.startswith("Half-written")
    # Nothing of it stays in the drafts table once used.
    assert controller.services.drafts.keys() == []


def test_filters_narrow_the_roadmap_and_board(page: RoadmapPage, qtbot: QtBot) -> None:
    goal_id = _create_goal_through_dialogs(page, qtbot)
    assert page.services is not None
    people = _people(page)
    other = page.services.roadmap.create_goal(people["Alex"], "Alex's own", life_area="Health")
    page.ui.tabs.setCurrentIndex(1)
    assert page.roadmap_model is not None
    assert set(page.roadmap_model.ids()) == {goal_id, other.id}
    page.ui.personFilter.setCurrentIndex(page.ui.personFilter.findData(people["Sam"]))
    assert page.roadmap_model.ids() == [goal_id]
    page.ui.personFilter.setCurrentIndex(0)
    page.ui.areaFilter.setCurrentIndex(page.ui.areaFilter.findData("Health"))
    assert page.roadmap_model.ids() == [other.id]
    assert page.board_models["proposed"].ids() == [other.id]
    page.ui.statusFilter.setCurrentIndex(page.ui.statusFilter.findData("achieved"))
    assert page.roadmap_model.ids() == []
    assert page.timeline.empty_label.isVisibleTo(page.timeline)


HOSTILE = "<script>alert(1)</script><img src=http://evil.example/x.png>"


def test_pdf_plan_is_written_and_hostile_text_stays_text(
    page: RoadmapPage, qtbot: QtBot, tmp_path: Path
) -> None:
    assert page.services is not None
    people = _people(page)
    goal = page.services.roadmap.create_goal(people["Sam"], f"Flat {HOSTILE}")
    page.services.roadmap.add_milestone(goal.id, "Forms", owner_id=people["Alex"])
    selection = PlanSelection(people["Sam"])
    (tmp_path / "out").mkdir()
    out = tmp_path / "out" / "plan.pdf"
    page.export_plan(selection, "pdf", out)
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    assert out.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in out.parent.iterdir()] == ["plan.pdf"]  # no partial file left
    document = plan_document(build_plan(page.services.roadmap, page.services.people, selection))
    assert f"Flat {HOSTILE}" in document.toPlainText()
    assert "Forms" in document.toPlainText()


def test_cli_exports_a_pdf(tmp_path: Path, fast_kdf: Any, qapp: Any) -> None:
    from peerdesk.services.session import end_session, start_session
    from peerdesk.vault.vault import Vault

    folder = tmp_path / "v"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    sam = services.people.create("Sam", "self", is_owner=True)
    services.roadmap.create_goal(sam.id, "Walk every day")
    end_session(services)
    vault.close()
    secret = tmp_path / "pass"
    secret.write_text(PASSPHRASE, encoding="utf-8")
    out = tmp_path / "plan.pdf"
    args = ["export", "roadmap", "--vault", str(folder), "--passphrase-file", str(secret)]
    assert cli_main([*args, "--format", "pdf", "--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"%PDF")


def test_plan_dialog_says_what_the_file_will_contain(page: RoadmapPage, qtbot: QtBot) -> None:
    from peerdesk.gui.roadmap.plan_export import PlanExportDialog

    assert page.services is not None
    people = _people(page)
    walk = page.services.roadmap.create_goal(people["Sam"], "Walk daily")
    page.services.roadmap.add_milestone(walk.id, "Shoes")
    page.services.roadmap.create_goal(people["Sam"], "Old one", status="achieved")
    dialog = PlanExportDialog(page.services.roadmap, page.services.people, page)
    qtbot.addWidget(dialog)
    checked = [
        dialog.ui.goalsList.item(i).checkState() == Qt.CheckState.Checked
        for i in range(dialog.ui.goalsList.count())
    ]
    assert checked == [False, True]  # "Old one" (achieved) is offered, not ticked
    assert dialog.ui.summaryLabel.text() == (
        "The file will contain: Recovery plan for Sam: 1 goal, 1 milestone, 0 check-ins."
    )
    dialog.ui.contactsCheck.setChecked(True)
    dialog.ui.milestonesCheck.setChecked(False)
    assert dialog.ui.summaryLabel.text().endswith(
        "1 goal, 0 milestones, 0 check-ins. Contact details are included."
    )
    selection = dialog.selection()
    assert selection is not None
    assert selection.goal_ids == (walk.id,)
    assert selection.include_contacts


def test_circle_add_person_through_the_dialog(page: RoadmapPage, qtbot: QtBot) -> None:
    from peerdesk.gui.roadmap.dialogs import PersonDialog

    page.ui.tabs.setCurrentIndex(4)
    page.ui.addPersonButton.click()
    dialog = page.current_dialog()
    assert isinstance(dialog, PersonDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Thursday group")
    dialog.ui.roleCombo.setCurrentIndex(dialog.ui.roleCombo.findData("group"))
    dialog.accept()
    assert page.people_model is not None
    assert [page.people_model.index(r, 0).data() for r in range(3)] == [
        "Sam (you)",
        "Alex",
        "Thursday group",
    ]
    assert page.ui.personFilter.findText("Thursday group") >= 0


def test_a_card_dropped_on_a_board_column_view_changes_status(
    page: RoadmapPage, qtbot: QtBot
) -> None:
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
    from PySide6.QtWidgets import QApplication

    assert page.services is not None
    people = _people(page)
    goal = page.services.roadmap.create_goal(people["Sam"], "Cook on Sundays")
    page.ui.tabs.setCurrentIndex(1)
    source = page.board.columns["proposed"].view
    target = page.board.columns["paused"].view
    mime = source.model().mimeData([source.model().index(0, 0)])
    where = QPoint(20, 20)
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    viewport = target.viewport()
    QApplication.sendEvent(viewport, QDragEnterEvent(QPointF(where), MOVE, mime, buttons, mods))
    QApplication.sendEvent(viewport, QDragMoveEvent(QPointF(where), MOVE, mime, buttons, mods))
    drop = QDropEvent(QPointF(where), MOVE, mime, buttons, mods)
    QApplication.sendEvent(viewport, drop)
    assert drop.isAccepted()
    assert page.board_models["paused"].ids() == [goal.id]
    assert page.services.roadmap.get_goal(goal.id).status == "paused"


def test_milestones_reorder_from_the_keyboard(page: RoadmapPage, qtbot: QtBot) -> None:
    goal_id = _create_goal_through_dialogs(page, qtbot)
    tree_view = page.detail.ui.milestoneTree
    model = page.detail.tree_model
    assert model is not None
    tree_view.setCurrentIndex(model.index(2, 0, model.goal_index()))  # "Deposit"
    tree_view.setFocus()
    qtbot.keyClick(tree_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(tree_view, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert page.services is not None
    assert [m.title for m in page.services.roadmap.milestones(goal_id)] == [
        "Deposit",
        "Forms",
        "Viewing",
    ]
    assert page.detail.selected_milestone().title == "Deposit"  # type: ignore[union-attr]


def test_editing_a_goal_updates_participants_and_records_the_status(
    page: RoadmapPage, qtbot: QtBot
) -> None:
    from datetime import date

    assert page.services is not None
    people = _people(page)
    goal = page.services.roadmap.create_goal(
        people["Sam"], "Walk daily", participants=[(people["Alex"], "walks on Mondays")]
    )
    page.show_goal(goal.id)
    page.detail.ui.editGoalButton.click()
    dialog = page.current_dialog()
    assert isinstance(dialog, GoalDialog)
    assert dialog.values()["participants"] == [[people["Alex"], "walks on Mondays"]]
    dialog.ui.titleEdit.setText("Walk every day")
    dialog.ui.statusCombo.setCurrentIndex(dialog.ui.statusCombo.findData("in_progress"))
    dialog.start.set(date(2026, 12, 1))
    dialog.target.set(date(2026, 11, 1))
    assert dialog.ui.datesWarning.isVisibleTo(dialog)  # allowed, but flagged
    table = dialog.ui.participantsTable
    for row in range(table.rowCount()):
        table.item(row, 0).setCheckState(Qt.CheckState.Unchecked)
    dialog.accept()
    row = page.services.roadmap.get_goal(goal.id)
    assert (row.title, row.status) == ("Walk every day", "in_progress")
    assert row.date_warnings == ("The target date is before the start date.",)
    assert page.services.roadmap.participants(goal.id) == []
    assert page.services.roadmap.feed(goal.id)[0].to_status == "in_progress"
    assert page.detail.ui.headingLabel.text() == "Walk every day"
    assert "target date is before" in page.detail.ui.warningLabel.text()


def test_new_goal_starts_today_says_what_missing_dates_mean_and_shows_six_people(
    page: RoadmapPage, qtbot: QtBot
) -> None:
    assert page.services is not None
    for name in ("Ana", "Ben", "Cleo", "Dev", "Eli"):
        page.services.people.create(name)
    people = page.services.people.list()
    assert len(people) >= 6
    page.new_goal()
    dialog = page.current_dialog()
    assert isinstance(dialog, GoalDialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.start.get() == date.today()  # Enter in the title still gives a start
    assert dialog.ui.datesWarning.isVisibleTo(dialog)
    assert "target" in dialog.ui.datesWarning.text()
    dialog.start.set(None)
    assert "No dates" in dialog.ui.datesWarning.text()
    table = dialog.ui.participantsTable
    viewport = table.viewport().rect()
    for row in range(min(6, table.rowCount())):
        assert viewport.contains(table.visualRect(table.model().index(row, 0))), row
    dialog.reject()
