"""Scenes of the library screens for the accessibility and Spanish walks (see scenes.py).

Register each screen a person can reach — every dialog, wizard page and tab — as a context
manager that shows it and yields the window to walk (fit_scenes.scene / _dialog_scene style).
"""

from __future__ import annotations

from tests.gui.fit_scenes import Scene

SCENES: dict[str, Scene] = {}
