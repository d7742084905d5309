"""The preview of a received file: nothing is written until "Read in".

Counts first (new / changed / conflicts / deleted), then every item; each conflict side by
side (mine and theirs, who and when) with a choice per conflict and "all mine / all
theirs"; on the first file from someone, "who is who" for the people it names.
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.exchange.models import (
    MINE,
    THEIRS,
    ConflictsModel,
    PreviewItemsModel,
    conflict_side,
    field_label,
    person_text,
    when_text,
)

NEW_PERSON = "new"


def _table(model: Any, name: str) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within it
    view.verticalHeader().hide()
    header = view.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    return view


class FittingScroll(QScrollArea):
    """A frameless scroll area as large as what it holds, scrolling only when the screen is
    smaller than that (a 200 % font on a 768-pixel screen): nothing is squeezed over."""

    def __init__(self, content: QWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(content)

    def sizeHint(self) -> QSize:
        content = self.widget()
        if content is None:
            return super().sizeHint()
        hint = content.sizeHint()
        return QSize(hint.width() + self.verticalScrollBar().sizeHint().width(), hint.height())


class _Side(QGroupBox):
    """One side of a conflict: the value in full, who changed it and when, and a choice."""

    def __init__(self, title: str, choice_text: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self.whoLabel = QLabel()
        self.whoLabel.setWordWrap(True)
        self.whoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.whoLabel.setProperty("role", "muted")
        self.valueView = QPlainTextEdit()
        self.valueView.setReadOnly(True)
        self.valueView.setAccessibleName(title)
        self.valueView.setMinimumHeight(56)
        self.valueView.setMaximumHeight(160)
        self.valueView.setTabChangesFocus(True)
        self.choice = QRadioButton(choice_text)
        self.choice.setAccessibleName(choice_text.replace("&", ""))
        self.choice.setAccessibleDescription(
            self.tr("For the conflict chosen in the list; Alt and the underlined letter work too")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.whoLabel)
        layout.addWidget(self.valueView, 1)
        layout.addWidget(self.choice)

    def show_side(self, value: str, who: str, when: str) -> None:
        self.valueView.setPlainText(value)
        self.whoLabel.setText(
            self.tr("Changed by %1, %2").replace("%1", who).replace("%2", when)
            if when
            else self.tr("Changed by %1").replace("%1", who)
        )


class PreviewDialog(QDialog):
    apply_requested = Signal()

    def __init__(self, preview: Any, people: list[Any], parent: QWidget | None = None) -> None:
        """``people``: this vault's circle (PersonRow), for "who is who"."""
        super().__init__(parent)
        self.preview = preview
        self.setWindowTitle(self.tr("What this file would change"))
        self.setAccessibleName(self.tr("Preview of a received file"))
        self.setSizeGripEnabled(True)

        sender = QLabel()
        sender.setWordWrap(True)
        sender.setTextFormat(Qt.TextFormat.PlainText)
        sender.setAccessibleName(self.tr("Sender"))
        known = (
            self.tr("From %1, a known contact.")
            if preview.sender_known
            else self.tr("From %1, new to this vault (you compared the fingerprint words).")
        )
        text = known.replace("%1", preview.sender_name or self.tr("someone with no name"))
        if preview.subject_name:
            text += " " + self.tr("Roadmap of %1.").replace("%1", preview.subject_name)
        sender.setText(text)
        self.senderLabel = sender
        counts = preview.counts
        self.countsLabel = QLabel(
            " · ".join(
                (
                    self.tr("%n new", "", counts["new"]),
                    self.tr("%n changed", "", counts["changed"]),
                    self.tr("%n conflict(s)", "", counts["conflicts"]),
                    self.tr("%n deleted", "", counts["deleted"]),
                )
            )
        )
        self.countsLabel.setAccessibleName(self.tr("Counts"))
        font = self.countsLabel.font()
        font.setBold(True)
        self.countsLabel.setFont(font)
        if preview.changes_nothing:
            self.countsLabel.setText(self.tr("This file changes nothing here: you have it all."))

        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Preview"))
        self.items_model = PreviewItemsModel(preview.items, self)
        self.itemsView = _table(self.items_model, self.tr("Items"))
        self.itemsView.setSortingEnabled(False)
        self.tabs.addTab(
            self.itemsView, self.tr("&Items (%1)").replace("%1", str(len(preview.items)))
        )

        self.conflicts_model = ConflictsModel(preview.conflicts, self)
        self.conflictsTab = FittingScroll(self._conflicts_tab())
        if preview.conflicts:
            self.tabs.addTab(
                self.conflictsTab,
                self.tr("&Conflicts (%1)").replace("%1", str(len(preview.conflicts))),
            )
        self.person_combos: dict[str, QComboBox] = {}
        self.peopleTab = self._people_tab(preview.people_to_confirm, people)
        if self.person_combos:
            self.tabs.addTab(self.peopleTab, self.tr("&Who is who"))
        if preview.summary is not None:
            summary = QLabel(
                self.tr(
                    "A progress summary: it is kept with this contact and never mixed into "
                    "your journal."
                )
            )
            summary.setWordWrap(True)
            self.tabs.addTab(summary, self.tr("&Summary"))
        for unused in (self.conflictsTab, self.peopleTab):
            if self.tabs.indexOf(unused) < 0:
                # Owned by the dialog even when not shown: a parentless tab would outlive
                # the models it shows and crash when Python deletes it at exit.
                unused.setParent(self)
                unused.hide()
        if preview.conflicts:
            self.tabs.setCurrentWidget(self.conflictsTab)
        elif self.person_combos:
            self.tabs.setCurrentWidget(self.peopleTab)

        self.statusLabel = QLabel()
        self.statusLabel.setWordWrap(True)
        self.statusLabel.setAccessibleName(self.tr("What is left to decide"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setAccessibleName(
            self.tr("Cancel")
        )
        self.applyButton = QPushButton(self.tr("&Read in"))
        self.applyButton.setAccessibleName(self.tr("Read in"))
        self.buttons.addButton(self.applyButton, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.applyButton.clicked.connect(self.apply_requested)
        self.conflicts_model.choices_changed.connect(self._update_state)

        layout = QVBoxLayout(self)
        layout.addWidget(self.senderLabel)
        layout.addWidget(self.countsLabel)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.statusLabel)
        layout.addWidget(self.buttons)
        if preview.conflicts:
            self.conflictsView.selectRow(0)
        self._set_names()
        self._set_tab_order()
        self._update_state()
        self.resize(900, 600)

    def _set_names(self) -> None:
        for widget, key in (
            (self.tabs, "previewTabs"),
            (self.itemsView, "previewItems"),
            (self.conflictsView, "previewConflicts"),
            (self.allMineButton, "allMine"),
            (self.allTheirsButton, "allTheirs"),
            (self.mineSide.valueView, "mineValue"),
            (self.mineSide.choice, "keepMine"),
            (self.theirsSide.valueView, "theirsValue"),
            (self.theirsSide.choice, "takeTheirs"),
            (self.applyButton, "readIn"),
            (self.buttons.button(QDialogButtonBox.StandardButton.Cancel), "cancel"),
        ):
            widget.setObjectName(key)

    def _set_tab_order(self) -> None:
        """The tabs, then each tab's controls top to bottom (the conflicts: all at once,
        the list, both values, then the choice), the people to place, Read in, Cancel."""
        order: list[QWidget] = [
            self.tabs,
            self.itemsView,
            self.allMineButton,
            self.allTheirsButton,
            self.conflictsView,
            self.mineSide.valueView,
            self.theirsSide.valueView,
            self.mineSide.choice,  # one stop for the pair: arrows move between them
            self.theirsSide.choice,
            *self.person_combos.values(),
            self.applyButton,
            self.buttons.button(QDialogButtonBox.StandardButton.Cancel),
        ]
        for first, second in pairwise(order):
            QWidget.setTabOrder(first, second)

    # -- conflicts --------------------------------------------------------------------------

    def _conflicts_tab(self) -> QWidget:
        tab = QWidget()
        self.conflictsView = _table(self.conflicts_model, self.tr("Conflicts"))
        self.conflictsView.setAccessibleDescription(
            self.tr(
                "Choose a conflict, then keep your version or take theirs below; "
                "the buttons above decide every conflict at once."
            )
        )
        self.conflictsView.setMinimumHeight(110)
        hint = QLabel(
            self.tr(
                "Both of you changed these since your last exchange. Pick which version to "
                "keep for each; nothing is read in until you choose."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.mineSide = _Side(self.tr("Mine (in this vault)"), self.tr("&Keep mine"))
        self.theirsSide = _Side(self.tr("Theirs (in the file)"), self.tr("&Take theirs"))
        self.sideGroup = QButtonGroup(self)
        self.sideGroup.addButton(self.mineSide.choice)
        self.sideGroup.addButton(self.theirsSide.choice)
        self.mineSide.choice.clicked.connect(lambda: self._choose(MINE))
        self.theirsSide.choice.clicked.connect(lambda: self._choose(THEIRS))
        self.fieldLabel = QLabel()
        self.fieldLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.fieldLabel.setWordWrap(True)
        sides = QHBoxLayout()
        sides.addWidget(self.mineSide, 1)
        sides.addWidget(self.theirsSide, 1)
        self.allMineButton = QPushButton(self.tr("All &mine"))
        self.allMineButton.setAccessibleName(self.tr("Keep mine for every conflict"))
        self.allTheirsButton = QPushButton(self.tr("All t&heirs"))
        self.allTheirsButton.setAccessibleName(self.tr("Take theirs for every conflict"))
        self.allMineButton.clicked.connect(lambda: self.conflicts_model.set_all(MINE))
        self.allTheirsButton.clicked.connect(lambda: self.conflicts_model.set_all(THEIRS))
        self.conflicts_model.choices_changed.connect(self._show_current)
        all_row = QHBoxLayout()
        all_row.addWidget(hint, 1)
        all_row.addWidget(self.allMineButton)
        all_row.addWidget(self.allTheirsButton)
        layout = QVBoxLayout(tab)
        layout.addLayout(all_row)
        layout.addWidget(self.conflictsView, 2)
        layout.addWidget(self.fieldLabel)
        layout.addLayout(sides, 1)
        selection = self.conflictsView.selectionModel()
        selection.currentRowChanged.connect(lambda _c, _p: self._show_current())
        return tab

    def current_conflict_row(self) -> int:
        index = self.conflictsView.currentIndex()
        return index.row() if index.isValid() else -1

    def select_conflict(self, row: int) -> None:
        index = self.conflicts_model.index(row, 0)
        self.conflictsView.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )

    def _show_current(self) -> None:
        row = self.current_conflict_row()
        enabled = row >= 0
        for side in (self.mineSide, self.theirsSide):
            side.setEnabled(enabled)
        if not enabled:
            return
        conflict = self.conflicts_model.conflict(row)
        self.fieldLabel.setText(
            self.tr("%1 — %2")
            .replace("%1", conflict.label)
            .replace("%2", field_label(conflict.field))
        )
        self.mineSide.show_side(
            conflict_side(conflict, MINE), conflict.mine_who, when_text(conflict.mine_when)
        )
        self.theirsSide.show_side(
            conflict_side(conflict, THEIRS), conflict.theirs_who, when_text(conflict.theirs_when)
        )
        choice = self.conflicts_model.choice(row)
        self.sideGroup.setExclusive(False)
        self.mineSide.choice.setChecked(choice == MINE)
        self.theirsSide.choice.setChecked(choice == THEIRS)
        self.sideGroup.setExclusive(True)

    def _choose(self, choice: str) -> None:
        row = self.current_conflict_row()
        if row >= 0:
            self.conflicts_model.set_choice(row, choice)

    # -- who is who -------------------------------------------------------------------------

    def _people_tab(self, incoming: list[Any], people: list[Any]) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        hint = QLabel(
            self.tr(
                "The file names these people. Say who each one is in your circle, or add "
                "them; PeerDesk remembers it for the next files from this contact."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        layout.addWidget(hint)
        form = QFormLayout()
        for match in incoming:
            combo = QComboBox()
            combo.setAccessibleName(self.tr("Who %1 is here").replace("%1", match.name))
            combo.addItem(self.tr("Someone new in my circle"), NEW_PERSON)
            for person in people:
                combo.addItem(person_text(person), person.id)
            index = combo.findData(match.suggestion)
            combo.setCurrentIndex(max(index, 0))
            label = QLabel(self.tr("%1 in their file is:").replace("%1", match.name))
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setBuddy(combo)
            form.addRow(label, combo)
            self.person_combos[match.their_id] = combo
        layout.addLayout(form)
        layout.addStretch(1)
        return tab

    def people_choices(self) -> dict[str, str]:
        return {their: str(combo.currentData()) for their, combo in self.person_combos.items()}

    def set_person(self, their_id: str, my_id: str) -> None:
        combo = self.person_combos[their_id]
        combo.setCurrentIndex(max(combo.findData(my_id), 0))

    # -- state ------------------------------------------------------------------------------

    def resolutions(self) -> dict[str, str]:
        return dict(self.conflicts_model.choices)

    def _update_state(self) -> None:
        left = self.conflicts_model.undecided()
        self.applyButton.setEnabled(left == 0 and not self.preview.changes_nothing)
        if self.preview.changes_nothing:
            self.statusLabel.setText(self.tr("Nothing to read in: close this window."))
        elif left:
            self.statusLabel.setText(
                self.tr("Choose a version for %n conflict(s) first.", "", left)
            )
        else:
            self.statusLabel.setText(
                self.tr(
                    "Nothing is written until you press “Read in”; it is one step you can cancel."
                )
            )

    def show_error(self, text: str) -> None:
        self.statusLabel.setText(text)
