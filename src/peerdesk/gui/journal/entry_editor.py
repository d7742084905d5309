"""Writing an entry: title, Markdown with a live preview, tags, star, prompts and templates.

Unsaved text is autosaved into the encrypted database a few seconds after typing stops
(``services.drafts``; never a temp file) and handed to the shell as the area's draft on
lock. The preview escapes raw HTML and loads no resources, so the text stays inert.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QDateTime, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import QComboBox, QInputDialog, QWidget

from peerdesk.gui.common.inert_text import InertDocument, set_inert_markdown
from peerdesk.gui.common.theme import icon as theme_icon
from peerdesk.gui.forms.ui_journal_entry_editor import Ui_JournalEntryEditor
from peerdesk.gui.journal.dates import clock
from peerdesk.gui.journal.keyboard import tab_leaves
from peerdesk.gui.journal.undo import (
    CreateEntryCommand,
    DeleteEntriesCommand,
    EditEntryCommand,
)
from peerdesk.services.drafts import DraftService
from peerdesk.services.journal import EntryFields, JournalService, JournalValueError

AUTOSAVE_KEY = "journal.editor.autosave"
AUTOSAVE_IDLE_MS = 3000
NEW_PROMPT = "\x00new-prompt"
NEW_TEMPLATE = "\x00new-template"
OWN_PROMPTS = "Mine"  # the category the user's own prompts are stored under


def own_prompt_dialog(parent: QWidget | None) -> QInputDialog:
    """The dialog of "Write my own prompt…": the question to add."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("ownPromptDialog")
    dialog.setWindowTitle(QCoreApplication.translate("EntryEditor", "Your own prompt"))
    dialog.setLabelText(QCoreApplication.translate("EntryEditor", "A question to ask yourself:"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog


def template_name_dialog(parent: QWidget | None) -> QInputDialog:
    """The dialog of "Save this text as a template…": the template's name."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("templateNameDialog")
    dialog.setWindowTitle(QCoreApplication.translate("EntryEditor", "Save as a template"))
    dialog.setLabelText(QCoreApplication.translate("EntryEditor", "Name of the template:"))
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog


def _ask(dialog: QInputDialog) -> tuple[bool, str]:
    ok = bool(dialog.exec())
    text = dialog.textValue()
    dialog.deleteLater()
    return ok, text


class EntryEditor(QWidget):
    saved = Signal(str)  # entry id

    def __init__(self, undo_stack: QUndoStack, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalEntryEditor()
        self.ui.setupUi(self)
        self.undo_stack = undo_stack
        self.ui.savedLabel.setProperty("role", "muted")
        self.ui.starButton.setIcon(theme_icon("star"))
        tab_leaves(self.ui.whenEdit)
        self.ui.deleteButton.setIcon(theme_icon("delete"))
        self.preview_document = InertDocument(self)
        self.ui.previewView.setDocument(self.preview_document)
        self.ui.splitter.setSizes([1, 1])
        self._journal: JournalService | None = None
        self._drafts: DraftService | None = None
        self._entry_id: str | None = None
        self._loaded: EntryFields | None = None
        self._loading = False
        self.dirty = False
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_IDLE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        self.preview_timer = QTimer(self)
        self.preview_timer.setSingleShot(True)
        self.preview_timer.setInterval(250)
        self.preview_timer.timeout.connect(self.refresh_preview)
        for signal in (
            self.ui.titleEdit.textEdited,
            self.ui.tagsEdit.textEdited,
            self.ui.bodyEdit.textChanged,
            self.ui.starButton.toggled,
            self.ui.whenEdit.dateTimeChanged,
        ):
            signal.connect(self._edited)
        self.ui.bodyEdit.textChanged.connect(self.preview_timer.start)
        self.ui.previewCheck.toggled.connect(self.ui.previewView.setVisible)
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.newButton.clicked.connect(self.new_entry)
        self.ui.deleteButton.clicked.connect(self.delete)
        for combo in (self.ui.promptCombo, self.ui.templateCombo):
            # A long prompt must not widen the whole page: the combo keeps a modest width
            # and its popup shows the whole texts.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.view().setTextElideMode(Qt.TextElideMode.ElideNone)
        self.ui.promptCombo.activated.connect(self._insert_prompt)
        self.ui.templateCombo.activated.connect(self._apply_template)
        self.setEnabled(False)

    # -- life cycle ------------------------------------------------------------------------

    def attach(self, journal: JournalService, drafts: DraftService) -> None:
        self._journal = journal
        self._drafts = drafts
        self.fill_prompts_and_templates()
        self.setEnabled(True)
        self.new_entry()
        autosaved = drafts.load(AUTOSAVE_KEY)
        if autosaved:
            self.restore_draft(autosaved)
            self.ui.savedLabel.setText(self.tr("Unsaved text from last time was restored."))

    def detach(self) -> None:
        self.autosave_timer.stop()
        self.preview_timer.stop()
        self._journal = None
        self._drafts = None
        self._set_fields(EntryFields(), None)
        self.ui.promptCombo.clear()
        self.ui.templateCombo.clear()
        self.ui.savedLabel.clear()
        self.setEnabled(False)

    # -- reading and writing the form ------------------------------------------------------

    @property
    def entry_id(self) -> str | None:
        return self._entry_id

    def tab_chain(self) -> list[QWidget]:
        """The editor's fields in the order the .ui file's tab stops give them."""
        ui = self.ui
        return [
            ui.titleEdit,
            ui.starButton,
            ui.whenEdit,
            ui.promptCombo,
            ui.templateCombo,
            ui.previewCheck,
            ui.bodyEdit,
            ui.previewView,
            ui.tagsEdit,
            ui.newButton,
            ui.deleteButton,
            ui.saveButton,
        ]

    def focus_text(self) -> None:
        """An opened entry: the cursor in its title (Tab goes on to the text)."""
        self.ui.titleEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def fields(self) -> EntryFields:
        tags = tuple(t.strip() for t in self.ui.tagsEdit.text().split(",") if t.strip())
        kind = self._loaded.kind if self._loaded is not None else "entry"
        base = self._loaded or EntryFields()
        return EntryFields(
            kind=kind,
            occurred_at=self.ui.whenEdit.dateTime().toPython(),
            title=self.ui.titleEdit.text(),
            body=self.ui.bodyEdit.toPlainText(),
            mood=base.mood,
            energy=base.energy,
            sleep_hours=base.sleep_hours,
            starred=self.ui.starButton.isChecked(),
            tags=tags,
            emotions=base.emotions,
            trackers=base.trackers,
        )

    def _set_fields(self, fields: EntryFields, entry_id: str | None) -> None:
        self._loading = True
        self._entry_id = entry_id
        self._loaded = fields if entry_id else None
        self.ui.titleEdit.setText(fields.title)
        self.ui.bodyEdit.setPlainText(fields.body)
        self.ui.tagsEdit.setText(", ".join(fields.tags))
        self.ui.starButton.setChecked(fields.starred)
        when = fields.occurred_at or datetime.now().replace(second=0, microsecond=0)
        self.ui.whenEdit.setDateTime(QDateTime(when))
        self.ui.deleteButton.setEnabled(entry_id is not None)
        self._loading = False
        self.dirty = False
        self.refresh_preview()

    def load_entry(self, entry_id: str) -> None:
        if self._journal is None:
            return
        self.commit_if_dirty()
        self._set_fields(self._journal.get(entry_id), entry_id)
        self.ui.savedLabel.clear()
        if self._drafts is not None:
            self._drafts.discard(AUTOSAVE_KEY)

    def new_entry(self) -> None:
        self.commit_if_dirty()
        self._set_fields(EntryFields(), None)
        self.ui.savedLabel.clear()
        self.ui.titleEdit.setFocus()

    def _edited(self, *_args: object) -> None:
        if self._loading:
            return
        self.dirty = True
        self.autosave_timer.start()

    def refresh_preview(self) -> None:
        text = self.ui.bodyEdit.toPlainText()
        set_inert_markdown(self.preview_document, text)

    # -- prompts and templates -------------------------------------------------------------

    def fill_prompts_and_templates(self) -> None:
        if self._journal is None:
            return
        self.ui.promptCombo.clear()
        self.ui.promptCombo.addItem(self.tr("Add a prompt…"), None)
        for prompt in self._journal.prompts():
            category = prompt.category
            if not prompt.builtin and category == OWN_PROMPTS:
                category = self.tr("Mine")
            self.ui.promptCombo.addItem(
                self.tr("{category}: {prompt}").format(category=category, prompt=prompt.text),
                prompt.text,
            )
        self.ui.promptCombo.addItem(self.tr("Write my own prompt…"), NEW_PROMPT)
        self.ui.templateCombo.clear()
        self.ui.templateCombo.addItem(self.tr("Start from a template…"), None)
        for template in self._journal.templates():
            self.ui.templateCombo.addItem(template.name, template.body)
        self.ui.templateCombo.addItem(self.tr("Save this text as a template…"), NEW_TEMPLATE)

    def add_prompt(self, text: str) -> None:
        if self._journal is not None and text.strip():
            self._journal.add_prompt(text, OWN_PROMPTS)
            self.fill_prompts_and_templates()

    def add_template(self, name: str) -> None:
        if self._journal is not None and name.strip():
            self._journal.add_template(name, self.ui.bodyEdit.toPlainText())
            self.fill_prompts_and_templates()

    def _insert_prompt(self, index: int) -> None:
        text = self.ui.promptCombo.itemData(index)
        self.ui.promptCombo.setCurrentIndex(0)
        if text == NEW_PROMPT:
            ok, prompt = _ask(own_prompt_dialog(self))
            if ok:
                try:
                    self.add_prompt(prompt)
                except JournalValueError as exc:
                    self.ui.savedLabel.setText(str(exc))
            return
        if not isinstance(text, str):
            return
        cursor = self.ui.bodyEdit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        before = "" if not self.ui.bodyEdit.toPlainText() else "\n\n"
        cursor.insertText(f"{before}**{text}**\n\n")
        self.ui.bodyEdit.setTextCursor(cursor)
        self.ui.bodyEdit.setFocus()

    def _apply_template(self, index: int) -> None:
        body = self.ui.templateCombo.itemData(index)
        self.ui.templateCombo.setCurrentIndex(0)
        if body == NEW_TEMPLATE:
            ok, name = _ask(template_name_dialog(self))
            if ok:
                try:
                    self.add_template(name)
                except JournalValueError as exc:
                    self.ui.savedLabel.setText(str(exc))
            return
        if not isinstance(body, str):
            return
        cursor = self.ui.bodyEdit.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        cursor.insertText(body if not self.ui.bodyEdit.toPlainText() else "\n\n" + body)
        self.ui.bodyEdit.setFocus()

    # -- saving, deleting ------------------------------------------------------------------

    def save(self) -> bool:
        if self._journal is None:
            return False
        fields = self.fields()
        if not fields.title.strip() and not fields.body.strip():
            self.ui.savedLabel.setText(self.tr("Write something first."))
            return False
        try:
            from peerdesk.services.journal.model import validate

            validate(fields)
            if self._entry_id is None:
                command = CreateEntryCommand(self._journal, fields)
                self.undo_stack.push(command)
                assert command.entry_id is not None
                self._entry_id = command.entry_id
            else:
                before = self._loaded or self._journal.get(self._entry_id)
                self.undo_stack.push(
                    EditEntryCommand(self._journal, self._entry_id, before, fields)
                )
        except JournalValueError as exc:
            self.ui.savedLabel.setText(str(exc))
            return False
        except KeyError:
            self.ui.savedLabel.setText(
                self.tr("This entry was deleted meanwhile; save it as a new one.")
            )
            self._entry_id = None
            return False
        self._set_fields(self._journal.get(self._entry_id), self._entry_id)
        if self._drafts is not None:
            self._drafts.discard(AUTOSAVE_KEY)
        self.ui.savedLabel.setText(self.tr("Saved at {time}.").format(time=clock(datetime.now())))
        self.saved.emit(self._entry_id)
        return True

    def delete(self) -> None:
        if self._journal is None or self._entry_id is None:
            return
        self.undo_stack.push(DeleteEntriesCommand(self._journal, [self._entry_id]))
        self._set_fields(EntryFields(), None)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        self.ui.savedLabel.setText(
            self.tr("Deleted. Undo ({keys}) brings it back.").format(keys=undo)
        )

    # -- drafts ----------------------------------------------------------------------------

    def draft(self) -> dict[str, Any] | None:
        if not self.dirty:
            return None
        fields = self.fields()
        return {
            "entry_id": self._entry_id,
            "title": fields.title,
            "body": fields.body,
            "tags": list(fields.tags),
            "starred": fields.starred,
            "occurred_at": fields.occurred_at.isoformat() if fields.occurred_at else None,
        }

    def restore_draft(self, draft: dict[str, Any]) -> None:
        entry_id = draft.get("entry_id")
        base: EntryFields = EntryFields()
        if isinstance(entry_id, str) and self._journal is not None:
            try:
                base = self._journal.get(entry_id)
            except KeyError:
                entry_id = None
        else:
            entry_id = None
        when = draft.get("occurred_at")
        try:
            occurred = datetime.fromisoformat(when) if isinstance(when, str) else None
        except ValueError:
            occurred = None
        fields = EntryFields(
            kind=base.kind,
            occurred_at=occurred or base.occurred_at,
            title=str(draft.get("title", "")),
            body=str(draft.get("body", "")),
            starred=bool(draft.get("starred", False)),
            tags=tuple(str(t) for t in draft.get("tags", []) if isinstance(t, str)),
            mood=base.mood,
            energy=base.energy,
            sleep_hours=base.sleep_hours,
            emotions=base.emotions,
            trackers=base.trackers,
        )
        self._set_fields(fields, entry_id)
        self._loaded = base if entry_id else None
        self.dirty = True

    def autosave(self) -> None:
        payload = self.draft()
        if payload is not None and self._drafts is not None:
            self._drafts.save(AUTOSAVE_KEY, payload)

    def commit_if_dirty(self) -> None:
        """Switching to another entry keeps the edits: they are saved (and can be undone)."""
        self.autosave_timer.stop()
        fields = self.fields()
        if self.dirty and (fields.title.strip() or fields.body.strip()):
            self.save()
