"""Export dialog: which cards, which format, personal data or not — and exactly what the
file will contain, updated as the choices change."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from peerdesk.gui.common.policy_ui import (
    add_above_buttons,
    notice_label,
    plaintext_block_reason,
    record_export,
)
from peerdesk.gui.common.save_file import ask_save_path, offer_open
from peerdesk.gui.forms.ui_library_export_dialog import Ui_LibraryExportDialog
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.library.formats.export import (
    ExportOptions,
    LibraryExport,
    describe_contents,
    gather_export,
)
from peerdesk.services.library.formats.json_file import write_json
from peerdesk.services.library.formats.markdown_file import library_markdown
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError
from peerdesk.vault.files import write_private_file_atomically

SUFFIXES = {"json": ".json", "markdown": ".md", "pdf": ".pdf"}
#: File-dialog filters, marked for lupdate; shown through translate("LibraryExportDialog", …).
FILTERS = {
    "json": QT_TRANSLATE_NOOP("LibraryExportDialog", "PeerDesk library (*.json)"),
    "markdown": QT_TRANSLATE_NOOP("LibraryExportDialog", "Markdown (*.md)"),
    "pdf": QT_TRANSLATE_NOOP("LibraryExportDialog", "PDF (*.pdf)"),
}


def write_export(export: LibraryExport, fmt: str, path: Path) -> None:
    if fmt == "json":
        write_json(export, path)
    elif fmt == "markdown":
        write_private_file_atomically(path, library_markdown(export).encode("utf-8"))
    else:
        from peerdesk.gui.library.pdf import write_booklet_pdf

        write_booklet_pdf(export, path)


class LibraryExportDialog(QDialog):
    def __init__(
        self,
        services: Services,
        shown_ids: Sequence[str],
        selected_ids: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryExportDialog()
        self.ui.setupUi(self)
        self.ui.containsLabel.setProperty("role", "muted")
        self._services = services
        self._shown = list(shown_ids)
        self._selected = list(selected_ids)
        self.ui.shownRadio.setText(
            self.tr("The %n card(s) &shown now (current search and filters)", "", len(self._shown))
        )
        self.ui.selectedRadio.setEnabled(bool(self._selected))
        count = len(self._selected)
        self.ui.selectedRadio.setText(
            self.tr("The %n selected &card(s)", "", count)
            if count
            else self.tr("The selected &cards (none are selected now)")
        )
        if count > 1:
            self.ui.selectedRadio.setChecked(True)
        save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
        save.setText(self.tr("Save…"))
        for button in (
            self.ui.allRadio,
            self.ui.shownRadio,
            self.ui.selectedRadio,
            self.ui.jsonRadio,
            self.ui.markdownRadio,
            self.ui.pdfRadio,
            self.ui.personalCheck,
        ):
            button.toggled.connect(self._update)
        self.ui.buttonBox.accepted.connect(self._save)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.written: Path | None = None
        self._apply_policy()
        self._update()

    @property
    def format(self) -> str:
        if self.ui.markdownRadio.isChecked():
            return "markdown"
        if self.ui.pdfRadio.isChecked():
            return "pdf"
        return "json"

    def options(self) -> ExportOptions:
        ids: list[str] | None = None
        if self.ui.shownRadio.isChecked():
            ids = self._shown
        elif self.ui.selectedRadio.isChecked() and self._selected:
            ids = self._selected
        return ExportOptions(strategy_ids=ids, include_personal=self.ui.personalCheck.isChecked())

    def gather(self) -> LibraryExport:
        return gather_export(self._services.library, self._services.crisis_plan, self.options())

    def _update(self) -> None:
        lines = describe_contents(self.gather())
        self.ui.containsLabel.setText("\n".join(f"• {line}" for line in lines))

    def export_to(self, path: Path) -> None:
        self._services.policy.check_plaintext_export("library")
        export = self.gather()
        write_export(export, self.format, path)
        record_export(self._services, "library", self.format, path, count=len(export.cards))
        self.written = path

    def _apply_policy(self) -> None:
        """Readable exports off (with the reason), the organisation's notice shown."""
        notice = notice_label(self._services)
        if notice is not None:
            add_above_buttons(self, self.ui.buttonBox, notice)
        blocked = plaintext_block_reason(self._services)
        if blocked is not None:
            label = QLabel(blocked)
            label.setObjectName("exportBlockedLabel")
            label.setWordWrap(True)
            label.setProperty("role", "error")
            add_above_buttons(self, self.ui.buttonBox, label)
            save = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Save)
            save.setEnabled(False)
            save.setToolTip(blocked)

    def _save(self) -> None:
        fmt = self.format
        chosen = ask_save_path(
            self,
            self._services.settings,
            self.tr("Export strategy cards"),
            f"strategies{SUFFIXES[fmt]}",
            QCoreApplication.translate("LibraryExportDialog", FILTERS[fmt]),
        )
        if chosen is None:
            return
        path = chosen
        if not path.suffix:
            path = path.with_suffix(SUFFIXES[fmt])
        try:
            self.export_to(path)
        except (OSError, VaultError) as exc:
            QMessageBox.warning(
                self,
                self.tr("Export failed"),
                self.tr("Could not write {file}: {reason}").format(file=path.name, reason=exc),
            )
            return
        self.accept()
        offer_open(
            self.parentWidget(),
            path,
            self.tr("Cards exported"),
            notice=self._services.policy.export_notice,
        )
