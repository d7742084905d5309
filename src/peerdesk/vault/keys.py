"""Key envelopes: the random data key, wrapped once per unlock method, in ``keys.json``.

The database is encrypted with a random 256-bit data key. ``keys.json`` never holds that key
in the clear: each unlock method (passphrase, recovery code, OS keyring) derives or fetches a
key-encryption key and stores the data key sealed with AES-256-GCM. The vault id and the
method are authenticated as associated data, so envelopes cannot be swapped between vaults.

Rotating the data key keeps the new key in a *pending* set of envelopes until SQLCipher's
rekey has committed, so a crash at any point leaves a vault that opens with the old or the
new key (see :mod:`peerdesk.vault.database`).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import math
import os
import secrets
import time
import unicodedata
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from argon2.low_level import Type, hash_secret_raw
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from peerdesk.i18n import translate
from peerdesk.vault.errors import VaultDamagedError, WrongSecretError
from peerdesk.vault.files import write_private_file_atomically

KEYS_FORMAT = "peerdesk-keys"
KEYS_VERSION = 1
DATA_KEY_BYTES = 32
RECOVERY_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"  # Crockford base32: no I, L, O, U
RECOVERY_CHARS = 32  # 160 bits
PASSPHRASE_METHOD = "passphrase"
RECOVERY_METHOD = "recovery"
KEYRING_METHOD = "keyring"

# Argon2id: memory fixed, time cost calibrated on the machine that creates the vault.
DEFAULT_KDF_MEMORY_KIB = 64 * 1024
DEFAULT_KDF_TARGET_SECONDS = 0.6
MIN_KDF_MEMORY_KIB = 8 * 1024
KDF_TARGET_ENV = "PEERDESK_KDF_TARGET_MS"  # tests and benchmarks lower the cost
MAX_KEYS_FILE_BYTES = 1024 * 1024  # a real keys.json is about 1 kB


def new_data_key() -> bytes:
    return secrets.token_bytes(DATA_KEY_BYTES)


def normalize_passphrase(passphrase: str) -> bytes:
    """NFC-normalise so the same word typed as NFC or NFD unlocks the same vault."""
    if not passphrase:
        raise ValueError("A passphrase cannot be empty.")
    # surrogatepass: a lone surrogate (possible in a Python str, never typed) must give
    # bytes like any other character, not an encoding error outside VaultError.
    return unicodedata.normalize("NFC", passphrase).encode("utf-8", "surrogatepass")


def new_recovery_code() -> str:
    chars = "".join(secrets.choice(RECOVERY_ALPHABET) for _ in range(RECOVERY_CHARS))
    return "-".join(chars[i : i + 4] for i in range(0, RECOVERY_CHARS, 4))


def normalize_recovery_code(code: str) -> str:
    """Accept the code however it was copied: any case, spaces or dashes, O for 0, I/L for 1."""
    cleaned = "".join(ch for ch in code.upper() if ch.isalnum())
    cleaned = cleaned.replace("O", "0").replace("I", "1").replace("L", "1")
    if len(cleaned) != RECOVERY_CHARS or any(ch not in RECOVERY_ALPHABET for ch in cleaned):
        raise WrongSecretError(
            translate(
                "Vault",
                "That does not look like a recovery code: it has 32 letters and digits, "
                "in groups of four.",
            )
        )
    return cleaned


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str, path: Path) -> bytes:
    if not isinstance(text, str):
        raise VaultDamagedError(f"The key file is damaged ({what} is missing).", path)
    try:
        return base64.b64decode(text.encode("ascii"), validate=True)
    except (ValueError, UnicodeEncodeError) as exc:
        raise VaultDamagedError(f"The key file is damaged ({what} is unreadable).", path) from exc


@dataclass(frozen=True)
class KdfParams:
    """Argon2id parameters, stored with the envelope so they can change per vault."""

    salt: bytes
    time_cost: int
    memory_kib: int
    parallelism: int = 1

    def derive(self, secret: bytes) -> bytes:
        return hash_secret_raw(
            secret,
            self.salt,
            time_cost=self.time_cost,
            memory_cost=self.memory_kib,
            parallelism=self.parallelism,
            hash_len=32,
            type=Type.ID,
        )

    def to_json(self) -> dict[str, Any]:
        return {
            "name": "argon2id",
            "salt": _b64(self.salt),
            "time_cost": self.time_cost,
            "memory_kib": self.memory_kib,
            "parallelism": self.parallelism,
        }

    @classmethod
    def from_json(cls, data: object, path: Path) -> KdfParams:
        if not isinstance(data, Mapping) or data.get("name") != "argon2id":
            raise VaultDamagedError("The key file is damaged (unknown key derivation).", path)
        salt = _unb64(data.get("salt"), "the salt", path)
        numbers = [data.get(k) for k in ("time_cost", "memory_kib", "parallelism")]
        if (
            len(salt) < 16
            or not any(salt)
            or not all(isinstance(n, int) and not isinstance(n, bool) and n > 0 for n in numbers)
        ):
            raise VaultDamagedError("The key file is damaged (bad key-derivation settings).", path)
        time_cost, memory_kib, parallelism = (int(n) for n in numbers)  # type: ignore[arg-type]
        if (
            memory_kib > 4 * 1024 * 1024
            or time_cost > 1000
            or parallelism > 64
            or memory_kib < 8 * parallelism  # Argon2 itself refuses less
        ):
            raise VaultDamagedError("The key file is damaged (implausible key settings).", path)
        return cls(salt, time_cost, memory_kib, parallelism)


def calibrate_kdf(target_seconds: float | None = None) -> KdfParams:
    """Pick an Argon2id time cost that takes about ``target_seconds`` on this machine."""
    env = os.environ.get(KDF_TARGET_ENV)
    if target_seconds is None:
        target_seconds = int(env) / 1000 if env and env.isdigit() else DEFAULT_KDF_TARGET_SECONDS
    memory = DEFAULT_KDF_MEMORY_KIB if target_seconds >= 0.2 else MIN_KDF_MEMORY_KIB
    probe = KdfParams(secrets.token_bytes(16), 1, memory)
    started = time.perf_counter()
    probe.derive(b"calibration")
    one_pass = max(time.perf_counter() - started, 1e-4)
    time_cost = max(1, min(50, math.ceil(target_seconds / one_pass)))
    return KdfParams(secrets.token_bytes(16), time_cost, memory)


def _recovery_kek(code: str, salt: bytes) -> bytes:
    # The code carries 160 random bits, so a fast KDF is enough.
    hkdf = HKDF(algorithm=hashes.SHA256(), length=32, salt=salt, info=b"peerdesk-recovery-v1")
    return hkdf.derive(normalize_recovery_code(code).encode("ascii"))


@dataclass(frozen=True)
class Envelope:
    """The data key sealed by one unlock method."""

    method: str
    nonce: bytes
    ciphertext: bytes
    kdf: KdfParams | None = None  # passphrase
    salt: bytes | None = None  # recovery
    # True when the stored check does not match: the envelope was damaged on disk.
    damaged: bool = field(default=False, compare=False)

    def _fields_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {
            "method": self.method,
            "nonce": _b64(self.nonce),
            "ciphertext": _b64(self.ciphertext),
        }
        if self.kdf is not None:
            out["kdf"] = self.kdf.to_json()
        if self.salt is not None:
            out["salt"] = _b64(self.salt)
        return out

    def check(self) -> str:
        """A checksum of the envelope's public fields, stored beside them.

        AES-GCM alone cannot tell a damaged envelope from a wrong secret; a mismatching
        check can. It guards against damage on disk, not against an attacker (who gains
        nothing by editing it: the sealed key stays sealed).
        """
        canonical = json.dumps(self._fields_json(), sort_keys=True, separators=(",", ":"))
        return hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]

    def to_json(self) -> dict[str, Any]:
        return {**self._fields_json(), "check": self.check()}

    @classmethod
    def from_json(cls, data: object, path: Path) -> Envelope:
        if not isinstance(data, Mapping) or not isinstance(data.get("method"), str):
            raise VaultDamagedError(
                "The key file is damaged (an unlock method is unreadable).", path
            )
        method = str(data["method"])
        kdf = KdfParams.from_json(data.get("kdf"), path) if method == PASSPHRASE_METHOD else None
        salt = _unb64(data.get("salt"), "the salt", path) if method == RECOVERY_METHOD else None
        if salt is not None and (len(salt) < 16 or not any(salt)):
            raise VaultDamagedError("The key file is damaged (the recovery salt is blank).", path)
        nonce = _unb64(data.get("nonce"), "a nonce", path)
        ciphertext = _unb64(data.get("ciphertext"), "a sealed key", path)
        if len(nonce) != 12 or len(ciphertext) != DATA_KEY_BYTES + 16:
            raise VaultDamagedError("The key file is damaged (a sealed key is cut short).", path)
        envelope = cls(method, nonce, ciphertext, kdf, salt)
        stored = data.get("check")  # absent in key files written before issue 14
        if stored is not None and stored != envelope.check():
            envelope = replace(envelope, damaged=True)
        return envelope


def _aad(vault_id: str, method: str) -> bytes:
    return f"{KEYS_FORMAT}/v{KEYS_VERSION}|{vault_id}|{method}".encode()


def _seal(kek: bytes, data_key: bytes, vault_id: str, method: str) -> tuple[bytes, bytes]:
    nonce = secrets.token_bytes(12)
    return nonce, AESGCM(kek).encrypt(nonce, data_key, _aad(vault_id, method))


def _open(kek: bytes, envelope: Envelope, vault_id: str) -> bytes:
    return AESGCM(kek).decrypt(envelope.nonce, envelope.ciphertext, _aad(vault_id, envelope.method))


def seal_with_passphrase(
    data_key: bytes, passphrase: str, vault_id: str, kdf: KdfParams
) -> Envelope:
    kek = kdf.derive(normalize_passphrase(passphrase))
    nonce, sealed = _seal(kek, data_key, vault_id, PASSPHRASE_METHOD)
    return Envelope(PASSPHRASE_METHOD, nonce, sealed, kdf=kdf)


def seal_with_recovery_code(data_key: bytes, code: str, vault_id: str) -> Envelope:
    salt = secrets.token_bytes(16)
    nonce, sealed = _seal(_recovery_kek(code, salt), data_key, vault_id, RECOVERY_METHOD)
    return Envelope(RECOVERY_METHOD, nonce, sealed, salt=salt)


def seal_with_keyring_secret(data_key: bytes, keyring_secret: bytes, vault_id: str) -> Envelope:
    nonce, sealed = _seal(keyring_secret, data_key, vault_id, KEYRING_METHOD)
    return Envelope(KEYRING_METHOD, nonce, sealed)


@dataclass(frozen=True)
class KeyFile:
    """The parsed ``keys.json``. Immutable: every change makes a new one and saves it whole."""

    vault_id: str
    envelopes: tuple[Envelope, ...]
    pending: tuple[Envelope, ...] = ()
    created_at: str = ""
    extra: Mapping[str, Any] = field(default_factory=dict)
    # The audit chain's head, {"count": n, "head": "<sha256 hex>"} (services/audit). Not a
    # secret; kept here so that removing rows from the end of the encrypted trail shows.
    audit: Mapping[str, Any] | None = None

    # -- reading and writing -------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeyFile:
        try:
            if path.stat().st_size > MAX_KEYS_FILE_BYTES:
                raise VaultDamagedError("The key file keys.json is implausibly large.", path)
            raw = path.read_bytes()
        except FileNotFoundError as exc:
            raise VaultDamagedError(
                translate(
                    "Vault", "The key file keys.json is missing, so the vault cannot be opened."
                ),
                path,
            ) from exc
        except OSError as exc:
            raise VaultDamagedError(
                translate("Vault", "The key file cannot be read: {error}.").format(
                    error=exc.strerror
                ),
                path,
            ) from exc
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, RecursionError) as exc:  # bad UTF-8, bad JSON, absurd nesting
            raise VaultDamagedError(
                "The key file keys.json is damaged (not valid JSON).", path
            ) from exc
        if not isinstance(data, dict) or data.get("format") != KEYS_FORMAT:
            raise VaultDamagedError("keys.json is not a PeerDesk key file.", path)
        if data.get("version") != KEYS_VERSION:
            raise VaultDamagedError(
                translate(
                    "Vault",
                    "keys.json was written by a newer PeerDesk; update PeerDesk to open it.",
                ),
                path,
            )
        vault_id = data.get("vault_id")
        envelopes = data.get("envelopes")
        pending = data.get("pending", [])
        if not isinstance(vault_id, str) or not isinstance(envelopes, list) or not envelopes:
            raise VaultDamagedError("The key file keys.json is damaged (no unlock methods).", path)
        if not vault_id or len(vault_id) > 100 or not vault_id.isprintable():
            # the id is authenticated with every envelope, so it must encode cleanly
            raise VaultDamagedError("The key file keys.json is damaged (bad vault id).", path)
        if not isinstance(pending, list):
            raise VaultDamagedError("The key file keys.json is damaged.", path)
        return cls(
            vault_id=vault_id,
            envelopes=tuple(Envelope.from_json(e, path) for e in envelopes),
            pending=tuple(Envelope.from_json(e, path) for e in pending),
            created_at=str(data.get("created_at", "")),
            audit=data["audit"] if isinstance(data.get("audit"), dict) else None,
        )

    def to_json_bytes(self) -> bytes:
        data: dict[str, Any] = {
            "format": KEYS_FORMAT,
            "version": KEYS_VERSION,
            "vault_id": self.vault_id,
            "created_at": self.created_at,
            "envelopes": [e.to_json() for e in self.envelopes],
        }
        if self.pending:
            data["pending"] = [e.to_json() for e in self.pending]
        if self.audit is not None:
            data["audit"] = dict(self.audit)
        return (json.dumps(data, indent=2) + "\n").encode("utf-8")

    def save(self, path: Path) -> None:
        write_private_file_atomically(path, self.to_json_bytes())

    # -- building ----------------------------------------------------------------------------

    @classmethod
    def create(
        cls, data_key: bytes, passphrase: str, kdf: KdfParams, created_at: str
    ) -> tuple[KeyFile, str]:
        """A new key file and the recovery code (shown once, never stored)."""
        vault_id = str(uuid.uuid4())
        code = new_recovery_code()
        envelopes = (
            seal_with_passphrase(data_key, passphrase, vault_id, kdf),
            seal_with_recovery_code(data_key, code, vault_id),
        )
        return cls(vault_id, envelopes, created_at=created_at), code

    def envelope(self, method: str, *, pending: bool = False) -> Envelope | None:
        for env in self.pending if pending else self.envelopes:
            if env.method == method:
                return env
        return None

    def is_damaged(self, method: str) -> bool:
        """Whether the envelope of ``method`` (current or pending) failed its check."""
        return any(e.method == method and e.damaged for e in (*self.envelopes, *self.pending))

    def has_method(self, method: str) -> bool:
        return self.envelope(method) is not None

    def with_envelope(self, envelope: Envelope) -> KeyFile:
        others = tuple(e for e in self.envelopes if e.method != envelope.method)
        return replace(self, envelopes=(*others, envelope))

    def without_method(self, method: str) -> KeyFile:
        kept = tuple(e for e in self.envelopes if e.method != method)
        return replace(
            self, envelopes=kept, pending=tuple(e for e in self.pending if e.method != method)
        )

    def with_pending(self, envelopes: tuple[Envelope, ...]) -> KeyFile:
        return replace(self, pending=envelopes)

    def promote_pending(self) -> KeyFile:
        """After a completed rekey: the pending envelopes become the only ones."""
        return replace(self, envelopes=self.pending, pending=())

    def drop_pending(self) -> KeyFile:
        return replace(self, pending=())

    def with_audit_anchor(self, count: int, head: str) -> KeyFile:
        return replace(self, audit={"count": int(count), "head": head})

    # -- opening -------------------------------------------------------------------------

    def _try(self, method: str, kek_for: Any, *, pending: bool) -> bytes | None:
        env = self.envelope(method, pending=pending)
        if env is None:
            return None
        try:
            return _open(kek_for(env), env, self.vault_id)
        except InvalidTag:
            return None

    def open_with_passphrase(self, passphrase: str, *, pending: bool = False) -> bytes | None:
        secret = normalize_passphrase(passphrase)

        def kek(env: Envelope) -> bytes:
            assert env.kdf is not None
            return env.kdf.derive(secret)

        return self._try(PASSPHRASE_METHOD, kek, pending=pending)

    def open_with_recovery_code(self, code: str, *, pending: bool = False) -> bytes | None:
        def kek(env: Envelope) -> bytes:
            assert env.salt is not None
            return _recovery_kek(code, env.salt)

        return self._try(RECOVERY_METHOD, kek, pending=pending)

    def open_with_keyring_secret(self, secret: bytes, *, pending: bool = False) -> bytes | None:
        return self._try(KEYRING_METHOD, lambda env: secret, pending=pending)


def same_key(a: bytes, b: bytes) -> bool:
    return hmac.compare_digest(a, b)
