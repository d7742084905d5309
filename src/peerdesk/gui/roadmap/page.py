"""The Roadmap area: timeline, board, "for me" lists, victories and the circle, with the
selected goal's detail beside them.

Dialogs open window-modal without a nested event loop; the one that is open is kept as
an encrypted draft when the vault locks (the shell rejects open dialogs just before it asks
for drafts, so the last dialog is forgotten only on the next turn of the event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEasingCurve, QPropertyAnimation, QTimer
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QGraphicsOpacityEffect,
    QHeaderView,
    QInputDialog,
    QMessageBox,
    QTableView,
    QWidget,
)

from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_roadmap_page import Ui_RoadmapPage
from peerdesk.gui.roadmap.board import BoardView
from peerdesk.gui.roadmap.dialogs import (
    GoalCheckinDialog,
    GoalDialog,
    MilestoneDialog,
    PersonDialog,
    parse_iso,
    select_data,
)
from peerdesk.gui.roadmap.goal_detail import GoalDetail
from peerdesk.gui.roadmap.list_models import DueSoonModel, PeopleModel, WaitingOnModel
from peerdesk.gui.roadmap.models import BoardColumnModel, RoadmapModel, VictoriesModel
from peerdesk.gui.roadmap.plan_export import SUFFIXES, PlanExportDialog
from peerdesk.gui.roadmap.timeline import RoadmapTimeline
from peerdesk.services.events import Change
from peerdesk.services.roadmap import (
    STATUS_LABELS,
    DeletedGoal,
    GoalFilter,
    RoadmapError,
    VictoryRow,
)
from peerdesk.services.roadmap.formats.plan_text import write_plan_text
from peerdesk.services.roadmap.plan import PlanSelection, build_plan
from peerdesk.services.session import Services
from peerdesk.store.records.roadmap import GOAL_STATUSES
from peerdesk.vault.errors import VaultError

VICTORY_SHOWN_MS = 9000
UNDO_SHOWN_MS = 20000
BANNER_STYLE = (
    "QFrame#victoryBanner { background: #fff4dc; border: 1px solid #e8b86d; border-radius: 10px; }"
)
UNDO_STYLE = "QFrame#undoBar { background: #eef4f3; border: 1px solid #9bb; border-radius: 10px; }"
TABS = ("roadmap", "board", "for_me", "victories", "circle")


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


class RoadmapPage(AreaPage):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoadmapPage()
        self.ui.setupUi(self)
        self.timeline = RoadmapTimeline()
        self.ui.roadmapLayout.addWidget(self.timeline)
        self.board = BoardView()
        self.ui.boardLayout.addWidget(self.board)
        self.detail = GoalDetail()
        self.ui.detailLayout.addWidget(self.detail)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.victoryBanner.setStyleSheet(BANNER_STYLE)
        self.ui.undoBar.setStyleSheet(UNDO_STYLE)
        self.ui.victoryIcon.setPixmap(icon("victory").pixmap(26, 26))
        self.ui.victoryBanner.hide()
        self.ui.undoBar.hide()
        self.ui.victoryLayout.setStretch(1, 1)
        self.ui.undoLayout.setStretch(0, 1)
        self.ui.victoriesHint.setProperty("role", "muted")
        self.ui.victoriesList.setWordWrap(True)
        self.ui.victoriesList.setSpacing(3)
        self.ui.victoriesList.setAlternatingRowColors(True)
        _tidy_table(self.ui.dueTable, stretch=1)
        _tidy_table(self.ui.waitingTable, stretch=0)
        _tidy_table(self.ui.peopleTable, stretch=2)
        self.ui.splitter.setSizes([760, 480])
        self._banner_effect = QGraphicsOpacityEffect(self.ui.victoryBanner)
        self.ui.victoryBanner.setGraphicsEffect(self._banner_effect)
        self._banner_fade = QPropertyAnimation(self._banner_effect, b"opacity", self)
        self._banner_fade.setDuration(450)
        self._banner_fade.setEasingCurve(QEasingCurve.Type.OutCubic)
        self._banner_timer = QTimer(self, singleShot=True, interval=VICTORY_SHOWN_MS)
        self._banner_timer.timeout.connect(self.ui.victoryBanner.hide)
        self._undo_timer = QTimer(self, singleShot=True, interval=UNDO_SHOWN_MS)
        self._undo_timer.timeout.connect(self._dismiss_undo)

        self.confirm: Callable[[QWidget, str, str], bool] = ask_yes_no
        self.services: Services | None = None
        self.roadmap_model: RoadmapModel | None = None
        self.board_models: dict[str, BoardColumnModel] = {}
        self.victories_model: VictoriesModel | None = None
        self.due_model: DueSoonModel | None = None
        self.waiting_model: WaitingOnModel | None = None
        self.people_model: PeopleModel | None = None
        self.goal_id: str | None = None
        self.last_deleted: DeletedGoal | None = None
        self.last_victory: VictoryRow | None = None
        self._unsubscribe: Callable[[], None] | None = None
        self._dialog: tuple[str, dict[str, Any], QDialog] | None = None
        self._filling_filters = False

        ui = self.ui
        ui.newGoalButton.clicked.connect(lambda: self.new_goal())
        ui.checkinButton.clicked.connect(lambda: self.check_in())
        ui.logWinButton.clicked.connect(lambda: self.log_win())
        ui.printButton.clicked.connect(self.print_plan)
        ui.deleteButton.clicked.connect(self.delete_goal)
        ui.undoButton.clicked.connect(self.undo_delete)
        ui.undoButton.setShortcut(QKeySequence.StandardKey.Undo)
        ui.undoClose.clicked.connect(self._dismiss_undo)
        ui.victoryClose.clicked.connect(ui.victoryBanner.hide)
        ui.addPersonButton.clicked.connect(lambda: self.edit_person(None))
        ui.editPersonButton.clicked.connect(self._edit_selected_person)
        ui.removePersonButton.clicked.connect(self._remove_selected_person)
        ui.lifeAreasButton.clicked.connect(self.edit_life_areas)
        ui.peopleTable.doubleClicked.connect(lambda _i: self._edit_selected_person())
        for combo in (ui.personFilter, ui.areaFilter, ui.statusFilter):
            combo.currentIndexChanged.connect(self._filters_changed)
        self.ui.tabs.currentChanged.connect(self._load_tab)
        self.timeline.goal_selected.connect(self.show_goal)
        self.board.goal_selected.connect(self.show_goal)
        self.detail.edit_goal_requested.connect(self.edit_goal)
        self.detail.add_milestone_requested.connect(lambda gid: self.edit_milestone(gid, None))
        self.detail.edit_milestone_requested.connect(
            lambda mid: self.edit_milestone(self.goal_id or "", mid)
        )
        self.setEnabled(False)
        self._update_actions()

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        self.timeline.set_today(services.roadmap.today())
        self._follow_owner()
        self.detail.attach(services.roadmap)
        self._fill_filters()
        self._unsubscribe = services.bus.subscribe(self._on_change)
        self._load_tab(self.ui.tabs.currentIndex())
        self.setEnabled(True)
        self._update_actions()

    def _load_tab(self, index: int) -> None:
        """Build a tab's models the first time it is shown after an unlock.

        Opening the area reads only what is on screen; the victories or a caseload's "due
        soon" list are read when someone looks at them (and kept in step from then on).
        """
        services = self.services
        if services is None or not 0 <= index < len(TABS):
            return
        roadmap, tab = services.roadmap, TABS[index]
        goal_filter = self.goal_filter()
        if tab == "roadmap" and self.roadmap_model is None:
            self.roadmap_model = RoadmapModel(roadmap, self)
            self.roadmap_model.goal_filter = goal_filter
            self.roadmap_model.reload()
            self.timeline.set_model(self.roadmap_model)
            self.timeline.select_goal(self.goal_id)
        elif tab == "board" and not self.board_models:
            self.board_models = {s: BoardColumnModel(roadmap, s, self) for s in GOAL_STATUSES}
            for model in self.board_models.values():
                model.goal_filter = goal_filter
                model.reload()
            self.board.set_models(self.board_models)
        elif tab == "for_me" and self.due_model is None:
            owner = services.people.owner()
            self.due_model = DueSoonModel(roadmap, parent=self)
            self.waiting_model = WaitingOnModel(roadmap, owner.id if owner else None, self)
            self.due_model.reload()
            self.waiting_model.reload()
            self.ui.dueTable.setModel(self.due_model)
            self.ui.waitingTable.setModel(self.waiting_model)
            _stretch_column(self.ui.dueTable)
            _stretch_column(self.ui.waitingTable)
        elif tab == "victories" and self.victories_model is None:
            self.victories_model = VictoriesModel(roadmap, self)
            self.victories_model.reload()
            self.ui.victoriesList.setModel(self.victories_model)
        elif tab == "circle" and self.people_model is None:
            self.people_model = PeopleModel(services.people, self)
            self.people_model.reload()
            self.ui.peopleTable.setModel(self.people_model)
            _stretch_column(self.ui.peopleTable)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self._forget_dialog()
        self.detail.detach()
        self.timeline.set_model(None)
        self.board.set_models(None)
        for view in (
            self.ui.victoriesList,
            self.ui.dueTable,
            self.ui.waitingTable,
            self.ui.peopleTable,
        ):
            view.setModel(None)
        for model in (
            self.roadmap_model,
            *self.board_models.values(),
            self.victories_model,
            self.due_model,
            self.waiting_model,
            self.people_model,
        ):
            if model is not None:
                model.close()
                model.deleteLater()
        self.roadmap_model = self.victories_model = None
        self.due_model = self.waiting_model = self.people_model = None
        self.board_models = {}
        self._filling_filters = True
        for combo in (self.ui.personFilter, self.ui.areaFilter, self.ui.statusFilter):
            combo.clear()
        self._filling_filters = False
        self.ui.victoryText.clear()
        self.ui.undoText.clear()
        self.ui.victoryBanner.hide()
        self._banner_timer.stop()
        self._dismiss_undo()
        self.goal_id = None
        self.last_victory = None
        self.last_deleted = None  # it names the goal: nothing decrypted outlives the lock
        self.services = None
        self.setEnabled(False)

    def draft(self) -> dict[str, Any] | None:
        state: dict[str, Any] = {"tab": TABS[self.ui.tabs.currentIndex()], "goal": self.goal_id}
        if self._dialog is not None:
            kind, context, dialog = self._dialog
            state["dialog"] = {"kind": kind, "context": context, "values": dialog.values()}  # type: ignore[attr-defined]
        return state

    def restore_draft(self, draft: dict[str, Any]) -> None:
        tab = draft.get("tab")
        if tab in TABS:
            self.ui.tabs.setCurrentIndex(TABS.index(tab))
        goal_id = draft.get("goal")
        if isinstance(goal_id, str):
            self.show_goal(goal_id)
        dialog = draft.get("dialog")
        if isinstance(dialog, dict):
            self._reopen(dialog)

    # -- goals -----------------------------------------------------------------------------

    def show_goal(self, goal_id: str | None) -> None:
        if goal_id is not None and goal_id == self.goal_id == self.detail.goal_id:
            return
        self.goal_id = goal_id
        self.detail.set_goal(goal_id)
        if self.detail.goal is None:
            self.goal_id = None
        self.timeline.select_goal(self.goal_id)
        self._update_actions()

    def _update_actions(self) -> None:
        has_goal = self.goal_id is not None
        self.ui.checkinButton.setEnabled(has_goal)
        self.ui.deleteButton.setEnabled(has_goal)

    def current_dialog(self) -> QDialog | None:
        return self._dialog[2] if self._dialog is not None else None

    def new_goal(self, values: dict[str, Any] | None = None) -> None:
        services = self.services
        if services is None:
            return
        person = self.ui.personFilter.currentData()
        dialog = GoalDialog(
            services.people.list(), services.roadmap.areas_in_use(), self, person_id=person
        )
        if values:
            dialog.set_values(values)
        self._open("goal", {}, dialog, self._save_new_goal)

    def _save_new_goal(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        goal = self.services.roadmap.create_goal(
            v["person_id"],
            v["title"],
            vision=v["vision"],
            life_area=v["life_area"],
            status=v["status"],
            start_date=parse_iso(v["start_date"]),
            target_date=parse_iso(v["target_date"]),
            participants=[(p[0], p[1]) for p in v["participants"]],
        )
        self.show_goal(goal.id)

    def edit_goal(self, goal_id: str, values: dict[str, Any] | None = None) -> None:
        services = self.services
        if services is None:
            return
        goal = services.roadmap.get_goal(goal_id)
        dialog = GoalDialog(
            services.people.list(),
            services.roadmap.areas_in_use(),
            self,
            goal=goal,
            participants=services.roadmap.participants(goal_id),
        )
        if values:
            dialog.set_values(values)
        self._open("edit_goal", {"goal": goal_id}, dialog, self._save_goal)

    def _save_goal(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        roadmap = self.services.roadmap
        goal_id = context["goal"]
        before = roadmap.get_goal(goal_id)
        roadmap.update_goal(
            goal_id,
            title=v["title"],
            person_id=v["person_id"],
            vision=v["vision"],
            life_area=v["life_area"],
            start_date=parse_iso(v["start_date"]),
            target_date=parse_iso(v["target_date"]),
        )
        if v["status"] != before.status:
            roadmap.set_status(goal_id, v["status"])
        wanted = {p[0]: p[1] for p in v["participants"]}
        for participant in roadmap.participants(goal_id):
            if participant.person_id not in wanted:
                roadmap.remove_participant(participant.id)
        for person_id, role in wanted.items():
            roadmap.add_participant(goal_id, person_id, role)

    def delete_goal(self) -> None:
        services = self.services
        if services is None or self.goal_id is None:
            return
        goal = services.roadmap.get_goal(self.goal_id)
        checkins = len(services.roadmap.feed_ids(goal.id))
        text = (
            f"Delete “{goal.title}” with its {goal.milestones_total} milestones and "
            f"{checkins} check-ins? Its victories stay in the victories list. "
            "You can undo this straight after."
        )
        if not self.confirm(self, "Delete this goal?", text):
            return
        self.last_deleted = services.roadmap.delete_goal(goal.id)
        self.show_goal(None)
        self.ui.undoText.setText(f"Deleted “{goal.title}”.")
        self.ui.undoBar.show()
        self._undo_timer.start()

    def undo_delete(self) -> None:
        if self.services is None or self.last_deleted is None:
            return
        deleted, self.last_deleted = self.last_deleted, None
        try:
            self.services.roadmap.undo_delete_goal(deleted)
        except RoadmapError as exc:
            QMessageBox.information(self, "Nothing to undo", str(exc))
        self._dismiss_undo()
        self.show_goal(deleted.goal_id)

    def _dismiss_undo(self) -> None:
        self._undo_timer.stop()
        self.ui.undoBar.hide()

    # -- milestones, check-ins, wins -------------------------------------------------------

    def edit_milestone(
        self, goal_id: str, milestone_id: str | None, values: dict[str, Any] | None = None
    ) -> None:
        services = self.services
        if services is None or not goal_id:
            return
        goal = services.roadmap.get_goal(goal_id)
        milestone = services.roadmap.get_milestone(milestone_id) if milestone_id else None
        dialog = MilestoneDialog(
            services.people.list(), self, goal_target=goal.target_date, milestone=milestone
        )
        if values:
            dialog.set_values(values)
        context = {"goal": goal_id, "milestone": milestone_id}
        self._open("milestone", context, dialog, self._save_milestone)

    def _save_milestone(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        roadmap = self.services.roadmap
        due = parse_iso(v["due_date"])
        if context.get("milestone"):
            roadmap.update_milestone(
                context["milestone"], title=v["title"], owner_id=v["owner_id"], due_date=due
            )
        else:
            roadmap.add_milestone(context["goal"], v["title"], owner_id=v["owner_id"], due_date=due)

    def check_in(self, values: dict[str, Any] | None = None, goal_id: str | None = None) -> None:
        services = self.services
        goal_id = goal_id or self.goal_id
        if services is None or goal_id is None:
            return
        goal = services.roadmap.get_goal(goal_id)
        dialog = GoalCheckinDialog(services.people.list(), goal.title, self)
        if values:
            dialog.set_values(values)
        self._open("checkin", {"goal": goal_id}, dialog, self._save_checkin)

    def _save_checkin(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        self.services.roadmap.add_checkin(
            context["goal"],
            person_id=v["person_id"],
            rating=v["rating"],
            what_happened=v["what_happened"],
            next_step=v["next_step"],
            next_step_owner_id=v["next_step_owner_id"],
        )
        self.detail.ui.detailTabs.setCurrentWidget(self.detail.ui.feedTab)

    def log_win(self, values: dict[str, Any] | None = None) -> None:
        if self.services is None:
            return
        dialog = _WinDialog(self)
        if values:
            dialog.set_values(values)
        self._open("win", {"goal": self.goal_id}, dialog, self._save_win)

    def _save_win(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        self.services.roadmap.log_win(v["text"], goal_id=context.get("goal"))

    # -- victories -------------------------------------------------------------------------

    def _on_change(self, change: Change) -> None:
        if self.services is None:
            return
        if change.entity == "victory" and change.kind == "inserted" and change.ids:
            self.celebrate(self.services.roadmap.get_victory(change.ids[-1]))
        elif change.entity in ("person", "setting"):
            self._fill_filters()
            if change.entity == "person":
                self._follow_owner()
        elif change.entity == "goal" and change.kind == "deleted" and self.goal_id in change.ids:
            self.show_goal(None)

    def _follow_owner(self) -> None:
        """Point "waiting on me" at the vault's owner, whoever that is now."""
        if self.services is None:
            return
        owner = self.services.people.owner()
        self.ui.waitingLabel.setText(
            f"Waiting on {owner.name}" if owner else "Waiting on me (say who you are in Circle)"
        )
        if self.waiting_model is not None:
            self.waiting_model.person_id = owner.id if owner else None
            self.waiting_model.refresh()

    def celebrate(self, victory: VictoryRow) -> None:
        """A calm moment of recognition: a warm banner that fades in, then goes by itself."""
        self.last_victory = victory
        self.ui.victoryText.setText(
            f"A small victory, worth noticing: {victory.text}. It is kept in your Victories list."
        )
        self.ui.victoryBanner.setAccessibleDescription(self.ui.victoryText.text())
        self.ui.victoryBanner.show()
        self._banner_fade.stop()
        self._banner_fade.setStartValue(0.0)
        self._banner_fade.setEndValue(1.0)
        self._banner_fade.start()
        self._banner_timer.start()

    # -- plan ------------------------------------------------------------------------------

    def print_plan(self) -> None:
        services = self.services
        if services is None:
            return
        person = self.detail.goal.person_id if self.detail.goal else None
        dialog = PlanExportDialog(services.roadmap, services.people, self, person_id=person)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.services is None:
            return
        selection = dialog.selection()
        if selection is None:
            return
        fmt = dialog.export_format()
        suffix = SUFFIXES[fmt]
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save the recovery plan", f"recovery-plan{suffix}", f"*{suffix}"
        )
        if not path or self.services is None:
            return
        target = Path(path)
        if target.suffix != suffix:
            target = target.with_name(target.name + suffix)
        try:
            self.export_plan(selection, fmt, target)
        except (VaultError, RoadmapError) as exc:
            QMessageBox.warning(self, "The plan was not saved", str(exc))
            return
        QMessageBox.information(self, "Plan saved", f"The recovery plan is in {target}.")

    def export_plan(self, selection: PlanSelection, fmt: str, target: Path) -> None:
        assert self.services is not None
        plan = build_plan(self.services.roadmap, self.services.people, selection)
        if fmt == "pdf":
            from peerdesk.gui.roadmap.pdf import write_plan_pdf

            write_plan_pdf(plan, target)
        else:
            write_plan_text(plan, fmt, target)

    # -- circle ----------------------------------------------------------------------------

    def _selected_person_id(self) -> str | None:
        if self.people_model is None:
            return None
        row = self.people_model.row_at(self.ui.peopleTable.currentIndex().row())
        return row.id if row is not None else None

    def _edit_selected_person(self) -> None:
        person_id = self._selected_person_id()
        if person_id:
            self.edit_person(person_id)

    def edit_person(self, person_id: str | None, values: dict[str, Any] | None = None) -> None:
        services = self.services
        if services is None:
            return
        person = services.people.get(person_id) if person_id else None
        dialog = PersonDialog(self, person=person)
        if values:
            dialog.set_values(values)
        self._open("person", {"person": person_id}, dialog, self._save_person)

    def _save_person(self, context: dict[str, Any], v: dict[str, Any]) -> None:
        assert self.services is not None
        people = self.services.people
        if context.get("person"):
            people.update(context["person"], **v)
        else:
            people.create(
                v["name"], v["role"], contact=v["contact"], notes=v["notes"], is_owner=v["is_owner"]
            )

    def _remove_selected_person(self) -> None:
        services = self.services
        person_id = self._selected_person_id()
        if services is None or not person_id:
            return
        person = services.people.get(person_id)
        text = (
            f"Remove {person.name} from the circle? Their past milestones and check-ins keep "
            "their name."
        )
        if self.confirm(self, "Remove from the circle?", text):
            try:
                services.people.delete(person_id)
            except ValueError as exc:
                QMessageBox.information(self, "Not removed", str(exc))

    def edit_life_areas(self) -> None:
        services = self.services
        if services is None:
            return
        text, ok = QInputDialog.getMultiLineText(
            self,
            "Life areas",
            "One life area per line. Goals keep their area if you remove it here.",
            "\n".join(services.roadmap.life_areas()),
        )
        if ok and self.services is not None:
            try:
                self.services.roadmap.set_life_areas(text.splitlines())
            except RoadmapError as exc:
                QMessageBox.information(self, "Not changed", str(exc))

    # -- filters ---------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        services = self.services
        if services is None:
            return
        ui = self.ui
        keep = (
            ui.personFilter.currentData(),
            ui.areaFilter.currentData(),
            ui.statusFilter.currentData(),
        )
        self._filling_filters = True
        ui.personFilter.clear()
        ui.personFilter.addItem("Everyone", None)
        for person in services.people.list():
            ui.personFilter.addItem(person.name, person.id)
        ui.areaFilter.clear()
        ui.areaFilter.addItem("All life areas", None)
        for area in services.roadmap.areas_in_use():
            ui.areaFilter.addItem(area, area)
        ui.statusFilter.clear()
        ui.statusFilter.addItem("Any status", None)
        for status, label in STATUS_LABELS.items():
            ui.statusFilter.addItem(label, status)
        for combo, value in zip(
            (ui.personFilter, ui.areaFilter, ui.statusFilter), keep, strict=True
        ):
            select_data(combo, value)
        self._filling_filters = False
        self._filters_changed()

    def goal_filter(self) -> GoalFilter:
        return GoalFilter(
            person_id=self.ui.personFilter.currentData(),
            life_area=self.ui.areaFilter.currentData(),
            status=self.ui.statusFilter.currentData(),
        )

    def _filters_changed(self) -> None:
        if self._filling_filters or self.services is None:
            return
        goal_filter = self.goal_filter()
        if self.roadmap_model is not None:
            self.roadmap_model.set_filter(goal_filter)
        for model in self.board_models.values():
            model.set_filter(goal_filter)

    # -- dialogs (kept as drafts across a lock) --------------------------------------------

    def _open(
        self,
        kind: str,
        context: dict[str, Any],
        dialog: QDialog,
        save: Callable[[dict[str, Any], dict[str, Any]], None],
    ) -> None:
        self._forget_dialog()
        self._dialog = (kind, context, dialog)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self.services is not None:
                try:
                    save(context, dialog.values())  # type: ignore[attr-defined]
                except (RoadmapError, ValueError, LookupError) as exc:
                    QMessageBox.warning(self, "Not saved", str(exc))
            # Still readable by draft() if this "finish" was the shell locking the vault.
            QTimer.singleShot(0, lambda: self._drop_dialog(dialog))

        dialog.finished.connect(finished)
        dialog.open()

    def _drop_dialog(self, dialog: QDialog) -> None:
        if self._dialog is not None and self._dialog[2] is dialog:
            self._dialog = None
        dialog.deleteLater()

    def _forget_dialog(self) -> None:
        if self._dialog is not None:
            dialog = self._dialog[2]
            self._dialog = None
            dialog.blockSignals(True)
            dialog.reject()
            dialog.deleteLater()

    def _reopen(self, saved: dict[str, Any]) -> None:
        kind = saved.get("kind")
        context = saved.get("context") or {}
        values = saved.get("values") or {}
        try:
            if kind == "goal":
                self.new_goal(values)
            elif kind == "edit_goal":
                self.edit_goal(str(context.get("goal")), values)
            elif kind == "milestone":
                self.edit_milestone(str(context.get("goal")), context.get("milestone"), values)
            elif kind == "checkin":
                self.check_in(values, goal_id=context.get("goal"))
            elif kind == "win":
                self.log_win(values)
            elif kind == "person":
                self.edit_person(context.get("person"), values)
        except (LookupError, RoadmapError):
            return  # what the draft was about is gone; nothing to bring back


class _WinDialog(QInputDialog):
    """ "Log a win": one line of text, kept as a draft like the other dialogs."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Log a small victory")
        self.setLabelText("What went well? Small things count.")
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setOkButtonText("Save")

    def accept(self) -> None:
        if self.textValue().strip():
            super().accept()

    def values(self) -> dict[str, Any]:
        return {"text": self.textValue().strip()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.setTextValue(str(values.get("text", "")))


def _tidy_table(table: QTableView, *, stretch: int) -> None:
    """Rows selected whole; one column takes the spare width, the others fit their text."""
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(False)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setMaximumSectionSize(320)
    header.setResizeContentsPrecision(60)  # fit to the first rows, not thousands
    table.setProperty("stretchColumn", stretch)


def _stretch_column(table: QTableView) -> None:
    stretch = table.property("stretchColumn")
    model = table.model()
    if model is not None and isinstance(stretch, int) and stretch < model.columnCount():
        table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
