"""Autosaved drafts: unsaved editor content kept in the encrypted database.

Never in a temp file: a crash, a power cut or an auto-lock loses nothing, and nothing
readable is left on disk.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.store.records import Draft, utc_now


class DraftService:
    def save(self, key: str, payload: dict[str, Any]) -> None:
        (
            Draft.insert(key=key, payload=json.dumps(payload), updated_at=utc_now())
            .on_conflict_replace()
            .execute()
        )

    def load(self, key: str) -> dict[str, Any] | None:
        row = Draft.get_or_none(Draft.key == key)
        if row is None:
            return None
        value = json.loads(row.payload)
        return value if isinstance(value, dict) else None

    def discard(self, key: str) -> None:
        Draft.delete().where(Draft.key == key).execute()

    def keys(self) -> list[str]:
        return [d.key for d in Draft.select(Draft.key)]
