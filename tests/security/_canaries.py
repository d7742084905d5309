"""The 50 distinctive strings of the canary sweep, and the sweep itself."""

from __future__ import annotations

from pathlib import Path


def canaries(token: str) -> list[str]:
    """50 strings no program would write by chance (lower-case: FTS tokens are too)."""
    return [f"canary{token}n{n:02d}quill" for n in range(50)]


def encodings(text: str) -> list[bytes]:
    return [text.encode("utf-8"), text.encode("utf-16-le"), text.encode("utf-16-be")]


def sweep(roots: list[Path], strings: list[str]) -> list[tuple[str, str]]:
    """(file, string) for every string found in any file under ``roots``."""
    needles = [(s, e) for s in strings for e in encodings(s)]
    found: list[tuple[str, str]] = []
    for root in roots:
        for path in sorted(root.rglob("*")):
            if not path.is_file() or path.is_symlink():
                continue
            raw = path.read_bytes()
            found.extend((str(path), s) for s, e in needles if e in raw)
    return sorted(set(found))


def scan_text(text: str, strings: list[str]) -> list[str]:
    return [s for s in strings if s in text]
