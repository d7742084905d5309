"""The one dialog an area page has open, kept as an encrypted draft when the vault locks.

Dialogs open window-modal without a nested event loop. When one is accepted its values go
to the page's save function; errors the user can act on are shown, not raised. The shell
rejects open dialogs just before it asks for drafts, so the dialog is forgotten only on the
next turn of the event loop and :meth:`DraftDialogs.draft` can still read it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget

Save = Callable[[dict[str, Any], dict[str, Any]], None]


class DraftableDialog(Protocol):
    def values(self) -> dict[str, Any]: ...


class DraftDialogs:
    def __init__(
        self,
        parent: QWidget,
        *,
        attached: Callable[[], bool],
        errors: tuple[type[Exception], ...],
    ) -> None:
        self._parent = parent
        self._attached = attached
        self._errors = errors
        self._open: tuple[str, dict[str, Any], QDialog] | None = None

    def open(self, kind: str, context: dict[str, Any], dialog: QDialog, save: Save) -> None:
        """Show ``dialog``; on OK, ``save(context, dialog.values())``."""
        self.forget()
        self._open = (kind, context, dialog)

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and self._attached():
                try:
                    save(context, dialog.values())  # type: ignore[attr-defined]
                except self._errors as exc:
                    title = QCoreApplication.translate("DraftDialogs", "Not saved")
                    QMessageBox.warning(self._parent, title, str(exc))
            # Still readable by draft() if this "finish" was the shell locking the vault.
            # (The dialog as context: no call if it was deleted meanwhile.)
            QTimer.singleShot(0, dialog, lambda: self._drop(dialog))

        dialog.finished.connect(finished)
        dialog.open()

    def current(self) -> QDialog | None:
        return self._open[2] if self._open is not None else None

    def draft(self) -> dict[str, Any] | None:
        """What to bring back after an unlock: the kind, its context and the typed values."""
        if self._open is None:
            return None
        kind, context, dialog = self._open
        values = dialog.values()  # type: ignore[attr-defined]
        return {"kind": kind, "context": context, "values": values}

    def forget(self) -> None:
        """Close the open dialog without saving (lock, or another dialog opening)."""
        if self._open is not None:
            dialog = self._open[2]
            self._open = None
            dialog.blockSignals(True)
            dialog.reject()
            dialog.deleteLater()

    def _drop(self, dialog: QDialog) -> None:
        if self._open is not None and self._open[2] is dialog:
            self._open = None
        dialog.deleteLater()
