"""One goal up close: the vision, milestones as a tree, the check-in feed, who does what."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence, QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHeaderView, QScrollArea, QWidget

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.common.elided_label import ElidedLabel
from peerdesk.gui.common.theme import colour, icon
from peerdesk.gui.forms.ui_goal_detail import Ui_GoalDetail
from peerdesk.gui.roadmap.dates import short_date
from peerdesk.gui.roadmap.goal_tree import GoalTreeModel
from peerdesk.gui.roadmap.list_models import WhoDoesWhatModel
from peerdesk.gui.roadmap.models import FeedModel
from peerdesk.services.roadmap import (
    STATUS_LABELS,
    GoalRow,
    MilestoneRow,
    RoadmapService,
    status_label,
)


def progress_style() -> str:
    """Ink on the light chunk and on the track: "4 of 6 milestones done" stays readable
    wherever the chunk ends (both pairs are in theme.CONTRAST_PAIRS)."""
    return (
        f"QProgressBar {{ border: 1px solid {colour('decor_border')}; border-radius: 5px;"
        f" background: {colour('progress_track')}; text-align: center; color: {colour('ink')}; }}"
        f"QProgressBar::chunk {{ background: {colour('progress_chunk')}; border-radius: 4px; }}"
    )


def vision_style() -> str:
    return (
        f"background: {colour('surface')}; color: {colour('ink')};"
        f" border-left: 3px solid {colour('quote_border')}; padding: 6px 10px;"
    )


NARROW_TREE = 460  # below this width the milestone tree drops its "Done" column
VERY_NARROW_TREE = 360  # and below this one its "Who" column


class GoalDetail(QWidget):
    edit_goal_requested = Signal(str)
    add_milestone_requested = Signal(str)
    edit_milestone_requested = Signal(str)
    victory_won = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_GoalDetail()
        self.ui.setupUi(self)
        self.ui.editGoalButton.setIcon(icon("edit"))  # in the scheme's colour
        name(self.ui.stack, self.tr("Chosen goal"))  # not an unnamed "layered pane"
        for label in (self.ui.metaLabel, self.ui.milestoneHint, self.ui.emptyLabel):
            label.setProperty("role", "muted")
        self.ui.warningLabel.setProperty("role", "warning")
        for status in STATUS_LABELS:
            self.ui.statusCombo.addItem(status_label(status), status)
        tree = self.ui.milestoneTree
        tree.setDragEnabled(True)
        tree.setAcceptDrops(True)
        tree.setDropIndicatorShown(True)
        tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        tree.setAlternatingRowColors(True)
        tree.setAccessibleName(self.tr("Goal and its milestones"))
        tree.setTextElideMode(Qt.TextElideMode.ElideRight)
        tree.installEventFilter(self)
        # The hint gets its own line (it wraps) so the buttons keep their width.
        hint = self.ui.milestoneHint
        self.ui.milestoneButtons.removeWidget(hint)
        hint.hide()
        self.milestone_hint = ElidedLabel(hint.text())
        self.milestone_hint.setProperty("role", "muted")
        self.ui.milestonesLayout.addWidget(self.milestone_hint)
        self._scroll_vision()
        self._restyle()
        # "4 of 6 milestones done" gets the whole width of its own line.
        self.ui.statusRow.removeWidget(self.ui.progressBar)
        self.ui.statusRow.addStretch(1)
        self.ui.goalLayout.insertWidget(
            self.ui.goalLayout.indexOf(self.ui.warningLabel), self.ui.progressBar
        )
        self.ui.progressBar.setAccessibleName(self.tr("Milestones done"))
        name(self.ui.feedList, self.tr("Check-ins on this goal"), self.tr("Newest first"))
        name(self.ui.whoTable, self.tr("Who does what"))
        self.ui.statusCombo.setToolTip(
            self.tr("Changing the status moves the goal to that column of the board")
        )
        self.ui.feedList.setWordWrap(True)
        self.ui.feedList.setAlternatingRowColors(True)
        self.ui.feedList.setSpacing(2)
        self.ui.whoTable.verticalHeader().hide()
        self.ui.whoTable.setTabKeyNavigation(False)
        self.ui.whoTable.setWordWrap(True)
        self.roadmap: RoadmapService | None = None
        self.tree_model: GoalTreeModel | None = None
        self.feed_model: FeedModel | None = None
        self.who_model: WhoDoesWhatModel | None = None
        self.goal_id: str | None = None
        self._updating = False
        self.ui.editGoalButton.clicked.connect(self._edit_goal)
        self.ui.addMilestoneButton.clicked.connect(self._add_milestone)
        self.ui.editMilestoneButton.clicked.connect(self._edit_milestone)
        self.ui.removeMilestoneButton.clicked.connect(self._remove_milestone)
        self.ui.statusCombo.currentIndexChanged.connect(self._status_chosen)
        tree.doubleClicked.connect(lambda _index: self._edit_milestone())
        self._milestone_keys()
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def _milestone_keys(self) -> None:
        """Without a mouse: Ctrl+Up/Down (or Alt+Up/Down) move the chosen step, Enter edits
        it (or the goal, on the goal's row), Space ticks it (the view does that). Removing
        stays a button: one stray key must not lose a step."""
        tree = self.ui.milestoneTree
        self.move_up_action = QAction(self.tr("Move the step up"), self)
        self.move_up_action.setShortcuts([QKeySequence("Ctrl+Up"), QKeySequence("Alt+Up")])
        self.move_up_action.triggered.connect(lambda: self.move_selected_milestone(-1))
        self.move_down_action = QAction(self.tr("Move the step down"), self)
        self.move_down_action.setShortcuts([QKeySequence("Ctrl+Down"), QKeySequence("Alt+Down")])
        self.move_down_action.triggered.connect(lambda: self.move_selected_milestone(1))
        self.edit_step_action = QAction(self.tr("Edit the step"), self)
        self.edit_step_action.setShortcuts([QKeySequence("Return"), QKeySequence("Enter")])
        self.edit_step_action.triggered.connect(self._edit_current)
        for action in (self.move_up_action, self.move_down_action, self.edit_step_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            tree.addAction(action)
        hint = self.tr(
            "Space ticks the chosen step as done. Ctrl+Up or Ctrl+Down moves it; Enter edits it."
        )
        tree.setAccessibleDescription(hint)
        tree.setToolTip(hint)
        tree.setWhatsThis(hint)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        scheme_changed = (QEvent.Type.ApplicationPaletteChange, QEvent.Type.PaletteChange)
        if event.type() in scheme_changed and hasattr(self, "vision_scroll"):
            self._restyle()
        elif (
            event.type() == QEvent.Type.FontChange and getattr(self, "tree_model", None) is not None
        ):
            self._fit_small_columns()  # a larger font (or a longer language) needs more room

    def _restyle(self) -> None:
        """The progress bar and the vision box in the current scheme's colours."""
        ring = f"QScrollArea#visionScroll:focus {{ border: 2px solid {colour('focus')}; }}"
        for widget, sheet in (
            (self.ui.progressBar, progress_style()),
            (self.ui.visionLabel, vision_style()),
            (self.vision_scroll, ring),
        ):
            if widget.styleSheet() != sheet:
                widget.setStyleSheet(sheet)

    # -- life cycle ------------------------------------------------------------------------

    def attach(self, roadmap: RoadmapService) -> None:
        self.roadmap = roadmap
        self.tree_model = GoalTreeModel(roadmap, self)
        self.feed_model = FeedModel(roadmap, self)
        self.who_model = WhoDoesWhatModel(roadmap, self)
        self.ui.milestoneTree.setModel(self.tree_model)
        self.ui.feedList.setModel(self.feed_model)
        self.ui.whoTable.setModel(self.who_model)
        header = self.ui.milestoneTree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        self.ui.whoTable.horizontalHeader().setStretchLastSection(True)
        self.tree_model.victory_won.connect(self.victory_won)
        self.tree_model.dataChanged.connect(self._goal_changed)
        self.tree_model.modelReset.connect(self._show_goal)
        self.tree_model.modelReset.connect(self._tree_reset)
        self.tree_model.rowsInserted.connect(lambda *_a: self.ui.milestoneTree.expandAll())

    def _scroll_vision(self) -> None:
        """A long vision scrolls in a box of at most six lines instead of pushing the
        milestones off the page (or being cut)."""
        label = self.ui.visionLabel
        layout = self.ui.goalLayout
        index = layout.indexOf(label)
        layout.removeWidget(label)
        self.vision_scroll = QScrollArea()
        self.vision_scroll.setObjectName("visionScroll")
        self.vision_scroll.setWidgetResizable(True)
        self.vision_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.vision_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.vision_scroll.setWidget(label)
        # Focusable so a long vision scrolls with the arrow keys; a reader hears it whole.
        self.vision_scroll.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.vision_scroll.setAccessibleName(self.tr("Why this matters"))
        layout.insertWidget(index, self.vision_scroll)
        self._fit_vision()

    def _fit_vision(self) -> None:
        label = self.ui.visionLabel
        lines = label.fontMetrics().lineSpacing() * 6 + 16
        width = max(self.vision_scroll.viewport().width(), 100)
        need = label.heightForWidth(width) if label.text() else 0
        height = min(max(need, 0), lines) + 2
        self.vision_scroll.setMaximumHeight(height)
        self.vision_scroll.setMinimumHeight(min(height, label.fontMetrics().lineSpacing() * 2 + 16))

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_vision()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.milestoneTree and event.type() == QEvent.Type.Resize:
            self._fit_tree_columns()
        return super().eventFilter(watched, event)

    def _fit_tree_columns(self) -> None:
        """A narrow pane hides "Done" (the tick says it), then "Who" (the tooltip says it),
        so the milestone names keep room; the name column never gets narrower than its
        title (the tree scrolls sideways instead)."""
        tree = self.ui.milestoneTree
        if tree.model() is None:
            return
        width = tree.width()
        tree.setColumnHidden(3, width < NARROW_TREE)
        tree.setColumnHidden(1, width < VERY_NARROW_TREE)
        header = tree.header()
        title = str(tree.model().headerData(0, Qt.Orientation.Horizontal) or "")
        header.setMinimumSectionSize(min(header.fontMetrics().horizontalAdvance(title) + 40, 160))

    def _tree_reset(self) -> None:
        # Fit the small columns once per goal (ResizeToContents would re-measure every
        # cell on each change, through Python, many times over).
        self.ui.milestoneTree.expandAll()
        self._fit_small_columns()

    def _fit_small_columns(self) -> None:
        tree = self.ui.milestoneTree
        for column in (1, 2, 3):
            tree.resizeColumnToContents(column)
        self._fit_tree_columns()

    def detach(self) -> None:
        self.ui.milestoneTree.setModel(None)
        self.ui.feedList.setModel(None)
        self.ui.whoTable.setModel(None)
        for model in (self.tree_model, self.feed_model, self.who_model):
            if model is not None:
                model.close()
                model.deleteLater()
        self.tree_model = self.feed_model = self.who_model = None
        self.roadmap = None
        self.goal_id = None
        for label in (
            self.ui.headingLabel,
            self.ui.metaLabel,
            self.ui.warningLabel,
            self.ui.visionLabel,
        ):
            label.clear()
        self.ui.stack.setCurrentWidget(self.ui.emptyPage)

    def set_goal(self, goal_id: str | None) -> None:
        if self.tree_model is None or self.feed_model is None or self.who_model is None:
            return
        self.goal_id = goal_id
        self.tree_model.set_goal(goal_id)
        self.feed_model.set_goal(goal_id)
        self.who_model.set_goal(goal_id)
        self._show_goal()

    # -- showing ---------------------------------------------------------------------------

    @property
    def goal(self) -> GoalRow | None:
        return self.tree_model.goal if self.tree_model is not None else None

    def _goal_changed(self, top_left: QModelIndex, _bottom_right: QModelIndex) -> None:
        if not top_left.parent().isValid():
            self._show_goal()

    def _show_goal(self) -> None:
        goal = self.goal
        if goal is None:
            self.goal_id = None
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.stack.setCurrentWidget(self.ui.goalPage)
        self.ui.headingLabel.setText(goal.title)
        start, target = short_date(goal.start_date), short_date(goal.target_date)
        if start and target:
            dates = self.tr("{start} to {end}").format(start=start, end=target)
        elif target:
            dates = self.tr("by {date}").format(date=target)
        else:
            dates = self.tr("from {date}").format(date=start) if start else ""
        meta = [goal.person_name, goal.life_area]
        if dates:
            meta.append(dates)
        self.ui.metaLabel.setText(" · ".join(meta))
        self._updating = True
        index = self.ui.statusCombo.findData(goal.status)
        self.ui.statusCombo.setCurrentIndex(index)
        self._updating = False
        self.ui.progressBar.setRange(0, max(goal.milestones_total, 1))
        self.ui.progressBar.setValue(goal.milestones_done)
        self.ui.progressBar.setFormat(goal.progress_text)
        self.ui.warningLabel.setText("\n".join(f"⚠ {w}" for w in goal.date_warnings))
        self.ui.warningLabel.setVisible(bool(goal.date_warnings))
        self.ui.visionLabel.setText(goal.vision)
        self.ui.visionLabel.setVisible(bool(goal.vision))
        self.vision_scroll.setVisible(bool(goal.vision))
        self._fit_vision()

    # -- actions ---------------------------------------------------------------------------

    def selected_milestone(self) -> MilestoneRow | None:
        if self.tree_model is None:
            return None
        return self.tree_model.milestone_at(self.ui.milestoneTree.currentIndex())

    def _edit_goal(self) -> None:
        if self.goal_id:
            self.edit_goal_requested.emit(self.goal_id)

    def _add_milestone(self) -> None:
        if self.goal_id:
            self.add_milestone_requested.emit(self.goal_id)

    def _edit_current(self) -> None:
        """Enter in the tree: edit the chosen step, or the goal on its own row."""
        if self.selected_milestone() is not None:
            self._edit_milestone()
        elif self.ui.milestoneTree.currentIndex().isValid():
            self._edit_goal()

    def _edit_milestone(self) -> None:
        milestone = self.selected_milestone()
        if milestone is not None:
            self.edit_milestone_requested.emit(milestone.id)

    def _remove_milestone(self) -> None:
        milestone = self.selected_milestone()
        if milestone is not None and self.roadmap is not None:
            self.roadmap.delete_milestone(milestone.id)

    def move_selected_milestone(self, delta: int) -> None:
        milestone = self.selected_milestone()
        if milestone is None or self.roadmap is None or self.tree_model is None:
            return
        rest = [m for m in self.tree_model.milestone_ids() if m != milestone.id]
        position = self.tree_model.milestone_ids().index(milestone.id) + delta
        if not 0 <= position <= len(rest):
            return
        before = rest[position] if position < len(rest) else None
        self.roadmap.move_milestone(milestone.id, before_id=before)

    def _status_chosen(self) -> None:
        goal = self.goal
        status = self.ui.statusCombo.currentData()
        if self._updating or goal is None or self.roadmap is None or status == goal.status:
            return
        self.roadmap.set_status(goal.id, status)
