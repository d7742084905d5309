"""Where the shipped data files (starter library, prompts, schemas, demo data) live.

They stay in the top-level ``resources/`` folder of the source tree; the PyInstaller
bundle carries the same folder. No Qt here: services read these files too.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"PeerDesk resource missing: {path}")
    return path
