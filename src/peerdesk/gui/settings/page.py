"""Settings: auto-lock, remember on this computer, passphrase, backups, where the vault is."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QLocale, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from peerdesk.gui.common import accessibility
from peerdesk.gui.common.area import AreaPage
from peerdesk.gui.common.long_work import ThreadWork
from peerdesk.gui.forms.ui_settings_page import Ui_SettingsPage
from peerdesk.gui.settings.activity_log import ActivityLogDialog
from peerdesk.gui.settings.change_passphrase import ChangePassphraseDialog
from peerdesk.gui.settings.reminders_section import RemindersSection
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.services.notes import AGENCY_ENABLED
from peerdesk.services.policy import Policy
from peerdesk.services.reminders import ReminderPlan, ReminderService
from peerdesk.services.session import Services
from peerdesk.vault.backup import BACKUP_SUFFIX
from peerdesk.vault.errors import VaultError
from peerdesk.vault.keyring_store import keyring_status


def _friendly_time(iso: str) -> str:
    """A backup's time in the window's language and the computer's time zone."""
    try:
        moment = datetime.fromisoformat(iso).astimezone()
    except ValueError:
        return iso
    when = QDateTime(
        QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)
    )
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


def _friendly_reason(reason: str) -> str:
    if reason.startswith("before-v"):
        return QCoreApplication.translate("SettingsPage", "before an update of the vault format")
    if reason == "manual":
        return QCoreApplication.translate("SettingsPage", "made by you")
    if reason == "daily":
        return QCoreApplication.translate("SettingsPage", "daily, automatic")
    return reason


_POLICY_SETTINGS = {
    "allow_remember_on_this_computer": QT_TRANSLATE_NOOP(
        "SettingsPage", "Remembering vaults on this computer"
    ),
    "max_auto_lock_minutes": QT_TRANSLATE_NOOP("SettingsPage", "The longest wait before locking"),
    "min_passphrase_length": QT_TRANSLATE_NOOP("SettingsPage", "The shortest passphrase"),
    "min_passphrase_strength": QT_TRANSLATE_NOOP("SettingsPage", "The weakest passphrase"),
}


def _policy_setting_name(key: str) -> str:
    """A managed setting in plain words (the file and line it came from follow it)."""
    known = _POLICY_SETTINGS.get(key)
    return QCoreApplication.translate("SettingsPage", known) if known else key


class SettingsPage(AreaPage):
    auto_lock_changed = Signal(int)  # minutes; 0 = never

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SettingsPage()
        # The form scrolls: managed-setting notes and the agency screens make it taller
        # than a 1024x700 window.
        content = QWidget()
        self.ui.setupUi(content)
        scroll = QScrollArea()
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls, not to it
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scroll)
        self.ui.backupList.setMaximumHeight(180)
        # The spin box leaves its form row (see _build_policy_and_activity), and with it the
        # buddy label Qt would have read as its name.
        accessibility.name(self.ui.autoLockSpin, self.tr("Lock after"))
        accessibility.name(
            self.ui.backupList,
            self.tr("Backups of this vault"),
            self.tr("Newest first, with when and why each was made"),
        )
        for label in (self.ui.rememberHint, self.ui.backupHint, self.ui.agencyHint):
            label.setProperty("role", "muted")
        self.ui.backupHint.setText(
            self.tr(
                "Backups are encrypted like the vault and open with the passphrase that was in "
                "use when they were made. To restore one, lock PeerDesk and choose "
                "“Restore from a backup…”."
            )
        )
        self._services: Services | None = None
        self._loading = False
        self._keyring_checked = False
        self.ui.autoLockSpin.valueChanged.connect(self._auto_lock_edited)
        self.ui.keepSpin.valueChanged.connect(self._keep_edited)
        self.ui.rememberCheck.toggled.connect(self._remember_toggled)
        self.ui.agencyCheck.toggled.connect(self._agency_toggled)
        self.ui.changePassphraseButton.clicked.connect(self._change_passphrase)
        self.ui.backupNowButton.clicked.connect(self._backup_now)
        self.ui.saveBackupButton.clicked.connect(self._save_backup)
        self.reminders = RemindersSection(self)
        self.ui.pageLayout.insertWidget(
            self.ui.pageLayout.indexOf(self.ui.backupBox), self.reminders
        )
        self.reminders.plan_edited.connect(self._reminders_edited)
        self._build_policy_and_activity()
        self._order_tabs()
        self.setEnabled(False)

    def add_section(self, section: QWidget, *, first: bool = False) -> None:
        """A section the shell adds: after the built-in ones (Contacts), or ``first``, right
        under the heading (Language: a person who cannot read the rest finds it there)."""
        layout = self.ui.pageLayout
        if first:
            layout.insertWidget(layout.indexOf(self.ui.headingLabel) + 1, section)
        else:
            layout.insertWidget(layout.indexOf(self.ui.vaultBox) + 1, section)
        self._order_tabs()

    def _order_tabs(self) -> None:
        """Tab goes down the page as it reads, section by section (the sections the shell
        adds included), whatever order the widgets were made in."""
        ui = self.ui
        own: dict[QWidget, list[QWidget]] = {
            ui.securityBox: [ui.autoLockSpin, ui.rememberCheck, ui.changePassphraseButton],
            ui.backupBox: [ui.keepSpin, ui.backupList, ui.backupNowButton, ui.saveBackupButton],
            ui.agencyBox: [ui.agencyCheck],
            ui.vaultBox: [ui.locationValue],
            self.activity_box: [self.activity_button],
        }
        stops: list[QWidget] = []
        layout = ui.pageLayout
        for index in range(layout.count()):
            widget = layout.itemAt(index).widget()
            if widget is None:
                continue
            if widget in own:
                stops += own[widget]
            elif callable(getattr(widget, "tab_stops", None)):
                stops += widget.tab_stops()
            else:
                stops += accessibility.tab_stops(widget)
        accessibility.chain_tab_order(stops)

    # -- AreaPage --------------------------------------------------------------------------

    def attach(self, services: Services) -> None:
        self._services = services
        self._loading = True
        self._apply_policy(services.policy)
        self.ui.autoLockSpin.setValue(services.settings.auto_lock_minutes)
        self.ui.keepSpin.setValue(services.settings.backups_to_keep)
        self.ui.rememberCheck.setChecked(services.vault.remembered_on_this_computer)
        self._keyring_checked = False
        self._show_agency(services)
        self.ui.locationValue.setText(str(services.vault.folder))
        self.ui.encryptionValue.setText(
            self.tr(
                "Everything in this vault is encrypted on this computer; only your passphrase"
                " (or recovery code) opens it. The technical details are in Help ▸ About"
                " PeerDesk."
            )
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
        if not self._services.policy.allows_remember():
            return  # _apply_policy hid it; the organisation decides
        self.ui.rememberCheck.setEnabled(status.usable or remembered)
        self.ui.rememberHint.setText(
            self.tr("Anyone who can log in to this computer as you could then open PeerDesk.")
            if status.usable
            else status.reason
        )

    def _show_agency(self, services: Services) -> None:
        """The agency screens: the vault's choice, unless the organisation's policy decides."""
        managed = services.policy.areas is not None
        enabled = bool(services.settings.get(AGENCY_ENABLED, False))
        shown = services.policy.shows_area("notes", enabled_here=enabled) or (
            services.policy.shows_area("caseload", enabled_here=enabled)
        )
        self.ui.agencyCheck.setChecked(shown)
        self.ui.agencyCheck.setEnabled(not managed)
        if managed:
            hint = self.tr(
                "Managed by your organisation: its policy decides which screens are shown."
            )
        else:
            hint = self.tr(
                "The caseload and session notes are for a peer specialist's records about the "
                "people they serve; those records belong to the specialist's work, not to the "
                "person. If this vault is your own, for your own recovery, leave this off: "
                "your journal, roadmap and library are all you need."
            )
        self.ui.agencyHint.setText(hint)

    # -- actions ---------------------------------------------------------------------------

    def _agency_toggled(self, on: bool) -> None:
        services = self._services
        if services is None or self._loading or services.policy.areas is not None:
            return
        services.settings.set(AGENCY_ENABLED, bool(on))

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
                services.security.remember_on_this_computer()  # checks the policy, audits
            else:
                services.security.forget_on_this_computer()
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("Not changed"), str(exc))
            self._loading = True
            self.ui.rememberCheck.setChecked(services.vault.remembered_on_this_computer)
            self._loading = False

    def _change_passphrase(self) -> None:
        services = self._services
        if services is None:
            return
        dialog = ChangePassphraseDialog(self, policy=services.policy)
        while dialog.exec() == ChangePassphraseDialog.DialogCode.Accepted:
            if self._services is None:
                return  # locked meanwhile
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                # The policy's passphrase rules, and the audit row, are in SecurityService.
                services.security.change_passphrase(
                    dialog.current_passphrase, dialog.new_passphrase
                )
            except VaultError as exc:
                dialog.show_error(str(exc))
                continue
            finally:
                QGuiApplication.restoreOverrideCursor()
            QMessageBox.information(
                self,
                self.tr("Passphrase changed"),
                self.tr("Your new passphrase opens the vault from now on."),
            )
            return

    def _backup_now(self) -> None:
        services = self._services
        if services is None:
            return
        # In a worker thread with its own connection: the window keeps repainting.
        work = ThreadWork(
            lambda: services.backups.automatic("manual", own_connection=True),
            self.tr("Making a backup…"),
            self,
        )
        try:
            work.run()
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("No backup made"), str(exc))
        self._refresh_backups()

    def _save_backup(self) -> None:
        services = self._services
        if services is None:
            return
        name = f"peerdesk-{datetime.now():%Y-%m-%d}{BACKUP_SUFFIX}"  # a file name: ISO
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save an encrypted backup"),
            name,
            self.tr("PeerDesk backups (*{suffix})").format(suffix=BACKUP_SUFFIX),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix != BACKUP_SUFFIX:
            target = target.with_name(target.name + BACKUP_SUFFIX)
        work = ThreadWork(
            lambda: services.backups.backup_to(target, own_connection=True),
            self.tr("Making a backup…"),
            self,
        )
        try:
            work.run()
        except VaultError as exc:
            QMessageBox.warning(self, self.tr("No backup made"), str(exc))
            return
        QMessageBox.information(
            self,
            self.tr("Backup saved"),
            self.tr("An encrypted backup is in {path}.").format(path=target),
        )

    def _refresh_backups(self) -> None:
        self.ui.backupList.clear()
        if self._services is None:
            return
        infos = self._services.backups.list_backups()
        if not infos:
            self.ui.backupList.addItem(QListWidgetItem(self.tr("No backups yet.")))
            return
        for info in infos:
            item = QListWidgetItem(
                f"{_friendly_time(info.created_at)} — {_friendly_reason(info.reason)}"
            )
            item.setData(Qt.ItemDataRole.UserRole, str(info.path))
            self.ui.backupList.addItem(item)

    # -- the organisation's policy and the activity log -----------------------------------

    def _build_policy_and_activity(self) -> None:
        """Managed-setting labels beside the security controls, the activity-log section."""
        form = self.ui.securityForm
        self.managed_labels: dict[str, QLabel] = {}
        for name, field in (
            ("max_auto_lock_minutes", self.ui.autoLockSpin),
            ("allow_remember_on_this_computer", self.ui.rememberCheck),
            ("min_passphrase_length", self.ui.changePassphraseButton),
        ):
            row, _role = form.getWidgetPosition(field)
            form.removeWidget(field)
            holder = QWidget()
            line = QHBoxLayout(holder)
            line.setContentsMargins(0, 0, 0, 0)
            line.addWidget(field)
            label = QLabel(self.tr("Managed by your organisation"))
            label.setObjectName(f"managed-{name}")
            label.setProperty("role", "muted")
            label.hide()
            line.addWidget(label)
            line.addStretch(1)
            form.setWidget(row, QFormLayout.ItemRole.FieldRole, holder)
            self.managed_labels[name] = label
        self.policy_problem_label = QLabel()
        self.policy_problem_label.setProperty("role", "error")
        self.policy_problem_label.setWordWrap(True)
        self.policy_problem_label.setTextFormat(Qt.TextFormat.PlainText)
        self.policy_problem_label.hide()
        form.addRow(self.policy_problem_label)

        self.activity_box = QGroupBox(self.tr("Activity log"))
        self.activity_box.setObjectName("activityBox")
        box_line = QHBoxLayout(self.activity_box)
        hint = QLabel(
            self.tr(
                "When the vault was opened and locked, and what left it — never what you wrote."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        self.activity_button = QPushButton(self.tr("Show the &activity log…"))
        self.activity_button.setObjectName("activityButton")
        self.activity_button.setAccessibleName(self.tr("Show the activity log"))
        self.activity_button.clicked.connect(self.show_activity_log)
        box_line.addWidget(hint, 1)
        box_line.addWidget(self.activity_button)
        layout = self.ui.pageLayout
        layout.insertWidget(layout.count() - 1, self.activity_box)

    def _apply_policy(self, policy: Policy) -> None:
        """Limits and "managed" labels from the policy. The user cannot loosen any of them:
        the services check the same rules again."""
        limit = policy.max_auto_lock_minutes
        spin = self.ui.autoLockSpin
        if limit is not None:
            spin.setRange(1, limit)  # "never" is not allowed under a limit
            spin.setSpecialValueText("")
        else:
            spin.setRange(0, 24 * 60)
            spin.setSpecialValueText(self.tr("Never"))
        allowed = policy.allows_remember()
        self.ui.rememberCheck.setVisible(allowed)
        self.ui.rememberCheck.setEnabled(allowed)
        if not allowed:
            self.ui.rememberHint.setText(
                self.tr(
                    "Your organisation does not allow remembering vaults on this computer: "
                    "type your passphrase each time."
                )
            )
        for name, label in self.managed_labels.items():
            names = [name]
            if name == "min_passphrase_length":
                names.append("min_passphrase_strength")
            managed = [n for n in names if policy.is_managed(n)]
            label.setVisible(bool(managed))
            label.setToolTip(
                "\n".join(
                    self.tr("{setting}: set in {source}").format(
                        setting=_policy_setting_name(n), source=policy.source(n).describe()
                    )
                    for n in managed
                )
            )
            label.setAccessibleName(label.text() + ". " + label.toolTip())
        problems = "\n".join(str(p) for p in policy.problems)
        self.policy_problem_label.setText(
            self.tr(
                "The organisation's policy could not be read, so the strictest rules apply:\n"
                "{problems}"
            ).format(problems=problems)
            if problems
            else ""
        )
        self.policy_problem_label.setVisible(bool(problems))

    def show_activity_log(self) -> ActivityLogDialog | None:
        services = self._services
        if services is None:
            return None
        dialog = ActivityLogDialog(services.audit, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
