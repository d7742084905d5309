"""The areas of the main window, in navigation order. One line per area."""

from __future__ import annotations

from peerdesk.gui.common.area import AreaSpec


def area_specs() -> list[AreaSpec]:
    from peerdesk.gui.journal.page import JournalPage
    from peerdesk.gui.library.page import LibraryPage
    from peerdesk.gui.roadmap.page import RoadmapPage
    from peerdesk.gui.settings.page import SettingsPage

    return [
        AreaSpec("journal", "Journal", ":/icons/journal.svg", "Ctrl+1", JournalPage),
        AreaSpec("roadmap", "Roadmap", ":/icons/roadmap.svg", "Ctrl+2", RoadmapPage),
        AreaSpec("library", "Library", ":/icons/library.svg", "Ctrl+3", LibraryPage),
        AreaSpec("settings", "Settings", ":/icons/settings.svg", "Ctrl+,", SettingsPage),
    ]
