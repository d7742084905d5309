"""Exchange files on disk: read with a size limit, write new and owner-only."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication

SUFFIX = ".peerdesk"
MAX_BUNDLE = 512 * 1024 * 1024


class FileProblem(Exception):
    """A one-line reason a file could not be read or written."""


def suggested_name(what: str, today: date | None = None) -> str:
    """A file name with no user content in it: the kind of share and the date."""
    kind = {"roadmap": "roadmap", "library": "cards", "summary": "summary"}.get(what, "share")
    return f"peerdesk-{kind}-{(today or date.today()).isoformat()}{SUFFIX}"


def with_suffix(path: Path) -> Path:
    return path if path.suffix == SUFFIX else path.with_name(path.name + SUFFIX)


def write_new_private(path: Path, data: bytes) -> None:
    """Write a new file readable by its owner only; never replace an existing one."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError as exc:
        raise FileProblem(
            QCoreApplication.translate(
                "Exchange", "A file with this name exists already; choose another name."
            )
        ) from exc
    except OSError as exc:
        raise FileProblem(
            QCoreApplication.translate("Exchange", "The file cannot be written: %1").replace(
                "%1", exc.strerror or ""
            )
        ) from exc
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise FileProblem(
            QCoreApplication.translate("Exchange", "The file cannot be written: %1").replace(
                "%1", exc.strerror or ""
            )
        ) from exc


def read_bundle(path: Path) -> bytes:
    try:
        if path.stat().st_size > MAX_BUNDLE:
            raise FileProblem(
                QCoreApplication.translate(
                    "Exchange", "This file is far too large to be an exchange file."
                )
            )
        return path.read_bytes()
    except FileNotFoundError as exc:
        raise FileProblem(
            QCoreApplication.translate("Exchange", "The file does not exist.")
        ) from exc
    except OSError as exc:
        raise FileProblem(
            QCoreApplication.translate("Exchange", "The file cannot be read: %1").replace(
                "%1", exc.strerror or ""
            )
        ) from exc
