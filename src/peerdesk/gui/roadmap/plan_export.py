"""Choose what goes into a printed recovery plan, and see what the file will contain."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import QDialog, QListWidgetItem, QMessageBox, QWidget

from peerdesk.gui.common.policy_ui import (
    add_above_buttons,
    notice_label,
    record_export,
    refuse_if_blocked,
)
from peerdesk.gui.common.save_file import ask_save_path, offer_open
from peerdesk.gui.forms.ui_plan_export_dialog import Ui_PlanExportDialog
from peerdesk.gui.roadmap.dates import long_date
from peerdesk.gui.roadmap.dialogs import fill_people, select_data
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.people import PeopleService
from peerdesk.services.roadmap import GoalFilter, RoadmapError, RoadmapService
from peerdesk.services.roadmap.formats.plan_text import write_plan_text
from peerdesk.services.roadmap.plan import DEFAULT_PLAN_STATUSES, PlanSelection, build_plan
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError

FORMATS = (
    ("pdf", QT_TRANSLATE_NOOP("PlanExportDialog", "PDF, ready to print")),
    ("html", QT_TRANSLATE_NOOP("PlanExportDialog", "Web page (HTML)")),
    ("markdown", QT_TRANSLATE_NOOP("PlanExportDialog", "Markdown")),
)
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
            self.ui.formatCombo.addItem(QCoreApplication.translate("PlanExportDialog", label), key)
        self.ui.checkinsSpin.setAccessibleName(self.tr("Recent check-ins per goal"))
        self.ui.checkinsLabel.setBuddy(self.ui.checkinsSpin)
        self.ui.goalsList.setAccessibleDescription(self.tr("Space ticks or unticks a goal"))
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
                item = QListWidgetItem(
                    self.tr("{title} · {status}").format(title=row.title, status=row.status_label)
                )
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
            self.ui.summaryLabel.setText(self.tr("Add someone to the circle first."))
            return
        plan = build_plan(self.roadmap, self.people, selection)
        text = self.tr("The file will contain: {plan}.").format(plan=plan.describe())
        if selection.include_contacts:
            text += " " + self.tr("Contact details are included.")
        self.ui.summaryLabel.setText(text)


def print_plan(
    parent: QWidget, services_now: Callable[[], Services | None], person_id: str | None
) -> None:
    """Ask what goes in and where, then write the recovery plan (PDF, HTML or Markdown).

    ``services_now`` is asked again after each modal step: the vault may lock meanwhile.
    """
    services = services_now()
    if services is None or refuse_if_blocked(parent, services):
        return
    dialog = PlanExportDialog(services.roadmap, services.people, parent, person_id=person_id)
    notice = notice_label(services)
    if notice is not None:  # the organisation's notice, before anything is saved
        add_above_buttons(dialog, dialog.ui.buttonBox, notice)
    if dialog.exec() != QDialog.DialogCode.Accepted or services_now() is None:
        return
    selection = dialog.selection()
    if selection is None:
        return
    fmt = dialog.export_format()
    suffix = SUFFIXES[fmt]
    chosen = ask_save_path(
        parent,
        services.settings,
        QCoreApplication.translate("PlanExport", "Save the recovery plan"),
        QCoreApplication.translate("PlanExport", "recovery-plan") + suffix,
        f"*{suffix}",
    )
    services = services_now()
    if chosen is None or services is None:
        return
    target = chosen
    if target.suffix != suffix:
        target = target.with_name(target.name + suffix)
    try:
        export_plan(services, selection, fmt, target)
    except (VaultError, RoadmapError) as exc:
        title = QCoreApplication.translate("PlanExport", "The plan was not saved")
        QMessageBox.warning(parent, title, str(exc))
        return

    def print_to(device: QPagedPaintDevice) -> None:
        # Read again when printing: the vault may have locked while the note was open.
        now = services_now()
        if now is not None:
            from peerdesk.gui.roadmap.pdf import print_plan_on

            print_plan_on(build_plan(now.roadmap, now.people, selection), device)

    offer_open(
        parent,
        target,
        QCoreApplication.translate("PlanExport", "Plan saved"),
        print_to,
        notice=services.policy.export_notice,
    )


def export_plan(services: Services, selection: PlanSelection, fmt: str, target: Path) -> None:
    services.policy.check_plaintext_export("roadmap")
    plan = build_plan(services.roadmap, services.people, selection)
    if fmt == "pdf":
        from peerdesk.gui.roadmap.pdf import write_plan_pdf

        write_plan_pdf(plan, target)
    else:
        write_plan_text(plan, fmt, target, long_date)
    record_export(services, "roadmap", fmt, target, person_id=selection.person_id)
