"""Puts the top-level ``resources/`` folder inside the built package as ``peerdesk/resources``.

``resources/`` stays the one source of truth in the checkout (Qt's .qrc, the PyInstaller spec
and the tests read it there); a wheel or sdist install reads the copy through
``importlib.resources`` (see ``src/peerdesk/resource_files.py``). Everything else about the
package is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
SKIP = shutil.ignore_patterns("*.qrc", "__pycache__")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # an editable install reads the checkout's resources/ directly
        target = Path(self.build_lib) / "peerdesk" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target, ignore=SKIP)


setup(cmdclass={"build_py": BuildWithResources})
