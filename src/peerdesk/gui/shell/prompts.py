"""Small questions the shell asks, built here so the tests and the accessibility walk can
show them as a person meets them."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def backup_file_texts(suffix: str) -> tuple[str, str]:
    """Restore from a backup: the file chooser's title and its filter (``*<suffix>``)."""
    return (
        QCoreApplication.translate("AppController", "Restore from a backup"),
        QCoreApplication.translate("AppController", "PeerDesk backups (*{suffix})").format(
            suffix=suffix
        ),
    )


def backup_passphrase_texts() -> tuple[str, str]:
    """Restore from a backup: the title and label of the passphrase question (asked with
    ``QInputDialog.getText`` in Password echo: the label is the field's buddy, so a screen
    reader says it; the field's accessible text never holds what is typed)."""
    return (
        QCoreApplication.translate("AppController", "Passphrase of the backup"),
        QCoreApplication.translate(
            "AppController", "The passphrase that was in use when this backup was made:"
        ),
    )


def new_recovery_code_box(parent: QWidget | None, code: str) -> QMessageBox:
    """The new recovery code, shown once, selectable so it can be copied by hand."""
    box = QMessageBox(parent)
    box.setWindowTitle(QCoreApplication.translate("AppController", "Your new recovery code"))
    box.setTextFormat(Qt.TextFormat.PlainText)
    groups = code.split("-")
    # Two lines of four groups: one unbroken 39-character word does not fit a message box
    # at a large font. Typed back with the line break, it still works (any separator does).
    shown = "\n".join("-".join(groups[i : i + 4]) for i in range(0, len(groups), 4))
    box.setText(
        shown
        + "\n\n"
        + QCoreApplication.translate(
            "AppController", "Write it down and keep it somewhere safe: it is shown only once."
        )
    )
    box.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    return box
