"""PySide6 6.12.0 on Python 3.11 aborts after a few thousand void Qt calls ("none_dealloc").

The dependency markers keep that pair out; this proves the installed pair survives 50 000 such
calls (in a child process, since the failure is an abort)."""

from __future__ import annotations

import os
import subprocess
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = """
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
for i in range(50_000):
    label.setText("x")
    label.setEnabled(i % 2 == 0)
print("survived")
"""


def test_fifty_thousand_void_qt_calls_survive() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", SCRIPT], capture_output=True, text=True, env=env, timeout=300
    )
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "survived"


def test_requirements_exclude_the_crashing_pair() -> None:
    deps = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    pyside = [d for d in deps if d.startswith("PySide6")]
    on_311 = [d for d in pyside if "python_version < '3.12'" in d]
    assert on_311, pyside
    assert all("<6.12" in d for d in on_311), pyside
