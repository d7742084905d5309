"""A published test vector for the container (docs/FORMATS.md, "Exchange bundles").

``data/vector-1.peerdesk`` was sealed once by Jo (Ed25519 private key = bytes 0..31) to Sam's
age identity below. age encryption is randomised, so the vector is checked by *opening* it;
the Ed25519 signature is deterministic, so its bytes are fixed too. These keys are public
test keys: never use them for anything else.
"""

from __future__ import annotations

import struct
from datetime import datetime
from pathlib import Path

import pyrage
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from pyrage import x25519

from peerdesk.services.exchange.bundle import MAGIC, SIGNATURE_CONTEXT, open_bundle
from peerdesk.services.exchange.fingerprint import fingerprint_text
from peerdesk.services.exchange.identity import VaultIdentity

VECTOR = Path(__file__).parent / "data" / "vector-1.peerdesk"
SAM_AGE_SECRET = "AGE-SECRET-KEY-1Z8LFEPDLF0K7EK68YX7A6HC2DRCPN7F8X9TCDKYDNT7SWCUPLGWQPUXSPP"
SAM_AGE_RECIPIENT = "age182ctwefzsfr9ctc38hq0cewvgetrdruu90qxlftpn89xmk0llslqsx7dde"
JO_AGE_RECIPIENT = "age1l786v5rtwy8slyvdul7cr58lkwq3fguvka4xm67235x7ctzfzchsp07mk5"
HEADER = (
    '{"ack":3,"created_at":"2026-11-30T12:00:00Z","expires_at":"2099-12-31T23:59:59Z",'
    '"format":1,"payload_sha256":'
    '"2f6f2a997b2a2d416cb800fe5aa06a6f412382c99c2c86b494d16a9f86b42739","payload_size":20,'
    f'"recipient":"{SAM_AGE_RECIPIENT}","scope_id":"3f1c2a9e-0000-4000-8000-000000000001",'
    f'"scope_kind":"roadmap","sender_age_recipient":"{JO_AGE_RECIPIENT}",'
    '"sender_name":"Jo Okafor","sender_signing_key":"A6EHv/POEL4dcN0Y50vAmWfk1jCbpQ1fHdyGZBJVMbg=",'
    '"sequence":7}'
).encode()
SIGNATURE = bytes.fromhex(
    "68ff7bdbb0467f109e3d81780c477b798f808a0d27a6c191eeac6a0fc310e9ac"
    "24b96ac8eaf3bc6340a852baceae7bd61106e2916af10992b33339c2165a9500"
)
JO_FINGERPRINT = "puzzle lake monkey peanut badge lily"


def sam() -> VaultIdentity:
    return VaultIdentity(
        Ed25519PrivateKey.from_private_bytes(bytes(range(32, 64))),
        x25519.Identity.from_str(SAM_AGE_SECRET),
        "Sam Rivera",
    )


def test_the_vector_opens_to_the_published_header_and_payload() -> None:
    data = VECTOR.read_bytes()
    assert data.startswith(MAGIC)
    opened = open_bundle(data, sam(), now=datetime(2026, 12, 1))
    assert opened.payload == b"test vector payload\n"
    assert opened.header.canonical_bytes() == HEADER
    assert opened.header.sequence == 7
    assert opened.header.ack == 3
    assert opened.sender.fingerprint == JO_FINGERPRINT


def test_the_vector_envelope_bytes() -> None:
    data = VECTOR.read_bytes()
    inner = bytes(pyrage.decrypt(data[len(MAGIC) :], [x25519.Identity.from_str(SAM_AGE_SECRET)]))
    (length,) = struct.unpack(">I", inner[:4])
    assert inner[4 : 4 + length] == HEADER
    assert inner[4 + length : 4 + length + 64] == SIGNATURE
    assert inner[4 + length + 64 :] == b"test vector payload\n"
    jo_key = Ed25519PrivateKey.from_private_bytes(bytes(range(32)))
    assert jo_key.sign(SIGNATURE_CONTEXT + HEADER) == SIGNATURE  # Ed25519 is deterministic
    assert fingerprint_text(jo_key.public_key().public_bytes_raw()) == JO_FINGERPRINT
