"""The areas of the main window, in navigation order. One line per area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence

from peerdesk.gui.common.area import AreaSpec
from peerdesk.i18n import QT_TRANSLATE_NOOP
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
            "journal",
            QT_TRANSLATE_NOOP("Areas", "Journal"),
            ":/icons/journal.svg",
            "Ctrl+1",
            JournalPage,
            policy_area=True,
        ),
        AreaSpec(
            "roadmap",
            QT_TRANSLATE_NOOP("Areas", "Roadmap"),
            ":/icons/roadmap.svg",
            "Ctrl+2",
            RoadmapPage,
            policy_area=True,
        ),
        AreaSpec(
            "library",
            QT_TRANSLATE_NOOP("Areas", "Library"),
            ":/icons/library.svg",
            "Ctrl+3",
            LibraryPage,
            policy_area=True,
        ),
        AreaSpec(
            "caseload",
            QT_TRANSLATE_NOOP("Areas", "Caseload"),
            ":/icons/people.svg",
            "Ctrl+4",
            CaseloadPage,
            policy_area=True,
        ),
        AreaSpec(
            "notes",
            QT_TRANSLATE_NOOP("Areas", "Session notes"),
            ":/icons/edit.svg",
            "Ctrl+5",
            NotesPage,
            policy_area=True,
        ),
        AreaSpec(
            "settings",
            QT_TRANSLATE_NOOP("Areas", "Settings"),
            ":/icons/settings.svg",
            "Ctrl+,",
            SettingsPage,
        ),
    ]


def area_title(spec: AreaSpec) -> str:
    """The area's name in the window's language (``AreaSpec.title`` is the English source,
    marked with QT_TRANSLATE_NOOP so it can be translated where it is shown)."""
    return QCoreApplication.translate("Areas", spec.title)


def area_tooltip(spec: AreaSpec) -> str:
    if spec.tooltip:
        return QCoreApplication.translate("Areas", spec.tooltip)
    return QCoreApplication.translate("Areas", "{area} ({keys})").format(
        area=area_title(spec), keys=shortcut_text(spec.shortcut)
    )


def shortcut_text(keys: str) -> str:
    """``"Ctrl+1"`` as the platform writes it (``⌘1`` on macOS)."""
    return QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText)


def filter_areas(specs: list[AreaSpec], policy: Policy) -> list[AreaSpec]:
    """The areas the organisation's ``areas`` list shows (Settings always stays).

    Without a managed list every area given is kept: whether the agency areas show in a
    person's own vault is the vault's choice, decided by whoever builds ``specs``."""
    return [
        spec
        for spec in specs
        if spec.key not in ALL_AREAS or policy.shows_area(spec.key, enabled_here=True)
    ]
