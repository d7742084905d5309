"""``peerdesk --qt-probe``: start Qt and print the platform name (used by self-test)."""

from __future__ import annotations

import sys


def qt_probe() -> int:
    from PySide6 import __version__ as pyside_version
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    print(f"{QGuiApplication.platformName()} platform, PySide6 {pyside_version}")
    del app
    return 0
