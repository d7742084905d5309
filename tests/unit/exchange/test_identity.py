"""The vault identity: made lazily, stored encrypted, survives a data-key rotation."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from peerdesk.services.exchange.bundle import MAGIC
from peerdesk.services.exchange.fingerprint import (
    FINGERPRINT_WORDS,
    WORDLIST,
    fingerprint_text,
    fingerprint_words,
)
from peerdesk.services.exchange.identity import IdentityService, VaultIdentity
from peerdesk.services.session import Services, start_session
from peerdesk.store.migrations import MIGRATIONS, schema_version
from peerdesk.store.records import ExchangeContact, ExchangeIdentity
from tests.conftest import PASSPHRASE
from tests.unit.exchange.conftest import (
    SHARE_PASSPHRASE,
    Introduced,
    Pair,
    receive,
    send,
    use,
)

CANARIES = ["quokkazanzibar", "marmaladequill", "pelicanvortex", "zebrafjordcanary"]


def test_identity_is_made_once_on_first_use(services: Services) -> None:
    identities = IdentityService()
    assert identities.existing() is None
    assert ExchangeIdentity.select().count() == 0
    first = identities.identity()
    again = identities.identity()
    assert ExchangeIdentity.select().count() == 1
    assert first.signing_public == again.signing_public
    assert first.age_recipient == again.age_recipient
    assert first.age_recipient.startswith("age1")
    assert len(first.signing_public) == 32
    assert "AGE-SECRET" not in repr(first)
    assert "signing_key" not in repr(first)


def test_display_name_defaults_to_the_owner_and_can_be_set(services: Services) -> None:
    identities = services.contacts.identity
    assert identities.display_name() == ""
    services.people.create("Sam Rivera", "self")
    assert identities.display_name() == "Sam Rivera"  # the one person in recovery
    services.people.create("Pat", "self")
    assert identities.display_name() == ""  # a caseload: whose name? none
    services.people.create("Jo Okafor", "peer_specialist", is_owner=True)
    assert identities.identity().display_name == "Jo Okafor"
    identities.set_display_name("  Jo O.\t(agency) ")
    assert identities.identity().display_name == "Jo O. (agency)"
    identities.set_display_name(None)
    assert identities.identity().display_name == "Jo Okafor"


def test_fingerprint_words() -> None:
    assert len(WORDLIST) == 256
    assert len(set(WORDLIST)) == 256
    assert all(word.isalpha() and word.islower() and len(word) <= 7 for word in WORDLIST)
    key = bytes(range(32))
    words = fingerprint_words(key)
    assert len(words) == FINGERPRINT_WORDS
    digest = hashlib.sha256(b"peerdesk-fingerprint/v1\0" + key).digest()
    assert words == tuple(WORDLIST[b] for b in digest[:6])
    assert fingerprint_text(key) == " ".join(words)
    assert fingerprint_text(bytes(32)) != fingerprint_text(key)


def test_contacts_and_identity_survive_a_data_key_rotation(introduced: Introduced) -> None:
    sam = use(introduced.pair.sam)
    before = sam.contacts.own_identity()
    sam.vault.rotate_data_key(PASSPHRASE)
    use(sam)
    after = sam.contacts.own_identity()
    assert after.signing_public == before.signing_public
    assert after.age_recipient == before.age_recipient
    assert [c.id for c in sam.contacts.list_contacts()] == [introduced.jo_at_sam]
    # Jo's next bundle, sealed to Sam's (unchanged) key, opens and is from a known contact.
    data = send(introduced.pair.jo, introduced.sam_identity, "sam-at-jo", b"after rotation")
    opened = receive(introduced.pair.sam, data)
    assert opened.payload == b"after rotation"
    assert opened.contact is not None
    assert opened.contact.contact_id == introduced.jo_at_sam


def test_migration_2_adds_the_exchange_tables_to_a_version_1_vault(services: Services) -> None:
    vault = services.vault
    db = vault.database
    for table in ("exchange_scope", "exchange_sequence", "exchange_contact", "exchange_identity"):
        db.execute_sql(f"DROP TABLE {table}")
    db.execute_sql("PRAGMA user_version = 1")
    again = start_session(vault)
    assert next(m.version for m in again.migrated) == 2  # then the later steps, if any
    assert schema_version(db) == MIGRATIONS[-1].version
    assert ExchangeContact.select().count() == 0
    assert again.contacts.own_identity().age_recipient.startswith("age1")


def test_keys_are_not_in_the_database_file_in_the_clear(services: Services) -> None:
    identity = services.contacts.own_identity()
    services.vault.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = services.vault.db_path.read_bytes()
    secret = str(identity.age_identity)
    assert secret.encode() not in raw
    assert identity.signing_key.private_bytes_raw() not in raw
    # and it is not a plain SQLite file either
    plain = sqlite3.connect(services.vault.db_path)
    try:
        with pytest.raises(sqlite3.DatabaseError):
            plain.execute("SELECT count(*) FROM sqlite_master").fetchone()
    finally:
        plain.close()


def test_no_plaintext_in_bundle_files(pair: Pair) -> None:
    """Names, scope, payload: none of it readable in either kind of file (canary words)."""
    jo = use(pair.jo)
    jo.contacts.identity.set_display_name(f"Jo {CANARIES[0]}")
    payload = f"goal: {CANARIES[1]} milestone: {CANARIES[2]}".encode() * 20
    fields = jo.contacts.prepare_send("roadmap", CANARIES[3], None)
    by_passphrase = jo.contacts.seal(fields, payload, share_passphrase=SHARE_PASSPHRASE)
    sam_identity = use(pair.sam).contacts.own_identity()
    by_key = send(pair.jo, sam_identity, CANARIES[3], payload)
    for data in (by_passphrase, by_key):
        assert data.startswith(MAGIC)
        lowered = data.lower()
        for canary in [*CANARIES, "jo okafor", "roadmap", "sam rivera"]:
            for encoded in (canary.encode(), canary.encode("utf-16-le")):
                assert encoded not in lowered, canary
        assert SHARE_PASSPHRASE.encode() not in data
        # The only plain text: the magic line and age's own header.
        assert data.count(b"PEERDESK") == 1


def test_generated_identity_is_independent() -> None:
    a, b = VaultIdentity.generate(), VaultIdentity.generate()
    assert a.signing_public != b.signing_public
    assert a.age_recipient != b.age_recipient
