"""Import preview: every card in the file as new / already here / changed, the changed ones
side by side with mine, and the user's choice for each. Nothing is written before OK."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from peerdesk.gui.common.long_work import LongWork
from peerdesk.gui.forms.ui_library_import_dialog import Ui_LibraryImportDialog
from peerdesk.services.library import CardContent
from peerdesk.services.library.formats.importing import (
    Action,
    ImportPreview,
    ImportResult,
    Match,
    PreviewItem,
    import_steps,
)
from peerdesk.services.session import Services
from peerdesk.vault.errors import VaultError

Index = QModelIndex | QPersistentModelIndex

MATCH_LABELS = {
    Match.NEW: "New",
    Match.EXISTING: "Already here",
    Match.CHANGED: "Changed",
}
ACTION_LABELS = {
    Action.ADD: "Add to my library",
    Action.SKIP: "Keep mine (skip)",
    Action.REPLACE: "Take the file's version",
}
CHANGED_ADD_LABEL = "Add the file's version as another card"


FIELD_NAMES = {
    "title": "title",
    "category": "category",
    "summary": "summary",
    "duration_minutes": "how long it takes",
    "tags": "tags",
    "warning_signs": "warning signs",
    "source": "source",
    "steps": "steps",
    "when_to_use": "when to use it",
}


def differences(mine: CardContent, theirs: CardContent) -> list[str]:
    a, b = mine.normalized(), theirs.normalized()
    return [name for field, name in FIELD_NAMES.items() if getattr(a, field) != getattr(b, field)]


def content_text(content: CardContent, differs: list[str] | None = None) -> str:
    """A card as plain text, for comparing two versions side by side."""
    lines = [f"Differs in: {', '.join(differs)}", ""] if differs else []
    lines += [
        f"Title: {content.title}",
        f"Category: {content.category}",
        f"Summary: {content.summary}",
        f"Takes: {content.duration_minutes or '-'} min",
        f"Tags: {', '.join(content.tags)}",
        f"Warning signs: {', '.join(content.warning_signs)}",
        f"Source: {content.source}",
        "",
        "Steps:",
        content.steps,
        "",
        "When to use it:",
        content.when_to_use,
    ]
    return "\n".join(lines)


class ImportPreviewModel(QAbstractTableModel):
    """Rows: the file's cards. Columns: title, what it is, what will happen."""

    HEADERS = ("Card", "In my library", "What will happen")

    def __init__(self, preview: ImportPreview, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.preview = preview
        self.actions: dict[str, Action] = {i.incoming.id: i.default_action for i in preview.items}

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.preview.items)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self.HEADERS)
        ):
            return self.HEADERS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.preview.items):
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        item = self.preview.items[index.row()]
        if index.column() == 0:
            return item.incoming.content.title
        if index.column() == 1:
            return MATCH_LABELS[item.match]
        return action_label(item, self.actions[item.incoming.id])

    def item_at(self, row: int) -> PreviewItem:
        return self.preview.items[row]

    def set_action(self, row: int, action: Action) -> None:
        item = self.preview.items[row]
        if action not in item.allowed_actions:
            return
        self.actions[item.incoming.id] = action
        index = self.index(row, 2)
        self.dataChanged.emit(index, index)


def action_label(item: PreviewItem, action: Action) -> str:
    if action is Action.ADD and item.match is Match.CHANGED:
        return CHANGED_ADD_LABEL
    if item.match is Match.EXISTING:
        return "Nothing to do"
    return ACTION_LABELS[action]


class LibraryImportDialog(QDialog):
    def __init__(
        self, services: Services, preview: ImportPreview, path: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ui = Ui_LibraryImportDialog()
        self.ui.setupUi(self)
        self.ui.summaryLabel.setWordWrap(True)
        self.ui.dialogLayout.setStretch(1, 1)
        self._services = services
        self._path = path
        self.model = ImportPreviewModel(preview, self)
        self.import_result: ImportResult | None = None
        view = self.ui.itemView
        view.setModel(self.model)
        view.verticalHeader().hide()
        view.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        view.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        view.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        view.selectionModel().selectionChanged.connect(self._selected)
        self.ui.actionCombo.activated.connect(self._action_chosen)
        self.ui.splitter.setSizes([440, 520])
        counts = (
            f"{preview.count(Match.NEW)} new, {preview.count(Match.EXISTING)} already in your "
            f"library, {preview.count(Match.CHANGED)} different from yours."
        )
        self.ui.summaryLabel.setText(
            f"{path.name}: {len(preview.items)} cards — {counts} Choose a card to see it; "
            "for changed cards, choose which version to keep."
        )
        self.ui.personalCheck.setVisible(preview.has_personal)
        personal = preview.file.personal
        if personal is not None and preview.has_personal:
            self.ui.personalCheck.setText(
                f"Also import the personal data in this file ({len(personal.uses)} use logs, "
                f"{len(personal.crisis_plan)} crisis plan items, {len(personal.favourites)} "
                "favourites)"
            )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText("Import")
        self.ui.buttonBox.accepted.connect(self._import)
        self.ui.buttonBox.rejected.connect(self.reject)
        if preview.items:
            view.selectRow(0)
        else:
            self._show(None)

    def _selected(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = {i.row() for i in selected.indexes()}
        self._show(min(rows) if rows else None)

    def _show(self, row: int | None) -> None:
        self.ui.actionCombo.clear()
        if row is None:
            self.ui.mineView.clear()
            self.ui.theirsView.clear()
            self.ui.actionCombo.setEnabled(False)
            return
        item = self.model.item_at(row)
        differs = differences(item.current.content, item.incoming.content) if item.current else None
        self.ui.theirsView.setPlainText(content_text(item.incoming.content, differs))
        self.ui.mineView.setPlainText(
            content_text(item.current.content, differs) if item.current else "(not in your library)"
        )
        for action in item.allowed_actions:
            self.ui.actionCombo.addItem(action_label(item, action), action.value)
        current = self.model.actions[item.incoming.id]
        self.ui.actionCombo.setCurrentIndex(max(0, self.ui.actionCombo.findData(current.value)))
        self.ui.actionCombo.setEnabled(len(item.allowed_actions) > 1)

    def _action_chosen(self, position: int) -> None:
        rows = self.ui.itemView.selectionModel().selectedRows()
        if not rows:
            return
        value = self.ui.actionCombo.itemData(position)
        self.model.set_action(rows[0].row(), Action(value))

    def _import(self) -> None:
        steps = import_steps(
            self._services.library,
            self._services.crisis_plan,
            self.model.preview,
            self._path.name,
            actions=self.model.actions,
            include_personal=self.ui.personalCheck.isChecked(),
        )
        # A progress dialog with Cancel; the window keeps repainting (gui/common/long_work).
        self.work = LongWork(steps, self.tr("Importing strategy cards…"), self)
        try:
            result = self.work.run()
        except (ValueError, LookupError, VaultError) as exc:
            QMessageBox.warning(
                self, "Import", f"{self._path.name} could not be imported: {exc}. Nothing changed."
            )
            return
        if result is None:  # cancelled: rolled back, the vault is as before
            return
        self.import_result = result
        from peerdesk.gui.common.policy_ui import record_import

        record_import(self._services, "library", "json", self._path)
        self.accept()
