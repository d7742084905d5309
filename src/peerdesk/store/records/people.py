"""The circle: the vault's owner and the people who support them (or a caseload)."""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import BaseRecord

# "self" is a person in recovery (the owner of a personal vault, or someone on a peer
# specialist's caseload); ``is_owner`` marks the one person who uses this vault.
ROLES = ("self", "peer_specialist", "supporter", "group", "professional")


class Person(BaseRecord):
    name = peewee.CharField(max_length=200)
    role = peewee.CharField(max_length=40, default="supporter")
    contact = peewee.TextField(default="")
    notes = peewee.TextField(default="")
    is_owner = peewee.BooleanField(default=False)


RECORDS: list[type[peewee.Model]] = [Person]
