"""A damaged sealed key says it is damaged (issue 14), not "wrong passphrase"."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import pytest

from peerdesk.vault.errors import EnvelopeDamagedError, WrongSecretError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

PASS = "correct horse battery staple"


def _flip(folder: Path, method: str, *, drop_checks: bool = False) -> None:
    path = folder / "keys.json"
    data = json.loads(path.read_text())
    for env in data["envelopes"]:
        if drop_checks:
            env.pop("check", None)
        if env["method"] == method:
            raw = bytearray(base64.b64decode(env["ciphertext"]))
            raw[5] ^= 0x10
            env["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    path.write_text(json.dumps(data))


@pytest.fixture
def made(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, str]:
    folder = tmp_path / "vault"
    vault, code = Vault.create(folder, PASS, kdf=fast_kdf)
    vault.close()
    return folder, code


def test_every_envelope_carries_a_check(made: tuple[Path, str]) -> None:
    folder, _code = made
    data = json.loads((folder / "keys.json").read_text())
    assert all(len(env["check"]) == 16 for env in data["envelopes"])


def test_damaged_passphrase_envelope_says_damaged_and_recovery_code_opens(
    made: tuple[Path, str],
) -> None:
    folder, code = made
    _flip(folder, "passphrase")
    before = (folder / "keys.json").read_bytes()
    with Vault.open(folder) as vault:
        with pytest.raises(EnvelopeDamagedError) as raised:
            vault.unlock_with_passphrase(PASS)
        assert raised.value.method == "passphrase"
        assert "damaged" in str(raised.value)
        assert "recovery code" in str(raised.value)
        with pytest.raises(EnvelopeDamagedError):
            vault.unlock_with_passphrase("some other guess")
        vault.unlock_with_recovery_code(code)
        assert vault.is_unlocked
    assert (folder / "keys.json").read_bytes() == before


def test_damaged_recovery_envelope_says_damaged(made: tuple[Path, str]) -> None:
    folder, code = made
    _flip(folder, "recovery")
    with Vault.open(folder) as vault:
        with pytest.raises(EnvelopeDamagedError):
            vault.unlock_with_recovery_code(code)
        vault.unlock_with_passphrase(PASS)


def test_key_files_without_checks_still_open_and_read_as_wrong_secret(
    made: tuple[Path, str],
) -> None:
    folder, _code = made
    _flip(folder, "nothing", drop_checks=True)
    with Vault.open(folder) as vault:
        with pytest.raises(WrongSecretError):
            vault.unlock_with_passphrase("not it")
        vault.unlock_with_passphrase(PASS)
    _flip(folder, "passphrase", drop_checks=True)
    with Vault.open(folder) as vault, pytest.raises(WrongSecretError) as raised:
        vault.unlock_with_passphrase(PASS)
    assert not isinstance(raised.value, EnvelopeDamagedError)
