"""The 50 distinctive strings of the canary sweep, and the sweep itself."""

from __future__ import annotations

from pathlib import Path

MAX_FILE_BYTES = 256 * 1024 * 1024


def canaries(token: str) -> list[str]:
    """50 strings no program would write by chance (lower-case: FTS tokens are too)."""
    return [f"canary{token}n{n:02d}quill" for n in range(50)]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def files_under(
    roots: list[Path], *, since: float | None = None, skip: tuple[Path, ...] = ()
) -> list[Path]:
    """Regular files under ``roots`` (only those modified at or after ``since``, if given)."""
    found: set[Path] = set()
    for root in roots:
        if not root.exists():
            continue
        for path in root.rglob("*"):
            try:
                if path.is_symlink() or not path.is_file():
                    continue
                if any(path.is_relative_to(s) for s in skip):
                    continue
                st = path.stat()
            except OSError:  # vanished, or not ours to read (another user's file)
                continue
            if (since is None or st.st_mtime >= since) and st.st_size <= MAX_FILE_BYTES:
                found.add(path)
    return sorted(found)


def sweep_files(files: list[Path], strings: list[str]) -> list[tuple[str, str]]:
    """(file, string) for every string found in any of ``files``, or in a file's name."""
    needles = [(s, e) for s in strings for e in encodings(s)]
    found: list[tuple[str, str]] = []
    for path in files:
        found.extend((str(path), s) for s in strings if s in str(path))
        try:
            raw = path.read_bytes()
        except OSError:
            continue
        found.extend((str(path), s) for s, e in needles if e in raw)
    return sorted(set(found))


def sweep(roots: list[Path], strings: list[str]) -> list[tuple[str, str]]:
    """(file, string) for every string found in any file under ``roots``."""
    return sweep_files(files_under(roots), strings)


def scan_text(text: str, strings: list[str]) -> list[str]:
    return [s for s in strings if s in text]
