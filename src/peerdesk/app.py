"""The one place that wires PeerDesk together: vault → session/services → areas → window.

:class:`AppController` owns the vault and the session. It unlocks (passphrase, recovery code,
keyring), attaches every area to the services, locks on Ctrl+L or after idle time (asking
each area for its unsaved draft first and storing it encrypted), and restores backups from
the lock screen. ``run_app`` is the entry point used by the CLI.
"""

from __future__ import annotations

import contextlib
import shutil
from pathlib import Path
from typing import Any

import peewee
from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QMessageBox,
)

from peerdesk.gui.common import long_work
from peerdesk.gui.exchange.controller import ExchangeController
from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
from peerdesk.gui.shell import error_reporting, prompts
from peerdesk.gui.shell.areas import area_specs, filter_areas
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard
from peerdesk.gui.shell.idle import IdleWatcher
from peerdesk.gui.shell.language import LanguageSection
from peerdesk.gui.shell.main_window import MainWindow
from peerdesk.gui.shell.reminders import Reminders
from peerdesk.gui.shell.screen_lock import ScreenLockWatcher
from peerdesk.gui.shell.vault_picker import RecentVaults
from peerdesk.services.audit.service import DetailValue
from peerdesk.services.backup import restore_backup
from peerdesk.services.events import Change
from peerdesk.services.notes import AGENCY_ENABLED
from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.services.settings import AUTO_LOCK_MINUTES, VAULT_LABEL
from peerdesk.vault.backup import BACKUP_SUFFIX
from peerdesk.vault.errors import (
    EnvelopeDamagedError,
    StorageFullError,
    VaultDamagedError,
    VaultError,
    WrongSecretError,
)
from peerdesk.vault.keyring_store import keyring_status
from peerdesk.vault.vault import Vault, is_vault

DRAFT_PREFIX = "area:"
DEMO_PASSPHRASE = "demo"
DAILY_BACKUP_DELAY_MS = 3_000
# Below this much free space the vault opens for reading and says saving will fail.
LOW_SPACE_BYTES = 2 * 1024 * 1024


class AppController(QObject):
    """Unlock, lock and restore; the window and the areas follow."""

    unlocked = Signal()
    locked = Signal()
    other_vault_requested = Signal()  # File → Open another vault…: run_app shows the picker

    def __init__(
        self,
        vault_folder: Path,
        *,
        demo: bool = False,
        policy: Policy | None = None,
        label: str = "",
    ) -> None:
        super().__init__()
        self.vault_folder = Path(vault_folder)
        self.demo = demo
        # The organisation's policy, read once at start (run_app) and never from a user
        # setting; tests pass one. ``label``: the one chosen in the vault picker (no names).
        self.policy = policy if policy is not None else load_policy()
        self.label = label
        self.vault: Vault | None = None
        self.services: Services | None = None
        self.window = MainWindow(filter_areas(area_specs(), self.policy), self._location_text())
        self.idle = IdleWatcher(self)
        self.idle.idle.connect(lambda: self.lock("idle"))
        self.screen_lock = ScreenLockWatcher(self)
        self.screen_lock.screen_locked.connect(lambda: self.lock("screen_lock"))
        QCoreApplication.instance().installEventFilter(self.idle)  # type: ignore[union-attr]
        self.window.lock_requested.connect(lambda: self.lock("manual"))
        self.window.other_vault_requested.connect(self.open_other_vault)
        self._pending_audit: list[tuple[str, dict[str, DetailValue]]] = []
        panel = self.window.unlock_panel
        panel.unlock_requested.connect(self.unlock)
        panel.keyring_requested.connect(self.unlock_with_keyring)
        panel.restore_requested.connect(self.restore_from_backup)
        settings_page = self.window.pages.get("settings")
        if settings_page is not None:
            settings_page.auto_lock_changed.connect(self._apply_auto_lock)  # type: ignore[attr-defined]
        self.exchange = ExchangeController(self.window)
        self._wire_exchange()
        self._unsubscribe: list[Any] = []
        self._keyring_offered = False
        self.daily_backups = False  # run_app turns it on; tests leave the vault alone
        self.reminders = Reminders(self)

    def _wire_exchange(self) -> None:
        """Share… in the roadmap and the library, Receive a file… in File, Contacts in
        Settings: the pages only emit signals; the exchange area does the rest."""
        exchange = self.exchange
        self.window.receive_requested.connect(exchange.choose_and_receive)
        pages = self.window.pages
        if "roadmap" in pages:
            pages["roadmap"].share_requested.connect(  # type: ignore[attr-defined]
                lambda person: exchange.share("roadmap", person)
            )
        if "library" in pages:
            pages["library"].share_requested.connect(exchange.share_cards)  # type: ignore[attr-defined]
        if "settings" in pages:
            pages["settings"].add_section(exchange.contacts_section)  # type: ignore[attr-defined]
            # Settings → Language (the choice lives outside the vault: see language.py).
            self.language_section = LanguageSection()
            pages["settings"].add_section(self.language_section, first=True)  # type: ignore[attr-defined]

    def _location_text(self) -> str:
        if self.demo:
            return self.tr("Demo vault (deleted when PeerDesk closes)")
        if self.label:  # the picker's label (never a name), then the folder
            return f"{self.label} — {self.vault_folder}"
        return str(self.vault_folder)

    # -- opening ---------------------------------------------------------------------------

    def open_vault(self) -> bool:
        """Claim the vault folder; run the create wizard when there is no vault yet.

        A folder outside the policy's ``vault_locations`` raises PolicyViolation."""
        if not self.demo:
            self.policy.check_vault_location(self.vault_folder)
        if not is_vault(self.vault_folder):
            return self._create_with_wizard()
        self.vault = Vault.open(self.vault_folder)
        self._prepare_lock_screen()
        if self._keyring_offered:
            # Remembered on this computer: open without asking; fall back to the lock screen.
            self.unlock_with_keyring(quiet=True)
        return True

    def adopt_unlocked_vault(self, vault: Vault) -> None:
        """Use a vault that is already open and unlocked (demo, tests)."""
        self.vault = vault
        self._prepare_lock_screen()
        self._after_unlock()

    def _prepare_lock_screen(self) -> None:
        assert self.vault is not None
        panel = self.window.unlock_panel
        hint = (
            self.tr("Demo vault: the passphrase is “{passphrase}”.").format(
                passphrase=DEMO_PASSPHRASE
            )
            if self.demo
            else ""
        )
        panel.set_vault(self._location_text(), hint)
        remembered = False
        try:
            remembered = self.vault.remembered_on_this_computer
        except VaultError as exc:
            panel.show_error(str(exc))
            panel.offer_restore(True)
        # Remembered before the organisation forbade it: not offered (forgotten at unlock).
        self._keyring_offered = (
            remembered and self.policy.allows_remember() and keyring_status().usable
        )
        panel.set_keyring_available(self._keyring_offered)

    def _create_with_wizard(self) -> bool:
        def create(passphrase: str) -> str:
            vault, code = Vault.create(self.vault_folder, passphrase)
            self.vault = vault
            return code

        wizard = CreateVaultWizard(
            self.vault_folder, create, keyring_status(), self.window, policy=self.policy
        )
        wizard.exec()
        if not wizard.vault_created or self.vault is None:
            return False
        self._prepare_lock_screen()
        if wizard.remember_requested and self.policy.allows_remember():
            try:
                self.vault.remember_on_this_computer()
            except VaultError as exc:
                QMessageBox.warning(self.window, self.tr("Not remembered"), str(exc))
        self._after_unlock()
        return True

    # -- unlocking -------------------------------------------------------------------------

    def unlock(self, secret: str, is_recovery_code: bool = False) -> bool:
        if self.vault is None:
            return False
        if not self.is_locked:
            return True
        panel = self.window.unlock_panel
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            if is_recovery_code:
                self.vault.unlock_with_recovery_code(secret)
            else:
                self.vault.unlock_with_passphrase(secret)
        except WrongSecretError as exc:
            panel.show_error(
                self.tr(
                    "{problem} Check Caps Lock and try again; there is no limit on tries."
                ).format(problem=exc)
            )
            return False
        except VaultError as exc:
            if isinstance(exc, EnvelopeDamagedError) and exc.method == "passphrase":
                panel.suggest_recovery_code()  # the passphrase cannot work; the code can
            panel.show_error(str(exc))
            panel.offer_restore(isinstance(exc, VaultDamagedError))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not self._after_unlock():
            return False
        if is_recovery_code:
            self._offer_new_passphrase(secret)
        if self.vault is not None and self.vault.recovery_code_uncertain:
            self._offer_new_recovery_code()
        return True

    def unlock_with_keyring(self, *, quiet: bool = False) -> bool:
        if self.vault is None:
            return False
        if not self.is_locked:
            return True
        try:
            self.vault.unlock_with_keyring()
        except VaultError as exc:
            if not quiet:
                self.window.unlock_panel.show_error(str(exc))
            return False
        return self._after_unlock()

    def _after_unlock(self) -> bool:
        assert self.vault is not None
        try:
            self.services = start_session(self.vault, policy=self.policy)
        except VaultError as exc:
            self.vault.lock()
            self.window.unlock_panel.show_error(str(exc))
            return False
        services = self.services
        self._record_after_unlock(services)
        self._unsubscribe.append(services.bus.subscribe(self._on_change))
        for key, page in self.window.pages.items():
            page.attach(services)
            draft = services.drafts.load(DRAFT_PREFIX + key)
            if draft is not None:
                page.restore_draft(draft)
                with contextlib.suppress(StorageFullError):
                    # On a full disk it stays stored; the next unlock offers it again.
                    services.drafts.discard(DRAFT_PREFIX + key)
        self._check_storage()
        self.apply_area_visibility()
        self.window.unlock_panel.reset()
        self.window.unlock_panel.offer_restore(False)
        self.window.show_unlocked()
        self.exchange.attach(services)  # after the window: a file given to open goes on now
        self._apply_auto_lock(services.settings.auto_lock_minutes)
        if self.daily_backups:
            # The day's backup, once the window is up (a large vault takes a moment).
            QTimer.singleShot(DAILY_BACKUP_DELAY_MS, self._daily_backup)
        self.unlocked.emit()
        return True

    def _check_storage(self) -> None:
        """On a (nearly) full disk the vault opens for reading; say why saving will fail."""
        assert self.vault is not None
        try:
            free = shutil.disk_usage(self.vault.folder).free
        except OSError:
            free = LOW_SPACE_BYTES
        if free >= LOW_SPACE_BYTES:
            self.window.set_storage_notice("")
            return
        self.window.set_storage_notice(
            QCoreApplication.translate(
                "AppController",
                "The disk holding your vault is full ({free} kB free). You can read "
                "everything, but saving will fail until you free some space.",
            ).format(free=free // 1024)
        )

    def _offer_new_recovery_code(self) -> None:
        assert self.vault is not None
        answer = QMessageBox.question(
            self.window,
            self.tr("Make a new recovery code?"),
            self.tr(
                "A change of your vault's key was interrupted last time. Your data is safe and "
                "your passphrase works, but your recovery code may not. Make a new one now?"
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        if self.services is None:
            return
        code = self.services.security.renew_recovery_code()
        prompts.new_recovery_code_box(self.window, code).exec()

    def _daily_backup(self) -> None:
        services = self.services
        if services is None or self.demo:
            return
        # A worker thread with its own connection: a large vault's backup takes seconds,
        # and the window must not freeze just after unlocking.
        work = long_work.ThreadWork(
            lambda: services.backups.daily_if_due(own_connection=True),
            QCoreApplication.translate("AppController", "Making today's backup…"),
            self.window,
        )
        work.finished.connect(self._daily_backup_made)
        work.failed.connect(self._daily_backup_failed)
        self._daily_work = work
        work.start_quietly()

    def _daily_backup_made(self, made: object) -> None:
        if made is not None:
            self.window.statusBar().showMessage(self.tr("Today's encrypted backup is made."), 8_000)

    def _daily_backup_failed(self, exc: object) -> None:
        if isinstance(exc, VaultError):
            self.window.statusBar().showMessage(
                self.tr("No automatic backup today: {problem}").format(problem=exc), 15_000
            )
        else:
            error_reporting.report_unhandled(type(exc), exc, None)  # type: ignore[arg-type]

    def _offer_new_passphrase(self, recovery_code: str) -> None:
        assert self.vault is not None
        QMessageBox.information(
            self.window,
            self.tr("Set a new passphrase"),
            self.tr(
                "You opened your vault with the recovery code. Choose a new passphrase now; "
                "the recovery code keeps working too."
            ),
        )
        dialog = ChangePassphraseDialog(self.window, need_current=False, policy=self.policy)
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if self.services is None:
                return
            try:
                self.services.security.reset_passphrase(recovery_code, dialog.new_passphrase)
            except VaultError as exc:
                dialog.show_error(str(exc))
                continue
            return

    # -- locking ---------------------------------------------------------------------------

    def lock(self, reason: str = "manual") -> None:
        """Keep drafts (encrypted), drop every decrypted thing, close the database.

        ``reason`` (manual, idle, screen_lock, quit) goes into the audit trail."""
        services = self.services
        if services is None:
            return
        # Long work first: cancelled and rolled back, so nothing half-done stays behind.
        long_work.cancel_all()
        self.idle.stop()
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        drafts_lost = False
        for key, page in self.window.pages.items():
            draft = page.draft()
            if not draft:
                continue
            try:
                services.drafts.save(DRAFT_PREFIX + key, draft)
            except (VaultError, peewee.DatabaseError):
                # A full disk must never stop the lock: the vault locks, the draft is lost.
                drafts_lost = True
        self.exchange.detach()
        for page in self.window.pages.values():
            page.detach()
        for unsubscribe in self._unsubscribe:
            unsubscribe()
        self._unsubscribe.clear()
        end_session(services, reason=reason)
        self.services = None
        self.window.show_locked()
        if drafts_lost:
            self.window.unlock_panel.show_error(
                self.tr("Locked. Text you had not saved could not be kept: the disk is full.")
            )
        self.locked.emit()

    def lock_and_restore(self) -> None:
        """Damage was found while reading: lock, then ask for the backup to restore."""
        self.lock()
        self.window.unlock_panel.offer_restore(True)
        self.restore_from_backup()

    @property
    def is_locked(self) -> bool:
        return self.services is None

    def set_auto_lock_ms(self, timeout_ms: int) -> None:
        self.idle.set_timeout_ms(timeout_ms)

    def _apply_auto_lock(self, minutes: int) -> None:
        self.idle.set_timeout_ms(minutes * 60_000)

    def _on_change(self, change: Change) -> None:
        if change.entity == "setting" and AUTO_LOCK_MINUTES in change.ids and self.services:
            self._apply_auto_lock(self.services.settings.auto_lock_minutes)
        if change.entity == "setting" and AGENCY_ENABLED in change.ids and self.services:
            self.apply_area_visibility()

    def apply_area_visibility(self) -> None:
        """Agency areas only where the vault enabled them, and the policy's ``areas`` list."""
        services = self.services
        if services is None:
            return
        enabled_here = bool(services.settings.get(AGENCY_ENABLED, False))
        for spec in self.window.specs:
            if spec.policy_area:
                self.window.set_area_shown(
                    spec.key, services.policy.shows_area(spec.key, enabled_here=enabled_here)
                )

    # -- restore ---------------------------------------------------------------------------

    def restore_from_backup(self) -> None:
        if self.vault is None or not self.is_locked:
            return
        start_dir = str(self.vault.backups_dir if self.vault.backups_dir.exists() else Path.home())
        title, kinds = prompts.backup_file_texts(BACKUP_SUFFIX)
        path, _filter = QFileDialog.getOpenFileName(self.window, title, start_dir, kinds)
        if not path:
            return
        title, label = prompts.backup_passphrase_texts()
        secret, ok = QInputDialog.getText(self.window, title, label, QLineEdit.EchoMode.Password)
        if not ok or not secret:
            return
        vault = self.vault
        # In a worker thread (the vault is locked: nothing else uses a connection), so the
        # window keeps repainting while a large backup is unpacked and checked.
        work = long_work.ThreadWork(
            lambda: restore_backup(vault, Path(path), secret),
            QCoreApplication.translate("AppController", "Restoring the backup…"),
            self.window,
        )
        try:
            replaced = work.run()
        except VaultError as exc:
            QMessageBox.warning(self.window, self.tr("Nothing was restored"), str(exc))
            return
        QMessageBox.information(
            self.window,
            self.tr("Backup restored"),
            self.tr(
                "The backup is back in place. The files it replaced are kept in {folder}."
                "\n\nUnlock with the backup's passphrase."
            ).format(folder=replaced),
        )
        self.window.unlock_panel.offer_restore(False)
        self._pending_audit.append(("restore", {"what": "backup", "file_name": Path(path).name}))
        self._prepare_lock_screen()

    # -- closing ---------------------------------------------------------------------------

    def open_other_vault(self) -> None:
        """File → Open another vault…: lock this one, then run_app shows the picker."""
        self.lock("manual")
        self.other_vault_requested.emit()

    def _record_after_unlock(self, services: Services) -> None:
        """The picker's label into the vault (audit rows carry it), the folder into the
        recent list, and what happened while locked (a restore) into the audit trail."""
        with contextlib.suppress(VaultError, peewee.DatabaseError):
            if self.label and services.settings.get(VAULT_LABEL) != self.label:
                services.settings.set(VAULT_LABEL, self.label)
            while self._pending_audit:
                kind, details = self._pending_audit.pop(0)
                services.audit.record(kind, **details)
        if not self.demo:
            RecentVaults().remember(self.vault_folder, self.label or None)

    def shutdown(self) -> None:
        self.lock("quit")
        app = QCoreApplication.instance()
        if app is not None:
            app.removeEventFilter(self.idle)
        if self.vault is not None:
            self.vault.close()
            self.vault = None
