"""Choose what goes into a printed recovery plan, and see what the file will contain."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QListWidgetItem, QWidget

from peerdesk.gui.forms.ui_plan_export_dialog import Ui_PlanExportDialog
from peerdesk.gui.roadmap.dialogs import fill_people, select_data
from peerdesk.services.people import PeopleService
from peerdesk.services.roadmap import GoalFilter, RoadmapService
from peerdesk.services.roadmap.plan import DEFAULT_PLAN_STATUSES, PlanSelection, build_plan

FORMATS = (("pdf", "PDF, ready to print"), ("html", "Web page (HTML)"), ("markdown", "Markdown"))
SUFFIXES = {"pdf": ".pdf", "html": ".html", "markdown": ".md"}


class PlanExportDialog(QDialog):
    def __init__(
        self,
        roadmap: RoadmapService,
        people: PeopleService,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_PlanExportDialog()
        self.ui.setupUi(self)
        self.roadmap, self.people = roadmap, people
        owner = people.owner()
        selected = person_id or (owner.id if owner else None)
        fill_people(self.ui.personCombo, people.list(), selected=selected)
        for key, label in FORMATS:
            self.ui.formatCombo.addItem(label, key)
        self.ui.privacyLabel.setProperty("role", "muted")
        self.ui.personCombo.currentIndexChanged.connect(self._fill_goals)
        self.ui.goalsList.itemChanged.connect(self._update_summary)
        for check in (
            self.ui.visionCheck,
            self.ui.milestonesCheck,
            self.ui.participantsCheck,
            self.ui.contactsCheck,
            self.ui.victoriesCheck,
        ):
            check.toggled.connect(self._update_summary)
        self.ui.checkinsSpin.valueChanged.connect(self._update_summary)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        self._fill_goals()

    def _fill_goals(self) -> None:
        self.ui.goalsList.blockSignals(True)
        self.ui.goalsList.clear()
        person_id = self.ui.personCombo.currentData()
        if person_id:
            ids = self.roadmap.roadmap_goal_ids(GoalFilter(person_id=person_id))
            rows = self.roadmap.goal_rows(ids)
            for goal_id in ids:
                row = rows.get(goal_id)
                if row is None:
                    continue
                item = QListWidgetItem(f"{row.title} ({row.status_label})")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked
                    if row.status in DEFAULT_PLAN_STATUSES
                    else Qt.CheckState.Unchecked
                )
                item.setData(Qt.ItemDataRole.UserRole, goal_id)
                self.ui.goalsList.addItem(item)
        self.ui.goalsList.blockSignals(False)
        self._update_summary()

    def selection(self) -> PlanSelection | None:
        person_id = self.ui.personCombo.currentData()
        if not person_id:
            return None
        goal_ids = tuple(
            self.ui.goalsList.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.ui.goalsList.count())
            if self.ui.goalsList.item(i).checkState() == Qt.CheckState.Checked
        )
        return PlanSelection(
            person_id=person_id,
            goal_ids=goal_ids,
            include_vision=self.ui.visionCheck.isChecked(),
            include_milestones=self.ui.milestonesCheck.isChecked(),
            include_participants=self.ui.participantsCheck.isChecked(),
            include_contacts=self.ui.contactsCheck.isChecked(),
            checkins_per_goal=self.ui.checkinsSpin.value(),
            include_victories=self.ui.victoriesCheck.isChecked(),
        )

    def export_format(self) -> str:
        return str(self.ui.formatCombo.currentData())

    def set_format(self, fmt: str) -> None:
        select_data(self.ui.formatCombo, fmt)

    def _update_summary(self, *_args: Any) -> None:
        selection = self.selection()
        if selection is None:
            self.ui.summaryLabel.setText("Add someone to the circle first.")
            return
        plan = build_plan(self.roadmap, self.people, selection)
        extra = " Contact details are included." if selection.include_contacts else ""
        self.ui.summaryLabel.setText(f"The file will contain: {plan.describe()}.{extra}")
