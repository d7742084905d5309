"""A second process on the same vault is refused with a clear message, and changes nothing."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from _trials import expect_line
from conftest import PASSPHRASE, assert_unchanged, child_env, snapshot, start_script

from peerdesk.vault.errors import VaultInUseError
from peerdesk.vault.vault import Vault


@pytest.fixture
def closed_vault(new_vault: tuple[Vault, str]) -> Path:
    vault, _code = new_vault
    vault.close()
    return vault.folder


def test_second_process_is_refused_while_the_first_holds_the_vault(
    closed_vault: Path, tmp_path: Path
) -> None:
    holder = start_script("holder", str(closed_vault), PASSPHRASE)
    try:
        expect_line(holder, "READY")
        before = snapshot(closed_vault)

        with pytest.raises(VaultInUseError) as caught:
            Vault.open(closed_vault)
        assert "already open in another PeerDesk window or command" in str(caught.value)
        assert caught.value.path == closed_vault

        # The command line says the same in one line on stderr, and fails.
        passphrase_file = tmp_path / "pass.txt"
        passphrase_file.write_text(PASSPHRASE + "\n")
        done = subprocess.run(
            [
                sys.executable,
                "-m",
                "peerdesk",
                "vault",
                "check",
                "--vault",
                str(closed_vault),
                "--passphrase-file",
                str(passphrase_file),
            ],
            capture_output=True,
            text=True,
            env=child_env(),
            timeout=60,
            check=False,
        )
        assert done.returncode == 1
        assert done.stdout == ""
        lines = done.stderr.strip().splitlines()
        assert len(lines) == 1, done.stderr
        assert str(closed_vault) in lines[0]
        assert "already open in another PeerDesk window or command" in lines[0]
        assert_unchanged(before, closed_vault)
    finally:
        holder.kill()
        holder.communicate()

    # kill -9 releases the claim: no stale lock file keeps the owner out.
    vault = Vault.open(closed_vault)
    vault.unlock_with_passphrase(PASSPHRASE)
    assert vault.database.integrity_problems() == []
    vault.close()
