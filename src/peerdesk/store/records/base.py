"""The base of every record: UUID id, timestamps, soft-delete tombstone.

Records are peewee models; they are called *records* so nobody mistakes them for Qt item
models. All of them are bound to :data:`database_proxy`, which the vault points at the
unlocked SQLCipher database.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import Any

import peewee

database_proxy = peewee.DatabaseProxy()


def utc_now() -> datetime:
    return datetime.now(UTC).replace(microsecond=0, tzinfo=None)


def new_id() -> str:
    return str(uuid.uuid4())


class BaseRecord(peewee.Model):
    id = peewee.CharField(primary_key=True, max_length=36, default=new_id)
    created_at = peewee.DateTimeField(default=utc_now)
    updated_at = peewee.DateTimeField(default=utc_now, index=True)
    # No index: nearly every row is alive, and SQLite would pick the index for
    # "deleted_at IS NULL" and read the table in index order (measured: 5x slower).
    deleted_at = peewee.DateTimeField(null=True)

    class Meta:
        database = database_proxy
        legacy_table_names = False

    def save(self, *args: Any, **kwargs: Any) -> Any:
        self.updated_at = utc_now()
        return super().save(*args, **kwargs)

    @classmethod
    def alive(cls) -> Any:
        """A select of the rows that are not tombstoned."""
        return cls.select().where(cls.deleted_at.is_null())


class PlainRecord(peewee.Model):
    """For join tables and key/value rows that need no UUID or tombstone."""

    class Meta:
        database = database_proxy
        legacy_table_names = False
