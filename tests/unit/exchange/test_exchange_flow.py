"""The story: Jo shares to a passphrase, Sam pins Jo, and replies go to keys, not passphrases."""

from __future__ import annotations

import pytest

from peerdesk.services.exchange.bundle import MAGIC, PASSPHRASE_RECIPIENT
from peerdesk.services.exchange.contacts import ContactNotFound
from peerdesk.services.exchange.errors import AlreadyReceivedError
from peerdesk.services.exchange.fingerprint import WORDLIST
from tests.unit.exchange.conftest import SHARE_PASSPHRASE, Pair, send, use

PAYLOAD = b'{"goals": ["walk the dog every morning"]}'


def test_first_bundle_by_passphrase_then_replies_by_key(pair: Pair) -> None:
    jo = use(pair.jo)
    fields = jo.contacts.prepare_send("roadmap", "sam-at-jo", None)
    assert (fields.sequence, fields.ack) == (1, 0)
    data = jo.contacts.seal(fields, PAYLOAD, share_passphrase=SHARE_PASSPHRASE)
    assert data.startswith(MAGIC)
    jo_identity = jo.contacts.identity.identity()
    assert jo_identity.display_name == "Jo Okafor"

    sam = use(pair.sam)
    opened = sam.contacts.open_bundle(data, share_passphrase=SHARE_PASSPHRASE)
    assert opened.payload == PAYLOAD
    assert opened.via_passphrase
    assert not opened.is_known_sender
    assert opened.header.recipient == PASSPHRASE_RECIPIENT
    assert opened.sender.display_name == "Jo Okafor"
    assert opened.sender.fingerprint == jo_identity.fingerprint
    assert opened.header.scope_kind == "roadmap"
    assert opened.header.scope_id == "sam-at-jo"
    assert sam.contacts.list_contacts() == []  # opening writes nothing
    contact = sam.contacts.pin(opened)
    sam.contacts.record_received(opened)
    assert contact.name == "Jo Okafor"
    assert contact.fingerprint == jo_identity.fingerprint
    assert all(word in WORDLIST for word in contact.fingerprint.split())
    assert sam.contacts.last_received(contact.id, "roadmap", "sam-at-jo") == 1
    # The same file again: already received, a no-op.
    with pytest.raises(AlreadyReceivedError):
        sam.contacts.open_bundle(data, share_passphrase=SHARE_PASSPHRASE)

    # Sam replies to Jo's key: no passphrase, and the ack says "I have your 1".
    reply_fields = sam.contacts.prepare_send(
        "roadmap", "sam-self", contact.id, ack_scope_id="sam-at-jo"
    )
    assert (reply_fields.sequence, reply_fields.ack) == (1, 1)
    reply = sam.contacts.seal(reply_fields, b"sam's edits", contact_id=contact.id)

    jo = use(pair.jo)
    back = jo.contacts.open_bundle(reply)
    assert not back.via_passphrase
    assert back.payload == b"sam's edits"
    assert back.header.ack == 1
    assert back.sender.display_name == "Sam Rivera"
    sam_at_jo = jo.contacts.pin(back, name="Sam R.")
    jo.contacts.record_received(back)
    assert sam_at_jo.name == "Sam R."
    assert sam_at_jo.claimed_name == "Sam Rivera"

    # And Jo's next bundle goes to Sam's key, with sequence 2.
    fields2 = jo.contacts.prepare_send(
        "roadmap", "sam-at-jo", sam_at_jo.id, ack_scope_id="sam-self"
    )
    assert (fields2.sequence, fields2.ack) == (2, 1)
    data2 = jo.contacts.seal(fields2, b"second", contact_id=sam_at_jo.id)
    sam = use(pair.sam)
    second = sam.contacts.open_bundle(data2)
    assert second.is_known_sender
    assert second.contact is not None
    assert second.contact.contact_id == contact.id
    sam.contacts.record_received(second)
    assert sam.contacts.last_received(contact.id, "roadmap", "sam-at-jo") == 2


def test_contacts_rename_forget_and_scopes(pair: Pair) -> None:
    sam = use(pair.sam)
    sam_identity = sam.contacts.own_identity()
    jo = use(pair.jo)
    jo_identity = jo.contacts.own_identity()
    # Jo learns Sam's key from a bundle Sam sealed to Jo's key.
    data = send(pair.sam, jo_identity, "all", b"cards")
    jo = use(pair.jo)
    opened = jo.contacts.open_bundle(data)
    contact = jo.contacts.pin(opened)
    assert jo.contacts.pin(opened) == contact  # idempotent
    jo.contacts.record_received(opened)
    assert contact.signing_public == sam_identity.signing_public
    assert contact.age_recipient == sam_identity.age_recipient
    assert contact.fingerprint != jo_identity.fingerprint
    renamed = jo.contacts.rename(contact.id, "  Sam\nfrom group  ")
    assert renamed.name == "Sam from group"
    assert [c.name for c in jo.contacts.list_contacts()] == ["Sam from group"]
    states = jo.contacts.scopes(contact.id)
    assert [(s.scope_kind, s.scope_id, s.last_received) for s in states] == [("roadmap", "all", 1)]
    jo.contacts.forget(contact.id)
    assert jo.contacts.list_contacts() == []
    with pytest.raises(ContactNotFound):
        jo.contacts.get(contact.id)
    # Forgotten: the same file is from a stranger again, not a replay.
    again = jo.contacts.open_bundle(data)
    assert not again.is_known_sender
