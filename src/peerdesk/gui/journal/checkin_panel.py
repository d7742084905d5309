"""“How are you feeling today?”: mood, emotions, energy, sleep, trackers and a note.

Two clicks and some typing: pick a mood (one click), optionally emotions and a note, and
save (a click, Enter in the note, or Ctrl+Return).

By keyboard: Tab stops once on the mood row and once on each group of feelings; the arrow
keys move inside a row (in the mood row they also choose), Space toggles a feeling; a digit
0-9 anywhere in the panel picks that mood and goes to the note.
"""

from __future__ import annotations

import itertools
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QWidget,
)

from peerdesk.gui.common.flow_layout import FlowLayout
from peerdesk.gui.forms.ui_journal_checkin_panel import Ui_JournalCheckinPanel
from peerdesk.gui.journal.dates import clock
from peerdesk.gui.journal.keyboard import ButtonRow
from peerdesk.gui.journal.mood_colors import mood_color, mood_text_color
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.journal import JournalService, JournalValueError, TrackerInfo

MAX_EMOTIONS_HEIGHT = 92  # at least about three rows of chips; the rest scrolls
MIN_EMOTIONS_HEIGHT = 30  # at least one row of chips when the window is short
TRACKER_KINDS = [
    (QT_TRANSLATE_NOOP("CheckinPanel", "A scale from 0 to 10"), "scale"),
    (QT_TRANSLATE_NOOP("CheckinPanel", "Yes or no"), "bool"),
]


def _t(text: str) -> str:
    return QCoreApplication.translate("CheckinPanel", text)


def tracker_name_dialog(parent: QWidget | None) -> QInputDialog:
    """The first step of "Add a tracker…": what to track."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("trackerNameDialog")
    dialog.setWindowTitle(QCoreApplication.translate("CheckinPanel", "Add a tracker"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "CheckinPanel", "What do you want to track? (e.g. cravings, went outside)"
        )
    )
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    return dialog


def tracker_kind_dialog(parent: QWidget | None) -> QInputDialog:
    """How the new tracker is recorded: a scale or yes/no (the second step)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("trackerKindDialog")
    dialog.setWindowTitle(QCoreApplication.translate("CheckinPanel", "Add a tracker"))
    dialog.setLabelText(QCoreApplication.translate("CheckinPanel", "Recorded as:"))
    titles = [_t(title) for title, _kind in TRACKER_KINDS]
    dialog.setComboBoxItems(titles)
    dialog.setComboBoxEditable(False)
    combo = dialog.findChild(QComboBox)
    if combo is not None:  # as wide as its longest choice, in any language and font size
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        combo.setMinimumContentsLength(max(len(t) for t in titles) + 2)
    return dialog


def _pair(label: QLabel, field: QWidget) -> QWidget:
    """A label and its field kept together when the details row wraps."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 6, 0)
    row.setSpacing(6)
    row.addWidget(label)
    row.addWidget(field)
    return box


class CheckinPanel(QFrame):
    checked_in = Signal(str)  # the new check-in's id
    folded_changed = Signal(bool)
    tab_order_changed = Signal()  # trackers or feelings were added: the page re-links

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.ui = Ui_JournalCheckinPanel()
        self.ui.setupUi(self)
        self.ui.questionLabel.setObjectName("headingLabel")
        for label in (self.ui.lowWord, self.ui.middleWord, self.ui.highWord, self.ui.statusLabel):
            label.setProperty("role", "muted")
        self._journal: JournalService | None = None
        self.mood_group = QButtonGroup(self)
        self.mood_group.setExclusive(True)
        row = QHBoxLayout(self.ui.moodRow)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        locale = QLocale()
        for value in range(11):
            button = QPushButton(locale.toString(value))
            button.setObjectName(f"mood{value}")
            button.setCheckable(True)
            button.setMinimumWidth(34)
            button.setAccessibleName(
                self.tr("Mood {value} of 10").format(value=locale.toString(value))
            )
            self.mood_group.addButton(button, value)
            row.addWidget(button)
        self.mood_row = ButtonRow(self.mood_group.buttons(), choose=True, parent=self)
        self._style_mood_buttons()
        self.mood_group.idClicked.connect(lambda _v: self._update_save())
        self.emotion_buttons: dict[str, QPushButton] = {}
        self.emotion_rows: list[ButtonRow] = []
        self._flow: FlowLayout | None = None
        self.ui.emotionsArea.installEventFilter(self)
        # Not a Tab stop of its own: Tab goes to the feelings in it (and scrolls to them).
        self.ui.emotionsArea.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.ui.emotionsArea.setMinimumHeight(MIN_EMOTIONS_HEIGHT)
        self.tracker_inputs: dict[str, QSpinBox | QComboBox] = {}
        self._tracker_pairs: list[QWidget] = []
        self.add_tracker_button = QPushButton(self.tr("Add a tracker…"))
        self.add_tracker_button.setObjectName("addTrackerButton")
        self.add_tracker_button.setFlat(True)
        self.add_tracker_button.setToolTip(
            self.tr("Something to track on every check-in, like cravings or going outside")
        )
        self.add_tracker_button.setAccessibleName(self.tr("Add a tracker"))
        self.add_tracker_button.clicked.connect(self.ask_new_tracker)
        self._build_details_flow()
        self._build_fold()
        self.ui.saveButton.clicked.connect(self.save)
        self.ui.noteEdit.returnPressed.connect(self.save)
        shortcut = QShortcut(QKeySequence("Ctrl+Return"), self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.setWhatsThis(self.tr("Save the check-in"))
        shortcut.activated.connect(self.save)
        # Keyboard check-in: a digit picks the mood (0-9; 10 by its button), type the
        # note, Enter saves. Typing digits into the note still types them.
        for value in range(10):
            digit = QShortcut(QKeySequence(str(value)), self)
            digit.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            digit.setWhatsThis(
                self.tr("Check-in: mood {value}").format(value=locale.toString(value))
            )
            digit.activated.connect(lambda v=value: self._pick_by_key(v))
        self.update_tab_order()

    def _style_mood_buttons(self) -> None:
        """Each mood button edged in its colour, filled when chosen (theme roles, so the
        dark scheme reaches them); a focused button keeps the theme's focus ring."""
        from peerdesk.gui.common.theme import colour

        focus = colour("focus")
        for value, button in enumerate(self.mood_group.buttons()):
            fill = mood_color(value)
            text = mood_text_color(fill).name()
            button.setStyleSheet(
                f"QPushButton {{ border: 2px solid {fill.name()}; border-radius: 6px; }}"
                f"QPushButton:checked {{ background: {fill.name()}; color: {text}; }}"
                f"QPushButton:focus {{ border: 3px solid {focus}; }}"
            )

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # the light or dark scheme changed
            self._style_mood_buttons()

    def tab_chain(self) -> list[QWidget]:
        """Tab: Fold, the mood row, each group of feelings, energy, sleep, each tracker,
        "Add a tracker…", the note, Save (folded: "Check in again"). In a row of buttons
        only one takes Tab (keyboard.ButtonRow); the arrow keys move inside it."""
        chain: list[QWidget] = [self.unfold_button, self.fold_button]
        chain += self.mood_group.buttons()
        chain += list(self.emotion_buttons.values())
        chain += [self.ui.energySpin, self.ui.sleepSpin]
        chain += list(self.tracker_inputs.values())
        chain += [self.add_tracker_button, self.ui.noteEdit, self.ui.saveButton]
        return chain

    def update_tab_order(self) -> None:
        for first, second in itertools.pairwise(self.tab_chain()):
            QWidget.setTabOrder(first, second)
        self.tab_order_changed.emit()

    def _build_details_flow(self) -> None:
        """Energy, sleep, the trackers and "Add a tracker…" wrap onto more lines when narrow."""
        ui = self.ui
        outer = ui.outer
        index = outer.indexOf(ui.detailsRow)
        outer.takeAt(index)
        while ui.detailsRow.count():
            ui.detailsRow.takeAt(0)
        ui.trackersBox.hide()
        self.details_box = QWidget()
        self.details_box.setObjectName("detailsBox")
        policy = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.details_box.setSizePolicy(policy)
        self._details_flow = FlowLayout(self.details_box, spacing=6)
        self._details_flow.addWidget(_pair(ui.energyLabel, ui.energySpin))
        self._details_flow.addWidget(_pair(ui.sleepLabel, ui.sleepSpin))
        self._details_flow.addWidget(self.add_tracker_button)
        outer.insertWidget(index, self.details_box)
        self.details_box.installEventFilter(self)

    def _build_fold(self) -> None:
        """After today's check-in the panel folds to one line; "Check in again" unfolds it."""
        ui = self.ui
        outer = ui.outer
        self.fold_button = QPushButton(self.tr("Fold"))
        self.fold_button.setObjectName("foldButton")
        self.fold_button.setFlat(True)
        self.fold_button.setToolTip(self.tr("Fold the check-in to one line"))
        self.fold_button.setAccessibleName(self.tr("Fold the check-in"))
        self.fold_button.clicked.connect(lambda: self.set_folded(True))
        heading = QHBoxLayout()
        outer.removeWidget(ui.questionLabel)
        heading.addWidget(ui.questionLabel, 1)
        heading.addWidget(self.fold_button, 0, Qt.AlignmentFlag.AlignTop)
        outer.insertLayout(0, heading)
        self.folded_row = QWidget()
        self.folded_row.setObjectName("foldedRow")
        row = QHBoxLayout(self.folded_row)
        row.setContentsMargins(0, 0, 0, 0)
        self.folded_label = QLabel()
        self.folded_label.setWordWrap(True)
        self.unfold_button = QPushButton(self.tr("Check in again"))
        self.unfold_button.setObjectName("unfoldButton")
        self.unfold_button.setAccessibleName(self.tr("Check in again"))
        self.unfold_button.setToolTip(self.tr("Show the whole check-in"))
        self.unfold_button.clicked.connect(self._unfold_to_the_mood)
        row.addWidget(self.folded_label, 1)
        row.addWidget(self.unfold_button)
        outer.insertWidget(0, self.folded_row)
        self._body: list[QWidget] = [
            ui.questionLabel,
            self.fold_button,
            ui.moodRow,
            ui.lowWord,
            ui.middleWord,
            ui.highWord,
            ui.emotionsLabel,
            ui.emotionsArea,
            self.details_box,
            ui.noteEdit,
            ui.saveButton,
            ui.statusLabel,
        ]
        self.folded = False
        self.folded_row.hide()
        self.fold_button.hide()

    def set_folded(self, folded: bool) -> None:
        self.folded = folded
        for widget in self._body:
            widget.setVisible(not folded)
        self.fold_button.setVisible(not folded and self._checked_in_today())
        self.folded_row.setVisible(folded)
        if folded:
            self.folded_label.setText(self._folded_text())
        else:
            self.ui.noteEdit.setFocus()
        self.folded_changed.emit(folded)

    def _unfold_to_the_mood(self) -> None:
        """"Check in again" starts where the check-in starts: the mood row ("Mood 7 of 10")."""
        self.set_folded(False)
        stop = self.mood_row.tab_stop()
        if stop is not None:
            stop.setFocus(Qt.FocusReason.OtherFocusReason)

    def _checked_in_today(self) -> bool:
        if self._journal is None:
            return False
        return any(row.kind == "checkin" for row in self._journal.entries_on(date.today()))

    def _folded_text(self) -> str:
        if self._journal is None:
            return ""
        rows = [r for r in self._journal.entries_on(date.today()) if r.kind == "checkin"]
        if not rows:
            return ""
        last = max(rows, key=lambda r: r.occurred_at)
        days = self._journal.trends.days_checked_in()
        text = self.tr("Checked in today at {time} (mood {mood}).").format(
            time=clock(last.occurred_at),
            mood=QLocale().toString(last.mood) if last.mood is not None else "—",
        )
        return text + " " + self.tr("%n day(s) checked in so far.", "", days)

    # -- life cycle ------------------------------------------------------------------------

    def attach(self, journal: JournalService) -> None:
        self._journal = journal
        if not self.emotion_buttons:
            self._build_emotions(journal)
        self.rebuild_trackers()
        self.clear()
        self._show_count()
        self.set_folded(self._checked_in_today())

    def detach(self) -> None:
        self.clear()
        self._journal = None
        self.ui.statusLabel.clear()
        self.folded_label.clear()
        self._drop_trackers()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.ui.emotionsArea and event.type() == QEvent.Type.Resize:
            self._fit_emotions()
        if watched is self.details_box and event.type() == QEvent.Type.Resize:
            self._fit_details()
        return super().eventFilter(watched, event)

    def _fit_details(self) -> None:
        """The wrapped details row asks for the height of all its lines (the splitter the
        panel sits in does not pass height-for-width on)."""
        need = self._details_flow.heightForWidth(max(self.details_box.width(), 100))
        if need != self.details_box.minimumHeight():
            self.details_box.setMinimumHeight(need)
            self.folded_changed.emit(self.folded)  # the page gives the panel its new height

    def _fit_emotions(self) -> None:
        """Show every emotion without scrolling when there is room (up to a limit)."""
        if self._flow is None:
            return
        width = self.ui.emotionsArea.width()
        height = self._flow.heightForWidth(max(width, 200)) + 2
        # The limits are rows of chips, so a large font still shows whole rows.
        chip = next(iter(self.emotion_buttons.values()), None)
        row = (chip.sizeHint().height() if chip is not None else 26) + 4
        most = max(MAX_EMOTIONS_HEIGHT, 3 * row + 2)
        least = max(MIN_EMOTIONS_HEIGHT, row + 2)
        self.ui.emotionsArea.setMaximumHeight(min(height, most))
        self.ui.emotionsArea.setMinimumHeight(min(height, least))

    def _build_emotions(self, journal: JournalService) -> None:
        flow = FlowLayout(self.ui.emotionsBox, spacing=4)
        self._flow = flow
        for group in journal.emotion_groups():
            name = QLabel(self.tr("{group}:").format(group=group.name))
            name.setProperty("role", "muted")
            name.setStyleSheet("font-weight: 600; margin-left: 6px;")
            flow.addWidget(name)
            chips = []
            for key, label in group.items():
                # Stored by key (the English word), shown in the content language.
                button = QPushButton(label)
                button.setObjectName(f"feeling-{key}")
                button.setCheckable(True)
                button.setProperty("role", "chip")  # the theme's chip colours, light or dark
                button.setAccessibleDescription(
                    self.tr("Feeling, in the group {group}").format(group=group.name)
                )
                self.emotion_buttons[key] = button
                chips.append(button)
                flow.addWidget(button)
            self.emotion_rows.append(ButtonRow(chips, choose=False, parent=self))
        self._fit_emotions()
        self.update_tab_order()

    def _drop_trackers(self) -> None:
        for pair in self._tracker_pairs:
            self._details_flow.removeWidget(pair)
            pair.deleteLater()
        self._tracker_pairs.clear()
        self.tracker_inputs.clear()

    def rebuild_trackers(self) -> None:
        self._drop_trackers()
        if self._journal is None:
            return
        # Trackers go before "Add a tracker…", which stays last.
        self._details_flow.removeWidget(self.add_tracker_button)
        for n, tracker in enumerate(self._journal.trackers()):
            widget = self._tracker_input(tracker)
            widget.setObjectName(f"tracker{n}")
            widget.setAccessibleName(tracker.name)
            label = QLabel(tracker.name)
            label.setTextFormat(Qt.TextFormat.PlainText)  # the user's own words
            label.setBuddy(widget)
            pair = _pair(label, widget)
            self._details_flow.addWidget(pair)
            self._tracker_pairs.append(pair)
            self.tracker_inputs[tracker.id] = widget
        self._details_flow.addWidget(self.add_tracker_button)
        self.details_box.updateGeometry()
        self.update_tab_order()

    @staticmethod
    def _tracker_input(tracker: TrackerInfo) -> QSpinBox | QComboBox:
        if tracker.kind == "bool":
            combo = QComboBox()
            yes, no = (
                QT_TRANSLATE_NOOP("CheckinPanel", "Yes"),
                QT_TRANSLATE_NOOP("CheckinPanel", "No"),
            )
            combo.addItems(["—", _t(yes), _t(no)])
            combo.setAccessibleDescription(_t(QT_TRANSLATE_NOOP("CheckinPanel", "Yes or no")))
            return combo
        spin = QSpinBox()
        spin.setRange(tracker.scale_min - 1, tracker.scale_max)
        spin.setSpecialValueText("—")
        spin.setValue(tracker.scale_min - 1)
        spin.setAccessibleDescription(
            QCoreApplication.translate("CheckinPanel", "From {low} to {high}; — for none").format(
                low=QLocale().toString(tracker.scale_min),
                high=QLocale().toString(tracker.scale_max),
            )
        )
        return spin

    def ask_new_tracker(self) -> None:
        if self._journal is None:
            return
        asking = tracker_name_dialog(self)
        ok, name = asking.exec(), asking.textValue()
        asking.deleteLater()
        if not ok or not name.strip():
            return
        choosing = tracker_kind_dialog(self)
        ok, kind = choosing.exec(), choosing.textValue()
        choosing.deleteLater()
        if ok:
            titles = [_t(title) for title, _kind in TRACKER_KINDS]
            chosen = TRACKER_KINDS[titles.index(kind)][1] if kind in titles else "scale"
            self.add_tracker(name, chosen)

    def add_tracker(self, name: str, kind: str) -> None:
        if self._journal is None:
            return
        try:
            self._journal.add_tracker(name, kind)
        except JournalValueError as exc:
            self.ui.statusLabel.setText(str(exc))

    # -- values ----------------------------------------------------------------------------

    def clear(self) -> None:
        self.mood_group.setExclusive(False)
        for button in self.mood_group.buttons():
            button.setChecked(False)
        self.mood_group.setExclusive(True)
        for button in self.emotion_buttons.values():
            button.setChecked(False)
        self.ui.energySpin.setValue(-1)
        self.ui.sleepSpin.setValue(self.ui.sleepSpin.minimum())
        self.ui.noteEdit.clear()
        for widget in self.tracker_inputs.values():
            if isinstance(widget, QComboBox):
                widget.setCurrentIndex(0)
            else:
                widget.setValue(widget.minimum())
        self._update_save()

    def mood(self) -> int | None:
        value = self.mood_group.checkedId()
        return value if value >= 0 else None

    def set_mood(self, value: int) -> None:
        button = self.mood_group.button(value)
        if button is not None:
            button.setChecked(True)
        self._update_save()

    def _pick_by_key(self, value: int) -> None:
        self.set_mood(value)
        self.ui.noteEdit.setFocus()

    def _update_save(self) -> None:
        self.ui.saveButton.setEnabled(self.mood() is not None)

    def tracker_values(self) -> dict[str, float]:
        values: dict[str, float] = {}
        for tracker_id, widget in self.tracker_inputs.items():
            if isinstance(widget, QComboBox):
                if widget.currentIndex() > 0:
                    values[tracker_id] = 1.0 if widget.currentIndex() == 1 else 0.0
            elif widget.value() > widget.minimum():
                values[tracker_id] = float(widget.value())
        return values

    def save(self) -> None:
        mood = self.mood()
        if self._journal is None or mood is None:
            return
        energy = self.ui.energySpin.value()
        sleep = self.ui.sleepSpin.value()
        try:
            entry_id = self._journal.check_in(
                mood,
                emotions=[e for e, b in self.emotion_buttons.items() if b.isChecked()],
                energy=energy if energy >= 0 else None,
                sleep_hours=sleep if sleep >= 0 else None,
                note=self.ui.noteEdit.text().strip(),
                trackers=self.tracker_values(),
            )
        except JournalValueError as exc:
            self.ui.statusLabel.setText(str(exc))
            return
        self.clear()
        self._show_count(saved=True)
        self.set_folded(True)
        self.checked_in.emit(entry_id)

    def _show_count(self, saved: bool = False) -> None:
        if self._journal is None:
            return
        days = self._journal.trends.days_checked_in()
        prefix = (
            self.tr("Saved at {time}.").format(time=clock(datetime.now())) + " " if saved else ""
        )
        self.ui.statusLabel.setText(prefix + self.tr("%n day(s) checked in so far.", "", days))
