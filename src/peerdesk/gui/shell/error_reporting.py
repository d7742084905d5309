"""What the person sees when something fails inside a Qt slot.

An exception escaping a slot would otherwise print a traceback (which can quote user text)
and vanish. Here a vault problem — a full disk, a damaged page — is shown in its own plain
words; anything else gets a calm, general message. stderr only ever gets the exception's
type and where it happened, never its message: no user content in crash output.
"""

from __future__ import annotations

import sys
import traceback
from types import TracebackType

import peewee
from PySide6.QtWidgets import QApplication, QMessageBox

from peerdesk import APP_NAME
from peerdesk.vault.errors import VaultError

DAMAGED = (
    "Part of the vault file could not be read: it may be damaged. Your last change may not "
    "have been saved. Run “Back up now” if you can, then lock PeerDesk and choose "
    "“Restore from a backup…”."
)
UNEXPECTED = (
    "Something went wrong, and the last action may not have finished. Everything saved "
    "before it is safe. If it happens again, lock and unlock PeerDesk."
)


def message_for(error: BaseException) -> str:
    if isinstance(error, VaultError):
        return str(error)
    if isinstance(error, peewee.DatabaseError):
        text = str(error).lower()
        if any(word in text for word in ("malformed", "hmac", "not a database", "corrupt")):
            return DAMAGED
    return UNEXPECTED


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
        QMessageBox.warning(app.activeWindow(), APP_NAME, message_for(error))


def install() -> None:
    sys.excepthook = report_unhandled
