"""Hostile wrong secrets: refused clearly, nothing written.

tests/unit/vault covers plain wrong passphrases, awkward and NFC/NFD passphrases and
malformed keys; these are the adversarial ones (SQL, raw-key syntax, NUL, homoglyphs,
very long input) and the command line's one-line error.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, assert_unchanged, file_stats, snapshot

from peerdesk.cli.main import main as cli_main
from peerdesk.vault.errors import VaultError, WrongSecretError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

WRONG = [
    "",
    " ",
    PASSPHRASE + " ",
    PASSPHRASE.upper(),
    PASSPHRASE[:-1],
    "correct horse battery stapl\u0435",  # Cyrillic e
    "' OR 1=1; --",
    "x'" + "00" * 32 + "'",
    "\x00" + PASSPHRASE,
    "🔑" * 200,
]


@pytest.fixture
def closed_vault(new_vault: tuple[Vault, str]) -> Path:
    vault, _code = new_vault
    vault.close()
    return vault.folder


def test_adversarial_wrong_passphrases_are_refused_clearly_and_change_nothing(
    closed_vault: Path,
) -> None:
    before = snapshot(closed_vault)
    stats = file_stats(closed_vault)
    vault = Vault.open(closed_vault)
    try:
        for wrong in WRONG:
            with pytest.raises(WrongSecretError) as caught:
                vault.unlock_with_passphrase(wrong)
            message = str(caught.value)
            assert message.startswith(("That passphrase does not unlock", "Please type"))
            assert not vault.is_unlocked
            assert_unchanged(before, closed_vault)
            assert file_stats(closed_vault) == stats, "a refused passphrase wrote a file"
        vault.unlock_with_passphrase(PASSPHRASE)  # the right one still works afterwards
    finally:
        vault.close()
    assert_unchanged(before, closed_vault)


def test_wrong_passphrase_on_the_command_line_is_one_clear_line(
    closed_vault: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = snapshot(closed_vault)
    wrong = tmp_path / "wrong.txt"
    wrong.write_text("not it\n")
    for _ in range(3):
        code = cli_main(
            ["vault", "check", "--vault", str(closed_vault), "--passphrase-file", str(wrong)]
        )
        out, err = capsys.readouterr()
        assert code == 1
        assert out == ""
        assert err.count("\n") == 1
        assert "does not unlock this vault" in err
    assert_unchanged(before, closed_vault)


def test_empty_passphrase_never_creates_a_vault(tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "vault"
    with pytest.raises((VaultError, ValueError)):
        Vault.create(folder, "", kdf=fast_kdf)
    assert not (folder / "peerdesk.db").exists()
    assert not (folder / "keys.json").exists()
