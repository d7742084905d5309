"""Remember on this computer: offered only with a secure keyring; remember and forget work."""

from __future__ import annotations

import os
from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail, null

from peerdesk.vault.errors import KeyringUnavailableError, WrongSecretError
from peerdesk.vault.keyring_store import SERVICE_NAME, keyring_status
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


class MemoryKeyring(KeyringBackend):
    """An in-memory secure store, standing in for Secret Service / Keychain / Credential Locker."""

    priority = 10  # type: ignore[assignment]

    def __init__(self) -> None:
        super().__init__()
        self.secrets: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.secrets.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.secrets[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.secrets.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture
def failing_keyring() -> Iterator[None]:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    yield
    keyring.set_keyring(previous)


def test_fail_backend_means_passphrase_only(
    failing_keyring: None, new_vault: tuple[Vault, str]
) -> None:
    status = keyring_status()
    assert not status.usable
    assert "no secure keyring" in status.reason
    vault, _ = new_vault
    with pytest.raises(KeyringUnavailableError):
        vault.remember_on_this_computer()
    assert not vault.remembered_on_this_computer


def test_null_and_plaintext_backends_are_not_secure() -> None:
    from peerdesk.vault.keyring_store import _is_secure

    assert not _is_secure(null.Keyring())
    assert not _is_secure(fail.Keyring())

    class PlaintextKeyring(MemoryKeyring):
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    assert not _is_secure(PlaintextKeyring())


def test_remember_then_unlock_without_passphrase_then_forget(
    memory_keyring: MemoryKeyring, new_vault: tuple[Vault, str]
) -> None:
    vault, _ = new_vault
    assert keyring_status().usable
    vault.remember_on_this_computer()
    stored = memory_keyring.secrets[(SERVICE_NAME, vault.vault_id)]
    assert len(bytes.fromhex(stored)) == 32
    assert stored not in vault.keys_path.read_text()  # the keyring secret is not in keys.json
    vault.lock()
    vault.unlock_with_keyring()
    assert vault.is_unlocked
    vault.forget_on_this_computer()
    assert (SERVICE_NAME, vault.vault_id) not in memory_keyring.secrets
    vault.lock()
    with pytest.raises(WrongSecretError, match="not remembered"):
        vault.unlock_with_keyring()
    vault.unlock_with_passphrase(PASSPHRASE)


def test_keyring_entry_lost_falls_back_to_passphrase(
    memory_keyring: MemoryKeyring, new_vault: tuple[Vault, str]
) -> None:
    vault, _ = new_vault
    vault.remember_on_this_computer()
    memory_keyring.secrets.clear()
    vault.lock()
    with pytest.raises(WrongSecretError, match="use your passphrase"):
        vault.unlock_with_keyring()


@pytest.mark.keyring_real
@pytest.mark.skipif(
    not os.environ.get("PEERDESK_REAL_KEYRING"),
    reason="needs a Secret Service session (tools/dev check starts one)",
)
def test_real_secret_service_remember_and_forget(new_vault: tuple[Vault, str]) -> None:
    from keyring.backends import SecretService

    previous = keyring.get_keyring()
    keyring.set_keyring(SecretService.Keyring())
    try:
        status = keyring_status()
        assert status.usable, status.reason
        vault, _ = new_vault
        vault.remember_on_this_computer()
        vault.lock()
        vault.unlock_with_keyring()
        vault.forget_on_this_computer()
        assert keyring.get_password(SERVICE_NAME, vault.vault_id) is None
    finally:
        keyring.set_keyring(previous)
