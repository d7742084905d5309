"""The areas of the main window, in navigation order. One line per area."""

from __future__ import annotations

from peerdesk.gui.area import AreaSpec


def area_specs() -> list[AreaSpec]:
    from peerdesk.gui.views.journal.page import JournalPage
    from peerdesk.gui.views.library_page import LibraryPage
    from peerdesk.gui.views.roadmap_page import RoadmapPage
    from peerdesk.gui.views.settings_page import SettingsPage

    return [
        AreaSpec("journal", "Journal", ":/icons/journal.svg", "Ctrl+1", JournalPage),
        AreaSpec("roadmap", "Roadmap", ":/icons/roadmap.svg", "Ctrl+2", RoadmapPage),
        AreaSpec("library", "Library", ":/icons/library.svg", "Ctrl+3", LibraryPage),
        AreaSpec("settings", "Settings", ":/icons/settings.svg", "Ctrl+,", SettingsPage),
    ]
