"""The roadmap's filters (person, life area, status, words of a title) as a GoalFilter."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit

from peerdesk.gui.roadmap.dialogs import select_data
from peerdesk.services.people import PersonRow
from peerdesk.services.roadmap import STATUS_LABELS, GoalFilter, status_label


class GoalFilterBar(QObject):
    """Fills the three combos and says when the filter they make has changed (typing in
    the search box: once the typing pauses)."""

    changed = Signal()
    TYPING_PAUSE_MS = 250

    def __init__(
        self,
        person: QComboBox,
        area: QComboBox,
        status: QComboBox,
        search: QLineEdit,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._combos = (person, area, status)
        self.search = search
        self._filling = False
        for combo in self._combos:
            combo.currentIndexChanged.connect(self._combo_changed)
        self._typing = QTimer(self, singleShot=True, interval=self.TYPING_PAUSE_MS)
        self._typing.timeout.connect(self.changed)
        search.textChanged.connect(self._typing.start)

    def fill(self, people: Iterable[PersonRow], areas: Iterable[str]) -> None:
        """Refill the choices, keeping what was chosen where it still exists."""
        person, area, status = self._combos
        keep = [combo.currentData() for combo in self._combos]
        self._filling = True
        person.clear()
        person.addItem(self.tr("Everyone"), None)
        for row in people:
            person.addItem(row.name, row.id)
        area.clear()
        area.addItem(self.tr("All life areas"), None)
        for name in areas:
            area.addItem(name, name)
        status.clear()
        status.addItem(self.tr("Any status"), None)
        for key in STATUS_LABELS:
            status.addItem(status_label(key), key)
        for combo, value in zip(self._combos, keep, strict=True):
            select_data(combo, value)
        self._filling = False
        self.changed.emit()

    def clear(self) -> None:
        """Empty every filter (the vault is locking: no name or typed word stays)."""
        self._filling = True
        for combo in self._combos:
            combo.clear()
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        self._typing.stop()
        self._filling = False

    def goal_filter(self) -> GoalFilter:
        person, area, status = self._combos
        return GoalFilter(
            person_id=person.currentData(),
            life_area=area.currentData(),
            status=status.currentData(),
            text=self.search.text().strip(),
        )

    def _combo_changed(self) -> None:
        if not self._filling:
            self.changed.emit()
