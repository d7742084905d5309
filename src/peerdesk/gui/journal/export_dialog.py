"""Export the journal as Markdown, JSON or PDF. Personal data leaves the vault only here:
the dialog says what the file will hold and asks for an explicit yes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QWidget,
)

from peerdesk.gui.common.long_work import LongWork, ThreadWork, full_collections_held
from peerdesk.gui.common.policy_ui import (
    add_above_buttons,
    notice_label,
    plaintext_block_reason,
    record_export,
)
from peerdesk.gui.common.save_file import ask_save_path, offer_open
from peerdesk.gui.forms.ui_journal_export_dialog import Ui_JournalExportDialog
from peerdesk.gui.journal.dates import clock, long_day, short_day, short_number
from peerdesk.gui.journal.keyboard import tab_leaves
from peerdesk.gui.journal.pdf import write_journal_pdf_in_child
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.export_files import ExportFileError, write_export
from peerdesk.services.journal.formats import journal_json, journal_markdown_parts
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError

FORMATS = [
    ("markdown", QT_TRANSLATE_NOOP("JournalExportDialog", "Markdown (.md) — readable text"), "md"),
    ("json", QT_TRANSLATE_NOOP("JournalExportDialog", "JSON (.json) — for other programs"), "json"),
    ("pdf", QT_TRANSLATE_NOOP("JournalExportDialog", "PDF (.pdf) — to print"), "pdf"),
]


class JournalExportDialog(QDialog):
    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_JournalExportDialog()
        self.ui.setupUi(self)
        self.services = services
        self.written: Path | None = None
        for key, title, _suffix in FORMATS:
            self.ui.formatCombo.addItem(
                QCoreApplication.translate("JournalExportDialog", title), key
            )
        tab_leaves(self.ui.sinceEdit, self.ui.untilEdit)
        today = QDate.currentDate()
        self.ui.sinceEdit.setDate(today.addMonths(-1))
        self.ui.untilEdit.setDate(today)
        self.save_button: QPushButton = self.ui.buttonBox.addButton(
            self.tr("&Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
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
        self._apply_policy()
        self.describe()

    @staticmethod
    def _show_date(edit: QDateEdit, day: date) -> None:
        edit.blockSignals(True)
        edit.setDate(QDate(day.year, day.month, day.day))
        edit.blockSignals(False)

    def span(self) -> tuple[date | None, date | None]:
        since = self.ui.sinceEdit.date().toPython() if self.ui.sinceCheck.isChecked() else None
        until = self.ui.untilEdit.date().toPython() if self.ui.untilCheck.isChecked() else None
        return since, until

    def describe(self) -> None:
        since, until = self.span()
        # Counted, not read: with 100 000 entries, reading them all at each tick of a
        # checkbox froze the window for seconds.
        count, first_day = self.services.journal.span_summary(since, until)
        # An unticked bound shows, greyed, the day it really means, so the dates and the
        # sentence below agree ("from your first entry" shows that entry's day).
        self.ui.sinceEdit.setEnabled(since is not None)
        self.ui.untilEdit.setEnabled(until is not None)
        if since is None:
            self._show_date(self.ui.sinceEdit, first_day or date.today())
        if until is None:
            self._show_date(self.ui.untilEdit, date.today())
        start = (
            short_day(since)
            if since
            else self.tr("your first entry ({day})").format(
                day=short_day(self.ui.sinceEdit.date().toPython())
            )
        )
        end = short_day(until) if until else self.tr("today")
        self.ui.contentLabel.setText(
            self.tr("The file will hold %n item(s) (entries and check-ins)", "", count)
            + self.tr(
                ", from {start} to {end}: their titles and text, moods, energy, sleep,"
                " emotions, tags and tracker values."
            ).format(start=start, end=end)
        )
        self.save_button.setEnabled(
            count > 0 and self.ui.confirmCheck.isChecked() and self._blocked is None
        )

    def choose_and_write(self) -> None:
        key = str(self.ui.formatCombo.currentData())
        suffix = next(s for k, _t, s in FORMATS if k == key)
        path = ask_save_path(
            self,
            self.services.settings,
            self.tr("Save the export"),
            self.tr("journal") + f".{suffix}",
            f"*.{suffix}",
        )
        if path is not None:
            self.write(path, key)
            if self.written == path:
                offer_open(
                    self.parentWidget(),
                    path,
                    self.tr("Journal exported"),
                    notice=self.services.policy.export_notice,
                )

    def write(self, path: Path, key: str) -> None:
        with full_collections_held():  # the entries stay in memory from reading to writing
            self._write(path, key)

    def _write(self, path: Path, key: str) -> None:
        since, until = self.span()
        journal = self.services.journal
        # Read in steps (progress, Cancel), then written in a worker thread, or for a PDF
        # by a child process (Qt's layout keeps the GIL for seconds): a 100 000-entry
        # journal takes a minute as a PDF, and the window keeps repainting meanwhile.
        entries = LongWork(
            journal.entries_between_steps(since, until), self.tr("Reading the journal…"), self
        ).run()
        if entries is None:
            return  # cancelled: nothing written
        names = {t.id: t.name for t in journal.trackers(include_archived=True)}
        title = self.tr("Journal")

        def markdown() -> Iterator[str]:
            # The GUI's words and the locale's dates (the CLI's export is English and ISO),
            # in pieces: the PDF helper gets them one by one.
            return journal_markdown_parts(
                entries,
                names,
                title=title,
                since=since,
                until=until,
                day_text=long_day,
                span_day_text=short_day,
                time_text=clock,
                number=short_number,
            )

        def write_file() -> None:
            if key == "json":
                write_export(path, journal_json(entries, names).encode("utf-8"))
            else:
                write_export(path, "".join(markdown()).encode("utf-8"))

        try:
            self.services.policy.check_plaintext_export("journal")
            if path.exists():
                path.unlink()  # the save dialog already asked before replacing it
            if key == "pdf":
                if not write_journal_pdf_in_child(
                    markdown,
                    path,
                    self.tr("Writing the PDF…"),
                    self,
                    title,
                ):
                    return  # cancelled: nothing written
            else:
                ThreadWork(write_file, self.tr("Writing the export…"), self).run()
        except (ExportFileError, OSError, VaultError) as exc:
            self.ui.contentLabel.setText(
                self.tr("Could not write {file}: {problem}").format(file=path.name, problem=exc)
            )
            return
        record_export(self.services, "journal", key, path, count=len(entries))
        self.written = path
        self.accept()

    def _apply_policy(self) -> None:
        """Readable exports off (with the reason), the organisation's notice shown."""
        self._blocked = plaintext_block_reason(self.services)
        notice = notice_label(self.services)
        if notice is not None:
            add_above_buttons(self, self.ui.buttonBox, notice)
        if self._blocked is not None:
            blocked = QLabel(self._blocked)
            blocked.setObjectName("exportBlockedLabel")
            blocked.setWordWrap(True)
            blocked.setProperty("role", "error")
            add_above_buttons(self, self.ui.buttonBox, blocked)
            self.save_button.setToolTip(self._blocked)
