"""Vault-wide records: settings and autosaved drafts (kept encrypted, never in temp files)."""

from __future__ import annotations

import peewee

from peerdesk.store.records.base import PlainRecord, utc_now


class Setting(PlainRecord):
    """A vault setting (auto-lock, backups, ...). Lives inside the encrypted database."""

    key = peewee.CharField(primary_key=True, max_length=100)
    value = peewee.TextField()  # JSON


class Draft(PlainRecord):
    """Unsaved editor content, kept so a crash or an auto-lock loses nothing."""

    key = peewee.CharField(primary_key=True, max_length=200)
    payload = peewee.TextField()  # JSON
    updated_at = peewee.DateTimeField(default=utc_now)


RECORDS: list[type[peewee.Model]] = [Setting, Draft]
