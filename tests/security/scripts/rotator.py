"""Rotate the data key (or change the passphrase) so the parent can kill us part-way.

Usage: rotator.py rotate VAULT PASSPHRASE [kill-after-rename]
       rotator.py passwd VAULT OLD NEW [kill-before-rename|kill-after-rename]
``kill-after-rename``: SIGKILL ourselves right after the re-encrypted file replaced
peerdesk.db (before keys.json makes the new key current): the narrowest window there is.
Prints ``PENDING`` from the rotation hook (keys.json holds the new key as pending; the
rekey has not started), ``CODE <recovery code>`` and ``DONE`` when finished.
"""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from _support import say

from peerdesk.vault.keys import calibrate_kdf
from peerdesk.vault.vault import Vault


def _die_after_the_rename() -> None:
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        real_replace(src, dst)  # type: ignore[arg-type]
        if str(src).endswith(".rotating"):
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace  # type: ignore[assignment]


def _die_around_the_key_file_rename(when: str) -> None:
    """SIGKILL right before or right after keys.json is replaced."""
    real_replace = os.replace

    def replace(src: object, dst: object) -> None:
        if when == "kill-before-rename" and str(dst).endswith("keys.json"):
            os.kill(os.getpid(), signal.SIGKILL)
        real_replace(src, dst)  # type: ignore[arg-type]
        if when == "kill-after-rename" and str(dst).endswith("keys.json"):
            os.kill(os.getpid(), signal.SIGKILL)

    os.replace = replace  # type: ignore[assignment]


def main() -> None:
    action, folder = sys.argv[1], Path(sys.argv[2])
    vault = Vault.open(folder)
    kdf = calibrate_kdf(0.02)
    if action == "rotate":
        passphrase = sys.argv[3]
        if sys.argv[4:] == ["kill-after-rename"]:
            _die_after_the_rename()
        vault.unlock_with_passphrase(passphrase)
        say("READY")
        code = vault.rotate_data_key(
            passphrase, kdf=kdf, after_pending_saved=lambda: say("PENDING")
        )
        say(f"CODE {code}")
    else:
        old, new = sys.argv[3], sys.argv[4]
        if sys.argv[5:]:
            _die_around_the_key_file_rename(sys.argv[5])
        say("READY")
        vault.change_passphrase(old, new, kdf=kdf)
    vault.close()
    say("DONE")


if __name__ == "__main__":
    main()
