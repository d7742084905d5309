"""Shared by the child-process scripts: open a vault the way the app does."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from _faults import apply_fault_from_env

from peerdesk.services.session import Services, start_session
from peerdesk.vault.vault import Vault

apply_fault_from_env()  # a deliberate fault under test, if any (test_deliberate_faults.py)


def say(line: str) -> None:
    """One line to the parent, flushed at once (the parent reads acknowledgements)."""
    sys.stdout.write(line + "\n")
    sys.stdout.flush()


def open_session(folder: str, passphrase: str) -> Services:
    vault = Vault.open(Path(folder))
    vault.unlock_with_passphrase(passphrase)
    return start_session(vault)


def exclusive_locking_if_asked() -> None:
    """On the power-cut filesystem: WAL with ``locking_mode=EXCLUSIVE`` (no mmap'ed -shm).

    FUSE with ``direct_io`` offers no shared writable mmap, which SQLite's WAL index
    needs; in exclusive mode SQLite keeps that index in heap memory. What reaches the
    disk, and when it is fsynced, is the same.
    """
    import os

    if os.environ.get("PEERDESK_EXCLUSIVE_LOCKING") != "1":
        return
    from peerdesk.vault import database

    database.CONNECTION_PRAGMAS = (("locking_mode", "EXCLUSIVE"), *database.CONNECTION_PRAGMAS)
