"""Restore a backup, but die by SIGKILL right after the K-th file move of the swap.

Usage: restorer.py VAULT BACKUP PASSPHRASE K   (K = 0: let it finish)
Deterministic fault injection: os.replace is wrapped so the process kills itself with
no clean-up at exactly that point (a crash; test_power_cut.py covers power loss).
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from _support import say

from peerdesk.services.backup import restore_backup
from peerdesk.vault.vault import Vault


def main() -> None:
    folder, backup, passphrase, k = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    real_replace = os.replace
    moves = 0

    def replace_then_maybe_die(src: object, dst: object) -> None:
        nonlocal moves
        real_replace(src, dst)  # type: ignore[arg-type]
        moves += 1
        if moves == k:
            os.kill(os.getpid(), signal.SIGKILL)

    vault = Vault.open(Path(folder))
    os.replace = replace_then_maybe_die  # type: ignore[assignment]
    restore_backup(vault, Path(backup), passphrase)
    os.replace = real_replace
    vault.close()
    say(f"DONE after {moves} moves")


if __name__ == "__main__":
    main()
