"""Vault settings, stored inside the encrypted database (never in QSettings)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from peerdesk.services.events import Change, ChangeBus
from peerdesk.store.records import Setting

AUTO_LOCK_MINUTES = "security.auto_lock_minutes"
BACKUPS_TO_KEEP = "backups.keep"
OWNER_NAME = "people.owner_name"
# The folder the last export or printed plan went to: a path can name a person, so it is
# kept here, encrypted in the vault, never in QSettings.
EXPORT_FOLDER = "exports.last_folder"
VAULT_LABEL = "vault.label"  # the label the user chose (vault picker, audit rows); no names

DEFAULTS: dict[str, Any] = {
    AUTO_LOCK_MINUTES: 5,
    BACKUPS_TO_KEEP: 5,
}


@dataclass(frozen=True)
class SettingsService:
    bus: ChangeBus
    # The organisation's max_auto_lock_minutes (None: not managed); see services/policy.
    auto_lock_limit: int | None = None

    def get(self, key: str, default: Any = None) -> Any:
        row = Setting.get_or_none(Setting.key == key)
        if row is None:
            return DEFAULTS.get(key, default)
        return json.loads(row.value)

    def set(self, key: str, value: Any) -> Change:
        Setting.insert(key=key, value=json.dumps(value)).on_conflict_replace().execute()
        return self.bus.publish(Change("setting", "updated", (key,)))

    @property
    def auto_lock_minutes(self) -> int:
        value = self.get(AUTO_LOCK_MINUTES)
        minutes = int(value) if isinstance(value, int | float) and value >= 0 else 5
        limit = self.auto_lock_limit
        if limit is not None and (minutes <= 0 or minutes > limit):
            return limit
        return minutes

    def set_auto_lock_minutes(self, minutes: int) -> Change:
        if not 0 <= minutes <= 24 * 60:
            raise ValueError("Auto-lock must be between 0 (never) and 1440 minutes.")
        limit = self.auto_lock_limit
        if limit is not None and (minutes <= 0 or minutes > limit):
            raise ValueError(
                f"Your organisation sets auto-lock to at most {limit} minutes "
                "(never is not allowed)."
            )
        return self.set(AUTO_LOCK_MINUTES, int(minutes))

    @property
    def backups_to_keep(self) -> int:
        value = self.get(BACKUPS_TO_KEEP)
        return int(value) if isinstance(value, int) and value >= 1 else 5

    def set_backups_to_keep(self, count: int) -> Change:
        if not 1 <= count <= 100:
            raise ValueError("Keep between 1 and 100 backups.")
        return self.set(BACKUPS_TO_KEEP, int(count))

    @property
    def export_folder(self) -> str | None:
        value = self.get(EXPORT_FOLDER)
        return value if isinstance(value, str) and value else None

    def set_export_folder(self, folder: str) -> Change:
        return self.set(EXPORT_FOLDER, str(folder))
