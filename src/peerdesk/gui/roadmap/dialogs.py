"""Dialogs of the roadmap: a goal, a milestone, a check-in, a person in the circle.

Each dialog reads and writes its fields as a plain dict (``values``/``set_values``) so an
open dialog can be kept as an encrypted draft when the vault locks, and reopened after.
Nothing here touches the services: the page saves what the dialog returns.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import date
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt
from PySide6.QtGui import QGuiApplication, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)

from peerdesk.gui.common.accessibility import name
from peerdesk.gui.forms.ui_goal_checkin_dialog import Ui_GoalCheckinDialog
from peerdesk.gui.forms.ui_goal_dialog import Ui_GoalDialog
from peerdesk.gui.forms.ui_milestone_dialog import Ui_MilestoneDialog
from peerdesk.gui.forms.ui_person_dialog import Ui_PersonDialog
from peerdesk.services.people import ROLE_LABELS, PersonRow, role_label
from peerdesk.services.roadmap import (
    STATUS_LABELS,
    GoalRow,
    MilestoneRow,
    ParticipantRow,
    rating_label,
    status_label,
)
from peerdesk.services.roadmap.goals import default_life_areas
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
        combo.addItem(person_label(person), person.id)
    select_data(combo, selected)


def person_label(person: PersonRow) -> str:
    """A person's name, with "(you)" after the vault's owner."""
    if person.is_owner:
        return QCoreApplication.translate("RoadmapDialogs", "{name} (you)").format(name=person.name)
    return person.name


def anyone() -> str:
    """The choice of no one in particular (a milestone's or a next step's owner)."""
    return QCoreApplication.translate("RoadmapDialogs", "Anyone")


class ExplicitChoice(QObject):
    """Keeps a combo box from changing by itself: a letter typed by mistake (meant for the
    note next to it) or an arrow key no longer picks someone else, nor does the mouse
    wheel. The list opens with Space, F4 or Alt+Down, and a choice there is deliberate."""

    _STEPS = frozenset(
        {
            Qt.Key.Key_Up,
            Qt.Key.Key_Down,
            Qt.Key.Key_PageUp,
            Qt.Key.Key_PageDown,
            Qt.Key.Key_Home,
            Qt.Key.Key_End,
        }
    )

    def __init__(self, combo: QComboBox) -> None:
        super().__init__(combo)
        self.combo = combo
        combo.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # no focus from the wheel either
        combo.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is not self.combo:
            return False
        if event.type() == QEvent.Type.Wheel:
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            alt = bool(mods & Qt.KeyboardModifier.AltModifier)
            if Qt.Key(event.key()) in self._STEPS and not alt:
                return True
            text = event.text()
            plain = not mods & (
                Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            )
            if plain and text and text.isprintable() and text != " ":
                return True  # keyboard search would pick whoever's name starts so
        return False


def tab_chain(*widgets: QWidget) -> None:
    """Tab visits ``widgets`` in this order."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)


def select_data(combo: QComboBox, value: Any) -> None:
    index = combo.findData(value)
    if index >= 0:
        combo.setCurrentIndex(index)


def _save_button(box: QDialogButtonBox) -> Any:
    return box.button(QDialogButtonBox.StandardButton.Save)


TITLE_BAR_ROOM = 60  # a window manager's title bar and frame, roughly


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


def fit_people_table(dialog: QDialog, table: QTableWidget) -> None:
    """Show six people without scrolling (a seventh peeks out, so it is clear there are
    more); fewer people, a shorter table. On a short screen or with a large font fewer rows
    show (the table scrolls), so the dialog keeps its buttons on the screen."""
    table.resizeRowsToContents()
    rows = table.rowCount()
    row_height = table.rowHeight(0) if rows else table.verticalHeader().defaultSectionSize()
    shown = min(max(rows, 2), 6) + (0.5 if rows > 6 else 0)
    frame = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
    least = int(frame + row_height * 2)
    table.setMinimumHeight(least)
    layout = dialog.layout()
    if layout is not None:
        layout.activate()
    rest = dialog.minimumSizeHint().height() - least
    screen = dialog.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry().height() - TITLE_BAR_ROOM - rest
    table.setMinimumHeight(max(least, min(int(frame + row_height * shown), room)))


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
        self.setWindowTitle(self.tr("Edit goal") if goal else self.tr("New goal"))
        self.people = list(people)
        owner = next((p.id for p in self.people if p.is_owner), None)
        fill_people(self.ui.personCombo, self.people, selected=person_id or owner)
        self.ui.areaCombo.addItems(list(areas))
        for status in STATUS_LABELS:
            self.ui.statusCombo.addItem(status_label(status), status)
        self.start = _OptionalDate(self.ui.startCheck, self.ui.startDate)
        self.target = _OptionalDate(self.ui.targetCheck, self.ui.targetDate)
        self.ui.datesWarning.setProperty("role", "muted")
        name(self.ui.startDate, self.tr("Start date"), self.tr("Tick “Starts” to give a date"))
        name(self.ui.targetDate, self.tr("Target date"), self.tr("Tick “Target” to give a date"))
        name(
            self.ui.participantsTable,
            self.tr("Who takes part"),
            self.tr("Space ticks a person; type their part in the second column"),
        )
        self.ui.participantsTable.setTabKeyNavigation(False)  # Tab leaves the table
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
            # A new goal starts today unless told otherwise: Enter in the title then still
            # gives a mark on the timeline (and the dialog says what a missing target means).
            self.start.set(date.today())
        self._fit_participants()
        self._check_title()
        self._check_dates()

    def _fit_participants(self) -> None:
        fit_people_table(self, self.ui.participantsTable)

    def _check_title(self) -> None:
        _save_button(self.ui.buttonBox).setEnabled(bool(self.ui.titleEdit.text().strip()))

    def _check_dates(self) -> None:
        start, target = self.start.get(), self.target.get()
        text = ""
        if start is not None and target is not None and target < start:
            text = self.tr(
                "The target date is before the start date. That is allowed; it will be flagged."
            )
        elif start is None and target is None:
            text = self.tr(
                "No dates: the goal is listed on the timeline but gets no bar until it has a"
                " start or a target date."
            )
        elif target is None:
            text = self.tr("No target date yet: the timeline shows only where it starts.")
        self.ui.datesWarning.setText(text)
        self.ui.datesWarning.setWordWrap(True)
        self.ui.datesWarning.setVisible(bool(text))

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
            "life_area": self.ui.areaCombo.currentText().strip() or default_life_areas()[-1],
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
        self.setWindowTitle(self.tr("Edit step") if milestone else self.tr("Add a step"))
        self.goal_target = goal_target
        fill_people(self.ui.ownerCombo, people, none_label=anyone())
        self.due = _OptionalDate(self.ui.dueCheck, self.ui.dueDate)
        name(self.ui.dueDate, self.tr("Due date"), self.tr("Tick “Due” to give a date"))
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
            self.tr("This is after the goal's target date. That is allowed; it will be flagged.")
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
        self._focused_once = False
        self.ui.goalLabel.setText(goal_title)
        self.ui.goalLabel.setObjectName("headingLabel")
        owner = next((p.id for p in people if p.is_owner), None)
        fill_people(self.ui.whoCombo, people, selected=person_id or owner)
        fill_people(self.ui.nextOwnerCombo, people, none_label=anyone(), selected=None)
        self.ui.ratingCombo.addItem(self.tr("Not said"), None)
        for value in RATING_LABELS:
            self.ui.ratingCombo.addItem(f"{value} · {rating_label(value)}", value)
        # Who is checking in changes only on purpose (a check-in was once saved under the
        # wrong name: the focus was here, and typing the note picked someone else).
        self.explicit_choices = [ExplicitChoice(self.ui.whoCombo)]
        choose = self.tr("Space opens the list to choose someone else")
        self.ui.whoCombo.setAccessibleDescription(choose)
        self.ui.whoCombo.setToolTip(choose)
        self.explicit_choices.append(ExplicitChoice(self.ui.nextOwnerCombo))
        self.ui.nextOwnerCombo.setAccessibleDescription(choose)
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.errorLabel.hide()
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)
        ui = self.ui
        tab_chain(
            ui.whoCombo, ui.ratingCombo, ui.whatEdit, ui.nextEdit, ui.nextOwnerCombo, ui.buttonBox
        )
        ui.whatEdit.setFocus()  # the note first: what happened is what people came to write

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._focused_once:
            self._focused_once = True
            self.ui.whatEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def accept(self) -> None:
        v = self.values()
        if v["rating"] is None and not v["what_happened"] and not v["next_step"]:
            self.ui.errorLabel.setText(
                self.tr("Say how it is going, what happened, or the next step.")
            )
            self.ui.errorLabel.show()
            self.ui.whatEdit.setFocus()
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
        self.setWindowTitle(
            self.tr("Edit person") if person else self.tr("Add someone to the circle")
        )
        for role in ROLE_LABELS:
            self.ui.roleCombo.addItem(role_label(role), role)
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
        self.setWindowTitle(self.tr("Log a small victory"))
        self.setLabelText(self.tr("What went well? Small things count."))
        self.setInputMode(QInputDialog.InputMode.TextInput)
        self.setOkButtonText(self.tr("Save"))
        self.setCancelButtonText(self.tr("Cancel"))

    def accept(self) -> None:
        if self.textValue().strip():
            super().accept()

    def values(self) -> dict[str, Any]:
        return {"text": self.textValue().strip()}

    def set_values(self, values: dict[str, Any]) -> None:
        self.setTextValue(str(values.get("text", "")))
