"""The SQLCipher connection: keyed with a raw data key, hardened, closable for good on lock.

Rules kept here (docs/SECURITY.md):
- never connect without a 32-byte key (peewee would silently write plaintext);
- the key goes in as a raw hex key (``x'..'``), built only from validated hex, so no
  passphrase is ever formatted into SQL and SQLCipher's own KDF is skipped;
- the first statements on every connection: key, ``cipher_log_level``, ``temp_store=MEMORY``,
  WAL, ``secure_delete``, foreign keys; then ``cipher_version`` must be non-empty;
- one connection, used from the thread that opened it; ``lock()`` closes it and forgets the
  key, so a later query fails instead of silently reconnecting.
"""

from __future__ import annotations

import contextlib
import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import peewee

from peerdesk.i18n import translate
from peerdesk.vault.errors import (
    EmptyKeyError,
    SqlCipherMissingError,
    StorageFullError,
    VaultDamagedError,
    VaultError,
    VaultLockedError,
    WrongSecretError,
)
from peerdesk.vault.files import create_private_file, explain_os_error

try:
    from sqlcipher3 import dbapi2 as sqlcipher
except ImportError:  # pragma: no cover - the package is a hard dependency
    sqlcipher = None

_HEX_KEY = re.compile(r"[0-9a-f]{64}")

CONNECTION_PRAGMAS = (
    ("cipher_log_level", "NONE"),
    ("temp_store", "MEMORY"),
    ("journal_mode", "WAL"),
    ("synchronous", "FULL"),
    ("secure_delete", "ON"),
    ("foreign_keys", "ON"),
    ("busy_timeout", "5000"),
)


def require_sqlcipher() -> Any:
    if sqlcipher is None:
        raise SqlCipherMissingError(
            "SQLCipher (the sqlcipher3 package) is not installed, so PeerDesk cannot encrypt "
            "your data and refuses to run."
        )
    return sqlcipher


def sqlcipher_version() -> str:
    """The SQLCipher version, checked on a throwaway in-memory connection."""
    module = require_sqlcipher()
    conn = module.connect(":memory:")
    try:
        row = conn.execute("PRAGMA cipher_version").fetchone()
    finally:
        conn.close()
    version = row[0] if row else ""
    if not version:
        raise SqlCipherMissingError(
            "The SQLite library in use has no encryption (cipher_version is empty); "
            "PeerDesk refuses to run without SQLCipher."
        )
    return str(version)


def key_pragma_value(data_key: bytes) -> str:
    if not isinstance(data_key, bytes | bytearray) or len(data_key) != 32:
        raise EmptyKeyError("Refused to open a database without a 256-bit key.")
    hex_key = bytes(data_key).hex()
    if not _HEX_KEY.fullmatch(hex_key) or not any(data_key):
        raise EmptyKeyError("Refused to open a database with an empty key.")
    return f"\"x'{hex_key}'\""


class CipherDatabase(peewee.SqliteDatabase):
    """A peewee database that only ever opens SQLCipher connections keyed with a raw key."""

    def __init__(self, path: Path, data_key: bytes, *, create: bool = False) -> None:
        self._key_sql: str | None = key_pragma_value(data_key)
        self.path = Path(path)
        self._create = create
        require_sqlcipher()
        # thread_safe=False: one connection shared by the owning thread, so lock() can
        # close *every* connection. autoconnect=False: nothing reopens behind our back.
        super().__init__(str(path), thread_safe=False, autoconnect=False)

    def _connect(self) -> Any:
        if self._key_sql is None:
            raise VaultLockedError("The vault is locked.", self.path)
        if not self.path.exists():
            if not self._create:
                raise VaultDamagedError(
                    translate("Vault", "The database file peerdesk.db is missing."), self.path
                )
            try:
                create_private_file(self.path)
            except OSError as exc:
                raise explain_os_error(exc, self.path) from exc
        elif not self._create and self.path.stat().st_size == 0:
            # SQLCipher would take an empty file for a new, empty database and the schema
            # would be created in it: the vault would silently open empty.
            raise VaultDamagedError(
                translate(
                    "Vault",
                    "The database file peerdesk.db is empty (0 bytes). Restore it from a backup.",
                ),
                self.path,
            )
        module = require_sqlcipher()
        conn = module.connect(str(self.path), isolation_level=None, check_same_thread=False)
        try:
            conn.execute("PRAGMA key = " + self._key_sql)
            for name, value in CONNECTION_PRAGMAS:
                conn.execute(f"PRAGMA {name} = {value}")
            version = conn.execute("PRAGMA cipher_version").fetchone()
            if not version or not version[0]:
                raise SqlCipherMissingError("SQLCipher is not active on this connection.")
        except module.DatabaseError as exc:
            conn.close()
            raise _explain_open_error(exc, self.path) from exc
        except BaseException:
            conn.close()
            raise
        self._add_conn_hooks(conn)  # type: ignore[attr-defined]
        return conn

    def execute_sql(self, sql: str, params: Any = None) -> Any:
        with _full_disk_explained(self.path):
            return super().execute_sql(sql, params)

    def commit(self) -> None:
        with _full_disk_explained(self.path):
            super().commit()

    def rollback(self) -> None:
        """Roll back, unless SQLite already did.

        On a full disk (or an I/O error) SQLite rolls the transaction back itself; peewee's
        ``atomic()`` then rolls back again, and that second error ("no transaction is
        active") would replace the one that says what happened.
        """
        if not self.is_closed() and not self.connection().in_transaction:
            return
        super().rollback()

    def open_and_verify(self) -> None:
        """Connect and read the schema: proves the key is right and the file is readable."""
        try:
            self.connect(reuse_if_open=True)
            self.execute_sql("SELECT count(*) FROM sqlite_master").fetchone()
        except peewee.DatabaseError as exc:
            self.close_quietly()
            raise _explain_open_error(exc, self.path) from exc

    def close_quietly(self) -> None:
        with contextlib.suppress(Exception):
            if not self.is_closed():
                self.close()

    def lock(self) -> None:
        """Close the connection and forget the key: nothing can reconnect until unlock."""
        with contextlib.suppress(Exception):
            if not self.is_closed():
                self.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.close_quietly()
        self._key_sql = None

    def forget_key(self) -> None:
        """No reconnecting after this (the key is dropped; the caller closed first)."""
        self._key_sql = None

    @property
    def is_locked(self) -> bool:
        return self._key_sql is None

    def export_with_key(self, target: Path, new_data_key: bytes) -> None:
        """Write every table into a new database file keyed with ``new_data_key``.

        ``sqlcipher_export`` into an attached, keyed file (path and key bound as parameters),
        plus the schema version, then fsync. Used to rotate the data key: unlike an in-place
        ``PRAGMA rekey``, a crash can never leave pages under two keys.
        """
        new_sql = key_pragma_value(new_data_key)  # validated: exactly "x'<64 hex>'"
        create_private_file(target)
        version = int(self.execute_sql("PRAGMA user_version").fetchone()[0])
        self.execute_sql("ATTACH DATABASE ? AS rotated KEY " + new_sql, (str(target),))
        try:
            self.execute_sql("SELECT sqlcipher_export('rotated')")
            self.execute_sql(f"PRAGMA rotated.user_version = {version}")
        finally:
            self.execute_sql("DETACH DATABASE rotated")
        fd = os.open(target, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)

    def close_keeping_key(self) -> None:
        """Checkpoint and close (the WAL is emptied and removed); ``reopen`` may follow."""
        if not self.is_closed():
            self.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        self.close_quietly()

    def reopen_with_key(self, data_key: bytes) -> None:
        """Connect again, now keyed with ``data_key`` (after the file was swapped)."""
        self.close_quietly()
        self._key_sql = key_pragma_value(data_key)
        self.open_and_verify()

    def backup_to(self, target: Path, data_key: bytes) -> None:
        """Copy the live database into a new file keyed with ``data_key`` (SQLite backup API)."""
        module = require_sqlcipher()
        key_sql = key_pragma_value(data_key)
        create_private_file(target)
        dest = module.connect(str(target), isolation_level=None)
        try:
            dest.execute("PRAGMA key = " + key_sql)
            dest.execute("PRAGMA cipher_log_level = NONE")
            dest.execute("PRAGMA temp_store = MEMORY")
            with _full_disk_explained(target):
                self.connection().backup(dest)
        except module.Error as exc:
            raise VaultError(
                f"Could not write the backup copy {target.name} ({exc}).", target
            ) from exc
        finally:
            dest.close()

    def integrity_problems(self) -> list[str]:
        """Problems found by the cipher, integrity and foreign-key checks; [] when clean.

        The WAL is checkpointed first: ``cipher_integrity_check`` reads the main file only,
        and after an interrupted rekey that file still holds pages under the old key that
        the WAL (under the new key) supersedes, which it would report as HMAC failures.
        """
        try:
            return self._integrity_problems()
        except peewee.DatabaseError as exc:
            # A page so damaged that a check cannot read past it is a finding, not a crash.
            return [translate("Vault", "damaged: {error}").format(error=exc)]

    def _integrity_problems(self) -> list[str]:
        with contextlib.suppress(StorageFullError):  # a full disk: check what is there
            self.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        problems: list[str] = []
        for (row,) in self.execute_sql("PRAGMA cipher_integrity_check").fetchall():
            problems.append(f"cipher: {row}")
        rows = [r[0] for r in self.execute_sql("PRAGMA integrity_check").fetchall()]
        if rows != ["ok"]:
            problems.extend(f"integrity: {r}" for r in rows)
        for row in self.execute_sql("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign key: table {row[0]} row {row[1]} -> {row[2]}")
        return problems


def _is_full_disk(exc: BaseException) -> bool:
    text = str(exc).lower()
    return "database or disk is full" in text or "no space left" in text


@contextlib.contextmanager
def _full_disk_explained(path: Path) -> Iterator[None]:
    """Turn SQLite's SQLITE_FULL into a :class:`StorageFullError` naming the file."""
    try:
        yield
    except Exception as exc:
        if isinstance(exc, StorageFullError) or not _is_full_disk(exc):
            raise
        raise StorageFullError(
            translate(
                "Vault",
                "The disk is full, so the change was not saved to {name}. Free some space "
                "and try again; everything saved before is intact.",
            ).format(name=path.name),
            path,
        ) from exc


def _explain_open_error(exc: Exception, path: Path) -> Exception:
    text = str(exc).lower()
    if "not a database" in text or "encrypted" in text:
        return WrongSecretError(
            translate("Vault", "The key does not open peerdesk.db (the file may also be damaged)."),
            path,
        )
    if "malformed" in text or "corrupt" in text or "disk i/o" in text:
        return VaultDamagedError(
            translate("Vault", "The database file peerdesk.db is damaged."), path
        )
    if isinstance(exc, OSError):
        return explain_os_error(exc, path)
    return VaultDamagedError(f"The database file cannot be opened ({exc}).", path)
