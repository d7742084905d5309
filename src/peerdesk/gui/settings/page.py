"""Settings: auto-lock, remember on this computer, passphrase, backups, where the vault is."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QListWidgetItem, QMessageBox, QWidget

from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.forms.ui_settings_page import Ui_SettingsPage
from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
from peerdesk.gui.settings.reminders_section import RemindersSection
from peerdesk.services.reminders import ReminderPlan, ReminderService
from peerdesk.services.session import Services
from peerdesk.vault.backup import BACKUP_SUFFIX
from peerdesk.vault.database import sqlcipher_version
from peerdesk.vault.errors import VaultError
from peerdesk.vault.keyring_store import keyring_status


def _friendly_time(iso: str) -> str:
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    return moment.strftime("%d %b %Y, %H:%M")


def _friendly_reason(reason: str) -> str:
    if reason.startswith("before-v"):
        return "before an update of the vault format"
    return {"manual": "made by you", "daily": "daily, automatic"}.get(reason, reason)


class SettingsPage(AreaPage):
    auto_lock_changed = Signal(int)  # minutes; 0 = never

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        self.ui.setupUi(self)
        for label in (self.ui.rememberHint, self.ui.backupHint):
            label.setProperty("role", "muted")
        self.ui.backupHint.setText(
            "Backups are encrypted like the vault and open with the passphrase that was in use "
            "when they were made. To restore one, lock PeerDesk and choose "
            "“Restore from a backup…”."
        )
        self._services: Services | None = None
        self._loading = False
        self._keyring_checked = False
        self.ui.autoLockSpin.valueChanged.connect(self._auto_lock_edited)
        self.ui.keepSpin.valueChanged.connect(self._keep_edited)
        self.ui.rememberCheck.toggled.connect(self._remember_toggled)
        self.ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        self.ui.backupNowButton.clicked.connect(self._backup_now)
        self.ui.saveBackupButton.clicked.connect(self._save_backup)
        self.reminders = RemindersSection(self)
        self.ui.pageLayout.insertWidget(
            self.ui.pageLayout.indexOf(self.ui.backupBox), self.reminders
        )
        self.reminders.plan_edited.connect(self._reminders_edited)
        self.setEnabled(False)

    def add_section(self, section: QWidget) -> None:
        """A section the shell adds (Contacts), after the built-in ones."""
        layout = self.ui.pageLayout
        layout.insertWidget(layout.indexOf(self.ui.vaultBox) + 1, section)

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self._loading = True
        self.ui.autoLockSpin.setValue(services.settings.auto_lock_minutes)
        self.ui.keepSpin.setValue(services.settings.backups_to_keep)
        self.ui.rememberCheck.setChecked(services.vault.remembered_on_this_computer)
        self._keyring_checked = False
        self.ui.locationValue.setText(str(services.vault.folder))
        self.ui.encryptionValue.setText(
            f"SQLCipher {sqlcipher_version()}, AES-256 with a random key; your passphrase "
            "unlocks that key through Argon2id."
        )
        self._loading = False
        self.reminders.load(ReminderService(services.settings, lambda: []).plan())
        self._refresh_backups()
        self.setEnabled(True)

    def detach(self) -> None:
        self._services = None
        self.ui.backupList.clear()
        self.ui.locationValue.clear()
        self.setEnabled(False)

    def _reminders_edited(self, plan: ReminderPlan) -> None:
        if self._services is not None:
            ReminderService(self._services.settings, lambda: []).save_plan(plan)

    def page_shown(self) -> None:
        self._refresh_backups()
        self._refresh_keyring()

    def _refresh_keyring(self) -> None:
        # Asking the keyring takes a moment the first time: only when the page is seen.
        if self._services is None or self._keyring_checked:
            return
        self._keyring_checked = True
        status = keyring_status()
        remembered = self._services.vault.remembered_on_this_computer
        self.ui.rememberCheck.setEnabled(status.usable or remembered)
        self.ui.rememberHint.setText(
            "Anyone who can log in to this computer as you could then open PeerDesk."
            if status.usable
            else status.reason
        )

    # -- actions ---------------------------------------------------------------------------

    def _auto_lock_edited(self, minutes: int) -> None:
        if self._services is None or self._loading:
            return
        self._services.settings.set_auto_lock_minutes(minutes)
        self.auto_lock_changed.emit(minutes)

    def _keep_edited(self, count: int) -> None:
        if self._services is None or self._loading:
            return
        self._services.settings.set_backups_to_keep(count)
        self._services.backups.keep = count

    def _remember_toggled(self, on: bool) -> None:
        services = self._services
        if services is None or self._loading:
            return
        try:
            if on:
                services.vault.remember_on_this_computer()
            else:
                services.vault.forget_on_this_computer()
        except VaultError as exc:
            QMessageBox.warning(self, "Not changed", str(exc))
            self._loading = True
            self.ui.rememberCheck.setChecked(services.vault.remembered_on_this_computer)
            self._loading = False

    def _change_passphrase(self) -> None:
        services = self._services
        if services is None:
            return
        dialog = ChangePassphraseDialog(self)
        while dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted:
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                services.vault.change_passphrase(dialog.current_passphrase, dialog.new_passphrase)
            except VaultError as exc:
                dialog.show_error(str(exc))
                continue
            finally:
                QGuiApplication.restoreOverrideCursor()
            QMessageBox.information(
                self, "Passphrase changed", "Your new passphrase opens the vault from now on."
            )
            return

    def _backup_now(self) -> None:
        services = self._services
        if services is None:
            return
        try:
            services.backups.automatic("manual")
        except VaultError as exc:
            QMessageBox.warning(self, "No backup made", str(exc))
        self._refresh_backups()

    def _save_backup(self) -> None:
        services = self._services
        if services is None:
            return
        name = f"peerdesk-{datetime.now():%Y-%m-%d}{BACKUP_SUFFIX}"
        path, _filter = QFileDialog.getSaveFileName(
            self, "Save an encrypted backup", name, f"PeerDesk backups (*{BACKUP_SUFFIX})"
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != BACKUP_SUFFIX:
            target = target.with_name(target.name + BACKUP_SUFFIX)
        try:
            services.backups.backup_to(target)
        except VaultError as exc:
            QMessageBox.warning(self, "No backup made", str(exc))
            return
        QMessageBox.information(self, "Backup saved", f"An encrypted backup is in {target}.")

    def _refresh_backups(self) -> None:
        self.ui.backupList.clear()
        if self._services is None:
            return
        infos = self._services.backups.list_backups()
        if not infos:
            self.ui.backupList.addItem(QListWidgetItem("No backups yet."))
            return
        for info in infos:
            item = QListWidgetItem(
                f"{_friendly_time(info.created_at)} — {_friendly_reason(info.reason)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.ui.backupList.addItem(item)
