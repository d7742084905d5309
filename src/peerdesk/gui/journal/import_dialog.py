"""Import from jrnl, Day One or Daylio: a preview first (how many entries, the dates, what
is skipped, Daylio's mood words on the 0–10 scale), then one transaction on Import."""

from __future__ import annotations

import contextlib
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidgetItem,
    QWidget,
)

from peerdesk.gui.common.long_work import LongWork, ThreadWork
from peerdesk.gui.forms.ui_journal_import_dialog import Ui_JournalImportDialog
from peerdesk.gui.journal.dates import short_day
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.journal.formats import (
    FORMAT_HOWTO,
    FORMAT_TITLES,
    ImportFileError,
    ImportPreview,
    ImportResult,
    count_already_there,
    import_steps,
    read_import_steps,
)
from peerdesk.services.journal.model import JournalValueError
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError

FILE_FILTERS = {
    "jrnl": QT_TRANSLATE_NOOP("JournalImportDialog", "jrnl JSON export (*.json)"),
    "dayone": QT_TRANSLATE_NOOP("JournalImportDialog", "Day One export (*.json *.zip)"),
    "daylio": QT_TRANSLATE_NOOP("JournalImportDialog", "Daylio CSV export (*.csv)"),
}
NO_MOOD = -1


class JournalImportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalImportDialog()
        self.ui.setupUi(self)
        self.services = services
        self.preview: ImportPreview | None = None
        self.import_result: ImportResult | None = None
        self.mood_spins: dict[str, QSpinBox] = {}
        for name, title in FORMAT_TITLES.items():
            self.ui.formatCombo.addItem(QCoreApplication.translate("JournalFormats", title), name)
        self._add_howto()
        self.import_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        self.ui.buttonBox.accepted.connect(self.do_import)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.browseButton.clicked.connect(self.choose_file)
        self.ui.formatCombo.currentIndexChanged.connect(lambda _i: self._forget())
        self.ui.moodGroup.hide()
        self.ui.notesList.setWordWrap(True)

    def _add_howto(self) -> None:
        """Which app each choice is, and how to get the file out of it."""
        self.howto_label = QLabel()
        self.howto_label.setObjectName("howtoLabel")
        self.howto_label.setWordWrap(True)
        self.howto_label.setTextFormat(Qt.TextFormat.PlainText)
        self.howto_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.howto_label.setProperty("role", "muted")
        layout = self.layout()
        if isinstance(layout, QBoxLayout):
            layout.insertWidget(1, self.howto_label)
        self.ui.formatCombo.currentIndexChanged.connect(lambda _i: self._show_howto())
        self._show_howto()

    def _show_howto(self) -> None:
        text = FORMAT_HOWTO.get(self.format_name, "")
        self.howto_label.setText(QCoreApplication.translate("JournalFormats", text))

    @property
    def format_name(self) -> str:
        return str(self.ui.formatCombo.currentData())

    def _forget(self) -> None:
        self.preview = None
        self.ui.fileEdit.clear()
        self.ui.notesList.clear()
        self.ui.moodGroup.hide()
        self.import_button.setEnabled(False)

    def choose_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose the export to import"),
            "",
            QCoreApplication.translate("JournalImportDialog", FILE_FILTERS[self.format_name]),
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read and check the file (nothing is written) and show what would be imported."""
        self._forget()
        self.ui.fileEdit.setText(str(path))
        try:
            # Read in steps with a progress dialog: a 100 000-entry file takes seconds.
            reading = LongWork(
                read_import_steps(self.format_name, path), self.tr("Reading the file…"), self
            )
            preview = reading.run()
        except ImportFileError as exc:
            where = f"{exc.where}: " if exc.where else ""
            self.ui.summaryLabel.setText(
                self.tr("This file cannot be imported — {problem}. Nothing was changed.").format(
                    problem=where + exc.problem
                )
            )
            return
        if preview is None:  # reading cancelled
            self._forget()
            return
        self.preview = preview
        already = count_already_there(preview)
        new = preview.count - already
        text = self.tr("%n item(s) found", "", preview.count)
        if preview.first and preview.last:
            text += self.tr(", from {first} to {last}").format(
                first=short_day(preview.first), last=short_day(preview.last)
            )
        text += "."
        if already:
            text += " " + self.tr("Already in your journal, and skipped: %n.", "", already)
        if new:
            text += " " + self.tr("To be added: %n.", "", new)
        else:
            text += " " + self.tr("There is nothing new to add.")
        self.ui.summaryLabel.setText(text)
        self.ui.notesList.addItems(preview.notes or [self.tr("No problems found.")])
        self._show_moods(preview)
        self.import_button.setEnabled(new > 0)

    def _show_moods(self, preview: ImportPreview) -> None:
        self.mood_spins.clear()
        table = self.ui.moodTable
        table.clear()
        if not preview.mood_labels:
            return
        labels = sorted(preview.mood_labels)
        table.setColumnCount(2)
        table.setRowCount(len(labels))
        table.setHorizontalHeaderLabels([self.tr("Mood word"), self.tr("On PeerDesk's scale")])
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        table.verticalHeader().hide()
        for row, label in enumerate(labels):
            item = QTableWidgetItem(label)  # shown as plain text
            table.setItem(row, 0, item)
            spin = QSpinBox()
            spin.setRange(NO_MOOD, 10)
            spin.setSpecialValueText(self.tr("no mood"))
            spin.setAccessibleName(self.tr("Mood for “{word}”").format(word=label))
            spin.setAccessibleDescription(self.tr("From 0 to 10, or no mood"))
            value = preview.mood_labels[label]
            spin.setValue(NO_MOOD if value is None else value)
            table.setCellWidget(row, 1, spin)
            self.mood_spins[label] = spin
        self.ui.moodGroup.show()

    def mood_map(self) -> dict[str, int | None]:
        return {
            label: (None if spin.value() == NO_MOOD else spin.value())
            for label, spin in self.mood_spins.items()
        }

    def do_import(self) -> None:
        if self.preview is None:
            return
        steps = import_steps(self.preview, self.services.bus, self.mood_map())
        # A progress dialog with counts and Cancel; the window keeps repainting, and
        # Cancel rolls the one transaction back (gui/common/long_work.py).
        self.work = LongWork(steps, self.tr("Importing journal entries…"), self)
        try:
            result = self.work.run()
        except (JournalValueError, ImportFileError) as exc:
            self.ui.summaryLabel.setText(
                self.tr("{problem} Nothing was imported.").format(problem=exc)
            )
            return
        if result is None:
            self.ui.summaryLabel.setText(self.tr("Import cancelled. Nothing was imported."))
            return
        self.import_result = result
        from peerdesk.gui.common.policy_ui import record_import

        record_import(self.services, "journal", self.format_name, Path(self.ui.fileEdit.text()))
        # The import's WAL is copied into the database off the GUI thread (a second or
        # more for 100 000 entries), through a connection of its own.
        vault = self.services.vault
        with contextlib.suppress(VaultError):
            ThreadWork(
                vault.checkpoint_with_own_connection, self.tr("Finishing the import…"), self
            ).run()
        self.accept()
