"""Writing an export file: new files only, readable by the owner only, nothing half-written."""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

PRIVATE_MODE = 0o600


class ExportFileError(OSError):
    def __init__(self, path: Path, message: str) -> None:
        super().__init__(message)
        self.path = path
        self.message = message


def create_export_file(path: Path) -> None:
    """Create ``path`` empty and private; refuse to overwrite an existing file."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_MODE)
    except FileExistsError as exc:
        raise ExportFileError(path, "the file already exists; choose another name") from exc
    except OSError as exc:
        raise ExportFileError(path, f"cannot create the file ({exc.strerror})") from exc
    os.close(fd)


def write_export(path: Path, data: bytes) -> None:
    create_export_file(path)
    try:
        with open(path, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        with contextlib.suppress(OSError):
            path.unlink()
        raise ExportFileError(path, f"cannot write the file ({exc.strerror})") from exc
