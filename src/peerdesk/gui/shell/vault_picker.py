"""The vault picker: on a shared agency workstation, each person served (or each staff
member) can have a vault of their own, and the picker chooses one before anything unlocks.

What it shows is readable by anyone at the computer: a label the user chose and the folder,
never a name from inside a vault. The list lives in QSettings (labels and folders only).
A personal computer with one vault never sees the picker: PeerDesk opens that vault.
"""

from __future__ import annotations

import json
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


@dataclass(frozen=True)
class RecentVault:
    folder: Path
    label: str


class RecentVaults:
    """The recently opened vaults, newest first: (folder, label) pairs in QSettings."""

    def entries(self) -> list[RecentVault]:
        # Stored as one JSON text: QSettings turns a one-item list back into a bare item.
        raw = QSettings().value(RECENT_KEY, "")
        try:
            items = json.loads(raw) if isinstance(raw, str) and raw else []
        except ValueError:
            items = []
        found: list[RecentVault] = []
        for item in items if isinstance(items, list) else []:
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
        data = [{"folder": str(e.folder), "label": e.label} for e in entries]
        QSettings().setValue(RECENT_KEY, json.dumps(data, ensure_ascii=False))


def _key(folder: Path) -> str:
    return str(Path(folder).expanduser().resolve())


def display_label(entry: RecentVault) -> str:
    return entry.label or entry.folder.name


def known_vaults(default: Path, recents: RecentVaults) -> list[RecentVault]:
    """The recent vaults that still exist, and the default folder's vault if it has one."""
    known = [e for e in recents.entries() if is_vault(e.folder)]
    if is_vault(default) and all(_key(e.folder) != _key(default) for e in known):
        known.append(RecentVault(Path(default), ""))
    return known


def needs_picker(default: Path, policy: Policy, recents: RecentVaults) -> bool:
    """Show the picker when there is a real choice, or the one folder is not allowed."""
    known = known_vaults(default, recents)
    if len(known) > 1:
        return True
    target = known[0].folder if known else default
    return not policy.allows_vault_location(target)


def pick_vault(
    default: Path,
    policy: Policy,
    parent: QWidget | None = None,
    recents: RecentVaults | None = None,
    *,
    always: bool = False,
) -> RecentVault | None:
    """The vault to open (folder and label): the one vault there is, or the user's choice.

    None: cancelled. A folder without a vault yet means "create one there" (the wizard).
    ``always``: show the picker even with one vault (File → Open another vault…).
    """
    recents = recents or RecentVaults()
    if not always and not needs_picker(default, policy, recents):
        known = known_vaults(default, recents)
        return known[0] if known else RecentVault(Path(default), recents.label_of(default))
    dialog = VaultPickerDialog(recents, policy, parent, default=default)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen_folder is None:
        return None
    return RecentVault(dialog.chosen_folder, dialog.chosen_label)


def pick_vault_folder(default: Path, policy: Policy, parent: QWidget | None = None) -> Path | None:
    """The folder to open (see :func:`pick_vault`); None when cancelled."""
    picked = pick_vault(default, policy, parent)
    return picked.folder if picked is not None else None


PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 1


class VaultPickerDialog(QDialog):
    def __init__(
        self,
        recents: RecentVaults,
        policy: Policy,
        parent: QWidget | None = None,
        *,
        default: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_VaultPickerDialog()
        self.ui.setupUi(self)
        self.recents = recents
        self.policy = policy
        self.default = default
        self.chosen_folder: Path | None = None
        self.chosen_label = ""
        ui = self.ui
        ui.hintLabel.setProperty("role", "muted")
        ui.policyLabel.setProperty("role", "muted")
        self._open_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Open)
        self._open_button.setAccessibleName(self.tr("Open the selected vault"))
        cancel = ui.buttonBox.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(self.tr("Close PeerDesk without opening a vault"))
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
        if policy.vault_locations is not None:
            ui.policyLabel.setText(self._location_rule())
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

    def _location_rule(self) -> str:
        if self.policy.vault_locations:
            return self.tr("Your organisation allows vaults only in: {folders}").format(
                folders=", ".join(self.policy.vault_locations)
            )
        return self.tr(
            "Your organisation's policy allows no vault folder on this computer until it is "
            "fixed; ask your administrator."
        )

    # -- the list --------------------------------------------------------------------------

    def _entries(self) -> list[RecentVault]:
        entries = self.recents.entries()
        default = self.default
        if (
            default is not None
            and is_vault(default)
            and all(_key(e.folder) != _key(default) for e in entries)
        ):
            entries.append(RecentVault(Path(default), ""))
        return entries

    def _fill(self) -> None:
        self.ui.vaultList.clear()
        for entry in self._entries():
            label = display_label(entry)
            problem = self._problem(entry.folder)
            text = f"{label}\n{entry.folder}" + (f" — {problem}" if problem else "")
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, str(entry.folder))
            item.setData(PROBLEM_ROLE, problem)
            if problem:
                # Still selectable (to rename or remove it), but it does not open.
                item.setForeground(self.palette().placeholderText())
                item.setToolTip(problem)
            item.setData(
                Qt.ItemDataRole.AccessibleTextRole,
                f"{label}, {entry.folder}" + (f", {problem}" if problem else ""),
            )
            self.ui.vaultList.addItem(item)
        for row in range(self.ui.vaultList.count()):
            if not self.ui.vaultList.item(row).data(PROBLEM_ROLE):
                self.ui.vaultList.setCurrentRow(row)
                break
        self._update_buttons()

    def _problem(self, folder: Path) -> str:
        if not self.policy.allows_vault_location(folder):
            return self.tr("not in a folder your organisation allows")
        if not is_vault(folder):
            return self.tr("no vault there any more")
        return ""

    def _current_folder(self) -> Path | None:
        item = self.ui.vaultList.currentItem()
        return None if item is None else Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def _selected(self) -> Path | None:
        item = self.ui.vaultList.currentItem()
        if item is None or item.data(PROBLEM_ROLE):
            return None
        return Path(str(item.data(Qt.ItemDataRole.UserRole)))

    def _update_buttons(self) -> None:
        has_item = self.ui.vaultList.currentItem() is not None
        self._open_button.setEnabled(self._selected() is not None)
        self.ui.renameButton.setEnabled(has_item)
        self.ui.forgetButton.setEnabled(has_item)

    # -- actions ---------------------------------------------------------------------------

    def _open_selected(self) -> None:
        folder = self._selected()
        if folder is not None:
            self._choose(folder, self.recents.label_of(folder))

    def _choose(self, folder: Path, label: str) -> None:
        self.chosen_folder = folder
        self.chosen_label = label
        self.accept()

    def _rename(self) -> None:
        folder = self._current_folder()
        if folder is None:
            return
        label, ok = QInputDialog.getText(
            self,
            self.tr("Rename label"),
            self.tr("A label for this vault (shown before unlocking: no names):"),
            text=self.recents.label_of(folder),
        )
        if ok:
            if any(_key(e.folder) == _key(folder) for e in self.recents.entries()):
                self.recents.rename(folder, label)
            else:  # the default folder's vault, not in the list yet
                self.recents.remember(folder, label)
            self._fill()

    def _forget(self) -> None:
        folder = self._current_folder()
        if folder is None:
            return
        self.recents.forget(folder)
        self._fill()

    def _open_other(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Open a vault folder"))
        if folder:
            self.open_folder(Path(folder))

    def open_folder(self, path: Path) -> bool:
        """Open the vault in ``path`` (after "Open another…"); False if refused."""
        if not self._allowed(path):
            return False
        if not is_vault(path):
            QMessageBox.information(
                self,
                self.tr("No vault there"),
                self.tr("That folder holds no PeerDesk vault. Choose “Create a new vault…”."),
            )
            return False
        self._choose(path, self.recents.label_of(path))
        return True

    def _create(self) -> None:
        label, ok = QInputDialog.getText(
            self,
            self.tr("Create a new vault"),
            self.tr("A label for the new vault (shown before unlocking: no names):"),
        )
        if not ok:
            return
        parent = QFileDialog.getExistingDirectory(self, self.tr("Choose where the new vault goes"))
        if parent:
            self.create_in(Path(parent), label)

    def create_in(self, parent: Path, label: str) -> bool:
        """Choose a new vault folder in ``parent`` (the wizard creates it); False if refused."""
        folder = _new_vault_folder(parent)
        if not self._allowed(folder):
            return False
        self._choose(folder, label.strip()[:LABEL_MAX])
        return True

    def _allowed(self, folder: Path) -> bool:
        if self.policy.allows_vault_location(folder):
            return True
        QMessageBox.warning(self, self.tr("Not allowed here"), self._location_rule())
        return False


def _new_vault_folder(parent: Path) -> Path:
    """An empty folder chosen as it is; otherwise a numbered "PeerDesk vault" inside it."""
    if parent.is_dir() and not any(parent.iterdir()):
        return parent
    for n in range(1, 1000):
        name = QCoreApplication.translate("VaultPicker", "PeerDesk vault") + (
            "" if n == 1 else f" {n}"
        )
        candidate = parent / name
        if not candidate.exists():
            return candidate
    raise OSError("no free folder name")
