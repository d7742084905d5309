"""Where the shipped data files (starter library, prompts, schemas, demo data) live.

The source of truth is the top-level ``resources/`` folder of the checkout. A built wheel
carries a copy inside the package (``peerdesk/resources``, put there by ``setup.py``) and
the PyInstaller bundle carries the folder beside the program; this module finds whichever
is there, in that order: frozen bundle, installed package, checkout. No Qt here: services
read these files too.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path


def resources_dir() -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return Path(frozen_root) / "resources"
    packaged = resources.files("peerdesk") / "resources"
    if packaged.is_dir():
        return Path(str(packaged))
    return Path(__file__).resolve().parents[2] / "resources"


def resource_path(*parts: str) -> Path:
    path = resources_dir().joinpath(*parts)
    if not path.exists():
        raise FileNotFoundError(f"PeerDesk resource missing: {path}")
    return path
