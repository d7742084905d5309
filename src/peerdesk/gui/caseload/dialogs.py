"""Setting the next planned contact with a person served."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QDateTime, QLocale, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)


class PlanContactDialog(QDialog):
    def __init__(self, when: datetime | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Next planned contact"))
        start = QDateTime(when) if when is not None else QDateTime.currentDateTime().addDays(7)
        if when is None:
            start.setTime(QTime(10, 0))
        self.when_edit = QDateTimeEdit(start)
        self.when_edit.setCalendarPopup(True)
        self.when_edit.setDisplayFormat(QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat))
        self.when_edit.setAccessibleName(self.tr("Date and time of the next contact"))
        self.setting_combo = QComboBox()
        self.setting_combo.setAccessibleName(self.tr("Setting of the next contact"))
        self.setting_combo.addItem(self.tr("Not decided"), "")
        self.setting_combo.addItem(self.tr("In person"), "in_person")
        self.setting_combo.addItem(self.tr("Phone"), "phone")
        self.setting_combo.addItem(self.tr("Video"), "video")
        hint = QLabel(self.tr("The caseload shows the next contact planned from now on."))
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        form = QFormLayout()
        form.addRow(self.tr("&When"), self.when_edit)
        form.addRow(self.tr("&Setting"), self.setting_combo)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def values(self) -> dict[str, Any]:
        when = self.when_edit.dateTime().toPython()
        assert isinstance(when, datetime)
        return {
            "planned_at": when.replace(second=0, microsecond=0),
            "setting": self.setting_combo.currentData() or "",
        }
