"""Errors the vault raises. Every message is written for the person using the app."""

from __future__ import annotations

from pathlib import Path


class VaultError(Exception):
    """A problem with a vault, explained in plain words (and naming the file)."""

    def __init__(self, message: str, path: Path | None = None) -> None:
        self.path = path
        super().__init__(message)

    @property
    def message(self) -> str:
        return str(self.args[0])


class WrongSecretError(VaultError):
    """The passphrase or recovery code does not open this vault. Nothing was changed."""


class VaultNotFoundError(VaultError):
    """There is no vault in the folder."""


class VaultExistsError(VaultError):
    """A vault already exists where a new one was to be created."""


class VaultDamagedError(VaultError):
    """A vault file cannot be read: damaged, truncated or not a PeerDesk file."""


class EnvelopeDamagedError(VaultDamagedError):
    """One unlock method's sealed key in keys.json is damaged (its check does not match):
    no secret can open it, but the other methods (the recovery code) and backups still can."""

    def __init__(self, message: str, path: Path | None = None, method: str = "") -> None:
        super().__init__(message, path)
        self.method = method


class VaultInUseError(VaultError):
    """Another PeerDesk window or command has this vault open."""


class VaultLockedError(VaultError):
    """The vault is locked: the database cannot be used until it is unlocked again."""


class EmptyKeyError(VaultError):
    """Refused: a database must never be opened or created without a key."""


class SqlCipherMissingError(VaultError):
    """SQLCipher is not available, so PeerDesk refuses to store anything."""


class KeyringUnavailableError(VaultError):
    """The OS keyring is not a secure store here (or not there at all)."""


class StorageFullError(VaultError):
    """The disk is full or not writable; the last change was not saved."""
