"""The areas of the main window, in navigation order. One line per area."""

from __future__ import annotations

from peerdesk.gui.common.area import AreaSpec
from peerdesk.services.policy import ALL_AREAS, Policy


def area_specs() -> list[AreaSpec]:
    from peerdesk.gui.caseload.page import CaseloadPage
    from peerdesk.gui.journal.page import JournalPage
    from peerdesk.gui.library.page import LibraryPage
    from peerdesk.gui.notes.page import NotesPage
    from peerdesk.gui.roadmap.page import RoadmapPage
    from peerdesk.gui.settings.page import SettingsPage

    return [
        AreaSpec(
            "journal", "Journal", ":/icons/journal.svg", "Ctrl+1", JournalPage, policy_area=True
        ),
        AreaSpec(
            "roadmap", "Roadmap", ":/icons/roadmap.svg", "Ctrl+2", RoadmapPage, policy_area=True
        ),
        AreaSpec(
            "library", "Library", ":/icons/library.svg", "Ctrl+3", LibraryPage, policy_area=True
        ),
        AreaSpec(
            "caseload", "Caseload", ":/icons/people.svg", "Ctrl+4", CaseloadPage, policy_area=True
        ),
        AreaSpec(
            "notes", "Session notes", ":/icons/edit.svg", "Ctrl+5", NotesPage, policy_area=True
        ),
        AreaSpec("settings", "Settings", ":/icons/settings.svg", "Ctrl+,", SettingsPage),
    ]


def filter_areas(specs: list[AreaSpec], policy: Policy) -> list[AreaSpec]:
    """The areas the organisation's ``areas`` list shows (Settings always stays).

    Without a managed list every area given is kept: whether the agency areas show in a
    person's own vault is the vault's choice, decided by whoever builds ``specs``."""
    return [
        spec
        for spec in specs
        if spec.key not in ALL_AREAS or policy.shows_area(spec.key, enabled_here=True)
    ]
