"""Exchange between vaults: per-field version vectors, people links, received summaries.

These rows never travel themselves; they describe what this vault knows about the records
it shares (see services/exchange/versions.py and docs/FORMATS.md).
"""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import BaseRecord, PlainRecord, utc_now


class FieldVersions(PlainRecord):
    """Per shared record: ``{field: [version vector, hash of the value it was stamped at]}``.

    ``ghost`` rows describe a tombstone received for a record this vault never had, so an
    older file cannot bring it back.
    """

    record_id = peewee.CharField(primary_key=True, max_length=36)
    table_name = peewee.CharField(max_length=40, index=True)
    versions = peewee.TextField()  # JSON: {"v": [flat vectors], "f": {field: [i, hash]}}
    vhash = peewee.CharField(max_length=32, default="")  # hash of every field's vector
    values_hash = peewee.CharField(max_length=32, default="")  # the values last stamped
    ghost = peewee.BooleanField(default=False)


class ExchangeState(PlainRecord):
    """Small key/value rows: this vault's exchange clock."""

    key = peewee.CharField(primary_key=True, max_length=100)
    value = peewee.TextField()


class ExchangePeer(PlainRecord):
    """Another vault this one exchanged with (keyed by that vault's stable id)."""

    vault_id = peewee.CharField(primary_key=True, max_length=100)
    name = peewee.CharField(max_length=200, default="")
    contact_id = peewee.CharField(max_length=36, null=True, index=True)  # the pinned contact
    last_received_at = peewee.DateTimeField(null=True)
    last_sent_at = peewee.DateTimeField(null=True)


class PeopleLink(PlainRecord):
    """ "Sam Rivera in their vault is you": their person id ↔ my person id, per peer vault."""

    key = peewee.CharField(primary_key=True, max_length=140)  # peer vault id + "/" + their id
    peer = peewee.CharField(max_length=100, index=True)
    their_id = peewee.CharField(max_length=36)
    my_id = peewee.CharField(max_length=36, index=True)


class ReceivedSummary(BaseRecord):
    """A progress summary someone shared with this vault (read-only here)."""

    peer = peewee.CharField(max_length=100, index=True)
    sender_name = peewee.CharField(max_length=200, default="")
    received_at = peewee.DateTimeField(default=utc_now)
    summary = peewee.TextField()  # JSON, as received


RECORDS: list[type[peewee.Model]] = [
    FieldVersions,
    ExchangeState,
    ExchangePeer,
    PeopleLink,
    ReceivedSummary,
]
