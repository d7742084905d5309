"""The committed gui/forms/ and resources_rc.py match ui/*.ui and resources/peerdesk.qrc."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_generated_qt_files_are_fresh() -> None:
    result = subprocess.run(
        [sys.executable, str(ROOT / "packaging" / "build_ui.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_every_ui_file_has_a_form() -> None:
    forms = {p.name for p in (ROOT / "src/peerdesk/gui/forms").glob("ui_*.py")}
    assert {f"ui_{p.stem}.py" for p in (ROOT / "ui").glob("*.ui")} == forms
