"""A vault: a folder with ``peerdesk.db`` (SQLCipher), ``keys.json`` and ``backups/``.

``Vault.open`` claims the folder for this process; unlocking turns a secret into the data key
and opens the database; ``lock`` closes it and forgets the key. A failed unlock changes no
vault data: it only counts itself in ``failed-unlocks.json`` (no secret: a count and two
times), which the next successful unlock turns into an audit row and removes.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import shutil
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from peerdesk.i18n import QT_TRANSLATE_NOOP, translate
from peerdesk.vault import keyring_store
from peerdesk.vault.database import CipherDatabase
from peerdesk.vault.errors import (
    EnvelopeDamagedError,
    VaultDamagedError,
    VaultError,
    VaultExistsError,
    VaultLockedError,
    VaultNotFoundError,
    WrongSecretError,
)
from peerdesk.vault.files import (
    ProcessLock,
    fsync_dir,
    make_private_dir,
    write_private_file_atomically,
)
from peerdesk.vault.keys import (
    KEYRING_METHOD,
    PASSPHRASE_METHOD,
    RECOVERY_METHOD,
    KdfParams,
    KeyFile,
    calibrate_kdf,
    new_data_key,
    new_recovery_code,
    seal_with_keyring_secret,
    seal_with_passphrase,
    seal_with_recovery_code,
)

DB_NAME = "peerdesk.db"
KEYS_NAME = "keys.json"
LOCK_NAME = "peerdesk.lock"
BACKUPS_NAME = "backups"
ROTATING_NAME = DB_NAME + ".rotating"  # a data-key rotation in progress
RESTORE_MARKER_NAME = "restore-in-progress.json"
# Left in a folder that already held other files while a new vault's files move in.
CREATING_MARKER_NAME = "creating-vault"
_STAGING_INFIX = ".creating-"
FAILED_UNLOCKS_NAME = "failed-unlocks.json"


def read_failed_unlocks(folder: Path) -> dict[str, Any] | None:
    """The failed-unlock counter beside the vault: {count, first, last, methods}, or None."""
    path = Path(folder) / FAILED_UNLOCKS_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError):
        return {"count": 1, "first": "", "last": "", "methods": {}, "damaged": True}
    if not isinstance(data, dict) or not isinstance(data.get("count"), int):
        return {"count": 1, "first": "", "last": "", "methods": {}, "damaged": True}
    return data


def count_failed_unlock(folder: Path, method: str) -> None:
    """Add one failed attempt to the counter (best effort: never hides the wrong secret)."""
    now = datetime.now(UTC).isoformat(timespec="seconds")
    data = read_failed_unlocks(folder) or {"count": 0, "first": now, "methods": {}}
    methods = data.get("methods") if isinstance(data.get("methods"), dict) else {}
    assert isinstance(methods, dict)
    methods[method] = int(methods.get(method, 0)) + 1
    data.update(count=int(data["count"]) + 1, last=now, methods=methods)
    data.setdefault("first", now)
    with contextlib.suppress(VaultError, OSError):
        write_private_file_atomically(
            Path(folder) / FAILED_UNLOCKS_NAME, json.dumps(data, sort_keys=True).encode()
        )


def clear_failed_unlocks(folder: Path) -> None:
    with contextlib.suppress(FileNotFoundError):
        (Path(folder) / FAILED_UNLOCKS_NAME).unlink()


def vault_files(folder: Path) -> list[Path]:
    """The files that make up a vault's data (for checks and tests)."""
    names = (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME)
    return [folder / n for n in names if (folder / n).exists()]


def is_vault(folder: Path) -> bool:
    if (folder / CREATING_MARKER_NAME).exists() and not (folder / KEYS_NAME).exists():
        return False  # a creation that was killed before its key file arrived
    return any((folder / n).exists() for n in (KEYS_NAME, DB_NAME, RESTORE_MARKER_NAME))


def _staging_folders(folder: Path) -> list[Path]:
    """Staging folders of vault creations beside ``folder`` (``.<name>.creating-<hex>``)."""
    prefix = f".{folder.name}{_STAGING_INFIX}"
    try:
        return [p for p in folder.parent.iterdir() if p.name.startswith(prefix) and p.is_dir()]
    except OSError:
        return []


def _remove_abandoned_staging(folder: Path) -> None:
    """Staging folders whose creator is gone (killed): nobody holds their lock."""
    for staging in _staging_folders(folder):
        lock = ProcessLock(staging / LOCK_NAME)
        try:
            lock.acquire()
        except VaultError:
            continue  # another process is creating this vault right now
        lock.release()
        with contextlib.suppress(OSError):
            shutil.rmtree(staging)


def _clear_interrupted_creation(folder: Path) -> None:
    """Files of a creation killed while moving into a folder that held other files."""
    if (folder / CREATING_MARKER_NAME).exists() and not (folder / KEYS_NAME).exists():
        for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", CREATING_MARKER_NAME):
            with contextlib.suppress(FileNotFoundError):
                (folder / name).unlink()


def _move_into_place(staging: Path, folder: Path) -> None:
    """The staged vault becomes ``folder`` in one rename (or, into a folder that already
    holds other files, database first and key file last under a marker)."""
    if not folder.exists():
        os.rename(staging, folder)
        return
    if folder.is_dir() and not any(folder.iterdir()):
        if sys.platform == "win32":  # pragma: no cover - no rename over a folder there
            folder.rmdir()
        os.replace(staging, folder)  # POSIX: an empty folder is replaced atomically
        return
    write_private_file_atomically(folder / CREATING_MARKER_NAME, b"")
    for name in (DB_NAME, BACKUPS_NAME, KEYS_NAME):
        if (staging / name).exists() and not (folder / name).exists():
            os.replace(staging / name, folder / name)
        fsync_dir(folder)
    (folder / CREATING_MARKER_NAME).unlink()
    with contextlib.suppress(OSError):
        shutil.rmtree(staging)


def begin_restore_swap(folder: Path, staging: Path, replaced_dir: Path) -> None:
    """Swap checked restored files into the vault so that a crash cannot leave it half-done.

    Two files cannot be replaced in one atomic step, so a marker naming the staging and
    the replaced-files folders is written first; the moves follow. Killed at any point,
    the next :meth:`Vault.open` finds the marker and finishes the same moves, so the
    vault is never left with no database, no key file, or keys that do not fit it.
    """
    marker = {"staging": staging.name, "replaced": replaced_dir.name}
    make_private_dir(replaced_dir)
    write_private_file_atomically(folder / RESTORE_MARKER_NAME, json.dumps(marker).encode())
    finish_restore_swap(folder)


def finish_restore_swap(folder: Path) -> None:
    """Complete the moves of an interrupted restore (idempotent; no marker: nothing)."""
    marker_path = folder / RESTORE_MARKER_NAME
    if not marker_path.exists():
        return
    try:
        marker = json.loads(marker_path.read_text(encoding="utf-8"))
        staging_name, replaced_name = str(marker["staging"]), str(marker["replaced"])
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise VaultDamagedError(
            f"{RESTORE_MARKER_NAME} (left by an interrupted restore) is unreadable.", marker_path
        ) from exc
    plain_names = all(Path(n).name == n for n in (staging_name, replaced_name))
    if not (
        plain_names
        and staging_name.startswith(".restore-")
        and replaced_name.startswith("replaced-")
    ):
        raise VaultDamagedError(
            f"{RESTORE_MARKER_NAME} (left by an interrupted restore) is not valid.", marker_path
        )
    staging = folder / staging_name
    replaced = folder / BACKUPS_NAME / replaced_name
    make_private_dir(replaced)
    # First every live file whose restored counterpart is still waiting goes aside ...
    for name in (DB_NAME, DB_NAME + "-wal", DB_NAME + "-shm", KEYS_NAME):
        counterpart = staging / (KEYS_NAME if name == KEYS_NAME else DB_NAME)
        if (folder / name).exists() and counterpart.exists():
            os.replace(folder / name, replaced / name)
    # ... then the restored files come in.
    for name in (KEYS_NAME, DB_NAME):
        if (staging / name).exists():
            os.replace(staging / name, folder / name)
    fsync_dir(replaced)  # the live files moved aside are kept, also through a power cut
    fsync_dir(replaced.parent)
    if staging.is_dir():  # both ends of every rename are synced
        fsync_dir(staging)
    fsync_dir(folder)
    marker_path.unlink()
    fsync_dir(folder)
    with contextlib.suppress(OSError):
        shutil.rmtree(staging)


_METHOD_OF = {
    "passphrase": PASSPHRASE_METHOD,
    "recovery code": RECOVERY_METHOD,
    "saved key": KEYRING_METHOD,
}
_DAMAGED_ENVELOPE = {  # translated where raised
    PASSPHRASE_METHOD: QT_TRANSLATE_NOOP(
        "Vault",
        "The passphrase's sealed key in keys.json is damaged, so no passphrase can open it "
        "(your passphrase may well be right). Your recovery code still opens the vault, or "
        "restore from a backup. Nothing was changed.",
    ),
    RECOVERY_METHOD: QT_TRANSLATE_NOOP(
        "Vault",
        "The recovery code's sealed key in keys.json is damaged, so no recovery code can "
        "open it. Your passphrase still opens the vault, or restore from a backup. Nothing "
        "was changed.",
    ),
    KEYRING_METHOD: QT_TRANSLATE_NOOP(
        "Vault",
        "The keyring's sealed key in keys.json is damaged. Unlock with your passphrase or "
        "recovery code, or restore from a backup. Nothing was changed.",
    ),
}
_WRONG_SECRET = {  # translated where raised
    "passphrase": QT_TRANSLATE_NOOP(
        "Vault", "That passphrase does not unlock this vault. Nothing was changed."
    ),
    "recovery code": QT_TRANSLATE_NOOP(
        "Vault", "That recovery code does not unlock this vault. Nothing was changed."
    ),
    "saved key": QT_TRANSLATE_NOOP(
        "Vault", "That saved key does not unlock this vault. Nothing was changed."
    ),
}


class Vault:
    """One vault folder, claimed by this process while the object is open."""

    def __init__(self, folder: Path) -> None:
        self.folder = Path(folder)
        self.db_path = self.folder / DB_NAME
        self.keys_path = self.folder / KEYS_NAME
        self.backups_dir = self.folder / BACKUPS_NAME
        self._process_lock = ProcessLock(self.folder / LOCK_NAME)
        self._database: CipherDatabase | None = None
        self._data_key: bytes | None = None
        self._keyfile: KeyFile | None = None
        # Set when an unlock finished an interrupted key rotation: offer a new recovery code.
        self.recovery_code_uncertain = False
        # How the last unlock happened: "passphrase", "recovery code" or "saved key".
        self.unlocked_with: str | None = None

    # -- life cycle ------------------------------------------------------------------------

    @classmethod
    def open(cls, folder: Path) -> Vault:
        """Claim an existing vault folder (refused if another process has it)."""
        folder = Path(folder)
        if not is_vault(folder):
            raise VaultNotFoundError(
                translate("Vault", "There is no PeerDesk vault in this folder."), folder
            )
        vault = cls(folder)
        vault._process_lock.acquire()
        try:
            finish_restore_swap(folder)
        except BaseException:
            vault._process_lock.release()
            raise
        return vault

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, *, kdf: KdfParams | None = None
    ) -> tuple[Vault, str]:
        """Create a new vault and return it unlocked, with its recovery code (shown once)."""
        folder = Path(folder)
        if not passphrase:
            raise WrongSecretError(
                translate("Vault", "A vault needs a passphrase; an empty one is not allowed.")
            )
        if is_vault(folder):
            raise VaultExistsError(
                translate("Vault", "A PeerDesk vault already exists in {folder}.").format(
                    folder=folder
                ),
                folder,
            )
        # Everything is made in a staging folder beside the vault and renamed into place:
        # killed at any moment, the folder holds a whole vault or none (docs/SECURITY.md).
        folder.parent.mkdir(parents=True, exist_ok=True)
        _remove_abandoned_staging(folder)
        _clear_interrupted_creation(folder)
        staging = folder.parent / f".{folder.name}{_STAGING_INFIX}{secrets.token_hex(4)}"
        make_private_dir(staging)
        staging_lock = ProcessLock(staging / LOCK_NAME)
        staging_lock.acquire()
        vault = cls(folder)
        try:
            data_key = new_data_key()
            created = datetime.now(UTC).isoformat(timespec="seconds")
            keyfile, code = KeyFile.create(data_key, passphrase, kdf or calibrate_kdf(), created)
            staged = CipherDatabase(staging / DB_NAME, data_key, create=True)
            staged.open_and_verify()
            staged.lock()  # checkpointed and closed: no -wal left to move
            keyfile.save(staging / KEYS_NAME)
            make_private_dir(staging / BACKUPS_NAME)
            fsync_dir(staging)
            if sys.platform == "win32":  # pragma: no cover - open files cannot move there
                staging_lock.release()
            _move_into_place(staging, folder)
            fsync_dir(folder.parent)
            if staging_lock.held and not staging.exists():
                # The folder moved with its lock file: keep holding the same lock.
                staging_lock.path = folder / LOCK_NAME
                vault._process_lock = staging_lock
            else:
                staging_lock.release()
            vault._process_lock.acquire()
            database = CipherDatabase(vault.db_path, data_key)
            database.open_and_verify()
        except BaseException:
            staging_lock.release()
            vault._process_lock.release()
            with contextlib.suppress(OSError):
                if staging.exists():
                    shutil.rmtree(staging)
            raise
        vault._keyfile = keyfile
        vault._data_key = data_key
        vault._database = database
        return vault, code

    def close(self) -> None:
        """Lock and let go of the folder."""
        self.lock()
        self._process_lock.release()

    def __enter__(self) -> Vault:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- state -----------------------------------------------------------------------------

    @property
    def is_unlocked(self) -> bool:
        return self._database is not None

    @property
    def database(self) -> CipherDatabase:
        if self._database is None:
            raise VaultLockedError("The vault is locked.", self.folder)
        return self._database

    @property
    def keyfile(self) -> KeyFile:
        if self._keyfile is None:
            self._keyfile = KeyFile.load(self.keys_path)
        return self._keyfile

    @property
    def vault_id(self) -> str:
        return self.keyfile.vault_id

    def _require_data_key(self) -> bytes:
        if self._data_key is None:
            raise VaultLockedError("The vault is locked.", self.folder)
        return self._data_key

    # -- unlocking -------------------------------------------------------------------------

    def _unlock(self, opener: Callable[[KeyFile, bool], bytes | None], what: str) -> CipherDatabase:
        if self._database is not None:
            return self._database
        if not self.db_path.exists():
            raise VaultDamagedError(
                translate(
                    "Vault", "The database file peerdesk.db is missing from the vault folder."
                ),
                self.db_path,
            )
        keyfile = KeyFile.load(self.keys_path)
        current = opener(keyfile, False)
        pending = opener(keyfile, True) if keyfile.pending else None
        if current is None and pending is None:
            count_failed_unlock(self.folder, what)
            method = _METHOD_OF.get(what)
            if method is not None and keyfile.is_damaged(method):
                raise EnvelopeDamagedError(
                    translate("Vault", _DAMAGED_ENVELOPE[method]), self.keys_path, method
                )
            raise WrongSecretError(
                translate("Vault", _WRONG_SECRET[what])
                if what in _WRONG_SECRET
                else f"That {what} does not unlock this vault. Nothing was changed."
            )
        database, data_key = self._open_with_first_working_key([current, pending])
        if keyfile.pending:
            # A data-key rotation was interrupted: settle keys.json on the key that worked.
            finished = data_key != current
            keyfile = keyfile.promote_pending() if finished else keyfile.drop_pending()
            keyfile.save(self.keys_path)
            # The rotation's new recovery code may never have been shown.
            self.recovery_code_uncertain = finished
        with contextlib.suppress(FileNotFoundError):
            # Left by a rotation killed before its rename: peerdesk.db is the vault.
            (self.folder / ROTATING_NAME).unlink()
        self._keyfile = keyfile
        self._data_key = data_key
        self._database = database
        self.unlocked_with = what
        return database

    def _open_with_first_working_key(
        self, keys: list[bytes | None]
    ) -> tuple[CipherDatabase, bytes]:
        last_error: Exception | None = None
        for key in keys:
            if key is None:
                continue
            database = CipherDatabase(self.db_path, key)
            try:
                database.open_and_verify()
            except WrongSecretError as exc:
                last_error = exc
                continue
            return database, key
        raise VaultDamagedError(
            translate(
                "Vault",
                "The key file opened, but peerdesk.db does not: the database file is damaged or "
                "belongs to another vault. Restore it from a backup.",
            ),
            self.db_path,
        ) from last_error

    def unlock_with_passphrase(self, passphrase: str) -> CipherDatabase:
        if not passphrase:
            raise WrongSecretError(translate("Vault", "Please type your passphrase."))
        return self._unlock(
            lambda kf, p: kf.open_with_passphrase(passphrase, pending=p), "passphrase"
        )

    def unlock_with_recovery_code(self, code: str) -> CipherDatabase:
        return self._unlock(
            lambda kf, p: kf.open_with_recovery_code(code, pending=p), "recovery code"
        )

    def unlock_with_keyring(self) -> CipherDatabase:
        keyfile = KeyFile.load(self.keys_path)
        if not keyfile.has_method(KEYRING_METHOD):
            raise WrongSecretError(
                translate("Vault", "This vault is not remembered on this computer.")
            )
        secret = keyring_store.load_secret(keyfile.vault_id)
        if secret is None:
            raise WrongSecretError(
                translate(
                    "Vault",
                    "The system keyring no longer holds this vault's key; use your passphrase.",
                )
            )
        return self._unlock(
            lambda kf, p: kf.open_with_keyring_secret(secret, pending=p), "saved key"
        )

    # -- the audit chain's anchor --------------------------------------------------------------

    @property
    def audit_anchor(self) -> dict[str, Any] | None:
        """{"count": n, "head": hex} as last saved in keys.json (read fresh), or None."""
        audit = KeyFile.load(self.keys_path).audit
        return dict(audit) if audit is not None else None

    def set_audit_anchor(self, count: int, head: str) -> None:
        """Save the audit chain's head in keys.json (atomic; every envelope kept)."""
        updated = KeyFile.load(self.keys_path).with_audit_anchor(count, head)
        updated.save(self.keys_path)
        self._keyfile = updated

    def lock(self) -> None:
        """Close every connection and forget the data key."""
        if self._database is not None:
            self._database.lock()
        self._database = None
        self._data_key = None

    # -- secrets ---------------------------------------------------------------------------

    def change_passphrase(self, current: str, new: str, *, kdf: KdfParams | None = None) -> None:
        """Rewrap the data key under a new passphrase (instant; the database is untouched)."""
        keyfile = KeyFile.load(self.keys_path)
        data_key = keyfile.open_with_passphrase(current)
        if data_key is None:
            count_failed_unlock(self.folder, "passphrase")
            raise WrongSecretError(
                translate("Vault", "The current passphrase is not right. Nothing was changed.")
            )
        self._rewrap_passphrase(keyfile, data_key, new, kdf)

    def reset_passphrase(
        self, recovery_code: str, new: str, *, kdf: KdfParams | None = None
    ) -> None:
        """Set a new passphrase with the recovery code (for a forgotten passphrase)."""
        keyfile = KeyFile.load(self.keys_path)
        data_key = keyfile.open_with_recovery_code(recovery_code)
        if data_key is None:
            count_failed_unlock(self.folder, "recovery code")
            raise WrongSecretError(
                translate(
                    "Vault", "That recovery code does not fit this vault. Nothing was changed."
                )
            )
        self._rewrap_passphrase(keyfile, data_key, new, kdf)

    def _rewrap_passphrase(
        self, keyfile: KeyFile, data_key: bytes, new: str, kdf: KdfParams | None
    ) -> None:
        envelope = seal_with_passphrase(data_key, new, keyfile.vault_id, kdf or calibrate_kdf())
        updated = keyfile.with_envelope(envelope)
        updated.save(self.keys_path)
        self._keyfile = updated

    def renew_recovery_code(self) -> str:
        """Seal the data key under a fresh recovery code (the old code stops working)."""
        data_key = self._require_data_key()
        keyfile = KeyFile.load(self.keys_path)
        code = new_recovery_code()
        updated = keyfile.with_envelope(seal_with_recovery_code(data_key, code, keyfile.vault_id))
        updated.save(self.keys_path)
        self._keyfile = updated
        self.recovery_code_uncertain = False
        return code

    @property
    def remembered_on_this_computer(self) -> bool:
        return self.keyfile.has_method(KEYRING_METHOD)

    def remember_on_this_computer(self) -> None:
        data_key = self._require_data_key()
        keyfile = self.keyfile
        secret = keyring_store.store_new_secret(keyfile.vault_id)
        updated = keyfile.with_envelope(
            seal_with_keyring_secret(data_key, secret, keyfile.vault_id)
        )
        updated.save(self.keys_path)
        self._keyfile = updated

    def forget_on_this_computer(self) -> None:
        keyfile = self.keyfile
        updated = keyfile.without_method(KEYRING_METHOD)
        updated.save(self.keys_path)
        self._keyfile = updated
        keyring_store.delete_secret(keyfile.vault_id)

    def rotate_data_key(
        self,
        passphrase: str,
        *,
        kdf: KdfParams | None = None,
        after_pending_saved: Callable[[], None] | None = None,
    ) -> str:
        """Re-encrypt the database with a fresh data key. Returns the new recovery code.

        1. keys.json gains the new key as *pending* (the old one stays current);
        2. the data is exported into ``peerdesk.db.rotating`` under the new key and synced;
        3. the connection closes (the WAL is checkpointed away) and the new file is renamed
           over ``peerdesk.db`` — one atomic step;
        4. pending becomes current.
        Killed anywhere, ``peerdesk.db`` is wholly under the old key or wholly under the new
        one, and ``_unlock`` settles keys.json on the key that opens it. The keyring entry is
        dropped and has to be turned on again.
        """
        database = self.database
        keyfile = KeyFile.load(self.keys_path)
        old_key = keyfile.open_with_passphrase(passphrase)
        if old_key is None or old_key != self._data_key:
            raise WrongSecretError(
                translate("Vault", "The passphrase is not right. Nothing was changed.")
            )
        if keyfile.has_method(KEYRING_METHOD):
            self.forget_on_this_computer()
            keyfile = KeyFile.load(self.keys_path)
        new_key = new_data_key()
        code = new_recovery_code()
        pending = (
            seal_with_passphrase(new_key, passphrase, keyfile.vault_id, kdf or calibrate_kdf()),
            seal_with_recovery_code(new_key, code, keyfile.vault_id),
        )
        staged = keyfile.with_pending(pending)
        staged.save(self.keys_path)
        if after_pending_saved is not None:
            after_pending_saved()
        rotating = self.folder / ROTATING_NAME
        with contextlib.suppress(FileNotFoundError):
            rotating.unlink()
        try:
            database.export_with_key(rotating, new_key)
            database.close_keeping_key()
            wal = self.folder / (DB_NAME + "-wal")
            if wal.exists() and wal.stat().st_size > 0:
                raise VaultError(
                    translate("Vault", "The database is still in use; the key was not changed."),
                    wal,
                )
            for leftover in (wal, self.folder / (DB_NAME + "-shm")):
                with contextlib.suppress(FileNotFoundError):
                    leftover.unlink()
            os.replace(rotating, self.db_path)
            fsync_dir(self.folder)
        except BaseException:
            with contextlib.suppress(OSError):
                rotating.unlink()
            if database.is_closed():
                database.reopen_with_key(old_key)
            raise
        database.reopen_with_key(new_key)
        self._data_key = new_key
        final = staged.promote_pending()
        final.save(self.keys_path)
        self._keyfile = final
        return code

    # -- backups ---------------------------------------------------------------------------

    def write_database_copy(self, target: Path, *, own_connection: bool = False) -> None:
        """An encrypted copy of the live database (same data key) via the backup API.

        ``own_connection``: read through a second connection opened here (for a worker
        thread: the GUI thread's connection is never shared; WAL lets both read at once).
        The key is handed over in memory only and forgotten when the copy is done.
        """
        key = self._require_data_key()
        if not own_connection:
            self.database.backup_to(target, key)
            return
        reader = CipherDatabase(self.db_path, key)
        try:
            reader.open_and_verify()
            reader.backup_to(target, key)
        finally:
            reader.close_quietly()
            reader.forget_key()

    def checkpoint_with_own_connection(self) -> None:
        """Copy the WAL into peerdesk.db through a second connection (for a worker thread,
        after a big import: the GUI thread's connection keeps working meanwhile)."""
        worker = CipherDatabase(self.db_path, self._require_data_key())
        try:
            worker.open_and_verify()
            worker.execute_sql("PRAGMA wal_checkpoint(PASSIVE)")
        finally:
            worker.close_quietly()
            worker.forget_key()

    def discard_pending_files(self) -> None:
        """Remove stale temp files a crash may have left (they hold only wrapped keys)."""
        for stale in self.folder.glob(".keys.json.*.tmp"):
            with contextlib.suppress(OSError):
                stale.unlink()
