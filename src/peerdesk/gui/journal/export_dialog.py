"""Export the journal as Markdown, JSON or PDF. Personal data leaves the vault only here:
the dialog says what the file will hold and asks for an explicit yes."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from peerdesk.gui.forms.ui_journal_export_dialog import Ui_JournalExportDialog
from peerdesk.gui.journal.pdf import write_journal_pdf
from peerdesk.services.export_files import ExportFileError, write_export
from peerdesk.services.journal.formats import journal_json, journal_markdown
from peerdesk.services.session import Services

FORMATS = [
    ("markdown", "Markdown (.md) — readable text", "md"),
    ("json", "JSON (.json) — for other programs", "json"),
    ("pdf", "PDF (.pdf) — to print", "pdf"),
]


class JournalExportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalExportDialog()
        self.ui.setupUi(self)
        self.services = services
        self.written: Path | None = None
        for key, title, _suffix in FORMATS:
            self.ui.formatCombo.addItem(title, key)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addMonths(-1))
        self.ui.untilEdit.setDate(today)
        self.save_button: QPushButton = self.ui.buttonBox.addButton(
            "&Save as…", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.ui.buttonBox.accepted.connect(self.choose_and_write)
        self.ui.buttonBox.rejected.connect(self.reject)
        for signal in (
            self.ui.sinceCheck.toggled,
            self.ui.untilCheck.toggled,
            self.ui.sinceEdit.dateChanged,
            self.ui.untilEdit.dateChanged,
            self.ui.confirmCheck.toggled,
        ):
            signal.connect(lambda *_a: self.describe())
        self.describe()

    def span(self) -> tuple[date | None, date | None]:
        since = self.ui.sinceEdit.date().toPython() if self.ui.sinceCheck.isChecked() else None
        until = self.ui.untilEdit.date().toPython() if self.ui.untilCheck.isChecked() else None
        return since, until

    def describe(self) -> None:
        since, until = self.span()
        count = len(self.services.journal.entries_between(since, until))
        start = since.strftime("%d %b %Y") if since else "your first entry"
        end = until.strftime("%d %b %Y") if until else "today"
        self.ui.contentLabel.setText(
            f"The file will hold {count} entries and check-ins, from {start} to {end}: their "
            "titles and text, moods, energy, sleep, emotions, tags and tracker values."
        )
        self.save_button.setEnabled(count > 0 and self.ui.confirmCheck.isChecked())

    def choose_and_write(self) -> None:
        key = str(self.ui.formatCombo.currentData())
        suffix = next(s for k, _t, s in FORMATS if k == key)
        name, _filter = QFileDialog.getSaveFileName(
            self, "Save the export", f"journal.{suffix}", f"*.{suffix}"
        )
        if name:
            self.write(Path(name), key)

    def write(self, path: Path, key: str) -> None:
        since, until = self.span()
        journal = self.services.journal
        entries = journal.entries_between(since, until)
        names = {t.id: t.name for t in journal.trackers(include_archived=True)}
        try:
            if path.exists():
                path.unlink()  # the save dialog already asked before replacing it
            if key == "json":
                write_export(path, journal_json(entries, names).encode("utf-8"))
            else:
                text = journal_markdown(entries, names, since=since, until=until)
                if key == "markdown":
                    write_export(path, text.encode("utf-8"))
                else:
                    write_journal_pdf(text, path)
        except (ExportFileError, OSError) as exc:
            self.ui.contentLabel.setText(f"Could not write {path.name}: {exc}")
            return
        self.written = path
        self.accept()
