"""The Roadmap area: timeline, board, "for me" lists, victories and the circle, with the
selected goal's detail beside them.

Dialogs open window-modal without a nested event loop; the one that is open is kept as
an encrypted draft when the vault locks (the shell rejects open dialogs just before it asks
for drafts, so the last dialog is forgotten only on the next turn of the event loop).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QMessageBox,
    QPushButton,
    QWidget,
)

from peerdesk.gui.common.accessibility import enable_clear_button, name
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.draft_dialogs import DraftDialogs
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_roadmap_page import Ui_RoadmapPage
from peerdesk.gui.roadmap import circle, saves
from peerdesk.gui.roadmap.banners import (
    UNDO_SHOWN_MS,
    VICTORY_SHOWN_MS,
    PassingBanner,
    banner_style,
    undo_style,
)
from peerdesk.gui.roadmap.board import BoardView
from peerdesk.gui.roadmap.dialogs import (
    GoalCheckinDialog,
    GoalDialog,
    MilestoneDialog,
    PersonDialog,
    WinDialog,
    tab_chain,
)
from peerdesk.gui.roadmap.filter_bar import GoalFilterBar
from peerdesk.gui.roadmap.goal_detail import GoalDetail
from peerdesk.gui.roadmap.list_models import DueSoonModel, PeopleModel, WaitingOnModel
from peerdesk.gui.roadmap.models import BoardColumnModel, RoadmapModel, VictoriesModel
from peerdesk.gui.roadmap.plan_export import export_plan, print_plan
from peerdesk.gui.roadmap.tables import stretch_column, tidy_table
from peerdesk.gui.roadmap.timeline import RoadmapTimeline
from peerdesk.services.events import Change
from peerdesk.services.roadmap import (
    DeletedGoal,
    GoalFilter,
    RoadmapError,
    VictoryRow,
)
from peerdesk.services.roadmap.plan import PlanSelection
from peerdesk.services.session import Services
from peerdesk.store.records.roadmap import GOAL_STATUSES

R = TypeVar("R")
TABS = ("roadmap", "board", "for_me", "victories", "circle")


def confirm_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A yes-or-cancel question; Cancel is the default (Enter keeps things as they are)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setObjectName("roadmapConfirm")
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.setEscapeButton(QMessageBox.StandardButton.Cancel)
    return box


def ask_yes_no(parent: QWidget, title: str, text: str) -> bool:
    box = confirm_box(parent, title, text)
    try:
        return box.exec() == QMessageBox.StandardButton.Yes
    finally:
        box.deleteLater()


class RoadmapPage(AreaPage):
    share_requested = Signal(object)  # a person id, or None (the shell opens Share…)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_RoadmapPage()
        self.ui.setupUi(self)
        for button, icon_name in (
            (self.ui.newGoalButton, "add"),
            (self.ui.checkinButton, "checkin"),
            (self.ui.logWinButton, "victory"),
            (self.ui.printButton, "print"),
            (self.ui.deleteButton, "delete"),
            (self.ui.undoButton, "undo"),
        ):
            button.setIcon(icon(icon_name))  # in the scheme's colour (the form's icon is fixed)
        self.shareButton = QPushButton(self.tr("&Share…"))
        self.shareButton.setObjectName("shareButton")
        self.shareButton.setIcon(icon("export"))
        self.shareButton.setAccessibleName(self.tr("Share this person's roadmap"))
        self.shareButton.setToolTip(
            self.tr("Share the roadmap of the selected person (or the goal's person) in a file")
        )
        actions_row = self.ui.actionsRow
        actions_row.insertWidget(actions_row.indexOf(self.ui.printButton) + 1, self.shareButton)
        self.shareButton.clicked.connect(lambda: self.share_requested.emit(self.share_person_id()))
        self.timeline = RoadmapTimeline()
        self.ui.roadmapLayout.addWidget(self.timeline)
        self.board = BoardView()
        self.ui.boardLayout.addWidget(self.board)
        self.detail = GoalDetail()
        self.ui.detailLayout.addWidget(self.detail)
        self.ui.splitter.setStretchFactor(0, 3)
        self.ui.splitter.setStretchFactor(1, 2)
        self.ui.victoryIcon.setPixmap(icon("victory").pixmap(26, 26))
        self.ui.victoryLayout.setStretch(1, 1)
        self.ui.undoLayout.setStretch(0, 1)
        self.ui.victoriesHint.setProperty("role", "muted")
        self.ui.victoriesList.setWordWrap(True)
        self.ui.victoriesList.setSpacing(3)
        self.ui.victoriesList.setAlternatingRowColors(True)
        tidy_table(self.ui.dueTable, stretch=1)
        tidy_table(self.ui.waitingTable, stretch=0)
        tidy_table(self.ui.peopleTable, stretch=2)
        self.ui.splitter.setSizes([760, 480])
        self._split_once = False
        self.victory_banner = PassingBanner(
            self.ui.victoryBanner,
            self.ui.victoryText,
            style=banner_style,
            shown_ms=VICTORY_SHOWN_MS,
            fade=True,
            overlay=self,
            parent=self,
        )
        self.undo_bar = PassingBanner(
            self.ui.undoBar,
            self.ui.undoText,
            style=undo_style,
            shown_ms=UNDO_SHOWN_MS,
            overlay=self,
            parent=self,
        )
        self.filters = GoalFilterBar(
            self.ui.personFilter,
            self.ui.areaFilter,
            self.ui.statusFilter,
            self.ui.goalSearch,
            self,
        )
        self.dialogs = DraftDialogs(
            self,
            attached=lambda: self.services is not None,
            errors=(RoadmapError, ValueError, LookupError),
        )

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

        ui = self.ui
        ui.newGoalButton.clicked.connect(lambda: self.new_goal())
        ui.checkinButton.clicked.connect(lambda: self.check_in())
        ui.logWinButton.clicked.connect(lambda: self.log_win())
        ui.printButton.clicked.connect(self.print_plan)
        ui.deleteButton.clicked.connect(self.delete_goal)
        ui.undoButton.clicked.connect(self.undo_delete)
        ui.undoButton.setShortcut(QKeySequence.StandardKey.Undo)
        ui.undoClose.clicked.connect(self.undo_bar.dismiss)
        ui.victoryClose.clicked.connect(self.victory_banner.dismiss)
        ui.addPersonButton.clicked.connect(lambda: self.edit_person(None))
        ui.editPersonButton.clicked.connect(self._edit_selected_person)
        ui.removePersonButton.clicked.connect(self._remove_selected_person)
        ui.lifeAreasButton.clicked.connect(self.edit_life_areas)
        ui.peopleTable.doubleClicked.connect(lambda _i: self._edit_selected_person())
        self.filters.changed.connect(self._filters_changed)
        self.ui.tabs.currentChanged.connect(self._load_tab)
        self.timeline.goal_selected.connect(self.show_goal)
        self.board.goal_selected.connect(self.show_goal)
        self.detail.edit_goal_requested.connect(self.edit_goal)
        self.detail.add_milestone_requested.connect(lambda gid: self.edit_milestone(gid, None))
        self.detail.edit_milestone_requested.connect(
            lambda mid: self.edit_milestone(self.goal_id or "", mid)
        )
        self._name_controls()
        self._keyboard()
        self.setEnabled(False)
        self._update_actions()

    def _name_controls(self) -> None:
        ui = self.ui
        name(ui.dueTable, self.tr("Due in the next two weeks"))
        name(ui.waitingTable, self.tr("Waiting on me"))
        name(
            ui.victoriesList,
            self.tr("Small victories"),
            self.tr("Newest first: every step that went well"),
        )
        name(ui.peopleTable, self.tr("People in the circle"), self.tr("Enter edits the person"))
        name(ui.personFilter, self.tr("Show goals of"))
        name(ui.areaFilter, self.tr("Life area"))
        name(ui.statusFilter, self.tr("Status"))
        name(
            ui.goalSearch,
            self.tr("Find a goal"),
            self.tr("Shows the goals whose title holds every word you type (Ctrl+F)"),
        )
        enable_clear_button(ui.goalSearch)
        ui.filterLabel.setBuddy(ui.personFilter)
        name(ui.undoButton, self.tr("Undo"), self.tr("Bring the deleted goal back (Ctrl+Z)"))
        ui.undoClose.setToolTip(self.tr("Close this message"))
        ui.victoryClose.setToolTip(self.tr("Close this message"))

    def _keyboard(self) -> None:
        """Ctrl+F goes to the search box (Escape there empties it); a logical Tab order."""
        ui = self.ui
        self.find_action = QAction(self.tr("Find a goal"), self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.find_action.setWhatsThis(
            self.tr("Goes to the search box: the timeline and the board show matching goals")
        )
        self.find_action.triggered.connect(self.focus_search)
        self.addAction(self.find_action)
        self.clear_search_action = QAction(self.tr("Clear the search"), self)
        self.clear_search_action.setShortcut(QKeySequence(Qt.Key.Key_Escape))
        self.clear_search_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.clear_search_action.triggered.connect(ui.goalSearch.clear)
        ui.goalSearch.addAction(self.clear_search_action)
        # Enter on a person edits them (as a double click does).
        ui.peopleTable.activated.connect(lambda _i: self._edit_selected_person())
        timeline, detail = self.timeline, self.detail.ui
        board = [column.view for column in self.board.columns.values()]
        tab_chain(
            ui.newGoalButton,
            ui.checkinButton,
            ui.logWinButton,
            ui.printButton,
            self.shareButton,
            ui.deleteButton,
            ui.undoButton,
            ui.undoClose,
            ui.victoryClose,
            ui.personFilter,
            ui.areaFilter,
            ui.statusFilter,
            ui.goalSearch,
            ui.tabs,
            timeline.earlier,
            timeline.today_button,
            timeline.later,
            timeline.span,
            timeline.view,
            *board,
            ui.dueTable,
            ui.waitingTable,
            ui.victoriesList,
            ui.peopleTable,
            ui.addPersonButton,
            ui.editPersonButton,
            ui.removePersonButton,
            ui.lifeAreasButton,
            detail.editGoalButton,
            detail.statusCombo,
            self.detail.vision_scroll,
            detail.detailTabs,
            detail.milestoneTree,
            detail.addMilestoneButton,
            detail.editMilestoneButton,
            detail.removeMilestoneButton,
            detail.feedList,
            detail.whoTable,
        )

    def focus_search(self) -> None:
        self.ui.goalSearch.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.ui.goalSearch.selectAll()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._split_once:
            # On a small screen the goal detail gets half, so milestone names stay readable.
            self._split_once = True
            total = sum(self.ui.splitter.sizes())
            if 0 < total < 1100:
                self.ui.splitter.setSizes([total // 2, total - total // 2])

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
        goal_filter = self.filters.goal_filter()
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
            stretch_column(self.ui.dueTable)
            stretch_column(self.ui.waitingTable)
        elif tab == "victories" and self.victories_model is None:
            self.victories_model = VictoriesModel(roadmap, self)
            self.victories_model.reload()
            self.ui.victoriesList.setModel(self.victories_model)
        elif tab == "circle" and self.people_model is None:
            self.people_model = PeopleModel(services.people, self)
            self.people_model.reload()
            self.ui.peopleTable.setModel(self.people_model)
            stretch_column(self.ui.peopleTable)

    def detach(self) -> None:
        if self._unsubscribe is not None:
            self._unsubscribe()
            self._unsubscribe = None
        self.dialogs.forget()
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
        self.filters.clear()
        self.victory_banner.clear()
        self.undo_bar.clear()
        self.goal_id = None
        self.last_victory = None
        self.last_deleted = None  # it names the goal: nothing decrypted outlives the lock
        self.services = None
        self.setEnabled(False)

    def draft(self) -> dict[str, Any] | None:
        state: dict[str, Any] = {"tab": TABS[self.ui.tabs.currentIndex()], "goal": self.goal_id}
        dialog = self.dialogs.draft()
        if dialog is not None:
            state["dialog"] = dialog
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

    def open_context(self, context: dict[str, Any]) -> None:
        """Another area (the caseload) asked for one person's roadmap: filter to them."""
        person_id = context.get("person_id")
        if isinstance(person_id, str):
            index = self.ui.personFilter.findData(person_id)
            if index >= 0:
                self.ui.personFilter.setCurrentIndex(index)

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
        return self.dialogs.current()

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
        self.dialogs.open("goal", {}, dialog, self._saving(saves.new_goal, self.show_goal))

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
        self.dialogs.open("edit_goal", {"goal": goal_id}, dialog, self._saving(saves.edit_goal))

    def delete_goal(self) -> None:
        services = self.services
        if services is None or self.goal_id is None:
            return
        goal = services.roadmap.get_goal(self.goal_id)
        if not self.confirm(self, *self.delete_question(goal.id)):
            return
        self.last_deleted = services.roadmap.delete_goal(goal.id)
        self.show_goal(None)
        self.undo_bar.show_text(self.tr("Deleted “{title}”.").format(title=goal.title))

    def delete_question(self, goal_id: str) -> tuple[str, str]:
        """The title and text of "Delete this goal?" (what goes with it, how to undo)."""
        assert self.services is not None
        goal = self.services.roadmap.get_goal(goal_id)
        checkins = len(self.services.roadmap.feed_ids(goal.id))
        parts = []
        if goal.milestones_total:
            parts.append(self.tr("%n milestone(s)", "", goal.milestones_total))
        if checkins:
            parts.append(self.tr("%n check-in(s)", "", checkins))
        if parts:
            text = self.tr("Delete “{title}” with its {parts}?").format(
                title=goal.title, parts=self.tr(" and ").join(parts)
            )
        else:
            text = self.tr("Delete “{title}”?").format(title=goal.title)
        text += " " + self.tr(
            "Its victories stay in the victories list. You can undo this straight after."
        )
        return self.tr("Delete this goal?"), text

    def undo_delete(self) -> None:
        if self.services is None or self.last_deleted is None:
            return
        deleted, self.last_deleted = self.last_deleted, None
        try:
            self.services.roadmap.undo_delete_goal(deleted)
        except RoadmapError as exc:
            QMessageBox.information(self, self.tr("Nothing to undo"), str(exc))
        self.undo_bar.dismiss()
        self.show_goal(deleted.goal_id)

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
        self.dialogs.open("milestone", context, dialog, self._saving(saves.milestone))

    def check_in(self, values: dict[str, Any] | None = None, goal_id: str | None = None) -> None:
        services = self.services
        goal_id = goal_id or self.goal_id
        if services is None or goal_id is None:
            return
        goal = services.roadmap.get_goal(goal_id)
        dialog = GoalCheckinDialog(services.people.list(), goal.title, self)
        if values:
            dialog.set_values(values)
        self.dialogs.open(
            "checkin", {"goal": goal_id}, dialog, self._saving(saves.checkin, self._show_feed)
        )

    def log_win(self, values: dict[str, Any] | None = None) -> None:
        if self.services is None:
            return
        dialog = WinDialog(self)
        if values:
            dialog.set_values(values)
        self.dialogs.open("win", {"goal": self.goal_id}, dialog, self._saving(saves.win))

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
        text = (
            self.tr("Waiting on {name}").format(name=owner.name)
            if owner
            else self.tr("Waiting on me (say who you are in Circle)")
        )
        self.ui.waitingLabel.setText(text)
        self.ui.waitingTable.setAccessibleName(text)
        if self.waiting_model is not None:
            self.waiting_model.person_id = owner.id if owner else None
            self.waiting_model.refresh()

    def celebrate(self, victory: VictoryRow) -> None:
        """A calm moment of recognition: a warm banner that fades in, then goes by itself."""
        self.last_victory = victory
        self.victory_banner.show_text(
            self.tr(
                "A small victory, worth noticing: {text}. It is kept in your Victories list."
            ).format(text=victory.text)
        )

    # -- plan ------------------------------------------------------------------------------

    def print_plan(self) -> None:
        if self.services is not None:
            person = self.detail.goal.person_id if self.detail.goal else None
            print_plan(self, lambda: self.services, person)

    def export_plan(self, selection: PlanSelection, fmt: str, target: Path) -> None:
        assert self.services is not None
        export_plan(self.services, selection, fmt, target)

    # -- circle ----------------------------------------------------------------------------

    def share_person_id(self) -> str | None:
        """Whose roadmap Share… offers: the person selected in the circle, else the
        selected goal's person (None: the dialog starts with the vault's owner)."""
        if self.ui.tabs.currentIndex() == TABS.index("circle"):
            person = self._selected_person_id()
            if person:
                return person
        goal = self.detail.goal
        return goal.person_id if goal is not None else None

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
        self.dialogs.open("person", {"person": person_id}, dialog, self._saving(saves.person))

    def _remove_selected_person(self) -> None:
        person_id = self._selected_person_id()
        if self.services is not None and person_id:
            circle.remove_person(self, self.services, person_id, self.confirm)

    def edit_life_areas(self) -> None:
        circle.edit_life_areas(self, lambda: self.services)

    # -- filters ---------------------------------------------------------------------------

    def _fill_filters(self) -> None:
        if self.services is not None:
            self.filters.fill(self.services.people.list(), self.services.roadmap.areas_in_use())

    def goal_filter(self) -> GoalFilter:
        return self.filters.goal_filter()

    def _filters_changed(self) -> None:
        if self.services is None:
            return
        goal_filter = self.filters.goal_filter()
        if self.roadmap_model is not None:
            self.roadmap_model.set_filter(goal_filter)
        for model in self.board_models.values():
            model.set_filter(goal_filter)

    # -- dialogs (kept as drafts across a lock) --------------------------------------------

    def _saving(
        self,
        save: Callable[[Services, dict[str, Any], dict[str, Any]], R],
        then: Callable[[R], None] | None = None,
    ) -> Callable[[dict[str, Any], dict[str, Any]], None]:
        """A dialog's save step: ``save`` with the services, then ``then`` with its result."""

        def run(context: dict[str, Any], values: dict[str, Any]) -> None:
            assert self.services is not None
            result = save(self.services, context, values)
            if then is not None:
                then(result)

        return run

    def _show_feed(self, _result: object) -> None:
        self.detail.ui.detailTabs.setCurrentWidget(self.detail.ui.feedTab)

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
