""" "I used this": distress before and after (0–10, or not rated) and an optional note."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from peerdesk.gui.forms.ui_log_use_dialog import Ui_LogUseDialog


class LogUseDialog(QDialog):
    def __init__(self, card_title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_LogUseDialog()
        self.ui.setupUi(self)
        self.ui.cardLabel.setText(card_title)
        font = self.ui.cardLabel.font()
        font.setBold(True)
        self.ui.cardLabel.setFont(font)
        self.ui.buttonBox.accepted.connect(self.accept)
        self.ui.buttonBox.rejected.connect(self.reject)

    def set_values(self, before: int | None, after: int | None, note: str = "") -> None:
        self.ui.beforeSpin.setValue(-1 if before is None else before)
        self.ui.afterSpin.setValue(-1 if after is None else after)
        self.ui.noteEdit.setPlainText(note)

    @property
    def distress_before(self) -> int | None:
        value = self.ui.beforeSpin.value()
        return None if value < 0 else value

    @property
    def distress_after(self) -> int | None:
        value = self.ui.afterSpin.value()
        return None if value < 0 else value

    @property
    def note(self) -> str:
        return str(self.ui.noteEdit.toPlainText())
