"""Import preview: every card in the file as new / already here / changed, the changed ones
side by side with mine, and the user's choice for each. Nothing is written before OK."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QMessageBox, QWidget

from peerdesk.gui.common import accessibility
from peerdesk.gui.common.long_work import LongWork
from peerdesk.gui.forms.ui_library_import_dialog import Ui_LibraryImportDialog
from peerdesk.i18n import QT_TRANSLATE_NOOP
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

CONTEXT = "LibraryImportDialog"
# The English words, marked for lupdate; shown with _t() (translated when shown).
MATCH_LABELS = {
    Match.NEW: QT_TRANSLATE_NOOP("LibraryImportDialog", "New"),
    Match.EXISTING: QT_TRANSLATE_NOOP("LibraryImportDialog", "Already here"),
    Match.CHANGED: QT_TRANSLATE_NOOP("LibraryImportDialog", "Changed"),
}
ACTION_LABELS = {
    Action.ADD: QT_TRANSLATE_NOOP("LibraryImportDialog", "Add to my library"),
    Action.SKIP: QT_TRANSLATE_NOOP("LibraryImportDialog", "Keep mine (skip)"),
    Action.REPLACE: QT_TRANSLATE_NOOP("LibraryImportDialog", "Take the file's version"),
}
CHANGED_ADD_LABEL = QT_TRANSLATE_NOOP(
    "LibraryImportDialog", "Add the file's version as another card"
)
NOTHING_TO_DO = QT_TRANSLATE_NOOP("LibraryImportDialog", "Nothing to do")


FIELD_NAMES = {
    "title": QT_TRANSLATE_NOOP("LibraryImportDialog", "title"),
    "category": QT_TRANSLATE_NOOP("LibraryImportDialog", "category"),
    "summary": QT_TRANSLATE_NOOP("LibraryImportDialog", "summary"),
    "duration_minutes": QT_TRANSLATE_NOOP("LibraryImportDialog", "how long it takes"),
    "tags": QT_TRANSLATE_NOOP("LibraryImportDialog", "tags"),
    "warning_signs": QT_TRANSLATE_NOOP("LibraryImportDialog", "warning signs"),
    "source": QT_TRANSLATE_NOOP("LibraryImportDialog", "source"),
    "steps": QT_TRANSLATE_NOOP("LibraryImportDialog", "steps"),
    "when_to_use": QT_TRANSLATE_NOOP("LibraryImportDialog", "when to use it"),
}


def _t(text: str) -> str:
    """A marked (QT_TRANSLATE_NOOP) English text, in the user's language."""
    return QCoreApplication.translate(CONTEXT, text)


def differences(mine: CardContent, theirs: CardContent) -> list[str]:
    a, b = mine.normalized(), theirs.normalized()
    return [
        _t(name) for field, name in FIELD_NAMES.items() if getattr(a, field) != getattr(b, field)
    ]


def content_text(content: CardContent, differs: list[str] | None = None) -> str:
    """A card as plain text, for comparing two versions side by side."""

    lines = (
        [
            QCoreApplication.translate("LibraryImportDialog", "Differs in: {fields}").format(
                fields=", ".join(differs)
            ),
            "",
        ]
        if differs
        else []
    )
    minutes = str(content.duration_minutes) if content.duration_minutes else "-"
    lines += [
        QCoreApplication.translate("LibraryImportDialog", "Title: {text}").format(
            text=content.title
        ),
        QCoreApplication.translate("LibraryImportDialog", "Category: {text}").format(
            text=content.category
        ),
        QCoreApplication.translate("LibraryImportDialog", "Summary: {text}").format(
            text=content.summary
        ),
        QCoreApplication.translate("LibraryImportDialog", "Takes: {minutes} min").format(
            minutes=minutes
        ),
        QCoreApplication.translate("LibraryImportDialog", "Tags: {text}").format(
            text=", ".join(content.tags)
        ),
        QCoreApplication.translate("LibraryImportDialog", "Warning signs: {text}").format(
            text=", ".join(content.warning_signs)
        ),
        QCoreApplication.translate("LibraryImportDialog", "Source: {text}").format(
            text=content.source
        ),
        "",
        QCoreApplication.translate("LibraryImportDialog", "Steps:"),
        content.steps,
        "",
        QCoreApplication.translate("LibraryImportDialog", "When to use it:"),
        content.when_to_use,
    ]
    return "\n".join(lines)


class ImportPreviewModel(QAbstractTableModel):
    """Rows: the file's cards. Columns: title, what it is, what will happen."""

    HEADERS = (
        QT_TRANSLATE_NOOP("LibraryImportDialog", "Card"),
        QT_TRANSLATE_NOOP("LibraryImportDialog", "In my library"),
        QT_TRANSLATE_NOOP("LibraryImportDialog", "What will happen"),
    )

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
            return _t(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.preview.items):
            return None
        item = self.preview.items[index.row()]
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # The whole row in one sentence: "Box breathing: Changed, Keep mine (skip)".
            return QCoreApplication.translate(
                "LibraryImportDialog", "{title}: {match}, {action}"
            ).format(
                title=item.incoming.content.title,
                match=_t(MATCH_LABELS[item.match]),
                action=action_label(item, self.actions[item.incoming.id]),
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if index.column() == 0:
            return item.incoming.content.title
        if index.column() == 1:
            return _t(MATCH_LABELS[item.match])
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
        return _t(CHANGED_ADD_LABEL)
    if item.match is Match.EXISTING:
        return _t(NOTHING_TO_DO)
    return _t(ACTION_LABELS[action])


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
        accessibility.name(view, self.tr("Cards in the file"))
        accessibility.name(self.ui.mineView, self.tr("The card in my library"))
        accessibility.name(self.ui.theirsView, self.tr("The card in the file"))
        for text in (self.ui.mineView, self.ui.theirsView):
            text.setTabChangesFocus(True)  # read-only: Tab goes on, it never types
        self.ui.actionCombo.activated.connect(self._action_chosen)
        self.ui.splitter.setSizes([440, 520])
        self.ui.summaryLabel.setText(
            self.tr(
                "{file}: %n card(s) — {new} new, {here} already in your library, "
                "{changed} different from yours. Choose a card to see it; for changed cards, "
                "choose which version to keep.",
                "",
                len(preview.items),
            ).format(
                file=path.name,
                new=preview.count(Match.NEW),
                here=preview.count(Match.EXISTING),
                changed=preview.count(Match.CHANGED),
            )
        )
        self.ui.personalCheck.setVisible(preview.has_personal)
        personal = preview.file.personal
        if personal is not None and preview.has_personal:
            self.ui.personalCheck.setText(
                self.tr(
                    "Also import the &personal data in this file ({uses}, {items}, {favourites})"
                ).format(
                    uses=self.tr("%n use log(s)", "", len(personal.uses)),
                    items=self.tr("%n crisis plan item(s)", "", len(personal.crisis_plan)),
                    favourites=self.tr("%n favourite(s)", "", len(personal.favourites)),
                )
            )
        ok = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Import"))
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
            content_text(item.current.content, differs)
            if item.current
            else self.tr("(not in your library)")
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
                self,
                self.tr("Import"),
                self.tr("{file} could not be imported: {reason}. Nothing changed.").format(
                    file=self._path.name, reason=exc
                ),
            )
            return
        if result is None:  # cancelled: rolled back, the vault is as before
            return
        self.import_result = result
        from peerdesk.gui.common.policy_ui import record_import

        record_import(self._services, "library", "json", self._path)
        self.accept()
