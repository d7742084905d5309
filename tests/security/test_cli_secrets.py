"""The secret commands from the command line, on vaults that hold data.

``vault recover`` (a forgotten passphrase), ``vault new-recovery-code``, ``vault
rotate-key`` and ``search --limit``, each run as the real command in a child process on a
vault with entries: the data is all there afterwards, the old secret stops working where
it should and the new one works.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures, child_env

from peerdesk.services.journal.model import EntryFields
from peerdesk.services.session import end_session, start_session
from peerdesk.vault.errors import WrongSecretError
from peerdesk.vault.keys import KdfParams, KeyFile
from peerdesk.vault.vault import Vault

ROWS = 25
DEFAULT_LIMIT = 20  # search's default --limit
_CODE = re.compile(r"^\s+([0-9A-Z]{4}(?:-[0-9A-Z]{4}){7})\s*$", re.MULTILINE)


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    env = child_env(QT_QPA_PLATFORM="offscreen")
    return subprocess.run(
        [sys.executable, "-m", "peerdesk", *args],
        capture_output=True, text=True, env=env, timeout=120, check=False,
    )  # fmt: skip


@pytest.fixture
def vault_with_data(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    for i in range(ROWS):
        services.journal.create(EntryFields(title=f"walk {i}", body=f"river stones {i}"))
    end_session(services)
    vault.close()
    return folder, code


def _count(folder: Path, *, passphrase: str | None = None, code: str | None = None) -> int:
    vault = Vault.open(folder)
    try:
        if code is not None:
            vault.unlock_with_recovery_code(code)
        else:
            vault.unlock_with_passphrase(passphrase or PASSPHRASE)
        assert vault.database.integrity_problems() == []
        services = start_session(vault)
        count = services.journal.count()
        end_session(services)
    finally:
        vault.close()
    return count


def _opens(folder: Path, *, passphrase: str | None = None, code: str | None = None) -> bool:
    try:
        _count(folder, passphrase=passphrase, code=code)
    except WrongSecretError:
        return False
    return True


def test_vault_recover_sets_a_new_passphrase_with_the_recovery_code(
    vault_with_data: tuple[Path, str], tmp_path: Path, figures: Figures
) -> None:
    folder, code = vault_with_data
    code_file, new_file = tmp_path / "code.txt", tmp_path / "new.txt"
    code_file.write_text(code + "\n")
    new_file.write_text("a brand new passphrase\n")
    done = cli("vault", "recover", "--vault", str(folder), "--recovery-code-file",
               str(code_file), "--new-passphrase-file", str(new_file))  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "new passphrase is set" in done.stdout
    assert not _opens(folder, passphrase=PASSPHRASE), "the forgotten passphrase still opens"
    rows = _count(folder, passphrase="a brand new passphrase")
    assert rows == ROWS
    assert _count(folder, code=code) == ROWS  # the recovery code still works

    wrong = tmp_path / "wrong.txt"
    wrong.write_text("AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA-AAAA\n")
    keys_before = (folder / "keys.json").read_bytes()
    refused = cli("vault", "recover", "--vault", str(folder), "--recovery-code-file",
                  str(wrong), "--new-passphrase-file", str(new_file))  # fmt: skip
    assert refused.returncode != 0
    assert len(refused.stderr.strip().splitlines()) == 1, refused.stderr
    assert (folder / "keys.json").read_bytes() == keys_before
    figures.set(rows_kept=rows)


def test_vault_new_recovery_code_replaces_the_old_one(
    vault_with_data: tuple[Path, str], tmp_path: Path
) -> None:
    folder, old_code = vault_with_data
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    done = cli("vault", "new-recovery-code", "--vault", str(folder),
               "--passphrase-file", str(pass_file))  # fmt: skip
    assert done.returncode == 0, done.stderr
    codes = _CODE.findall(done.stdout)
    assert len(codes) == 1, done.stdout
    new_code = codes[0]
    assert new_code not in (folder / "keys.json").read_text()
    assert not _opens(folder, code=old_code), "the old recovery code still opens"
    assert _count(folder, code=new_code) == ROWS
    assert _count(folder) == ROWS  # the passphrase is unchanged


def test_vault_rotate_key_keeps_every_row(
    vault_with_data: tuple[Path, str], tmp_path: Path
) -> None:
    folder, old_code = vault_with_data
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    old_key = KeyFile.load(folder / "keys.json").open_with_passphrase(PASSPHRASE)
    done = cli("vault", "rotate-key", "--vault", str(folder), "--passphrase-file", str(pass_file))
    assert done.returncode == 0, done.stderr
    (new_code,) = _CODE.findall(done.stdout)
    assert KeyFile.load(folder / "keys.json").open_with_passphrase(PASSPHRASE) != old_key
    assert _count(folder) == ROWS
    assert _count(folder, code=new_code) == ROWS
    assert not _opens(folder, code=old_code)


def test_search_limit_gives_at_most_n_results(
    vault_with_data: tuple[Path, str], tmp_path: Path
) -> None:
    folder, _code = vault_with_data
    pass_file = tmp_path / "pass.txt"
    pass_file.write_text(PASSPHRASE + "\n")
    common = ("--vault", str(folder), "--passphrase-file", str(pass_file))
    default = cli("search", *common, "--json", "river")
    assert default.returncode == 0, default.stderr
    assert len(json.loads(default.stdout)) == min(ROWS, DEFAULT_LIMIT)
    for limit in (1, 3, ROWS):
        done = cli("search", *common, "--json", "--limit", str(limit), "river")
        assert done.returncode == 0, done.stderr
        assert len(json.loads(done.stdout)) == limit
