"""Whole-vault backup files and restoring them.

A backup (``.pdbackup``) is a zip holding ``manifest.json``, ``keys.json`` and an encrypted
copy of ``peerdesk.db`` made with SQLite's backup API into a keyed target. It opens with the
passphrase or recovery code that were valid when it was taken. Nothing in it is plaintext.

Restoring unpacks into a staging folder inside the vault, unlocks and checks the copy, and
only then moves the live files aside (to ``backups/replaced-…``) and the checked ones in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import zipfile
import zlib
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peerdesk.i18n import translate
from peerdesk.vault.errors import VaultDamagedError, VaultError, VaultLockedError
from peerdesk.vault.files import (
    PRIVATE_FILE_MODE,
    explain_os_error,
    fsync_dir,
    make_private_dir,
)
from peerdesk.vault.vault import DB_NAME, KEYS_NAME, Vault, begin_restore_swap

BACKUP_FORMAT = "peerdesk-backup"
BACKUP_VERSION = 1
BACKUP_SUFFIX = ".pdbackup"
MAX_MEMBER_BYTES = 64 * 1024 * 1024 * 1024
MAX_MANIFEST_BYTES = 64 * 1024

# What zipfile (and the JSON inside) can raise on a damaged or hostile file, besides OSError:
# unsupported or mismatched compression (NotImplementedError), "encrypted" members
# (RuntimeError), truncated or corrupt deflate data (EOFError, zlib.error), bad offsets
# (ValueError), absurd nesting in the manifest (RecursionError).
_DAMAGED_ZIP_ERRORS = (
    zipfile.BadZipFile,
    zipfile.LargeZipFile,
    NotImplementedError,
    RuntimeError,
    EOFError,
    zlib.error,
    ValueError,
    KeyError,
)


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    vault_id: str
    created_at: str
    schema_version: int
    reason: str


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def write_backup(
    vault: Vault,
    target: Path,
    *,
    schema_version: int,
    reason: str = "manual",
    own_connection: bool = False,
) -> BackupInfo:
    """Write an encrypted backup of an unlocked vault to ``target`` (atomically)."""
    if not vault.is_unlocked:
        raise VaultLockedError(
            translate("Vault", "Unlock the vault before backing it up."), vault.folder
        )
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    staging_db = target.with_name(f".{target.name}.{os.getpid()}.db")
    staging_zip = target.with_name(f".{target.name}.{os.getpid()}.part")
    created = datetime.now(UTC).isoformat(timespec="seconds")
    try:
        for leftover in (staging_db, staging_zip):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
        vault.write_database_copy(staging_db, own_connection=own_connection)
        manifest = {
            "format": BACKUP_FORMAT,
            "version": BACKUP_VERSION,
            "vault_id": vault.vault_id,
            "created_at": created,
            "schema_version": schema_version,
            "reason": reason,
            "database_sha256": _sha256(staging_db),
        }
        fd = os.open(staging_zip, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
        with os.fdopen(fd, "wb") as raw:
            with zipfile.ZipFile(raw, "w", zipfile.ZIP_STORED) as archive:
                archive.writestr("manifest.json", json.dumps(manifest, indent=2))
                archive.writestr(KEYS_NAME, vault.keyfile.to_json_bytes())
                archive.write(staging_db, DB_NAME)
            # Synced after the archive is closed: closing writes its central directory.
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(staging_zip, target)
        fsync_dir(target.parent)  # else a power cut can undo the rename: no backup at all
    except OSError as exc:
        raise explain_os_error(exc, target) from exc
    finally:
        for leftover in (staging_db, staging_zip):
            with contextlib.suppress(FileNotFoundError):
                leftover.unlink()
    return BackupInfo(target, vault.vault_id, created, schema_version, reason)


def read_backup_info(path: Path) -> BackupInfo:
    manifest = _read_manifest(Path(path))
    return BackupInfo(
        Path(path),
        str(manifest.get("vault_id", "")),
        str(manifest.get("created_at", "")),
        _as_int(manifest.get("schema_version")),
        str(manifest.get("reason", "")),
    )


def _as_int(value: object) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _read_manifest(path: Path) -> dict[str, object]:
    try:
        with zipfile.ZipFile(path) as archive:
            names = set(archive.namelist())
            if not {"manifest.json", KEYS_NAME, DB_NAME} <= names:
                raise VaultDamagedError(
                    translate("Vault", "This is not a complete PeerDesk backup."), path
                )
            if archive.getinfo("manifest.json").file_size > MAX_MANIFEST_BYTES:
                raise VaultDamagedError("The backup file is damaged (huge manifest).", path)
            manifest = json.loads(archive.read("manifest.json").decode("utf-8"))
    except FileNotFoundError as exc:
        raise VaultError(
            translate("Vault", "The backup file {path} does not exist.").format(path=path), path
        ) from exc
    except (*_DAMAGED_ZIP_ERRORS, RecursionError, OSError) as exc:
        raise VaultDamagedError(
            translate("Vault", "The backup file is damaged or not a PeerDesk backup."), path
        ) from exc
    if not isinstance(manifest, dict) or manifest.get("format") != BACKUP_FORMAT:
        raise VaultDamagedError(translate("Vault", "This is not a PeerDesk backup file."), path)
    if manifest.get("version") != BACKUP_VERSION:
        raise VaultDamagedError(
            translate("Vault", "This backup was made by a newer PeerDesk."), path
        )
    return manifest


def unpack_backup(path: Path, staging: Path) -> None:
    """Extract a backup into an empty private folder, checking sizes and the database hash."""
    manifest = _read_manifest(path)
    make_private_dir(staging)
    try:
        with zipfile.ZipFile(path) as archive:
            for name in (KEYS_NAME, DB_NAME):
                info = archive.getinfo(name)
                if info.file_size > MAX_MEMBER_BYTES:
                    raise VaultDamagedError("The backup file is implausibly large.", path)
                fd = os.open(
                    staging / name, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE
                )
                with os.fdopen(fd, "wb") as out, archive.open(info) as src:
                    shutil.copyfileobj(src, out, 1 << 20)
                    out.flush()
                    os.fsync(out.fileno())  # these files are renamed into the vault
        fsync_dir(staging)
    except OSError as exc:
        raise explain_os_error(exc, staging) from exc
    except _DAMAGED_ZIP_ERRORS as exc:
        raise VaultDamagedError(translate("Vault", "The backup file is damaged."), path) from exc
    if _sha256(staging / DB_NAME) != manifest.get("database_sha256"):
        raise VaultDamagedError(
            translate("Vault", "The backup file is damaged (its database does not match)."), path
        )


def swap_in_restored_files(vault_folder: Path, staging: Path, replaced_dir: Path) -> None:
    """Move the live database and keys aside, then the checked restored ones in.

    ``replaced_dir`` must be a ``replaced-…`` folder in ``backups/``; the swap survives
    being killed halfway (see :func:`peerdesk.vault.vault.begin_restore_swap`).
    """
    try:
        begin_restore_swap(vault_folder, staging, replaced_dir)
    except OSError as exc:
        raise explain_os_error(exc, vault_folder) from exc
