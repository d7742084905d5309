"""The key derivation is Argon2id with exactly the settings and salt stored in keys.json.

Checked against argon2's own ``hash_secret_raw`` called independently (so a derivation
that drops the salt, changes the variant or the length is caught), and end to end: a
keys.json whose passphrase salt is replaced by another valid salt no longer opens with
the right passphrase.
"""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from argon2.low_level import Type, hash_secret_raw
from conftest import PASSPHRASE, Figures

from peerdesk.vault.errors import EnvelopeDamagedError, WrongSecretError
from peerdesk.vault.keys import KdfParams, normalize_passphrase
from peerdesk.vault.vault import Vault


def test_derive_is_argon2id_with_the_stored_salt_and_settings(figures: Figures) -> None:
    checked = 0
    for salt, time_cost, memory_kib in ((os.urandom(16), 1, 64), (os.urandom(32), 3, 256)):
        params = KdfParams(salt=salt, time_cost=time_cost, memory_kib=memory_kib)
        secret = normalize_passphrase(PASSPHRASE)
        expected = hash_secret_raw(
            secret, salt, time_cost=time_cost, memory_cost=memory_kib, parallelism=1,
            hash_len=32, type=Type.ID,
        )  # fmt: skip
        assert params.derive(secret) == expected
        other_salt = KdfParams(salt=os.urandom(16), time_cost=time_cost, memory_kib=memory_kib)
        assert other_salt.derive(secret) != expected
        checked += 1
    figures.set(settings_checked=checked)


def test_another_salt_in_keys_json_stops_the_right_passphrase(new_vault: tuple[Vault, str]) -> None:
    vault, _code = new_vault
    folder = vault.folder
    vault.close()
    keys = folder / "keys.json"
    data = json.loads(keys.read_text())
    for envelope in data["envelopes"]:
        if envelope["method"] == "passphrase":
            envelope["kdf"]["salt"] = base64.b64encode(os.urandom(16)).decode()
    keys.write_text(json.dumps(data))
    reopened = Vault.open(folder)
    try:
        # The envelope's check no longer matches its fields: said to be damaged, not wrong.
        with pytest.raises(EnvelopeDamagedError):
            reopened.unlock_with_passphrase(PASSPHRASE)
    finally:
        reopened.close()
    # Without a check (a key file written before envelopes had one) the other salt reaches
    # Argon2id, which then derives another key: the right passphrase no longer opens it.
    for envelope in data["envelopes"]:
        envelope.pop("check", None)
    keys.write_text(json.dumps(data))
    reopened = Vault.open(folder)
    try:
        with pytest.raises(WrongSecretError):
            reopened.unlock_with_passphrase(PASSPHRASE)
    finally:
        reopened.close()


def test_the_passphrase_is_nfc_normalised_before_derivation(tmp_path: Path) -> None:
    nfd = "cafe\u0301 au lait"
    assert normalize_passphrase(nfd) == normalize_passphrase("caf\u00e9 au lait")
    assert normalize_passphrase(nfd) == "caf\u00e9 au lait".encode()
