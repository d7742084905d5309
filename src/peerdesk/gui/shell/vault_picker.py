"""The vault picker: on a shared agency workstation, each person served (or each staff
member) can have a vault of their own, and the picker chooses one before anything unlocks.

What it shows is readable by anyone at the computer: a label the user chose and the folder,
never a name from inside a vault. The list lives in QSettings (labels and folders only).
A personal computer with one vault never sees the picker: PeerDesk opens that vault.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QListWidgetItem,
    QMessageBox,
    QWidget,
)

from peerdesk.gui.forms.ui_vault_picker import Ui_VaultPickerDialog
from peerdesk.services.policy import Policy
from peerdesk.vault.vault import is_vault

RECENT_KEY = "vaults/recent"
MAX_RECENT = 20
LABEL_MAX = 60


def _tr(text: str) -> str:
    return QCoreApplication.translate("VaultPicker", text)


@dataclass(frozen=True)
class RecentVault:
    folder: Path
    label: str


class RecentVaults:
    """The recently opened vaults, newest first: (folder, label) pairs in QSettings."""

    def entries(self) -> list[RecentVault]:
        raw = QSettings().value(RECENT_KEY, [])
        found: list[RecentVault] = []
        for item in raw if isinstance(raw, list) else []:
            if isinstance(item, dict) and isinstance(item.get("folder"), str):
                label = item.get("label") if isinstance(item.get("label"), str) else ""
                found.append(RecentVault(Path(item["folder"]), str(label)[:LABEL_MAX]))
        return found

    def label_of(self, folder: Path) -> str:
        key = _key(folder)
        return next((e.label for e in self.entries() if _key(e.folder) == key), "")

    def remember(self, folder: Path, label: str | None = None) -> None:
        """Put ``folder`` first (keeping its label unless a new one is given)."""
        key = _key(folder)
        kept = self.label_of(folder) if label is None else label.strip()[:LABEL_MAX]
        others = [e for e in self.entries() if _key(e.folder) != key]
        self._save([RecentVault(Path(key), kept), *others][:MAX_RECENT])

    def forget(self, folder: Path) -> None:
        key = _key(folder)
        self._save([e for e in self.entries() if _key(e.folder) != key])

    def rename(self, folder: Path, label: str) -> None:
        key = _key(folder)
        self._save(
            [
                RecentVault(e.folder, label.strip()[:LABEL_MAX]) if _key(e.folder) == key else e
                for e in self.entries()
            ]
        )

    @staticmethod
    def _save(entries: list[RecentVault]) -> None:
        QSettings().setValue(
            RECENT_KEY, [{"folder": str(e.folder), "label": e.label} for e in entries]
        )


def _key(folder: Path) -> str:
    return str(Path(folder).expanduser().resolve())


def display_label(entry: RecentVault) -> str:
    return entry.label or entry.folder.name


def needs_picker(default: Path, policy: Policy, recents: RecentVaults) -> bool:
    """Show the picker when there is a real choice, or the default folder is not allowed."""
    known = [e for e in recents.entries() if is_vault(e.folder)]
    if len(known) > 1:
        return True
    target = known[0].folder if known else default
    return not policy.allows_vault_location(target)


def pick_vault_folder(
    default: Path, policy: Policy, parent: QWidget | None = None
) -> Path | None:
    """The folder to open: the one vault there is, or the user's choice (None: cancelled)."""
    recents = RecentVaults()
    if not needs_picker(default, policy, recents):
        known = [e for e in recents.entries() if is_vault(e.folder)]
        return known[0].folder if known else default
    dialog = VaultPickerDialog(recents, policy, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.chosen_folder


class VaultPickerDialog(QDialog):
    def __init__(
        self, recents: RecentVaults, policy: Policy, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VaultPickerDialog()
        self.ui.setupUi(self)
        self.recents = recents
        self.policy = policy
        self.chosen_folder: Path | None = None
        ui = self.ui
        self._open_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Open)
        self._open_button.setAccessibleName(self.tr("Open the selected vault"))
        ui.vaultList.setAccessibleDescription(
            self.tr("Labels and folders of the vaults opened on this computer")
        )
        for button, name in (
            (ui.renameButton, self.tr("Rename the selected vault's label")),
            (ui.forgetButton, self.tr("Remove the selected vault from this list")),
            (ui.otherButton, self.tr("Open a vault in another folder")),
            (ui.createButton, self.tr("Create a new vault")),
        ):
            button.setAccessibleName(name)
        if policy.vault_locations:
            allowed = ", ".join(policy.vault_locations)
            ui.policyLabel.setText(
                self.tr("Your organisation allows vaults only in: {folders}").format(
                    folders=allowed
                )
            )
        else:
            ui.policyLabel.hide()
        ui.buttonBox.accepted.connect(self._open_selected)
        ui.buttonBox.rejected.connect(self.reject)
        ui.vaultList.itemActivated.connect(lambda _item: self._open_selected())
        ui.vaultList.currentItemChanged.connect(lambda *_a: self._update_buttons())
        ui.renameButton.clicked.connect(self._rename)
        ui.forgetButton.clicked.connect(self._forget)
        ui.otherButton.clicked.connect(self._open_other)
        ui.createButton.clicked.connect(self._create)
        self._fill()

    # -- the list --------------------------------------------------------------------------

    def _fill(self) -> None:
        self.ui.vaultList.clear()
        for entry in self.recents.entries():
            item = QListWidgetItem(f"{display_label(entry)}\n{entry.folder}")
            item.setData(Qt.ItemDataRole.UserRole, str(entry.folder))
            problem = self._problem(entry.folder)
            if problem:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setToolTip(problem)
                item.setText(f"{display_label(entry)}\n{entry.folder} — {problem}")
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{display_label(entry)}, {entry.folder}" + (f", {problem}" if problem else ""),
            )
            self.ui.vaultList.addItem(item)
        for row in range(self.ui.vaultList.count()):
            if self.ui.vaultList.item(row).flags() & Qt.ItemFlag.ItemIsEnabled:
                self.ui.vaultList.setCurrentRow(row)
                break
        self._update_buttons()

    def _problem(self, folder: Path) -> str:
        if not self.policy.allows_vault_location(folder):
            return self.tr("not in a folder your organisation allows")
        if not is_vault(folder):
            return self.tr("no vault there any more")
        return ""

    def _selected(self) -> Path | None:
        item = self.ui.vaultList.currentItem()
        if item is None or not item.flags() & Qt.ItemFlag.ItemIsEnabled:
            return None
        return Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        item = self.ui.vaultList.currentItem()
        self._open_button.setEnabled(self._selected() is not None)
        self.ui.renameButton.setEnabled(item is not None)
        self.ui.forgetButton.setEnabled(item is not None)

    # -- actions ---------------------------------------------------------------------------

    def _open_selected(self) -> None:
        folder = self._selected()
        if folder is not None:
            self._choose(folder)

    def _choose(self, folder: Path) -> None:
        self.chosen_folder = folder
        self.accept()

    def _rename(self) -> None:
        item = self.ui.vaultList.currentItem()
        if item is None:
            return
        folder = Path(str(item.data(Qt.ItemDataRole.UserRole)))
        label, ok = QInputDialog.getText(
            self,
            self.tr("Rename label"),
            self.tr("A label for this vault (shown before unlocking: no names):"),
            text=self.recents.label_of(folder),
        )
        if ok:
            self.recents.rename(folder, label)
            self._fill()

    def _forget(self) -> None:
        item = self.ui.vaultList.currentItem()
        if item is None:
            return
        self.recents.forget(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        self._fill()

    def _open_other(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a vault folder"))
        if not folder:
            return
        path = Path(folder)
        if not is_vault(path):
            QMessageBox.information(
                self,
                self.tr("No vault there"),
                self.tr("That folder holds no PeerDesk vault. Choose “Create a new vault…”."),
            )
            return
        if not self._allowed(path):
            return
        self._choose(path)

    def _create(self) -> None:
        label, ok = QInputDialog.getText(
            self,
            self.tr("Create a new vault"),
            self.tr("A label for the new vault (shown before unlocking: no names):"),
        )
        if not ok:
            return
        parent = QFileDialog.getExistingDirectory(
            self, self.tr("Choose where the new vault goes")
        )
        if not parent:
            return
        folder = _new_vault_folder(Path(parent))
        if not self._allowed(folder):
            return
        self.recents.remember(folder, label)
        self._choose(folder)

    def _allowed(self, folder: Path) -> bool:
        if self.policy.allows_vault_location(folder):
            return True
        QMessageBox.warning(
            self,
            self.tr("Not allowed here"),
            self.tr("Your organisation allows vaults only in: {folders}").format(
                folders=", ".join(self.policy.vault_locations or ())
            ),
        )
        return False


def _new_vault_folder(parent: Path) -> Path:
    """An empty folder chosen as it is; otherwise a numbered "PeerDesk vault" inside it."""
    if parent.is_dir() and not any(parent.iterdir()):
        return parent
    for n in range(1, 1000):
        name = _tr("PeerDesk vault") + ("" if n == 1 else f" {n}")
        candidate = parent / name
        if not candidate.exists():
            return candidate
    raise OSError("no free folder name")
