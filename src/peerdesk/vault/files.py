"""Files with user-only permissions, written atomically, and the one-process-per-vault lock."""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path
from typing import IO

from peerdesk.i18n import translate
from peerdesk.vault.errors import StorageFullError, VaultError, VaultInUseError

PRIVATE_FILE_MODE = 0o600
PRIVATE_DIR_MODE = 0o700


def make_private_dir(path: Path) -> None:
    path.mkdir(mode=PRIVATE_DIR_MODE, parents=True, exist_ok=True)
    if os.name == "posix":
        path.chmod(PRIVATE_DIR_MODE)


def create_private_file(path: Path) -> None:
    """Create an empty file readable by its owner only (fails if it exists)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    os.close(fd)


def fsync_dir(path: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def explain_os_error(exc: OSError, path: Path) -> VaultError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return StorageFullError(
            translate(
                "Vault",
                "The disk is full, so the change was not saved. Free some space and try again; "
                "everything saved before is intact.",
            ),
            path,
        )
    if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return VaultError(
            translate("Vault", "PeerDesk is not allowed to write to {path}.").format(path=path),
            path,
        )
    return VaultError(
        translate("Vault", "Could not write {name}: {error}.").format(
            name=path.name, error=exc.strerror or exc
        ),
        path,
    )


def write_private_file_atomically(path: Path, data: bytes) -> None:
    """Write to a sibling temp file, fsync, then rename over ``path``.

    A crash or a full disk leaves either the old file or the new one, never half of one.
    Only ever used for files that hold no plaintext user content (keys.json, manifests).
    """
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                view = view[written:]
            os.fsync(fd)
        finally:
            os.close(fd)
        os.replace(tmp, path)
        fsync_dir(path.parent)
    except OSError as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise explain_os_error(exc, path) from exc


class ProcessLock:
    """An advisory lock on ``peerdesk.lock`` held while one process uses the vault."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[str] | None = None

    @property
    def held(self) -> bool:
        return self._handle is not None

    def acquire(self) -> None:
        if self._handle is not None:
            return
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT, PRIVATE_FILE_MODE)
        handle = os.fdopen(fd, "r+")
        try:
            _lock_nonblocking(handle)
        except OSError as exc:
            handle.close()
            raise VaultInUseError(
                translate(
                    "Vault",
                    "This vault is already open in another PeerDesk window or command. Close "
                    "it there first (on a shared computer, it may be another user's session).",
                ),
                self.path.parent,
            ) from exc
        # The file stays empty: claiming the vault changes no byte on disk.
        self._handle = handle

    def release(self) -> None:
        if self._handle is None:
            return
        with contextlib.suppress(OSError):
            _unlock(self._handle)
        self._handle.close()
        self._handle = None


if sys.platform == "win32":  # pragma: no cover - exercised by the Windows CI build
    import msvcrt

    def _lock_nonblocking(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)

    def _unlock(handle: IO[str]) -> None:
        handle.seek(0)
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock_nonblocking(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(handle: IO[str]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)
