"""The card editor: every field of a card, checked by the service when saved."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from peerdesk.gui.forms.ui_card_editor import Ui_CardEditor
from peerdesk.services.library import CardContent


def _split(text: str) -> tuple[str, ...]:
    return tuple(p.strip() for p in text.split(",") if p.strip())


class CardEditor(QWidget):
    saved = Signal(str)  # the card id
    cancelled = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_CardEditor()
        self.ui.setupUi(self)
        self.ui.editorHeading.setObjectName("headingLabel")
        self.ui.errorLabel.setProperty("role", "error")
        self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save).setDefault(True)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.cancel)
        # Tab leaves the multi-line fields (a tab character is never needed in a card).
        for edit in (self.ui.stepsEdit, self.ui.whenEdit):
            edit.setTabChangesFocus(True)
        # Escape closes the editor without saving, as it closes a dialog.
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape.setWhatsThis(self.tr("Close the card editor without saving"))
        self.escape.activated.connect(self.cancel)
        self.strategy_id: str | None = None
        self._save_handler: Any = None

    def start(
        self,
        strategy_id: str | None,
        content: CardContent | None,
        categories: list[str],
        save: Any,
    ) -> None:
        """Edit ``content`` (None: a new card); ``save(id|None, content) -> id`` stores it."""
        self.strategy_id = strategy_id
        self._save_handler = save
        self.ui.editorHeading.setText(self.tr("Edit card") if strategy_id else self.tr("New card"))
        self.ui.categoryCombo.clear()
        self.ui.categoryCombo.addItems(categories)
        self.set_content(
            content or CardContent(title="", category=categories[0] if categories else "")
        )
        self.ui.errorLabel.clear()
        self.ui.titleEdit.setFocus()

    def set_content(self, content: CardContent) -> None:
        self.ui.titleEdit.setText(content.title)
        self.ui.categoryCombo.setCurrentText(content.category)
        self.ui.summaryEdit.setText(content.summary)
        self.ui.stepsEdit.setPlainText(content.steps)
        self.ui.whenEdit.setPlainText(content.when_to_use)
        self.ui.signsEdit.setText(", ".join(content.warning_signs))
        self.ui.durationSpin.setValue(content.duration_minutes or 0)
        self.ui.tagsEdit.setText(", ".join(content.tags))
        self.ui.sourceEdit.setText(content.source)
        for edit in (self.ui.titleEdit, self.ui.summaryEdit, self.ui.signsEdit, self.ui.tagsEdit):
            edit.setCursorPosition(0)

    def content(self) -> CardContent:
        duration = self.ui.durationSpin.value()
        return CardContent(
            title=self.ui.titleEdit.text(),
            category=self.ui.categoryCombo.currentText(),
            summary=self.ui.summaryEdit.text(),
            steps=self.ui.stepsEdit.toPlainText(),
            when_to_use=self.ui.whenEdit.toPlainText(),
            warning_signs=_split(self.ui.signsEdit.text()),
            duration_minutes=duration or None,
            tags=_split(self.ui.tagsEdit.text()),
            source=self.ui.sourceEdit.text(),
        )

    def draft(self) -> dict[str, Any]:
        c = self.content()
        return {
            "strategy_id": self.strategy_id,
            "title": c.title,
            "category": c.category,
            "summary": c.summary,
            "steps": c.steps,
            "when_to_use": c.when_to_use,
            "warning_signs": list(c.warning_signs),
            "duration_minutes": c.duration_minutes,
            "tags": list(c.tags),
            "source": c.source,
        }

    @staticmethod
    def content_from_draft(draft: dict[str, Any]) -> CardContent:
        def text(key: str) -> str:
            value = draft.get(key, "")
            return value if isinstance(value, str) else ""

        def items(key: str) -> tuple[str, ...]:
            value = draft.get(key, [])
            return tuple(str(v) for v in value) if isinstance(value, list) else ()

        duration = draft.get("duration_minutes")
        return CardContent(
            title=text("title"),
            category=text("category"),
            summary=text("summary"),
            steps=text("steps"),
            when_to_use=text("when_to_use"),
            warning_signs=items("warning_signs"),
            duration_minutes=duration if isinstance(duration, int) else None,
            tags=items("tags"),
            source=text("source"),
        )

    def clear(self) -> None:
        self.strategy_id = None
        self._save_handler = None
        self.set_content(CardContent(title=""))
        self.ui.categoryCombo.clear()
        self.ui.errorLabel.clear()

    def focus_chain(self) -> list[QWidget]:
        """The editor's fields and buttons in Tab order (top to bottom, Save before Cancel)."""
        ui = self.ui
        return [
            ui.titleEdit,
            ui.categoryCombo,
            ui.summaryEdit,
            ui.stepsEdit,
            ui.whenEdit,
            ui.signsEdit,
            ui.durationSpin,
            ui.tagsEdit,
            ui.sourceEdit,
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Save),
            ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel),
        ]

    def cancel(self) -> None:
        """Leave the editor without saving (Cancel, or Escape)."""
        self.cancelled.emit()

    def _save(self) -> None:
        if self._save_handler is None:
            return
        try:
            strategy_id = self._save_handler(self.strategy_id, self.content())
        except (ValueError, LookupError) as exc:
            self.ui.errorLabel.setText(str(exc))
            return
        self.strategy_id = strategy_id
        self.saved.emit(strategy_id)
