"""Create a vault so the parent can kill us part-way (docs/SECURITY.md: creation kills).

Usage: creator.py VAULT PASSPHRASE [kill-before-keys | kill-mid-move]
``kill-before-keys``: SIGKILL ourselves right before keys.json is written (peerdesk.db is
already there): the window that used to leave a folder that neither opened nor could be
created again. ``kill-mid-move``: SIGKILL after the database moved into a folder that
already held other files, before keys.json followed. Prints ``READY`` then ``DONE``.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from _support import say

from peerdesk.vault import vault as vault_module
from peerdesk.vault.keys import KeyFile, calibrate_kdf
from peerdesk.vault.vault import Vault


def _die_before_keys() -> None:
    def save(self: KeyFile, path: Path) -> None:
        os.kill(os.getpid(), signal.SIGKILL)

    KeyFile.save = save  # type: ignore[method-assign]


def _die_mid_move() -> None:
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        real_replace(src, dst)  # type: ignore[arg-type]
        if str(dst).endswith("peerdesk.db"):
            os.kill(os.getpid(), signal.SIGKILL)

    vault_module.os.replace = replace  # type: ignore[assignment]


def main() -> None:
    folder, passphrase = Path(sys.argv[1]), sys.argv[2]
    mode = sys.argv[3:]
    if mode == ["kill-before-keys"]:
        _die_before_keys()
    elif mode == ["kill-mid-move"]:
        _die_mid_move()
    kdf = calibrate_kdf(0.02)
    say("READY")
    vault, _code = Vault.create(folder, passphrase, kdf=kdf)
    vault.close()
    say("DONE")


if __name__ == "__main__":
    main()
