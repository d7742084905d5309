"""Every refusal: its own BundleError subclass, one line of plain words, nothing written."""

from __future__ import annotations

import base64
from datetime import datetime, timedelta

import pyrage
import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from peerdesk.services.exchange import errors
from peerdesk.services.exchange.bundle import (
    MAGIC,
    HeaderFields,
    open_bundle,
    seal_bundle,
)
from peerdesk.services.exchange.identity import VaultIdentity
from tests.unit.exchange.conftest import SHARE_PASSPHRASE, Introduced, send, use
from tests.unit.exchange.forge import envelope, inner_of, seal_to, split_inner


def refused(intro: Introduced, data: bytes, **kw: object) -> errors.BundleError:
    sam = use(intro.pair.sam)
    with pytest.raises(errors.BundleError) as caught:
        sam.contacts.open_bundle(data, **kw)  # type: ignore[arg-type]
    message = str(caught.value)
    assert message
    assert "\n" not in message
    assert len(message) < 200
    return caught.value


def fresh(intro: Introduced, payload: bytes = b"payload", **kw: object) -> bytes:
    return send(intro.pair.jo, intro.sam_identity, "sam-at-jo", payload, **kw)


def test_a_fresh_bundle_from_a_known_contact_opens(introduced: Introduced) -> None:
    data = fresh(introduced)
    opened = use(introduced.pair.sam).contacts.open_bundle(data)
    assert opened.contact is not None
    assert opened.contact.contact_id == introduced.jo_at_sam
    assert opened.header.sequence == 2


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK\x03\x04 a zip",
        b'{"format": "peerdesk-library"}',
        b"PEERDESK-BUNDLE/x\n",
        MAGIC[:-3],
    ],
)
def test_not_a_bundle(introduced: Introduced, data: bytes) -> None:
    assert isinstance(refused(introduced, data), errors.NotABundleError)


def test_newer_container_and_newer_header(introduced: Introduced) -> None:
    data = fresh(introduced)
    newer = b"PEERDESK-BUNDLE/2\n" + data[len(MAGIC) :]
    assert isinstance(refused(introduced, newer), errors.NewerFormatError)
    header, _hb, _sig, payload = split_inner(inner_of(data, introduced.sam_identity))
    header["format"] = 2
    signed = envelope(header, payload, signer=introduced.jo_identity.signing_key)
    assert isinstance(
        refused(introduced, seal_to(signed, introduced.sam_identity.age_recipient)),
        errors.NewerFormatError,
    )


@pytest.mark.parametrize("cut", [1, 17, 100, 200])
def test_truncated(introduced: Introduced, cut: int) -> None:
    data = fresh(introduced, b"x" * 300)
    error = refused(introduced, data[: len(MAGIC) + cut])
    assert isinstance(error, errors.DamagedBundleError)
    assert isinstance(refused(introduced, data[:-cut]), errors.DamagedBundleError)


def test_a_flipped_byte_in_the_ciphertext_is_damage(introduced: Introduced) -> None:
    data = bytearray(fresh(introduced, b"x" * 300))
    data[-50] ^= 0x01
    assert isinstance(refused(introduced, bytes(data)), errors.DamagedBundleError)


def test_passphrase_needed_and_wrong_passphrase(introduced: Introduced) -> None:
    jo = use(introduced.pair.jo)
    fields = jo.contacts.prepare_send("library", "all", None)
    data = jo.contacts.seal(fields, b"cards", share_passphrase=SHARE_PASSPHRASE)
    assert isinstance(refused(introduced, data), errors.PassphraseNeededError)
    assert isinstance(
        refused(introduced, data, share_passphrase="not it"), errors.WrongPassphraseError
    )


def test_sealed_for_another_vault(introduced: Introduced) -> None:
    mallory = VaultIdentity.generate("Mallory")
    jo = use(introduced.pair.jo)
    fields = jo.contacts.prepare_send("roadmap", "sam-at-jo", None)
    for_mallory = seal_bundle(
        jo.contacts.own_identity(),
        fields,
        b"for mallory",
        to_recipient=mallory.age_recipient,
        share_passphrase=None,
    )
    assert isinstance(refused(introduced, for_mallory), errors.WrongRecipientError)
    # Mallory decrypts what Jo sent her and re-encrypts it to Sam: the signed header still
    # names Mallory as the recipient, so Sam refuses it.
    forwarded = seal_to(
        bytes(pyrage.decrypt(for_mallory[len(MAGIC) :], [mallory.age_identity])),
        introduced.sam_identity.age_recipient,
    )
    assert isinstance(refused(introduced, forwarded), errors.WrongRecipientError)


def test_a_vault_with_no_identity_yet_cannot_open_a_key_bundle(introduced: Introduced) -> None:
    data = fresh(introduced)
    with pytest.raises(errors.WrongRecipientError):
        open_bundle(data, None)


def test_tampered_header_payload_or_signature(introduced: Introduced) -> None:
    intro = introduced
    header, header_bytes, signature, payload = split_inner(
        inner_of(fresh(intro, b"the payload"), intro.sam_identity)
    )

    def sealed(inner: bytes) -> bytes:
        return seal_to(inner, intro.sam_identity.age_recipient)

    changed = dict(header, sequence=header["sequence"] + 5)
    cases = {
        "header changed, old signature": envelope(changed, payload, signature=signature),
        "payload swapped": envelope(header_bytes, b"the pay1oad", signature=signature),
        "payload cut": envelope(header_bytes, payload[:-1], signature=signature),
        "signature zeroed": envelope(header_bytes, payload, signature=bytes(64)),
        "signed by another key under Jo's key": envelope(
            changed, payload, signer=Ed25519PrivateKey.generate()
        ),
    }
    for name, inner in cases.items():
        error = refused(intro, sealed(inner))
        assert isinstance(error, errors.TamperedBundleError), name


def test_expired(introduced: Introduced) -> None:
    past = datetime(2020, 1, 1)
    data = fresh(introduced, expires_at=past)
    assert isinstance(refused(introduced, data), errors.ExpiredBundleError)
    # Not yet expired: opens; and "now" can be given (tests, clock checks).
    later = fresh(introduced, expires_at=datetime(2100, 1, 1))
    sam = use(introduced.pair.sam)
    assert sam.contacts.open_bundle(later).header.expires_at == datetime(2100, 1, 1)
    with pytest.raises(errors.ExpiredBundleError):
        sam.contacts.open_bundle(later, now=datetime(2100, 1, 1) + timedelta(seconds=1))


def test_a_known_name_with_a_different_key(introduced: Introduced) -> None:
    impostor = VaultIdentity.generate("  jo   OKAFOR ")  # spacing and case do not help
    fields = HeaderFields("roadmap", "sam-at-jo", 99)
    data = seal_bundle(
        impostor,
        fields,
        b"give me your data",
        to_recipient=introduced.sam_identity.age_recipient,
        share_passphrase=None,
    )
    error = refused(introduced, data)
    assert isinstance(error, errors.ImpostorError)
    assert str(error) == (
        "This file claims to be from jo OKAFOR but was signed with a different key — refused."
    )
    # Renamed locally, the contact's signed name still counts; and the new local name too.
    sam = use(introduced.pair.sam)
    sam.contacts.rename(introduced.jo_at_sam, "My peer specialist")
    assert isinstance(refused(introduced, data), errors.ImpostorError)
    other = VaultIdentity.generate("my peer SPECIALIST")
    data2 = seal_bundle(
        other,
        fields,
        b"x",
        to_recipient=introduced.sam_identity.age_recipient,
        share_passphrase=None,
    )
    assert isinstance(refused(introduced, data2), errors.ImpostorError)
    # A stranger with a name nobody here has is not refused: shown as unknown instead.
    stranger = VaultIdentity.generate("Alex")
    data3 = seal_bundle(
        stranger,
        fields,
        b"x",
        to_recipient=introduced.sam_identity.age_recipient,
        share_passphrase=None,
    )
    assert not sam.contacts.open_bundle(data3).is_known_sender


def test_replays_and_older_bundles(introduced: Introduced) -> None:
    older = fresh(introduced, b"older")  # sequence 2
    newer = fresh(introduced, b"newer")  # sequence 3
    sam = use(introduced.pair.sam)
    sam.contacts.record_received(sam.contacts.open_bundle(newer))
    for data in (newer, older):
        error = refused(introduced, data)
        assert isinstance(error, errors.AlreadyReceivedError)
        assert error.reason == "already_received"
    # Another scope has its own sequence.
    other_scope = send(introduced.pair.jo, introduced.sam_identity, "library-all", b"cards")
    assert use(introduced.pair.sam).contacts.open_bundle(other_scope).header.sequence == 1


def test_own_bundle(introduced: Introduced) -> None:
    sam = use(introduced.pair.sam)
    fields = sam.contacts.prepare_send("roadmap", "sam-self", None)
    mine = seal_bundle(
        introduced.sam_identity,
        fields,
        b"mine",
        to_recipient=introduced.sam_identity.age_recipient,
        share_passphrase=None,
    )
    assert isinstance(refused(introduced, mine), errors.OwnBundleError)


def test_damaged_inside_a_valid_age_layer(introduced: Introduced) -> None:
    intro = introduced
    header, header_bytes, _signature, payload = split_inner(
        inner_of(fresh(intro), intro.sam_identity)
    )
    signer = Ed25519PrivateKey.generate()
    own_key = signer.public_key().public_bytes_raw()
    header = dict(header, sender_signing_key=base64.b64encode(own_key).decode(), sender_name="")
    bad_headers: list[dict[str, object] | bytes] = [
        b"not json",
        b"[]",
        b'{"format": 1}',
        dict(header, sequence=0),
        dict(header, sequence=True),
        dict(header, created_at="yesterday"),
        dict(header, sender_signing_key=base64.b64encode(b"short").decode()),
        dict(header, sender_age_recipient="age1notakey"),
        dict(header, payload_sha256="Z" * 64),
    ]
    for bad in bad_headers:
        inner = envelope(bad, payload, signer=signer)
        error = refused(intro, seal_to(inner, intro.sam_identity.age_recipient))
        assert isinstance(error, errors.DamagedBundleError), bad
    for inner in (b"", b"\x00\x00\x00", b"\xff\xff\xff\xff" + header_bytes, header_bytes):
        error = refused(intro, seal_to(inner, intro.sam_identity.age_recipient))
        assert isinstance(error, errors.DamagedBundleError)


def test_every_reason_has_a_distinct_key() -> None:
    reasons = [cls.reason for cls in errors.ALL_REASONS]
    assert len(set(reasons)) == len(reasons)


def test_a_passphrase_file_asking_for_too_much_scrypt_work_is_refused_at_once() -> None:
    from pyrage import passphrase as age_passphrase

    sealed = bytes(age_passphrase.encrypt(b"x", "pw"))
    stanza = sealed.split(b"\n")[1]
    assert stanza.startswith(b"-> scrypt ")
    for cost in (b"21", b"22", b"40", b"x", b"123"):
        costly = MAGIC + sealed.replace(stanza, stanza.rsplit(b" ", 1)[0] + b" " + cost)
        with pytest.raises(errors.DamagedBundleError):
            open_bundle(costly, None, share_passphrase="pw")


def test_opening_in_a_worker_then_checking_the_sender(introduced: Introduced) -> None:
    """open_bundle without contacts touches no database; check_sender does the rest."""
    older = fresh(introduced, b"older")
    newer = fresh(introduced, b"newer")
    sam = use(introduced.pair.sam)
    identity = sam.contacts.identity.existing()
    sam.contacts.record_received(sam.contacts.open_bundle(newer))
    opened = open_bundle(older, identity)  # no contacts: not a replay yet
    assert opened.contact is None
    with pytest.raises(errors.AlreadyReceivedError):
        sam.contacts.check_sender(opened)


def test_seal_bundle_wants_exactly_one_way_to_encrypt() -> None:
    jo = VaultIdentity.generate("Jo")
    fields = HeaderFields("roadmap", "x", 1)
    for to, pw in ((None, None), (jo.age_recipient, "pw"), (None, ""), ("age1nope", None)):
        with pytest.raises(ValueError):
            seal_bundle(jo, fields, b"", to_recipient=to, share_passphrase=pw)
    for bad in (HeaderFields("", "x", 1), HeaderFields("r", "x", 0), HeaderFields("r", "x", 1, -1)):
        with pytest.raises(ValueError):
            seal_bundle(jo, bad, b"", to_recipient=jo.age_recipient, share_passphrase=None)


def test_a_huge_file_is_refused_before_decrypting(
    introduced: Introduced, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.services.exchange import bundle

    data = fresh(introduced, b"x" * 2000)
    monkeypatch.setattr(bundle, "MAX_BUNDLE_BYTES", 1000)
    assert isinstance(refused(introduced, data), errors.TooLargeError)
