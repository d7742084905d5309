"""Settings → Activity log: the vault's audit trail (who opened it, when, what left it).

A table over :meth:`AuditService.rows`, newest first and fetched a page at a time, with
"Check the log" (the hash chain: intact, or the first broken row named) and "Save as CSV…"
(a new owner-only file, never one that exists). The rows hold no content, only events.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTime,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.audit import AuditRow, AuditService
from peerdesk.services.export_files import ExportFileError
from peerdesk.vault.errors import VaultError

PAGE_SIZE = 200
Index = QModelIndex | QPersistentModelIndex


def _tr(text: str) -> str:
    """A string marked elsewhere (QT_TRANSLATE_NOOP below), translated now."""
    return QCoreApplication.translate("ActivityLog", text)


# What each detail is called, and the fixed values the app writes, in plain words.
_DETAIL_NAMES = {
    "method": QT_TRANSLATE_NOOP("ActivityLog", "opened with"),
    "reason": QT_TRANSLATE_NOOP("ActivityLog", "why"),
    "what": QT_TRANSLATE_NOOP("ActivityLog", "what"),
    "format": QT_TRANSLATE_NOOP("ActivityLog", "format"),
    "person_id": QT_TRANSLATE_NOOP("ActivityLog", "person record"),
    "file_name": QT_TRANSLATE_NOOP("ActivityLog", "file"),
    "count": QT_TRANSLATE_NOOP("ActivityLog", "how many"),
    "first": QT_TRANSLATE_NOOP("ActivityLog", "first try"),
    "last": QT_TRANSLATE_NOOP("ActivityLog", "last try"),
    "methods": QT_TRANSLATE_NOOP("ActivityLog", "tries"),
    "policy": QT_TRANSLATE_NOOP("ActivityLog", "organisation's policy"),
    "policy_source": QT_TRANSLATE_NOOP("ActivityLog", "policy read from"),
    "via": QT_TRANSLATE_NOOP("ActivityLog", "with"),
    "item_id": QT_TRANSLATE_NOOP("ActivityLog", "record"),
    "setting": QT_TRANSLATE_NOOP("ActivityLog", "now"),
}
_DETAIL_VALUES = {
    "passphrase": QT_TRANSLATE_NOOP("ActivityLog", "passphrase"),
    "recovery code": QT_TRANSLATE_NOOP("ActivityLog", "recovery code"),
    "saved key": QT_TRANSLATE_NOOP("ActivityLog", "key saved in the system keyring"),
    "created": QT_TRANSLATE_NOOP("ActivityLog", "a new vault"),
    "manual": QT_TRANSLATE_NOOP("ActivityLog", "locked by you"),
    "idle": QT_TRANSLATE_NOOP("ActivityLog", "not used for a while"),
    "screen_lock": QT_TRANSLATE_NOOP("ActivityLog", "the computer's screen locked"),
    "quit": QT_TRANSLATE_NOOP("ActivityLog", "PeerDesk closed"),
    "command_end": QT_TRANSLATE_NOOP("ActivityLog", "a command finished"),
    "none": QT_TRANSLATE_NOOP("ActivityLog", "none (no policy here)"),
    "file": QT_TRANSLATE_NOOP("ActivityLog", "a policy file"),
    "registry": QT_TRANSLATE_NOOP("ActivityLog", "the Windows registry"),
    "file+registry": QT_TRANSLATE_NOOP("ActivityLog", "a policy file and the Windows registry"),
    "fallback": QT_TRANSLATE_NOOP("ActivityLog", "the strictest rules (unreadable policy)"),
    "on": QT_TRANSLATE_NOOP("ActivityLog", "on"),
    "off": QT_TRANSLATE_NOOP("ActivityLog", "off"),
    "off by policy": QT_TRANSLATE_NOOP("ActivityLog", "off by the organisation's policy"),
    "backup": QT_TRANSLATE_NOOP("ActivityLog", "a backup"),
    "unlock": QT_TRANSLATE_NOOP("ActivityLog", "unlocking"),
    "passphrase reset": QT_TRANSLATE_NOOP("ActivityLog", "setting a new passphrase"),
}


def details_shown(details: Mapping[str, object]) -> str:
    """A row's details in the window's language: "why: locked by you; …". Values the app
    writes from a fixed list are translated; names of files, ids and numbers stay as they are."""
    parts = []
    for key, value in sorted(details.items()):
        name = _tr(_DETAIL_NAMES[key]) if key in _DETAIL_NAMES else key
        if isinstance(value, bool):
            shown = (
                QCoreApplication.translate("ActivityLog", "yes")
                if value
                else QCoreApplication.translate("ActivityLog", "no")
            )
        elif isinstance(value, int):
            shown = QLocale().toString(value)
        elif key in ("method", "reason", "policy_source", "via", "setting", "what") and (
            str(value) in _DETAIL_VALUES
        ):
            shown = _tr(_DETAIL_VALUES[str(value)])
        else:
            shown = str(value)
        parts.append(
            QCoreApplication.translate("ActivityLog", "{name}: {value}").format(
                name=name, value=shown
            )
        )
    return "; ".join(parts)


def event_name(kind: str) -> str:
    names = {
        "unlock": QCoreApplication.translate("ActivityLog", "Unlocked"),
        "failed_unlock": QCoreApplication.translate("ActivityLog", "Failed unlock attempts"),
        "lock": QCoreApplication.translate("ActivityLog", "Locked"),
        "export": QCoreApplication.translate("ActivityLog", "Export"),
        "share": QCoreApplication.translate("ActivityLog", "Shared"),
        "receive": QCoreApplication.translate("ActivityLog", "Received"),
        "import": QCoreApplication.translate("ActivityLog", "Import"),
        "delete": QCoreApplication.translate("ActivityLog", "Deleted"),
        "restore": QCoreApplication.translate("ActivityLog", "Restored from a backup"),
        "passphrase_change": QCoreApplication.translate("ActivityLog", "Passphrase changed"),
        "recovery_code_use": QCoreApplication.translate("ActivityLog", "Recovery code used"),
        "recovery_code_renewed": QCoreApplication.translate("ActivityLog", "New recovery code"),
        "key_rotation": QCoreApplication.translate("ActivityLog", "Key rotated"),
        "remember_changed": QCoreApplication.translate(
            "ActivityLog", "Remember on this computer changed"
        ),
    }
    return names.get(kind, kind)


def local_time(at: str) -> str:
    """The row's UTC time, shown in the computer's time zone and the window's language."""
    try:
        moment = datetime.fromisoformat(at).replace(tzinfo=UTC).astimezone()
    except ValueError:
        return at
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day),
        QTime(moment.hour, moment.minute, moment.second),
    )
    locale = QLocale()
    # The date as the language writes it, the time to the second (a log is read closely).
    return (
        locale.toString(when.date(), QLocale.FormatType.ShortFormat)
        + " "
        + (locale.toString(when.time(), "HH:mm:ss"))
    )


class AuditTableModel(QAbstractTableModel):
    """The audit rows, newest first; :meth:`fetchMore` reads the next page."""

    COLUMNS = ("seq", "time", "event", "details", "os_user", "label")

    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._audit = audit
        self._rows: list[AuditRow] = []
        self._total = 0
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        self._total = self._audit.count()
        self._rows = self._audit.rows(0, PAGE_SIZE, newest_first=True) if self._total else []
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row_at(self, row: int) -> AuditRow:
        return self._rows[row]

    # -- model -----------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.COLUMNS)

    def canFetchMore(self, parent: Index) -> bool:
        return not parent.isValid() and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:
        if parent.isValid():
            return
        start = len(self._rows)
        more = self._audit.rows(start, PAGE_SIZE, newest_first=True)
        more = more[: max(0, self._total - start)]
        if not more:
            self._total = start
            return
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self.COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            if column == "seq":
                return str(row.seq)
            if column == "time":
                return local_time(row.at)
            if column == "event":
                return event_name(row.kind)
            if column == "details":
                return details_shown(row.details)
            if column == "os_user":
                return row.os_user
            return row.vault_label
        if role == Qt.ItemDataRole.ToolTipRole and column == "time":
            return QCoreApplication.translate("ActivityLog", "{utc} (UTC)").format(utc=row.at)
        if role == Qt.ItemDataRole.ToolTipRole:
            # The whole text, when a narrow column cuts it (cells do not wrap).
            return self.data(index, Qt.ItemDataRole.DisplayRole)
        if role == Qt.ItemDataRole.UserRole:
            return row.seq
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return {
                "seq": QCoreApplication.translate(
                    "ActivityLog", "The row's number: a check names the first changed row by it"
                ),
                "time": QCoreApplication.translate(
                    "ActivityLog", "When it happened, by this computer's clock"
                ),
                "event": QCoreApplication.translate("ActivityLog", "What happened"),
                "details": QCoreApplication.translate(
                    "ActivityLog", "How and what, in plain words — never anything you wrote"
                ),
                "os_user": QCoreApplication.translate(
                    "ActivityLog", "Who was logged in to this computer"
                ),
                "label": QCoreApplication.translate(
                    "ActivityLog", "The vault's label, or the name of its folder"
                ),
            }[self.COLUMNS[section]]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            "seq": QCoreApplication.translate("ActivityLog", "Row"),
            "time": QCoreApplication.translate("ActivityLog", "Time"),
            "event": QCoreApplication.translate("ActivityLog", "Event"),
            "details": QCoreApplication.translate("ActivityLog", "Details"),
            "os_user": QCoreApplication.translate("ActivityLog", "Computer user"),
            "label": QCoreApplication.translate("ActivityLog", "Vault label"),
        }[self.COLUMNS[section]]


class ActivityLogDialog(QDialog):
    def __init__(self, audit: AuditService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.audit = audit
        self.setWindowTitle(self.tr("Activity log — PeerDesk"))
        self.setMinimumSize(760, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Every unlock, lock, export, import, delete and change of the passphrase is "
                "written here with the time and the computer user. Nothing you wrote is kept "
                "in the log. Each row carries a fingerprint of the one before, so a changed or "
                "removed row is found by “Check the log”."
            )
        )
        intro.setWordWrap(True)
        intro.setProperty("role", "muted")
        layout.addWidget(intro)
        self.model = AuditTableModel(audit, self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Activity log, newest first"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)  # one line per row; a cut cell ends in "…", tooltip
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.table, 1)
        self.result_label = QLabel()
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.PlainText)
        self.result_label.setAccessibleName(self.tr("Result of the check"))
        layout.addWidget(self.result_label)
        row = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setProperty("role", "muted")
        self.check_button = QPushButton(self.tr("&Check the log"))
        self.check_button.setAccessibleName(self.tr("Check that no row was changed or removed"))
        self.csv_button = QPushButton(self.tr("&Save as CSV…"))
        self.csv_button.setAccessibleName(self.tr("Save the activity log as a CSV file"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setAccessibleName(
            self.tr("Close the activity log")
        )
        layout.addWidget(self.count_label)
        row.addWidget(self.check_button)
        row.addWidget(self.csv_button)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        self.check_button.clicked.connect(self.check)
        self.csv_button.clicked.connect(self._choose_csv)
        buttons.rejected.connect(self.reject)
        self.result_label.hide()
        self._update_count()

    def _update_count(self) -> None:
        self.count_label.setText(
            QCoreApplication.translate("ActivityLog", "Rows in the log: %n", "", self.model.total)
        )

    def check(self) -> bool:
        """Verify the chain and say the result plainly. True when intact."""
        try:
            result = self.audit.verify()
        except VaultError as exc:
            self._show_result(str(exc), ok=False)
            return False
        if result.ok:
            text = QCoreApplication.translate(
                "ActivityLog",
                "The log is intact: no row was changed or removed (rows checked: %n).",
                "",
                result.rows,
            )
        else:
            text = self.tr("The log has been tampered with. {problem}").format(
                problem=result.problem
            )
        self._show_result(text, ok=result.ok)
        return result.ok

    def _show_result(self, text: str, *, ok: bool) -> None:
        self.result_label.setText(text)
        self.result_label.setProperty("role", "" if ok else "error")
        self.result_label.style().unpolish(self.result_label)
        self.result_label.style().polish(self.result_label)
        self.result_label.show()

    def _choose_csv(self) -> None:
        name = f"peerdesk-activity-log-{datetime.now():%Y-%m-%d}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the activity log"),
            name,
            self.tr("CSV files (*.csv)"),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if path:
            target = Path(path)
            if target.suffix.lower() != ".csv":
                target = target.with_name(target.name + ".csv")
            self.save_csv(target)

    def save_csv(self, path: Path) -> bool:
        """Write the CSV to ``path`` (a new file only). True when written."""
        target = Path(path)
        try:
            rows = self.audit.write_csv(target)
        except ExportFileError:
            self._show_result(
                self.tr(
                    "{name} already exists or cannot be created; nothing was written. "
                    "Choose another name."
                ).format(name=target.name),
                ok=False,
            )
            return False
        except (OSError, VaultError) as exc:
            self._show_result(
                self.tr("{name} was not written: {error}").format(name=target.name, error=exc),
                ok=False,
            )
            return False
        self.model.reload()
        self._update_count()
        self._show_result(
            QCoreApplication.translate(
                "ActivityLog", "Saved to {name} (rows: %n).", "", rows
            ).format(name=target.name),
            ok=True,
        )
        return True
