"""Every screen the accessibility and Spanish walks look at (issue 13).

The fit test's scenes (every area tab and the main dialogs), the agency areas, and each
area's own further scenes (scenes_<area>.py: every dialog, wizard page, the lock screen…).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from PySide6.QtWidgets import QApplication

from peerdesk.app import AppController
from peerdesk.launch import create_demo_vault
from peerdesk.services.notes import AGENCY_ENABLED
from tests.gui.a11y import (
    scenes_agency,
    scenes_journal,
    scenes_library,
    scenes_roadmap,
    scenes_shell,
)
from tests.gui.fit_scenes import SCENES, Scene, _area_tab, settle

ALL_SCENES: dict[str, Scene] = dict(SCENES)
ALL_SCENES["caseload"] = _area_tab("caseload", 0)
ALL_SCENES["notes"] = _area_tab("notes", 0)
for _module in (scenes_journal, scenes_roadmap, scenes_library, scenes_shell, scenes_agency):
    for _name, _scene in _module.SCENES.items():
        assert _name not in ALL_SCENES, f"two scenes called {_name}"
        ALL_SCENES[_name] = _scene


def demo_controller(folder: Path, qapp: QApplication) -> Iterator[AppController]:
    """An unlocked demo vault with the agency areas shown, its window at 1366×768."""
    vault = create_demo_vault(folder)
    controller = AppController(folder, demo=True)
    controller.adopt_unlocked_vault(vault)
    services = controller.services
    assert services is not None
    services.settings.set(AGENCY_ENABLED, True)
    controller.window.resize(1366, 768)
    controller.window.show()
    settle()
    yield controller
    controller.shutdown()
