"""Hand-built bundles for the refusal and hostile-file tests: what an attacker can make.

Anyone can encrypt to a vault's public age recipient, and anyone can sign with a key of
their own; what they cannot do is sign with someone else's key.
"""

from __future__ import annotations

import hashlib
import json
import struct
from typing import Any

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.services.exchange.bundle import MAGIC, SIGNATURE_CONTEXT
from peerdesk.services.exchange.identity import VaultIdentity


def split_inner(inner: bytes) -> tuple[dict[str, Any], bytes, bytes, bytes]:
    """(header dict, header bytes, signature, payload) of a decrypted envelope."""
    (length,) = struct.unpack(">I", inner[:4])
    header_bytes = inner[4 : 4 + length]
    return (
        json.loads(header_bytes),
        header_bytes,
        inner[4 + length : 4 + length + 64],
        inner[4 + length + 64 :],
    )


def inner_of(data: bytes, identity: VaultIdentity) -> bytes:
    """Decrypt a recipient bundle addressed to ``identity`` (as its owner could)."""
    assert data.startswith(MAGIC)
    return bytes(pyrage.decrypt(data[len(MAGIC) :], [identity.age_identity]))


def envelope(
    header: dict[str, Any] | bytes,
    payload: bytes,
    *,
    signer: Ed25519PrivateKey | None = None,
    signature: bytes | None = None,
) -> bytes:
    if isinstance(header, bytes):
        header_bytes = header
    else:  # an attacker can write lone surrogates too: invalid UTF-8 for the reader
        header_bytes = json.dumps(
            header, sort_keys=True, separators=(",", ":"), ensure_ascii=False
        ).encode("utf-8", "surrogatepass")
    if signature is None:
        assert signer is not None
        signature = signer.sign(SIGNATURE_CONTEXT + header_bytes)
    return struct.pack(">I", len(header_bytes)) + header_bytes + signature + payload


def seal_to(inner: bytes, age_recipient: str) -> bytes:
    recipient = pyrage.x25519.Recipient.from_str(age_recipient)
    return MAGIC + bytes(pyrage.encrypt(inner, [recipient]))


def payload_fields(payload: bytes) -> dict[str, Any]:
    return {"payload_sha256": hashlib.sha256(payload).hexdigest(), "payload_size": len(payload)}
