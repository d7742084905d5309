"""One session note: every field a reviewer expects, autosaved as a draft, then signed.

Typing marks the form dirty; a few seconds after typing stops the draft is written through
:meth:`NotesService.create_draft` / :meth:`NotesService.update_draft` (inside the encrypted
vault, never a temp file). On lock the page hands the form to the shell as its draft, and
:meth:`NoteEditor.restore_draft` brings it back after the next unlock. A signed note is
read-only here (and in the service and the database); corrections are addenda.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date
from itertools import pairwise
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QLocale,
    QRegularExpression,
    Qt,
    QTime,
    QTimer,
    Signal,
)
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QComboBox, QListWidgetItem, QMessageBox, QWidget

from peerdesk.gui.common.draft_dialogs import DraftDialogs
from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.gui.forms.ui_note_editor import Ui_NoteEditor
from peerdesk.gui.notes.dialogs import AddendumDialog, ServiceTypesDialog
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.notes import MissingFieldsError, NoteNotFound, NoteRow, NotesError
from peerdesk.services.roadmap import GoalFilter
from peerdesk.services.session import Services

AUTOSAVE_IDLE_MS = 3000
STAFF_NAME_KEY = "notes.staff_name"
STAFF_CREDENTIAL_KEY = "notes.staff_credential"
Confirm = Callable[[QMessageBox], bool]


def question_box(parent: QWidget, title: str, text: str) -> QMessageBox:
    """A Yes / No question whose No is the default (Escape and Enter both keep the note)."""
    box = QMessageBox(
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        parent,
    )
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    box.setAccessibleName(title)
    box.setAccessibleDescription(text)
    return box


def sign_question(parent: QWidget) -> QMessageBox:
    return question_box(
        parent,
        QCoreApplication.translate("NoteEditor", "Sign this note?"),
        QCoreApplication.translate(
            "NoteEditor",
            "Signing finalises the note with today's date and time. After that it cannot "
            "be changed or deleted; corrections are added as dated, signed addenda.",
        ),
    )


def delete_question(parent: QWidget) -> QMessageBox:
    return question_box(
        parent,
        QCoreApplication.translate("NoteEditor", "Delete this draft?"),
        QCoreApplication.translate(
            "NoteEditor", "The draft and its words are removed from the vault for good."
        ),
    )


def ask(box: QMessageBox) -> bool:
    """Show the question and answer whether the person said Yes."""
    answer = box.exec()
    box.deleteLater()
    return answer == QMessageBox.StandardButton.Yes


def local_date(day: date) -> str:
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def local_datetime_utc(moment: Any) -> str:
    """A naive UTC datetime from the service, shown in local time the locale's way."""
    stamp = QDateTime(moment.replace(tzinfo=UTC)).toLocalTime()
    return QLocale().toString(stamp, QLocale.FormatType.ShortFormat)


class NoteEditor(QWidget):
    saved = Signal(str)  # note id (created or updated)
    closed = Signal()  # the note shown was deleted

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_NoteEditor()
        self.ui.setupUi(self)
        self.confirm: Confirm = ask
        self.services: Services | None = None
        self.note: NoteRow | None = None
        self._loading = False
        self.dirty = False
        self.dialogs = DraftDialogs(
            self, attached=lambda: self.services is not None, errors=(NotesError,)
        )
        self.addenda_document = InertDocument(self)
        self.ui.addendaView.setDocument(self.addenda_document)
        self.ui.statusLabel.setProperty("role", "muted")
        self.ui.savedLabel.setProperty("role", "muted")
        self.ui.problemLabel.setProperty("role", "error")  # the theme's error colour
        bold = self.ui.problemLabel.font()
        bold.setBold(True)
        self.ui.problemLabel.setFont(bold)
        self.ui.addendaView.setTabChangesFocus(True)
        for first, second in pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)
        self.ui.problemLabel.hide()
        self.ui.dateEdit.setDisplayFormat(QLocale().dateFormat(QLocale.FormatType.ShortFormat))
        time_rx = QRegularExpression(r"^([01]?\d|2[0-3]):[0-5]\d$|^$")
        for edit in (self.ui.startEdit, self.ui.endEdit):
            edit.setValidator(QRegularExpressionValidator(time_rx, edit))
        self.ui.settingCombo.addItem(self.tr("Setting…"), "")
        self.ui.settingCombo.addItem(self.tr("In person"), "in_person")
        self.ui.settingCombo.addItem(self.tr("Phone"), "phone")
        self.ui.settingCombo.addItem(self.tr("Video"), "video")
        self.ui.modeCombo.addItem(self.tr("Individual or group…"), "")
        self.ui.modeCombo.addItem(self.tr("Individual"), "individual")
        self.ui.modeCombo.addItem(self.tr("Group"), "group")
        for combo in (self.ui.settingCombo, self.ui.modeCombo):  # wide enough at any font
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_IDLE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        ui = self.ui
        for signal in (
            ui.personCombo.currentIndexChanged,
            ui.dateEdit.dateChanged,
            ui.startEdit.textEdited,
            ui.endEdit.textEdited,
            ui.settingCombo.currentIndexChanged,
            ui.modeCombo.currentIndexChanged,
            ui.serviceCombo.currentIndexChanged,
            ui.goalsList.itemChanged,
            ui.doneEdit.textChanged,
            ui.responseEdit.textChanged,
            ui.nextEdit.textChanged,
            ui.byEdit.textEdited,
            ui.staffEdit.textEdited,
            ui.credentialEdit.textEdited,
        ):
            signal.connect(self._edited)
        ui.personCombo.currentIndexChanged.connect(lambda _i: self._fill_goals(()))
        ui.startEdit.textChanged.connect(self._show_duration)
        ui.endEdit.textChanged.connect(self._show_duration)
        ui.signButton.clicked.connect(self.sign)
        ui.addendumButton.clicked.connect(self.add_addendum)
        ui.deleteButton.clicked.connect(self.delete_draft)
        ui.editServicesButton.clicked.connect(self.edit_service_types)
        self.ui.goalsList.setWordWrap(True)
        self.ui.goalsList.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._fit_to_font()
        self.setEnabled(False)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()

    def _fit_to_font(self) -> None:
        """Widths and heights that follow the font (a 200 % font must not cut "HH:MM")."""
        ui = self.ui
        for edit in (ui.startEdit, ui.endEdit, ui.credentialEdit):
            metrics = edit.fontMetrics()
            widest = max(metrics.horizontalAdvance(t) for t in ("00:00", edit.placeholderText()))
            edit.setMaximumWidth(widest + 4 * metrics.averageCharWidth() + 8)
        lines = ui.goalsList.fontMetrics().lineSpacing()
        ui.goalsList.setMaximumHeight(3 * lines + 2 * ui.goalsList.frameWidth() + 8)

    def tab_chain(self) -> list[QWidget]:
        """The editor's controls in Tab order: the note's fields top to bottom, then what
        to do with it (sign, addendum, delete), then the addenda."""
        ui = self.ui
        return [
            ui.personCombo,
            ui.dateEdit,
            ui.startEdit,
            ui.endEdit,
            ui.settingCombo,
            ui.modeCombo,
            ui.serviceCombo,
            ui.editServicesButton,
            ui.goalsList,
            ui.doneEdit,
            ui.responseEdit,
            ui.nextEdit,
            ui.byEdit,
            ui.staffEdit,
            ui.credentialEdit,
            ui.signButton,
            ui.addendumButton,
            ui.deleteButton,
            ui.addendaView,
        ]

    def focus_first_field(self) -> None:
        """Focus the first field that takes focus (a signed note's fields are read-only or
        disabled: then its first readable one)."""
        for widget in self.tab_chain():
            if (
                widget.isEnabled()
                and widget.isVisibleTo(self)
                and widget.focusPolicy() & (Qt.FocusPolicy.TabFocus)
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return

    # -- life cycle ------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self.services = services
        self._fill_people()
        self._fill_service_types()
        self.setEnabled(True)
        self.new_note()

    def detach(self) -> None:
        self.autosave_timer.stop()
        self.dialogs.forget()
        self.services = None
        self._loading = True
        self.note = None
        self.ui.personCombo.clear()
        self.ui.serviceCombo.clear()
        self.ui.goalsList.clear()
        for edit in (self.ui.doneEdit, self.ui.responseEdit, self.ui.nextEdit):
            edit.clear()
        for line in (
            self.ui.startEdit,
            self.ui.endEdit,
            self.ui.byEdit,
            self.ui.staffEdit,
            self.ui.credentialEdit,
        ):
            line.clear()
        self.addenda_document.clear()
        self.ui.statusLabel.clear()
        self.ui.savedLabel.clear()
        self.ui.problemLabel.hide()
        self._loading = False
        self.dirty = False
        self.setEnabled(False)

    @property
    def note_id(self) -> str | None:
        return self.note.id if self.note is not None else None

    @property
    def read_only(self) -> bool:
        return self.note is not None and self.note.is_signed

    # -- choices ---------------------------------------------------------------------------

    def _fill_people(self) -> None:
        if self.services is None:
            return
        keep = self.ui.personCombo.currentData()
        self._loading, was = True, self._loading
        self.ui.personCombo.clear()
        self.ui.personCombo.addItem(self.tr("Choose the person…"), None)
        served = sorted(self.services.caseload.people_served(), key=lambda p: p[1].casefold())
        known = {pid for pid, _n in served}
        others = [p for p in self.services.people.list() if p.id not in known and not p.is_owner]
        for pid, name in served:
            self.ui.personCombo.addItem(name, pid)
        for person in sorted(others, key=lambda p: p.name.casefold()):
            self.ui.personCombo.addItem(person.name, person.id)
        index = self.ui.personCombo.findData(keep)
        self.ui.personCombo.setCurrentIndex(max(index, 0))
        self._loading = was

    def _fill_service_types(self, current: str = "") -> None:
        if self.services is None:
            return
        self._loading, was = True, self._loading
        self.ui.serviceCombo.clear()
        self.ui.serviceCombo.addItem(self.tr("Service type…"), "")
        for name in self.services.notes.service_types():
            self.ui.serviceCombo.addItem(name, name)
        if current and self.ui.serviceCombo.findData(current) < 0:
            self.ui.serviceCombo.addItem(current, current)  # a retired type an old note keeps
        self.ui.serviceCombo.setCurrentIndex(max(self.ui.serviceCombo.findData(current), 0))
        self._loading = was

    def _fill_goals(self, chosen: tuple[str, ...] | list[str]) -> None:
        self._loading, was = True, self._loading
        self.ui.goalsList.clear()
        person_id = self.ui.personCombo.currentData()
        if self.services is not None and isinstance(person_id, str):
            roadmap = self.services.roadmap
            ids = roadmap.roadmap_goal_ids(GoalFilter(person_id=person_id))
            rows = roadmap.goal_rows(ids)
            for goal_id in ids:
                row = rows.get(goal_id)
                if row is None:
                    continue
                item = QListWidgetItem(row.title)
                item.setData(Qt.ItemDataRole.UserRole, goal_id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(
                    Qt.CheckState.Checked if goal_id in chosen else Qt.CheckState.Unchecked
                )
                self.ui.goalsList.addItem(item)
        if self.ui.goalsList.count() == 0:
            item = QListWidgetItem(self.tr("No roadmap goals for this person yet."))
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.ui.goalsList.addItem(item)
        self._loading = was

    def chosen_goals(self) -> list[str]:
        chosen = []
        for index in range(self.ui.goalsList.count()):
            item = self.ui.goalsList.item(index)
            goal_id = item.data(Qt.ItemDataRole.UserRole)
            if goal_id and item.checkState() == Qt.CheckState.Checked:
                chosen.append(str(goal_id))
        return chosen

    # -- the form --------------------------------------------------------------------------

    def person_id(self) -> str | None:
        value = self.ui.personCombo.currentData()
        return value if isinstance(value, str) else None

    def fields(self) -> dict[str, Any]:
        """The form as NotesService fields (EDITABLE_FIELDS)."""
        ui = self.ui
        return {
            "note_date": ui.dateEdit.date().toPython(),
            "start_time": _hhmm(ui.startEdit.text()),
            "end_time": _hhmm(ui.endEdit.text()),
            "setting": ui.settingCombo.currentData() or "",
            "mode": ui.modeCombo.currentData() or "",
            "service_type": ui.serviceCombo.currentData() or "",
            "goal_ids": self.chosen_goals(),
            "what_was_done": ui.doneEdit.toPlainText(),
            "response": ui.responseEdit.toPlainText(),
            "next_steps": ui.nextEdit.toPlainText(),
            "next_steps_by": ui.byEdit.text(),
            "staff_name": ui.staffEdit.text(),
            "staff_credential": ui.credentialEdit.text(),
        }

    def _set_form(self, person_id: str | None, values: dict[str, Any]) -> None:
        ui = self.ui
        self._loading = True
        ui.personCombo.setCurrentIndex(max(ui.personCombo.findData(person_id), 0))
        day = values.get("note_date") or date.today()
        ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        ui.startEdit.setText(str(values.get("start_time", "")))
        ui.endEdit.setText(str(values.get("end_time", "")))
        ui.settingCombo.setCurrentIndex(max(ui.settingCombo.findData(values.get("setting", "")), 0))
        ui.modeCombo.setCurrentIndex(max(ui.modeCombo.findData(values.get("mode", "")), 0))
        self._fill_service_types(str(values.get("service_type", "")))
        self._fill_goals(tuple(values.get("goal_ids", ())))
        ui.doneEdit.setPlainText(str(values.get("what_was_done", "")))
        ui.responseEdit.setPlainText(str(values.get("response", "")))
        ui.nextEdit.setPlainText(str(values.get("next_steps", "")))
        ui.byEdit.setText(str(values.get("next_steps_by", "")))
        ui.staffEdit.setText(str(values.get("staff_name", "")))
        ui.credentialEdit.setText(str(values.get("staff_credential", "")))
        self._loading = False
        self.dirty = False
        self._show_duration()
        self._show_state()

    def _show_duration(self) -> None:
        start, end = _minutes(self.ui.startEdit.text()), _minutes(self.ui.endEdit.text())
        if start is None or end is None or end < start:
            self.ui.durationLabel.setText("")
            return
        self.ui.durationLabel.setText(self.tr("%n min", None, end - start))

    def _show_state(self) -> None:
        note = self.note
        signed = note is not None and note.is_signed
        for widget in (
            self.ui.personCombo,
            self.ui.dateEdit,
            self.ui.settingCombo,
            self.ui.modeCombo,
            self.ui.serviceCombo,
            self.ui.editServicesButton,
            self.ui.goalsList,
        ):
            widget.setEnabled(not signed)
        for line in (
            self.ui.startEdit,
            self.ui.endEdit,
            self.ui.byEdit,
            self.ui.staffEdit,
            self.ui.credentialEdit,
        ):
            line.setReadOnly(signed)
        for text in (self.ui.doneEdit, self.ui.responseEdit, self.ui.nextEdit):
            text.setReadOnly(signed)
        self.ui.signButton.setVisible(not signed)
        self.ui.deleteButton.setVisible(not signed)
        self.ui.deleteButton.setEnabled(note is not None)
        self.ui.addendumButton.setVisible(signed)
        if note is None:
            self.ui.statusLabel.setText(
                self.tr("New note. It is kept as a draft as you type; sign it when it is complete.")
            )
        elif signed:
            assert note.signed_at is not None
            who = note.staff_name + (f", {note.staff_credential}" if note.staff_credential else "")
            self.ui.statusLabel.setText(
                self.tr(
                    "Signed on {when} by {who}. A signed note cannot be changed; "
                    "add an addendum to correct it."
                ).format(when=local_datetime_utc(note.signed_at), who=who)
            )
        else:
            self.ui.statusLabel.setText(self.tr("Draft: not signed yet."))
        has_addenda = note is not None and bool(note.addenda)
        self.ui.addendaLabel.setVisible(signed or has_addenda)
        self.ui.addendaView.setVisible(signed or has_addenda)
        self._show_addenda()

    def _show_addenda(self) -> None:
        note = self.note
        if note is None or not note.addenda:
            set_inert_markdown(
                self.addenda_document, self.tr("No addenda.") if self.read_only else ""
            )
            return
        parts = []
        for add in note.addenda:
            who = add.staff_name + (f", {add.staff_credential}" if add.staff_credential else "")
            head = self.tr("Addendum (amendment), signed by {who} on {when}").format(
                who=who, when=local_datetime_utc(add.signed_at)
            )
            parts.append(f"**{_md(head)}**\n\n{_md(add.text)}")
        set_inert_markdown(self.addenda_document, "\n\n".join(parts), already_escaped=True)

    # -- opening notes ---------------------------------------------------------------------

    def new_note(self, person_id: str | None = None) -> None:
        self.flush()
        self.note = None
        staff = self._remembered_staff()
        self._set_form(person_id, {"note_date": date.today(), **staff})
        self.ui.savedLabel.clear()
        self.ui.problemLabel.hide()

    def load_note(self, note_id: str) -> None:
        if self.services is None or note_id == self.note_id:
            return
        self.flush()
        try:
            self.note = self.services.notes.get(note_id)
        except NoteNotFound:
            self.new_note()
            return
        self._set_form(self.note.person_id, _values(self.note))
        self.ui.savedLabel.clear()
        self.ui.problemLabel.hide()

    def _remembered_staff(self) -> dict[str, str]:
        if self.services is None:
            return {}
        get = self.services.settings.get
        return {
            "staff_name": str(get(STAFF_NAME_KEY, "") or ""),
            "staff_credential": str(get(STAFF_CREDENTIAL_KEY, "") or ""),
        }

    # -- saving ----------------------------------------------------------------------------

    def _edited(self, *_args: object) -> None:
        if self._loading or self.read_only:
            return
        self.dirty = True
        self.ui.savedLabel.setText(self.tr("Editing…"))
        self.autosave_timer.start()

    def autosave(self) -> None:
        self.save_now()

    def flush(self) -> None:
        """Write pending edits now (switching notes, signing, locking)."""
        self.autosave_timer.stop()
        if self.dirty:
            self.save_now()

    def save_now(self) -> bool:
        """Create or update the draft. A note needs a person before it can be kept."""
        self.autosave_timer.stop()
        services = self.services
        if services is None or self.read_only:
            return False
        person_id = self.person_id()
        if person_id is None:
            self.ui.savedLabel.setText(self.tr("Choose the person to keep this draft."))
            return False
        fields = self.fields()
        try:
            if self.note is None:
                note_date = fields.pop("note_date")
                self.note = services.notes.create_draft(person_id, note_date, **fields)
            else:
                self.note = services.notes.update_draft(self.note.id, person_id=person_id, **fields)
        except NotesError as exc:
            self.ui.savedLabel.setText(str(exc))
            return False
        except NoteNotFound:
            self.note = None
            self.ui.savedLabel.setText(self.tr("This note was deleted meanwhile."))
            return False
        self.dirty = False
        now = QLocale().toString(QTime.currentTime(), QLocale.FormatType.ShortFormat)
        self.ui.savedLabel.setText(self.tr("Draft saved at {time}.").format(time=now))
        self.ui.deleteButton.setEnabled(True)
        if self.ui.statusLabel.text() != self.tr("Draft: not signed yet."):
            self.ui.statusLabel.setText(self.tr("Draft: not signed yet."))
        self.saved.emit(self.note.id)
        return True

    # -- signing, addenda, deleting --------------------------------------------------------

    def sign(self) -> bool:
        services = self.services
        if services is None or self.read_only:
            return False
        if (self.dirty or self.note is None) and not self.save_now():
            return False
        assert self.note is not None
        missing = services.notes.missing_fields(self.note.id)
        if missing:
            self._show_missing(missing)
            return False
        if not self.confirm(sign_question(self)):
            return False
        try:
            self.note = services.notes.sign(self.note.id)
        except MissingFieldsError as exc:
            self._show_missing(exc.fields)
            return False
        except NotesError as exc:
            self._show_problem(str(exc))
            return False
        services.settings.set(STAFF_NAME_KEY, self.note.staff_name)
        services.settings.set(STAFF_CREDENTIAL_KEY, self.note.staff_credential)
        self.ui.problemLabel.hide()
        self.ui.savedLabel.setText(self.tr("Signed."))
        self._show_state()
        self.saved.emit(self.note.id)
        return True

    def _show_problem(self, text: str) -> None:
        self.ui.problemLabel.setText(text)
        self.ui.problemLabel.show()

    def _show_missing(self, fields: tuple[str, ...] | list[str]) -> None:
        names = [field_label(f) for f in fields]
        self.ui.problemLabel.setText(
            self.tr("Not signed yet. Fill in first: {fields}.").format(fields=", ".join(names))
        )
        self.ui.problemLabel.show()

    def add_addendum(self, values: dict[str, str] | None = None) -> bool:
        """Open the addendum dialog (kept across a lock), or append ``values`` at once."""
        note = self.note
        if self.services is None or note is None or not note.is_signed:
            return False
        if values is not None:
            try:
                self._save_addendum({"note_id": note.id}, values)
            except NotesError as exc:
                self._show_problem(self.tr("Addendum not added: {why}").format(why=exc))
                return False
            return True
        self.open_addendum_dialog(note.id, None)
        return True

    def open_addendum_dialog(self, note_id: str, values: dict[str, Any] | None) -> None:
        note = self.note
        staff = self._remembered_staff()
        dialog = AddendumDialog(
            staff.get("staff_name") or (note.staff_name if note else ""),
            staff.get("staff_credential") or (note.staff_credential if note else ""),
            self,
        )
        if values:
            dialog.text_edit.setPlainText(str(values.get("text", "")))
            dialog.staff_edit.setText(str(values.get("staff_name", "")))
            dialog.credential_edit.setText(str(values.get("staff_credential", "")))
        self.dialogs.open("addendum", {"note_id": note_id}, dialog, self._save_addendum)

    def _save_addendum(self, context: dict[str, Any], values: dict[str, Any]) -> None:
        services = self.services
        note_id = str(context.get("note_id", ""))
        if services is None:
            return
        services.notes.add_addendum(
            note_id,
            str(values.get("text", "")),
            str(values.get("staff_name", "")),
            str(values.get("staff_credential", "")),
        )
        if self.note is not None and self.note.id == note_id:
            self.note = services.notes.get(note_id)
            self.ui.problemLabel.hide()
            self._show_state()
            self.ui.savedLabel.setText(self.tr("Addendum added."))

    def delete_draft(self) -> bool:
        services = self.services
        note = self.note
        if services is None or note is None or note.is_signed:
            return False
        if not self.confirm(delete_question(self)):
            return False
        self.autosave_timer.stop()
        try:
            services.notes.delete_draft(note.id)
        except NotesError as exc:
            self._show_problem(str(exc))
            return False
        self.note = None
        self.dirty = False
        self.new_note()
        self.ui.savedLabel.setText(self.tr("Draft deleted."))
        self.closed.emit()
        return True

    def edit_service_types(self) -> None:
        if self.services is None:
            return
        current = self.ui.serviceCombo.currentData() or ""
        dialog = ServiceTypesDialog(self.services.notes, self)
        dialog.exec()
        dialog.deleteLater()
        self._fill_service_types(str(current))

    # -- drafts across a lock --------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        """The unsaved form and an open addendum dialog (or None): what to bring back."""
        self.autosave_timer.stop()
        dialog = self.dialogs.draft()
        if (not self.dirty or self.read_only) and dialog is None:
            return None
        result: dict[str, Any] = {"note_id": self.note_id}
        if self.dirty and not self.read_only:
            fields = self.fields()
            fields["note_date"] = fields["note_date"].isoformat()
            result.update(person_id=self.person_id(), fields=fields)
        if dialog is not None:
            result["dialog"] = dialog
        return result

    def restore_draft(self, draft: dict[str, Any]) -> None:
        if self.services is None:
            return
        dialog = draft.get("dialog")
        fields = draft.get("fields")
        if not isinstance(fields, dict):
            note_id = draft.get("note_id")
            if isinstance(note_id, str):
                self.load_note(note_id)
            self._reopen(dialog)
            return
        note_id = draft.get("note_id")
        self.note = None
        if isinstance(note_id, str):
            try:
                note = self.services.notes.get(note_id)
            except NoteNotFound:
                note = None
            if note is not None and not note.is_signed:
                self.note = note
        values = dict(fields)
        try:
            values["note_date"] = date.fromisoformat(str(fields.get("note_date")))
        except ValueError:
            values["note_date"] = date.today()
        person_id = draft.get("person_id")
        self._set_form(person_id if isinstance(person_id, str) else None, values)
        self.dirty = True
        self.ui.savedLabel.setText(self.tr("Unsaved changes from before the lock were restored."))
        self.autosave_timer.start()
        self._reopen(dialog)

    def _reopen(self, dialog: object) -> None:
        if not isinstance(dialog, dict) or dialog.get("kind") != "addendum":
            return
        context, values = dialog.get("context"), dialog.get("values")
        if isinstance(context, dict) and isinstance(context.get("note_id"), str):
            self.open_addendum_dialog(
                context["note_id"], values if isinstance(values, dict) else None
            )


FIELD_LABELS = {
    "start_time": QT_TRANSLATE_NOOP("NoteFields", "start time"),
    "end_time": QT_TRANSLATE_NOOP("NoteFields", "end time"),
    "setting": QT_TRANSLATE_NOOP("NoteFields", "setting"),
    "mode": QT_TRANSLATE_NOOP("NoteFields", "individual or group"),
    "service_type": QT_TRANSLATE_NOOP("NoteFields", "service type"),
    "goals_addressed": QT_TRANSLATE_NOOP("NoteFields", "goals addressed"),
    "what_was_done": QT_TRANSLATE_NOOP("NoteFields", "what was done"),
    "response": QT_TRANSLATE_NOOP("NoteFields", "the person's response"),
    "next_steps": QT_TRANSLATE_NOOP("NoteFields", "next steps"),
    "next_steps_by": QT_TRANSLATE_NOOP("NoteFields", "who does them"),
    "staff_name": QT_TRANSLATE_NOOP("NoteFields", "staff name"),
    "staff_credential": QT_TRANSLATE_NOOP("NoteFields", "credential"),
}


def field_label(name: str) -> str:
    from PySide6.QtCore import QCoreApplication

    return QCoreApplication.translate("NoteFields", FIELD_LABELS.get(name, name.replace("_", " ")))


def _values(note: NoteRow) -> dict[str, Any]:
    return {
        "note_date": note.note_date,
        "start_time": note.start_time,
        "end_time": note.end_time,
        "setting": note.setting,
        "mode": note.mode,
        "service_type": note.service_type,
        "goal_ids": note.goal_ids,
        "what_was_done": note.what_was_done,
        "response": note.response,
        "next_steps": note.next_steps,
        "next_steps_by": note.next_steps_by,
        "staff_name": note.staff_name,
        "staff_credential": note.staff_credential,
    }


def _minutes(text: str) -> int | None:
    text = _hhmm(text)
    if not text:
        return None
    return int(text[:2]) * 60 + int(text[3:])


def _hhmm(text: str) -> str:
    """'9:05' → '09:05'; anything else that is not a time → ''."""
    text = text.strip()
    if ":" not in text:
        return ""
    hours, _sep, minutes = text.partition(":")
    if not (hours.isdigit() and minutes.isdigit() and len(minutes) == 2):
        return ""
    h, m = int(hours), int(minutes)
    if h > 23 or m > 59:
        return ""
    return f"{h:02d}:{m:02d}"


def _md(text: str) -> str:
    from peerdesk.services.inert_markdown import escape_html

    special = str.maketrans({c: "\\" + c for c in "\\`*_{}[]()#+-.!|>~"})
    return "  \n".join(escape_html(line).translate(special) for line in text.splitlines())
