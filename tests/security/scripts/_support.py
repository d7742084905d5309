"""Shared by the child-process scripts: open a vault the way the app does."""

from __future__ import annotations

import sys
from pathlib import Path

from peerdesk.services.session import Services, start_session
from peerdesk.vault.vault import Vault


def say(line: str) -> None:
    """One line to the parent, flushed at once (the parent reads acknowledgements)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def open_session(folder: str, passphrase: str) -> Services:
    vault = Vault.open(Path(folder))
    vault.unlock_with_passphrase(passphrase)
    return start_session(vault)
