"""Dialogs of the roadmap: a goal, a milestone, a check-in, a person in the circle.

Each dialog reads and writes its fields as a plain dict (``values``/``set_values``) so an
open dialog can be kept as an encrypted draft when the vault locks, and reopened after.
Nothing here touches the services: the page saves what the dialog returns.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QTableWidgetItem,
    QWidget,
)

from peerdesk.gui.forms.ui_goal_checkin_dialog import Ui_GoalCheckinDialog
from peerdesk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from peerdesk.gui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from peerdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from peerdesk.services.people import ROLE_LABELS, PersonRow
from peerdesk.services.roadmap import STATUS_LABELS, GoalRow, MilestoneRow, ParticipantRow
from peerdesk.services.roadmap.rows import RATING_LABELS


def to_qdate(value: date | None) -> QDate:
    value = value or date.today()
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def iso(value: date | None) -> str | None:
    return value.isoformat() if value else None


def parse_iso(value: Any) -> date | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        return None


def fill_people(
    combo: QComboBox,
    people: Sequence[PersonRow],
    *,
    none_label: str | None = None,
    selected: str | None = None,
) -> None:
    combo.clear()
    if none_label is not None:
        combo.addItem(none_label, None)
    for person in people:
        label = f"{person.name} (you)" if person.is_owner else person.name
        combo.addItem(label, person.id)
    select_data(combo, selected)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _save_button(box: QDialogButtonBox) -> Any:
    return box.button(QDialogButtonBox.StandardButton.Save)


class _OptionalDate:
    """A check box that switches a date edit on and off (None when off)."""

    def __init__(self, check: Any, edit: Any) -> None:
        self.check, self.edit = check, edit
        check.toggled.connect(edit.setEnabled)
        self.set(None)

    def get(self) -> date | None:
        return from_qdate(self.edit.date()) if self.check.isChecked() else None

    def set(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setEnabled(value is not None)
        self.edit.setDate(to_qdate(value))


class GoalDialog(QDialog):
    def __init__(
        self,
        people: Sequence[PersonRow],
        areas: Sequence[str],
        parent: QWidget | None = None,
        *,
        goal: GoalRow | None = None,
        participants: Sequence[ParticipantRow] = (),
        person_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GoalDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Edit goal" if goal else "New goal")
        self.people = list(people)
        owner = next((p.id for p in self.people if p.is_owner), None)
        fill_people(self.ui.personCombo, self.people, selected=person_id or owner)
        self.ui.areaCombo.addItems(list(areas))
        for status, label in STATUS_LABELS.items():
            self.ui.statusCombo.addItem(label, status)
        self.start = _OptionalDate(self.ui.startCheck, self.ui.startDate)
        self.target = _OptionalDate(self.ui.targetCheck, self.ui.targetDate)
        self.ui.datesWarning.setProperty("role", "muted")
        self.ui.participantsTable.setRowCount(len(self.people))
        header = self.ui.participantsTable.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        for row, person in enumerate(self.people):
            who = QTableWidgetItem(person.name)
            who.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            who.setCheckState(Qt.CheckState.Unchecked)
            who.setData(Qt.ItemDataRole.UserRole, person.id)
            self.ui.participantsTable.setItem(row, 0, who)
            self.ui.participantsTable.setItem(row, 1, QTableWidgetItem(""))
        for signal in (
            self.ui.startCheck.toggled,
            self.ui.targetCheck.toggled,
            self.ui.startDate.dateChanged,
            self.ui.targetDate.dateChanged,
        ):
            signal.connect(self._check_dates)
        self.ui.titleEdit.textChanged.connect(self._check_title)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if goal is not None:
            self.set_values(
                {
                    "title": goal.title,
                    "person_id": goal.person_id,
                    "life_area": goal.life_area,
                    "status": goal.status,
                    "start_date": iso(goal.start_date),
                    "target_date": iso(goal.target_date),
                    "vision": goal.vision,
                    "participants": [[p.person_id, p.role] for p in participants],
                }
            )
        else:
            select_data(self.ui.statusCombo, "proposed")
            self.ui.areaCombo.setCurrentIndex(-1)
            self.ui.areaCombo.setEditText("")
        self._check_title()
        self._check_dates()

    def _check_title(self) -> None:
        _save_button(self.ui.buttonBox).setEnabled(bool(self.ui.titleEdit.text().strip()))

    def _check_dates(self) -> None:
        start, target = self.start.get(), self.target.get()
        warn = start is not None and target is not None and target < start
        self.ui.datesWarning.setText(
            "The target date is before the start date. That is allowed; it will be flagged."
            if warn
            else ""
        )
        self.ui.datesWarning.setVisible(warn)

    def values(self) -> dict[str, Any]:
        participants = []
        for row in range(self.ui.participantsTable.rowCount()):
            who = self.ui.participantsTable.item(row, 0)
            part = self.ui.participantsTable.item(row, 1)
            if who.checkState() == Qt.CheckState.Checked:
                participants.append(
                    [who.data(Qt.ItemDataRole.UserRole), part.text().strip() if part else ""]
                )
        return {
            "title": self.ui.titleEdit.text().strip(),
            "person_id": self.ui.personCombo.currentData(),
            "life_area": self.ui.areaCombo.currentText().strip() or "Other",
            "status": self.ui.statusCombo.currentData(),
            "start_date": iso(self.start.get()),
            "target_date": iso(self.target.get()),
            "vision": self.ui.visionEdit.toPlainText().strip(),
            "participants": participants,
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.ui.titleEdit.setText(str(values.get("title", "")))
        select_data(self.ui.personCombo, values.get("person_id"))
        area = str(values.get("life_area", ""))
        if area and self.ui.areaCombo.findText(area) < 0:
            self.ui.areaCombo.addItem(area)
        self.ui.areaCombo.setCurrentText(area)
        select_data(self.ui.statusCombo, values.get("status"))
        self.start.set(parse_iso(values.get("start_date")))
        self.target.set(parse_iso(values.get("target_date")))
        self.ui.visionEdit.setPlainText(str(values.get("vision", "")))
        parts = {str(p[0]): str(p[1]) for p in values.get("participants", []) if len(p) == 2}
        for row in range(self.ui.participantsTable.rowCount()):
            who = self.ui.participantsTable.item(row, 0)
            pid = who.data(Qt.ItemDataRole.UserRole)
            who.setCheckState(Qt.CheckState.Checked if pid in parts else Qt.CheckState.Unchecked)
            self.ui.participantsTable.item(row, 1).setText(parts.get(pid, ""))


class MilestoneDialog(QDialog):
    def __init__(
        self,
        people: Sequence[PersonRow],
        parent: QWidget | None = None,
        *,
        goal_target: date | None = None,
        milestone: MilestoneRow | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_MilestoneDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Edit step" if milestone else "Add a step")
        self.goal_target = goal_target
        fill_people(self.ui.ownerCombo, people, none_label="Anyone")
        self.due = _OptionalDate(self.ui.dueCheck, self.ui.dueDate)
        self.ui.dateWarning.setProperty("role", "muted")
        self.ui.dueCheck.toggled.connect(self._check_date)
        self.ui.dueDate.dateChanged.connect(self._check_date)
        self.ui.titleEdit.textChanged.connect(self._check_title)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        if milestone is not None:
            self.set_values(
                {
                    "title": milestone.title,
                    "owner_id": milestone.owner_id,
                    "due_date": iso(milestone.due_date),
                }
            )
        self._check_title()
        self._check_date()

    def _check_title(self) -> None:
        _save_button(self.ui.buttonBox).setEnabled(bool(self.ui.titleEdit.text().strip()))

    def _check_date(self) -> None:
        due = self.due.get()
        late = due is not None and self.goal_target is not None and due > self.goal_target
        self.ui.dateWarning.setText(
            "This is after the goal's target date. That is allowed; it will be flagged."
            if late
            else ""
        )
        self.ui.dateWarning.setVisible(late)

    def values(self) -> dict[str, Any]:
        return {
            "title": self.ui.titleEdit.text().strip(),
            "owner_id": self.ui.ownerCombo.currentData(),
            "due_date": iso(self.due.get()),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.ui.titleEdit.setText(str(values.get("title", "")))
        select_data(self.ui.ownerCombo, values.get("owner_id"))
        self.due.set(parse_iso(values.get("due_date")))


class GoalCheckinDialog(QDialog):
    def __init__(
        self,
        people: Sequence[PersonRow],
        goal_title: str,
        parent: QWidget | None = None,
        *,
        person_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_GoalCheckinDialog()
        self.ui.setupUi(self)
        self.ui.goalLabel.setText(goal_title)
        self.ui.goalLabel.setObjectName("headingLabel")
        owner = next((p.id for p in people if p.is_owner), None)
        fill_people(self.ui.whoCombo, people, selected=person_id or owner)
        fill_people(self.ui.nextOwnerCombo, people, none_label="Anyone", selected=None)
        self.ui.ratingCombo.addItem("Not said", None)
        for value, label in RATING_LABELS.items():
            self.ui.ratingCombo.addItem(f"{value} · {label}", value)
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def accept(self) -> None:
        v = self.values()
        if v["rating"] is None and not v["what_happened"] and not v["next_step"]:
            self.ui.errorLabel.setText("Say how it is going, what happened, or the next step.")
            self.ui.errorLabel.show()
            return
        super().accept()

    def values(self) -> dict[str, Any]:
        return {
            "person_id": self.ui.whoCombo.currentData(),
            "rating": self.ui.ratingCombo.currentData(),
            "what_happened": self.ui.whatEdit.toPlainText().strip(),
            "next_step": self.ui.nextEdit.text().strip(),
            "next_step_owner_id": self.ui.nextOwnerCombo.currentData(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        select_data(self.ui.whoCombo, values.get("person_id"))
        select_data(self.ui.ratingCombo, values.get("rating"))
        self.ui.whatEdit.setPlainText(str(values.get("what_happened", "")))
        self.ui.nextEdit.setText(str(values.get("next_step", "")))
        select_data(self.ui.nextOwnerCombo, values.get("next_step_owner_id"))


class PersonDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, person: PersonRow | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_PersonDialog()
        self.ui.setupUi(self)
        self.setWindowTitle("Edit person" if person else "Add someone to the circle")
        for role, label in ROLE_LABELS.items():
            self.ui.roleCombo.addItem(label, role)
        select_data(self.ui.roleCombo, "supporter")
        self.ui.nameEdit.textChanged.connect(
            lambda text: _save_button(self.ui.buttonBox).setEnabled(bool(text.strip()))
        )
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        _save_button(self.ui.buttonBox).setEnabled(False)
        if person is not None:
            self.set_values(
                {
                    "name": person.name,
                    "role": person.role,
                    "contact": person.contact,
                    "notes": person.notes,
                    "is_owner": person.is_owner,
                }
            )

    def values(self) -> dict[str, Any]:
        return {
            "name": self.ui.nameEdit.text().strip(),
            "role": self.ui.roleCombo.currentData(),
            "contact": self.ui.contactEdit.toPlainText().strip(),
            "notes": self.ui.notesEdit.toPlainText().strip(),
            "is_owner": self.ui.ownerCheck.isChecked(),
        }

    def set_values(self, values: dict[str, Any]) -> None:
        self.ui.nameEdit.setText(str(values.get("name", "")))
        select_data(self.ui.roleCombo, values.get("role"))
        self.ui.contactEdit.setPlainText(str(values.get("contact", "")))
        self.ui.notesEdit.setPlainText(str(values.get("notes", "")))
        self.ui.ownerCheck.setChecked(bool(values.get("is_owner")))


class WinDialog(QInputDialog):
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
