"""The app's own operations, run on the power-cut filesystem until the parent kills us.

Usage: powercut_child.py MODE VAULT PASSPHRASE [ARG]. Modes, each through the services:
- ``write COUNT``: COUNT journal entries with ``JournalService.create``; ``ACK <id>``
  after each returned (the transaction committed);
- ``rotate``: ``Vault.rotate_data_key`` (prints ``CODE <recovery code>`` when done);
- ``passphrase NEW``: ``Vault.change_passphrase`` to NEW;
- ``backup TARGET``: ``BackupService.backup_to(TARGET)``;
- ``restore BACKUP``: ``restore_backup`` of BACKUP into the (locked) vault.
``DONE`` when the operation returned. With ``PEERDESK_PAUSE_AT=before:N`` or ``after:N``
the N-th ``os.replace`` of the operation prints ``PAUSED`` before or after it happens and
waits to be killed: the moment around an atomic rename, hit deliberately.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from _support import exclusive_locking_if_asked, open_session, say

from peerdesk.services.backup import restore_backup
from peerdesk.services.journal.model import EntryFields
from peerdesk.vault.keys import calibrate_kdf
from peerdesk.vault.vault import Vault


def pause_at_rename() -> None:
    spec = os.environ.get("PEERDESK_PAUSE_AT")
    if not spec:
        return
    when, _, number = spec.partition(":")
    wanted = int(number)
    real_replace = os.replace
    calls = 0

    def replace(src: object, dst: object) -> None:
        nonlocal calls
        calls += 1
        if calls == wanted and when == "before":
            say("PAUSED")
            time.sleep(3600)
        real_replace(src, dst)  # type: ignore[arg-type]
        if calls == wanted and when == "after":
            say("PAUSED")
            time.sleep(3600)

    os.replace = replace  # type: ignore[assignment]


def main() -> None:
    mode, folder, passphrase = sys.argv[1], sys.argv[2], sys.argv[3]
    arg = sys.argv[4] if len(sys.argv) > 4 else ""
    exclusive_locking_if_asked()
    kdf = calibrate_kdf(0.005)
    if mode == "restore":
        vault = Vault.open(Path(folder))
        say("READY")
        pause_at_rename()
        restore_backup(vault, Path(arg), passphrase)
        say("DONE")
        return
    services = open_session(folder, passphrase)
    say("READY")
    pause_at_rename()
    if mode == "write":
        for i in range(int(arg)):
            entry_id = services.journal.create(
                EntryFields(title=f"power {i}", body=f"written before the cut, number {i} " * 8)
            )
            say(f"ACK {entry_id}")
    elif mode == "rotate":
        code = services.vault.rotate_data_key(passphrase, kdf=kdf)
        say(f"CODE {code}")
    elif mode == "passphrase":
        services.vault.change_passphrase(passphrase, arg, kdf=kdf)
    elif mode == "backup":
        services.backups.backup_to(Path(arg))
    else:
        raise SystemExit(f"unknown mode {mode}")
    say("DONE")


if __name__ == "__main__":
    main()
