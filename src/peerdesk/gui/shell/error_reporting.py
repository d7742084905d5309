"""What the person sees when something fails inside a Qt slot.

An exception escaping a slot would otherwise print a traceback (which can quote user text)
and vanish. Here a vault problem — a full disk, a damaged page — is shown in its own plain
words; anything else gets a calm, general message. stderr only ever gets the exception's
type and where it happened, never its message: no user content in crash output.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

import peewee
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QAbstractButton, QApplication, QMessageBox, QWidget

from peerdesk import APP_NAME
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.vault.errors import VaultError

DAMAGED = QT_TRANSLATE_NOOP(
    "ErrorReporting",
    "Part of the vault file could not be read: it may be damaged. Your last change may not "
    "have been saved. Run “Back up now” if you can, then lock PeerDesk and choose "
    "“Restore from a backup…”.",
)
UNEXPECTED = QT_TRANSLATE_NOOP(
    "ErrorReporting",
    "Something went wrong, and the last action may not have finished. Everything saved "
    "before it is safe. If it happens again, lock and unlock PeerDesk.",
)


DAMAGED_WITH_OFFER = QT_TRANSLATE_NOOP(
    "ErrorReporting",
    "Part of the vault file could not be read: it may be damaged. Your last change may not "
    "have been saved. A backup can put the vault back as it was when the backup was made.",
)

# Set by the app: locks the vault, then asks which backup to restore (None: not offered).
_restore_offer: Callable[[], None] | None = None


def set_restore_offer(callback: Callable[[], None] | None) -> None:
    global _restore_offer
    _restore_offer = callback


def is_damage(error: BaseException) -> bool:
    if isinstance(error, peewee.DatabaseError) and not isinstance(error, VaultError):
        text = str(error).lower()
        return any(word in text for word in ("malformed", "hmac", "not a database", "corrupt"))
    return False


def message_for(error: BaseException) -> str:
    """What to tell the person, in the window's language (a vault error is already)."""
    if isinstance(error, VaultError):
        return str(error)
    if is_damage(error):
        return QCoreApplication.translate("ErrorReporting", DAMAGED)
    return QCoreApplication.translate("ErrorReporting", UNEXPECTED)


def restore_offer_box(parent: QWidget | None) -> tuple[QMessageBox, QAbstractButton]:
    """The question asked when damage is found while reading, and its "restore" button."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(QCoreApplication.translate("ErrorReporting", DAMAGED_WITH_OFFER))
    restore = box.addButton(
        QCoreApplication.translate("ErrorReporting", "Lock and &restore from a backup…"),
        QMessageBox.ButtonRole.AcceptRole,
    )
    restore.setAccessibleName(
        QCoreApplication.translate("ErrorReporting", "Lock and restore from a backup")
    )
    later = box.addButton(QMessageBox.StandardButton.Close)
    later.setAccessibleName(QCoreApplication.translate("ErrorReporting", "Close"))
    box.setDefaultButton(restore)
    box.setEscapeButton(later)
    return box, restore


def ask_to_restore(parent: QWidget | None) -> bool:
    """Damage found while reading: offer restore right here. True when the person chose it."""
    box, restore = restore_offer_box(parent)
    box.exec()
    return box.clickedButton() is restore


def _where(tb: TracebackType | None) -> str:
    frames = traceback.extract_tb(tb)
    if not frames:
        return "unknown place"
    last = frames[-1]
    return f"{last.filename}:{last.lineno} in {last.name}"


def report_unhandled(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    print(f"peerdesk: unhandled {kind.__name__} at {_where(tb)}", file=sys.stderr)
    app = QApplication.instance()
    if isinstance(app, QApplication):
        offer = _restore_offer
        if is_damage(error) and offer is not None:
            if ask_to_restore(app.activeWindow()):
                offer()
            return
        QMessageBox.warning(app.activeWindow(), APP_NAME, message_for(error))


def install() -> None:
    sys.excepthook = report_unhandled
