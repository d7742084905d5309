"""The optional "remember on this computer" secret in the OS keyring.

Offered only when the keyring backend is a real secure store. The keyring holds a random
32-byte secret (hex); ``keys.json`` holds the data key sealed with it, so forgetting is
deleting both, and the keyring never sees the data key itself.
"""

from __future__ import annotations

import contextlib
import secrets
from dataclasses import dataclass

from peerdesk.i18n import translate
from peerdesk.vault.errors import KeyringUnavailableError

SERVICE_NAME = "PeerDesk"

# Backends that store nothing, fail on use, or keep secrets in a plaintext or
# self-encrypted file next to the user's data: never "secure" for our purposes.
_INSECURE_MODULE_PREFIXES = ("keyring.backends.fail", "keyring.backends.null", "keyrings.alt")


@dataclass(frozen=True)
class KeyringStatus:
    usable: bool
    backend: str
    reason: str


def _backend_name(backend: object) -> str:
    cls = type(backend)
    return f"{cls.__module__}.{cls.__qualname__}"


def _is_secure(backend: object) -> bool:
    name = _backend_name(backend)
    if name.startswith(_INSECURE_MODULE_PREFIXES):
        return False
    if name.startswith("keyring.backends.chainer"):
        children = list(getattr(backend, "backends", None) or [])
        return bool(children) and all(_is_secure(child) for child in children)
    try:
        priority = float(getattr(type(backend), "priority", 1))
    except Exception:  # a backend whose priority check raises is not viable here
        return False
    return priority > 0


def keyring_status() -> KeyringStatus:
    try:
        import keyring
    except Exception:
        return KeyringStatus(
            False, "none", translate("Keyring", "The keyring library is not available.")
        )
    try:
        backend = keyring.get_keyring()
    except Exception as exc:
        return KeyringStatus(
            False,
            "none",
            translate("Keyring", "The system keyring could not be reached ({error}).").format(
                error=exc
            ),
        )
    name = _backend_name(backend)
    if not _is_secure(backend):
        if name.startswith("keyrings.alt"):
            why = translate(
                "Keyring",
                "Remembering is not offered: the only keyring here stores secrets in a plain "
                "file, which is not safe.",
            )
        else:
            why = translate(
                "Keyring",
                "Remembering is not offered: this computer has no secure keyring service "
                "running (for example GNOME Keyring or KWallet on Linux).",
            )
        return KeyringStatus(False, name, why)
    return KeyringStatus(
        True, name, translate("Keyring", "Your system keyring can remember this vault.")
    )


def _require_secure() -> object:
    status = keyring_status()
    if not status.usable:
        raise KeyringUnavailableError(status.reason)
    import keyring

    return keyring


def store_new_secret(vault_id: str) -> bytes:
    keyring = _require_secure()
    secret = secrets.token_bytes(32)
    try:
        keyring.set_password(SERVICE_NAME, vault_id, secret.hex())  # type: ignore[attr-defined]
    except Exception as exc:
        raise KeyringUnavailableError(
            translate("Keyring", "The system keyring refused to store the key ({error}).").format(
                error=exc
            )
        ) from exc
    return secret


def load_secret(vault_id: str) -> bytes | None:
    status = keyring_status()
    if not status.usable:
        return None
    import keyring

    try:
        value = keyring.get_password(SERVICE_NAME, vault_id)
    except Exception:
        return None
    if not value:
        return None
    try:
        secret = bytes.fromhex(value)
    except ValueError:
        return None
    return secret if len(secret) == 32 else None


def delete_secret(vault_id: str) -> None:
    with contextlib.suppress(Exception):
        import keyring

        keyring.delete_password(SERVICE_NAME, vault_id)
