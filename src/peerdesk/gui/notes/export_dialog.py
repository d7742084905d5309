"""Export session notes as PDF or CSV. The dialog says what the file holds, shows the
organisation's export notice (printed in the file), and asks for an explicit yes. Every
export is one row in the vault's audit trail (kind, format, file name, person; no text)."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QPushButton, QWidget

from peerdesk.gui.forms.ui_notes_export_dialog import Ui_NotesExportDialog
from peerdesk.gui.notes.pdf import write_notes_pdf
from peerdesk.services.export_files import ExportFileError
from peerdesk.services.notes import NoteFilter
from peerdesk.services.notes.export import gather_notes, write_notes_csv
from peerdesk.services.policy import PolicyViolation
from peerdesk.services.session import Services

SCOPE_ONE, SCOPE_RANGE = "one", "range"


def local_day(day: date) -> str:
    """A note's date in the file, the locale's long way ("3 de marzo de 2026")."""
    return QLocale().toString(QDate(day.year, day.month, day.day), QLocale.FormatType.LongFormat)


def utc_stamp(moment: datetime) -> str:
    """A signing time (naive UTC from the service) the locale's way, still in UTC: the long
    date and the short time ("3 de marzo de 2026, 10:05")."""
    locale = QLocale()
    day = locale.toString(
        QDate(moment.year, moment.month, moment.day), QLocale.FormatType.LongFormat
    )
    time = locale.toString(QTime(moment.hour, moment.minute), QLocale.FormatType.ShortFormat)
    return f"{day}, {time}"


class NotesExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        note_id: str | None = None,
        person_id: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_NotesExportDialog()
        self.ui.setupUi(self)
        self.services = services
        self.note_id = note_id
        self.written: Path | None = None
        ui = self.ui
        ui.formatCombo.addItem(self.tr("PDF (.pdf): to print or file"), "pdf")
        ui.formatCombo.addItem(self.tr("CSV (.csv): one row a note, for review tools"), "csv")
        if note_id is not None:
            ui.scopeCombo.addItem(self.tr("This note"), SCOPE_ONE)
        ui.scopeCombo.addItem(self.tr("Notes in a date range"), SCOPE_RANGE)
        ui.personCombo.addItem(self.tr("Everyone on the caseload"), None)
        for pid, name in sorted(services.caseload.people_served(), key=lambda p: p[1].casefold()):
            ui.personCombo.addItem(name, pid)
        if person_id is not None:
            ui.personCombo.setCurrentIndex(max(ui.personCombo.findData(person_id), 0))
        fmt = QLocale().dateFormat(QLocale.FormatType.ShortFormat)
        for edit in (ui.sinceEdit, ui.untilEdit):
            edit.setDisplayFormat(fmt)
        today = QDate.currentDate()
        ui.sinceEdit.setDate(today.addMonths(-1))
        ui.untilEdit.setDate(today)
        notice = services.policy.export_notice
        ui.noticeLabel.setText(
            self.tr("Printed on the export, as your organisation requires:\n{notice}").format(
                notice=notice
            )
            if notice
            else ""
        )
        ui.noticeLabel.setVisible(bool(notice))
        self.save_button: QPushButton = ui.buttonBox.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.save_button.setAccessibleName(self.tr("Choose the file and save"))
        ui.buttonBox.accepted.connect(self.choose_and_write)
        ui.buttonBox.rejected.connect(self.reject)
        for signal in (
            ui.scopeCombo.currentIndexChanged,
            ui.personCombo.currentIndexChanged,
            ui.sinceCheck.toggled,
            ui.untilCheck.toggled,
            ui.sinceEdit.dateChanged,
            ui.untilEdit.dateChanged,
            ui.confirmCheck.toggled,
            ui.formatCombo.currentIndexChanged,
        ):
            signal.connect(lambda *_a: self.describe())
        self.describe()

    def note_filter(self) -> NoteFilter | None:
        """None: the one note."""
        if self.ui.scopeCombo.currentData() == SCOPE_ONE:
            return None
        ui = self.ui
        since: date | None = ui.sinceEdit.date().toPython() if ui.sinceCheck.isChecked() else None
        until: date | None = ui.untilEdit.date().toPython() if ui.untilCheck.isChecked() else None
        return NoteFilter(person_id=ui.personCombo.currentData(), since=since, until=until)

    def _count(self) -> int:
        flt = self.note_filter()
        if flt is None:
            return 1
        return len(self.services.notes.note_ids(flt))

    def describe(self) -> None:
        one = self.ui.scopeCombo.currentData() == SCOPE_ONE
        for widget in (
            self.ui.personCombo,
            self.ui.sinceCheck,
            self.ui.sinceEdit,
            self.ui.untilCheck,
            self.ui.untilEdit,
        ):
            widget.setEnabled(not one)
        if not self.services.policy.allows_plaintext_export():
            self.ui.contentLabel.setText(
                self.tr(
                    "Your organisation does not allow readable (unencrypted) exports on this "
                    "computer."
                )
            )
            self.save_button.setEnabled(False)
            return
        count = self._count()
        self.ui.contentLabel.setText(
            self.tr(
                "Session notes in the file: %n. Each with the person's name, date and times, "
                "setting, service type, goals addressed, what was done, the person's own "
                "words, next steps, staff name and credential, whether it is signed, and "
                "every addendum. The file is not encrypted.",
                None,
                count,
            )
        )
        self.save_button.setEnabled(count > 0 and self.ui.confirmCheck.isChecked())

    def choose_and_write(self) -> None:
        fmt = str(self.ui.formatCombo.currentData())
        # A neutral name: never a person's name in a file name.
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save the export"), f"session-notes.{fmt}", f"*.{fmt}"
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != f".{fmt}":
                path = path.with_name(path.name + f".{fmt}")
            self.write(path, fmt)

    def write(self, path: Path, fmt: str) -> bool:
        services = self.services
        flt = self.note_filter()
        person_id: str | None
        try:
            if flt is None:
                assert self.note_id is not None
                note = services.notes.get(self.note_id)
                person_id = note.person_id
                export = gather_notes(
                    services.notes, services.policy, NoteFilter(), note_ids=(note.id,)
                )
            else:
                person_id = flt.person_id
                export = gather_notes(services.notes, services.policy, flt)
            if path.exists():
                path.unlink()  # the save dialog already asked before replacing it
            if fmt == "csv":
                write_notes_csv(export, path)
            else:
                title = self.tr("Session notes")
                markdown = export.markdown(title, day_text=local_day, stamp_text=utc_stamp)
                write_notes_pdf(markdown, path, title)
        except (ExportFileError, PolicyViolation, OSError) as exc:
            self.ui.contentLabel.setText(
                self.tr("Could not write {name}: {why}").format(name=path.name, why=exc)
            )
            return False
        services.audit.record_export(
            "notes", fmt, path.name, person_id=person_id, count=len(export.notes)
        )
        self.written = path
        self.accept()
        return True
