"""Exchange identity and contacts: this vault's key pairs and the vaults it exchanges with.

The private halves live only here, inside the encrypted database, so a data-key rotation
re-encrypts them with everything else. Contacts are forgotten by deleting their rows (with
``secure_delete`` on, the bytes are overwritten); they have no tombstones to merge.
"""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import PlainRecord, new_id, utc_now

IDENTITY_ROW = "self"


class ExchangeIdentity(PlainRecord):
    """One row (id ``self``): the vault's Ed25519 signing key and age X25519 identity."""

    id = peewee.CharField(primary_key=True, max_length=20, default=IDENTITY_ROW)
    signing_private = peewee.BlobField()  # 32 raw bytes
    age_identity = peewee.TextField()  # AGE-SECRET-KEY-1...
    display_name = peewee.TextField(null=True)  # None: the owner's name, at use time
    created_at = peewee.DateTimeField(default=utc_now)


class ExchangeContact(PlainRecord):
    """A pinned sender: their public keys, the name they claimed and the name shown here."""

    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    signing_public = peewee.BlobField(unique=True)  # 32 raw bytes
    age_recipient = peewee.TextField()  # age1...
    claimed_name = peewee.TextField(default="")  # as signed in their last bundle
    name = peewee.TextField(default="")  # shown here; renamable
    first_exchange_at = peewee.DateTimeField(default=utc_now)
    last_exchange_at = peewee.DateTimeField(default=utc_now)


class ExchangeScope(PlainRecord):
    """Per contact and scope: the last sequence number received from them and sent to them."""

    id = peewee.AutoField()
    contact = peewee.ForeignKeyField(ExchangeContact, on_delete="CASCADE", backref="scopes")
    scope_kind = peewee.CharField(max_length=40)
    scope_id = peewee.CharField(max_length=100)
    last_received = peewee.IntegerField(default=0)
    last_sent = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("contact", "scope_kind", "scope_id"), True),)


class ExchangeSequence(PlainRecord):
    """This vault's outgoing counter per scope: strictly increasing, whoever the recipient."""

    id = peewee.AutoField()
    scope_kind = peewee.CharField(max_length=40)
    scope_id = peewee.CharField(max_length=100)
    last_sent = peewee.IntegerField(default=0)

    class Meta:
        indexes = ((("scope_kind", "scope_id"), True),)


RECORDS: list[type[peewee.Model]] = [
    ExchangeIdentity,
    ExchangeContact,
    ExchangeScope,
    ExchangeSequence,
]
