"""The contract between the main window and an area (journal, roadmap, library, settings).

Adding an area is a small change: write an :class:`AreaPage` subclass and add one
:class:`AreaSpec` line to :func:`peerdesk.gui.shell.areas.area_specs`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from peerdesk.services.session import Services


class AreaPage(QWidget):
    """One page of the main window.

    Life cycle: ``attach(services)`` after every unlock (build models over the services);
    ``detach()`` on lock (drop models and clear every view: no decrypted data may stay in
    memory the page controls); ``draft()`` is asked just before locking, and what it returns
    is stored encrypted and handed back to ``restore_draft`` after the next unlock.

    To send the user to another area (the caseload opening a person's notes or roadmap) a
    page emits ``navigate(area_key, context)``; the shell shows that area and hands the
    context to its ``open_context``. Areas never import each other's GUI.
    """

    def heightForWidth(self, width: int) -> int:
        """The *least* height at this width. The main window puts each page in a scroll
        area, which asks for height-for-width (a page with wrapping rows has it) and would
        otherwise get the page's preferred height and scroll when nothing needs to."""
        layout = self.layout()
        if layout is None or not layout.hasHeightForWidth():
            return super().heightForWidth(width)
        return layout.totalMinimumHeightForWidth(width)
    navigate = Signal(str, object)  # area key, context dict (e.g. {"person_id": ...})

    def open_context(self, context: dict[str, Any]) -> None:
        """Show what ``context`` names (another area asked, through the shell)."""
        return None

    def attach(self, services: Services) -> None:
        raise NotImplementedError

    def detach(self) -> None:
        raise NotImplementedError

    def draft(self) -> dict[str, Any] | None:
        return None

    def restore_draft(self, draft: dict[str, Any]) -> None:
        return None

    def page_shown(self) -> None:
        """Called each time the page becomes the visible one."""
        return None

    def global_actions(self) -> list[QAction]:
        """Actions the main window puts in its toolbar and menu (e.g. the crisis plan)."""
        return []


@dataclass(frozen=True)
class AreaSpec:
    key: str  # stable id, also the draft key prefix
    title: str
    icon: str  # resource path, e.g. ":/icons/journal.svg"
    shortcut: str  # e.g. "Ctrl+1"
    factory: Callable[[], AreaPage]
    tooltip: str = ""
    # Agency areas (notes, caseload) are shown only where the vault enabled them or the
    # organisation's policy lists them; see Policy.shows_area.
    policy_area: bool = False
