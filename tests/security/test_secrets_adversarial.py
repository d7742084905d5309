"""Wrong secrets, empty keys and awkward passphrases: refused clearly, nothing written."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from conftest import PASSPHRASE, assert_unchanged, snapshot

from peerdesk.cli.main import main as cli_main
from peerdesk.vault.database import CipherDatabase
from peerdesk.vault.errors import EmptyKeyError, VaultError, WrongSecretError
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


def test_ten_wrong_passphrases_each_refused_clearly_and_nothing_changes(
    closed_vault: Path,
) -> None:
    before = snapshot(closed_vault)
    vault = Vault.open(closed_vault)
    try:
        for wrong in WRONG:
            with pytest.raises(WrongSecretError) as caught:
                vault.unlock_with_passphrase(wrong)
            message = str(caught.value)
            assert message.startswith(("That passphrase does not unlock", "Please type"))
            assert not vault.is_unlocked
            assert_unchanged(before, closed_vault)
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


@pytest.mark.parametrize(
    "key", [b"", bytes(32), b"\x01" * 31, b"\x01" * 33, "x" * 32, None], ids=repr
)
def test_empty_or_malformed_key_never_creates_or_opens_a_database(
    tmp_path: Path, new_vault: tuple[Vault, str], key: object
) -> None:
    fresh = tmp_path / "fresh.db"
    with pytest.raises(EmptyKeyError):
        CipherDatabase(fresh, key, create=True)  # type: ignore[arg-type]
    assert not fresh.exists()

    vault, _code = new_vault
    before = snapshot(vault.folder)
    with pytest.raises(EmptyKeyError):
        CipherDatabase(vault.db_path, key)  # type: ignore[arg-type]
    assert_unchanged(before, vault.folder)


def test_empty_passphrase_never_creates_a_vault(tmp_path: Path, fast_kdf: KdfParams) -> None:
    folder = tmp_path / "vault"
    with pytest.raises((VaultError, ValueError)):
        Vault.create(folder, "", kdf=fast_kdf)
    assert not (folder / "peerdesk.db").exists()
    assert not (folder / "keys.json").exists()


AWKWARD = [
    'it\'s "quoted"; DROP TABLE journal_entry; --',
    "x'00'; PRAGMA key = ''",
    "semi;colons;everywhere;",
    "Grüße aus Köln – ☕ 日本語 مرحبا",
    "\t leading and trailing spaces \t",
    "back\\slash and percent %s %d {0}",
]


@pytest.mark.parametrize("passphrase", AWKWARD)
def test_awkward_passphrases_round_trip(
    tmp_path: Path, fast_kdf: KdfParams, passphrase: str
) -> None:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, passphrase, kdf=fast_kdf)
    vault.close()
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(passphrase)
        assert vault.database.integrity_problems() == []
    finally:
        vault.close()
    raw = (folder / "keys.json").read_bytes() + (folder / "peerdesk.db").read_bytes()
    assert passphrase.encode() not in raw


@pytest.mark.parametrize("word", ["Grüße", "café", "Ångström", "한국어"])
def test_nfc_and_nfd_forms_of_the_same_word_unlock(
    tmp_path: Path, fast_kdf: KdfParams, word: str
) -> None:
    nfc, nfd = unicodedata.normalize("NFC", word), unicodedata.normalize("NFD", word)
    assert nfc != nfd
    folder = tmp_path / "vault"
    Vault.create(folder, nfd + " passphrase", kdf=fast_kdf)[0].close()
    for form in (nfc, nfd):
        vault = Vault.open(folder)
        try:
            vault.unlock_with_passphrase(form + " passphrase")
        finally:
            vault.close()
