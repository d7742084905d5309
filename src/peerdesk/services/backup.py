"""Backups of the whole vault: automatic rotating copies in ``backups/``, manual ones, restore."""

from __future__ import annotations

import contextlib
import shutil
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from peerdesk.store.migrations import SCHEMA_VERSION
from peerdesk.vault.backup import (
    BACKUP_SUFFIX,
    BackupInfo,
    read_backup_info,
    swap_in_restored_files,
    unpack_backup,
    write_backup,
)
from peerdesk.vault.errors import VaultDamagedError, VaultError
from peerdesk.vault.vault import Vault

AUTOMATIC_PREFIX = "auto-"
DEFAULT_KEEP = 5
DAILY = timedelta(hours=24)


def _stamp() -> str:
    return datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")


@dataclass
class BackupService:
    vault: Vault
    keep: int = DEFAULT_KEEP

    def automatic(
        self, reason: str, *, schema_version: int = SCHEMA_VERSION, own_connection: bool = False
    ) -> BackupInfo:
        """A rotating backup in ``backups/``; only the newest ``keep`` automatic ones stay.

        ``own_connection``: safe to call from a worker thread (see Vault.write_database_copy).
        """
        target = self.vault.backups_dir / f"{AUTOMATIC_PREFIX}{_stamp()}-{reason}{BACKUP_SUFFIX}"
        info = write_backup(
            self.vault,
            target,
            schema_version=schema_version,
            reason=reason,
            own_connection=own_connection,
        )
        self.rotate()
        return info

    def backup_to(self, target: Path, *, own_connection: bool = False) -> BackupInfo:
        return write_backup(
            self.vault, Path(target), schema_version=SCHEMA_VERSION, own_connection=own_connection
        )

    def daily_if_due(
        self, *, now: datetime | None = None, own_connection: bool = False
    ) -> BackupInfo | None:
        """Take the day's automatic backup unless one was made in the last 24 hours.

        Also clears staging files a backup killed halfway left behind (encrypted, but
        clutter). So restoring from ``backups/`` always has something recent to offer.
        """
        self.discard_staging_files()
        moment = now or datetime.now(UTC)
        for path in reversed(self.automatic_backups()):
            modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
            if moment - modified < DAILY:
                return None
            break
        return self.automatic("daily", own_connection=own_connection)

    def discard_staging_files(self) -> None:
        if not self.vault.backups_dir.exists():
            return
        for pattern in (".*.db", ".*.part"):
            for leftover in self.vault.backups_dir.glob(pattern):
                with contextlib.suppress(OSError):
                    leftover.unlink()

    def automatic_backups(self) -> list[Path]:
        if not self.vault.backups_dir.exists():
            return []
        return sorted(self.vault.backups_dir.glob(f"{AUTOMATIC_PREFIX}*{BACKUP_SUFFIX}"))

    def list_backups(self) -> list[BackupInfo]:
        infos: list[BackupInfo] = []
        for path in reversed(self.automatic_backups()):
            with contextlib.suppress(VaultError):
                infos.append(read_backup_info(path))
        return infos

    def rotate(self) -> None:
        old = self.automatic_backups()[: -self.keep] if self.keep > 0 else []
        for path in old:
            with contextlib.suppress(OSError):
                path.unlink()


def restore_backup(
    vault: Vault, backup_file: Path, secret: str, *, recovery_code: bool = False
) -> Path:
    """Replace a (locked) vault's data with a checked backup. Returns where the old files went.

    The backup is unpacked into a staging folder, unlocked with ``secret`` (the passphrase
    or recovery code valid when it was taken) and integrity-checked before anything live is
    touched. The replaced files are kept in ``backups/replaced-…`` rather than deleted.
    """
    if vault.is_unlocked:
        raise VaultError("Lock the vault before restoring a backup into it.", vault.folder)
    stamp = _stamp()
    staging = vault.folder / f".restore-{stamp}"
    try:
        unpack_backup(Path(backup_file), staging)
        staged = Vault(staging)
        if recovery_code:
            staged.unlock_with_recovery_code(secret)
        else:
            staged.unlock_with_passphrase(secret)
        try:
            problems = staged.database.integrity_problems()
        finally:
            staged.lock()
        if problems:
            raise VaultDamagedError(
                "The backup opened but failed its integrity check; nothing was restored.",
                Path(backup_file),
            )
        replaced = vault.backups_dir / f"replaced-{stamp}"
        swap_in_restored_files(vault.folder, staging, replaced)
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)
    vault.discard_pending_files()
    return replaced
