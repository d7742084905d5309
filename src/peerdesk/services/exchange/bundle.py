"""The ``.peerdesk`` exchange bundle: a magic line, then age; inside, a signed envelope.

Byte layout (docs/FORMATS.md has the full description)::

    PEERDESK-BUNDLE/1\\n                       plain: says what the file is, nothing else
    age-encryption.org/v1 ...                  age: to a share passphrase (scrypt) or to
                                               the recipient's X25519 key
      inside the age layer:
        header length   4 bytes, big-endian
        header          canonical JSON (UTF-8, sorted keys, no spaces)
        signature       64 bytes, Ed25519 over b"PEERDESK-BUNDLE-HEADER/1\\n" + header
        payload         opaque bytes; the header holds their SHA-256 and length

age gives confidentiality and integrity against anyone without the key; the signature says
*who* made the file (age alone does not). Everything is decrypted into memory, never into a
file, and :func:`open_bundle` writes nothing: pinning a sender and recording what was
received are separate calls on :class:`~peerdesk.services.exchange.contacts.ContactService`.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import json
import struct
import unicodedata
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any, Protocol

import pyrage
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import passphrase as age_passphrase
from pyrage import x25519

from peerdesk.services.exchange.errors import (
    AlreadyReceivedError,
    DamagedBundleError,
    ExpiredBundleError,
    ImpostorError,
    NewerFormatError,
    NotABundleError,
    OwnBundleError,
    PassphraseNeededError,
    TamperedBundleError,
    TooLargeError,
    WrongPassphraseError,
    WrongRecipientError,
)
from peerdesk.services.exchange.fingerprint import fingerprint_text
from peerdesk.services.exchange.identity import VaultIdentity, clean_display_name

FORMAT_VERSION = 1
MAGIC_PREFIX = b"PEERDESK-BUNDLE/"
MAGIC = MAGIC_PREFIX + str(FORMAT_VERSION).encode("ascii") + b"\n"
AGE_START = b"age-encryption.org/v1\n"
SIGNATURE_CONTEXT = b"PEERDESK-BUNDLE-HEADER/1\n"
PASSPHRASE_RECIPIENT = "passphrase"
FILE_SUFFIX = ".peerdesk"

MAX_BUNDLE_BYTES = 512 * 1024 * 1024
MAX_HEADER_BYTES = 64 * 1024
MAX_AGE_HEADER_BYTES = 64 * 1024
# age's scrypt stanza names its own cost (log2 N, r = 8: 128 * 8 * 2**N bytes of memory).
# rage calibrates to about 1 s (18 on the dev machine); a hostile file could ask for 22
# (4 GiB, half a minute) and rage would try. Refuse more than 20 (1 GiB) up front.
MAX_SCRYPT_LOG_N = 20
SIGNATURE_BYTES = 64
MAX_SEQUENCE = 2**53 - 1
SCOPE_KIND_MAX = 40
SCOPE_ID_MAX = 100


# -- data ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HeaderFields:
    """What the caller decides about a bundle; :func:`seal_bundle` adds the rest."""

    scope_kind: str  # "roadmap", "library", "summary", ...
    scope_id: str  # the scope's id in the *sender's* vault (a person id, "all", ...)
    sequence: int  # strictly increasing per sender and scope (ContactService.prepare_send)
    ack: int = 0  # last sequence received from the recipient for this scope
    expires_at: datetime | None = None  # naive UTC, or aware (converted)


@dataclass(frozen=True)
class BundleHeader:
    """The signed header, as read back. Datetimes are naive UTC like the records."""

    format_version: int
    scope_kind: str
    scope_id: str
    sender_signing_key: bytes  # 32 raw bytes, Ed25519
    sender_age_recipient: str  # age1...
    sender_name: str
    recipient: str  # the recipient's age1... recipient, or "passphrase"
    sequence: int
    ack: int
    created_at: datetime
    expires_at: datetime | None
    payload_sha256: str  # hex
    payload_size: int

    @property
    def sender_fingerprint(self) -> str:
        return fingerprint_text(self.sender_signing_key)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": self.format_version,
            "scope_kind": self.scope_kind,
            "scope_id": self.scope_id,
            "sender_signing_key": base64.b64encode(self.sender_signing_key).decode("ascii"),
            "sender_age_recipient": self.sender_age_recipient,
            "sender_name": self.sender_name,
            "recipient": self.recipient,
            "sequence": self.sequence,
            "ack": self.ack,
            "created_at": _format_time(self.created_at),
            "expires_at": None if self.expires_at is None else _format_time(self.expires_at),
            "payload_sha256": self.payload_sha256,
            "payload_size": self.payload_size,
        }

    def canonical_bytes(self) -> bytes:
        return canonical_json(self.to_json())


@dataclass(frozen=True)
class SenderKeys:
    signing_public: bytes
    age_recipient: str
    display_name: str

    @property
    def fingerprint(self) -> str:
        return fingerprint_text(self.signing_public)


@dataclass(frozen=True)
class KnownSender:
    """What :class:`ContactLookup` reports about a pinned contact (kept minimal)."""

    contact_id: str
    name: str


@dataclass(frozen=True)
class OpenedBundle:
    header: BundleHeader
    payload: bytes
    sender: SenderKeys
    via_passphrase: bool
    contact: KnownSender | None = None  # the pinned contact who signed it; None: unknown

    @property
    def is_known_sender(self) -> bool:
        return self.contact is not None


class ContactLookup(Protocol):
    """Read-only questions :func:`open_bundle` asks about pinned contacts."""

    def known_sender(self, signing_public: bytes) -> KnownSender | None: ...

    def name_taken_by_other_key(self, name: str, signing_public: bytes) -> bool: ...

    def last_received(self, contact_id: str, scope_kind: str, scope_id: str) -> int: ...


# -- helpers -------------------------------------------------------------------------------


def canonical_json(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode(
        "utf-8"
    )


def _utc_naive(moment: datetime) -> datetime:
    if moment.tzinfo is not None:
        moment = moment.astimezone(UTC).replace(tzinfo=None)
    return moment.replace(microsecond=0)


def _format_time(moment: datetime) -> str:
    return _utc_naive(moment).isoformat(timespec="seconds") + "Z"


def _parse_time(text: object) -> datetime:
    if not isinstance(text, str) or len(text) != 20 or not text.endswith("Z"):
        raise DamagedBundleError
    try:
        return datetime.strptime(text, "%Y-%m-%dT%H:%M:%SZ")
    except ValueError as exc:
        raise DamagedBundleError from exc


def now_utc() -> datetime:
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


def name_key(name: str) -> str:
    """How two display names are compared: NFKC, case-folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _check_text(value: object, limit: int, *, allow_empty: bool = False) -> str:
    if not isinstance(value, str) or len(value) > limit or (not value and not allow_empty):
        raise DamagedBundleError
    return value


def _check_int(value: object, low: int) -> int:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= MAX_SEQUENCE:
        raise DamagedBundleError
    return value


# -- sealing -------------------------------------------------------------------------------


def seal_bundle(
    identity: VaultIdentity,
    header_fields: HeaderFields,
    payload: bytes,
    *,
    to_recipient: str | None,
    share_passphrase: str | None,
    now: datetime | None = None,
) -> bytes:
    """The bytes of a ``.peerdesk`` file. Give exactly one of ``to_recipient`` (an ``age1…``
    recipient of a pinned contact: instant) or ``share_passphrase`` (scrypt: 2–3 s)."""
    if (to_recipient is None) == (share_passphrase is None):
        raise ValueError("give exactly one of to_recipient and share_passphrase")
    if share_passphrase is not None and not share_passphrase:
        raise ValueError("a share passphrase cannot be empty")
    inner = sign_bundle(identity, header_fields, payload, to_recipient=to_recipient, now=now)
    if to_recipient is not None:
        return MAGIC + bytes(pyrage.encrypt(inner, [x25519.Recipient.from_str(to_recipient)]))
    assert share_passphrase is not None
    return encrypt_to_passphrase(inner, share_passphrase)


def sign_bundle(
    identity: VaultIdentity,
    header_fields: HeaderFields,
    payload: bytes,
    *,
    to_recipient: str | None,
    now: datetime | None = None,
) -> bytes:
    """The signed inner bytes of a bundle (header, signature, payload), before encryption:
    to ``to_recipient`` or, when it is ``None``, to a share passphrase. The GUI signs here
    and runs :func:`encrypt_to_passphrase` (scrypt holds the GIL for seconds) elsewhere."""
    fields = header_fields
    if not 0 < len(fields.scope_kind) <= SCOPE_KIND_MAX or not (
        0 < len(fields.scope_id) <= SCOPE_ID_MAX
    ):
        raise ValueError("scope kind and id must be 1-40 and 1-100 characters")
    if not 1 <= fields.sequence <= MAX_SEQUENCE or not 0 <= fields.ack <= MAX_SEQUENCE:
        raise ValueError("sequence must be positive and ack not negative")
    recipient_key = None
    if to_recipient is not None:
        try:
            recipient_key = x25519.Recipient.from_str(to_recipient)
        except pyrage.RecipientError as exc:
            raise ValueError("not an age recipient") from exc
    header = BundleHeader(
        format_version=FORMAT_VERSION,
        scope_kind=fields.scope_kind,
        scope_id=fields.scope_id,
        sender_signing_key=identity.signing_public,
        sender_age_recipient=identity.age_recipient,
        sender_name=clean_display_name(identity.display_name),
        recipient=PASSPHRASE_RECIPIENT if recipient_key is None else str(recipient_key),
        sequence=fields.sequence,
        ack=fields.ack,
        created_at=_utc_naive(now or now_utc()),
        expires_at=None if fields.expires_at is None else _utc_naive(fields.expires_at),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_size=len(payload),
    )
    header_bytes = header.canonical_bytes()
    signature = identity.sign(SIGNATURE_CONTEXT + header_bytes)
    return struct.pack(">I", len(header_bytes)) + header_bytes + signature + payload


def encrypt_to_passphrase(inner: bytes, share_passphrase: str) -> bytes:
    """The ``.peerdesk`` file of signed inner bytes made for a share passphrase (scrypt)."""
    if not share_passphrase:
        raise ValueError("a share passphrase cannot be empty")
    return MAGIC + bytes(age_passphrase.encrypt(inner, share_passphrase))


# -- opening -------------------------------------------------------------------------------


def _split_magic(data: bytes) -> bytes:
    if len(data) > MAX_BUNDLE_BYTES:
        raise TooLargeError
    if not data.startswith(MAGIC_PREFIX):
        raise NotABundleError
    end = data.find(b"\n", len(MAGIC_PREFIX), len(MAGIC_PREFIX) + 12)
    version_text = data[len(MAGIC_PREFIX) : end] if end > 0 else b""
    if not version_text or not version_text.isdigit() or version_text.startswith(b"0"):
        raise NotABundleError
    if int(version_text) > FORMAT_VERSION:
        raise NewerFormatError
    if int(version_text) != FORMAT_VERSION:
        raise NotABundleError
    return data[end + 1 :]


def is_bundle(data: bytes) -> bool:
    """A cheap check on the first bytes (file-type detection)."""
    return data.startswith(MAGIC_PREFIX)


def _uses_passphrase(sealed: bytes) -> bool:
    if not sealed.startswith(AGE_START):
        raise DamagedBundleError
    end = sealed.find(b"\n--- ", 0, MAX_AGE_HEADER_BYTES)
    if end < 0:
        raise DamagedBundleError
    header = sealed[: end + 1]
    at = header.find(b"\n-> scrypt ")
    if at < 0:
        return False
    stanza = header[at + 1 : header.index(b"\n", at + 1)].split(b" ")
    if len(stanza) != 4 or not stanza[3].isdigit() or len(stanza[3]) > 2:
        raise DamagedBundleError
    if int(stanza[3]) > MAX_SCRYPT_LOG_N:
        raise DamagedBundleError
    return True


def _decrypt(
    sealed: bytes, identity: VaultIdentity | None, share_passphrase: str | None
) -> tuple[bytes, bool]:
    if _uses_passphrase(sealed):
        if not share_passphrase:
            raise PassphraseNeededError
        try:
            return bytes(age_passphrase.decrypt(sealed, share_passphrase)), True
        except pyrage.DecryptError as exc:
            text = str(exc)
            if "Decryption failed" in text or "No matching keys" in text:
                raise WrongPassphraseError from None
            raise DamagedBundleError from None
        except Exception:
            raise DamagedBundleError from None
    if identity is None:
        raise WrongRecipientError
    try:
        return bytes(pyrage.decrypt(sealed, [identity.age_identity])), False
    except pyrage.DecryptError as exc:
        if "No matching keys" in str(exc):
            raise WrongRecipientError from None
        raise DamagedBundleError from None
    except Exception:
        raise DamagedBundleError from None


def _parse_header(header_bytes: bytes) -> BundleHeader:
    try:
        data = json.loads(header_bytes.decode("utf-8"))
    except (ValueError, RecursionError):
        raise DamagedBundleError from None
    if not isinstance(data, dict):
        raise DamagedBundleError
    version = data.get("format")
    if isinstance(version, int) and not isinstance(version, bool) and version > FORMAT_VERSION:
        raise NewerFormatError
    if version != FORMAT_VERSION:
        raise DamagedBundleError
    try:
        signing_key = base64.b64decode(
            _check_text(data.get("sender_signing_key"), 64).encode("ascii"), validate=True
        )
    except (ValueError, binascii.Error):
        raise DamagedBundleError from None
    if len(signing_key) != 32:
        raise DamagedBundleError
    digest = _check_text(data.get("payload_sha256"), 64)
    if len(digest) != 64 or any(ch not in "0123456789abcdef" for ch in digest):
        raise DamagedBundleError
    expires = data.get("expires_at")
    return BundleHeader(
        format_version=version,
        scope_kind=_check_text(data.get("scope_kind"), SCOPE_KIND_MAX),
        scope_id=_check_text(data.get("scope_id"), SCOPE_ID_MAX),
        sender_signing_key=signing_key,
        sender_age_recipient=_check_text(data.get("sender_age_recipient"), 200),
        sender_name=clean_display_name(
            _check_text(data.get("sender_name"), 1000, allow_empty=True)
        ),
        recipient=_check_text(data.get("recipient"), 200),
        sequence=_check_int(data.get("sequence"), 1),
        ack=_check_int(data.get("ack"), 0),
        created_at=_parse_time(data.get("created_at")),
        expires_at=None if expires is None else _parse_time(expires),
        payload_sha256=digest,
        payload_size=_check_int(data.get("payload_size"), 0),
    )


def _verify(inner: bytes) -> tuple[BundleHeader, bytes]:
    if len(inner) < 4 + 2 + SIGNATURE_BYTES:
        raise DamagedBundleError
    (header_len,) = struct.unpack(">I", inner[:4])
    if not 2 <= header_len <= MAX_HEADER_BYTES or 4 + header_len + SIGNATURE_BYTES > len(inner):
        raise DamagedBundleError
    header_bytes = inner[4 : 4 + header_len]
    signature = inner[4 + header_len : 4 + header_len + SIGNATURE_BYTES]
    payload = inner[4 + header_len + SIGNATURE_BYTES :]
    header = _parse_header(header_bytes)
    try:
        Ed25519PublicKey.from_public_bytes(header.sender_signing_key).verify(
            signature, SIGNATURE_CONTEXT + header_bytes
        )
    except (InvalidSignature, ValueError):
        raise TamperedBundleError from None
    if len(payload) != header.payload_size or (
        hashlib.sha256(payload).hexdigest() != header.payload_sha256
    ):
        raise TamperedBundleError
    return header, payload


def open_bundle(
    data: bytes,
    identity: VaultIdentity | None,
    *,
    share_passphrase: str | None = None,
    now: datetime | None = None,
    contacts: ContactLookup | None = None,
) -> OpenedBundle:
    """Decrypt and check a bundle in memory; raise a :class:`BundleError` to refuse it.

    ``identity`` is this vault's (``None`` when it has none yet: then only a passphrase
    bundle can be opened). With ``contacts``, also refuses a known name with a new key
    (:class:`ImpostorError`) and a replay (:class:`AlreadyReceivedError`), and reports the
    pinned contact. Never writes anything.
    """
    sealed = _split_magic(data)
    inner, via_passphrase = _decrypt(sealed, identity, share_passphrase)
    header, payload = _verify(inner)
    if identity is not None and header.sender_signing_key == identity.signing_public:
        raise OwnBundleError
    expected = (
        PASSPHRASE_RECIPIENT
        if via_passphrase
        else (identity.age_recipient if identity is not None else None)
    )
    if header.recipient != expected:
        raise WrongRecipientError
    if header.expires_at is not None and _utc_naive(now or now_utc()) > header.expires_at:
        raise ExpiredBundleError
    try:
        x25519.Recipient.from_str(header.sender_age_recipient)
    except pyrage.RecipientError:
        raise DamagedBundleError from None
    sender = SenderKeys(header.sender_signing_key, header.sender_age_recipient, header.sender_name)
    opened = OpenedBundle(header, payload, sender, via_passphrase)
    return opened if contacts is None else check_sender(opened, contacts)


def check_sender(opened: OpenedBundle, contacts: ContactLookup) -> OpenedBundle:
    """The contact checks of :func:`open_bundle`, on its own: run ``open_bundle`` without
    ``contacts`` in a worker thread (scrypt takes seconds), then this where the database is.
    Returns the bundle with ``contact`` set when the sender is pinned."""
    header = opened.header
    known = contacts.known_sender(header.sender_signing_key)
    if known is None:
        if header.sender_name and contacts.name_taken_by_other_key(
            header.sender_name, header.sender_signing_key
        ):
            raise ImpostorError(header.sender_name)
    elif header.sequence <= contacts.last_received(
        known.contact_id, header.scope_kind, header.scope_id
    ):
        raise AlreadyReceivedError
    return replace(opened, contact=known)
