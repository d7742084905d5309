"""The circle tab's actions that need no dialog draft: removing someone, the life areas."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget

from peerdesk.services.roadmap import RoadmapError
from peerdesk.services.session import Services

Confirm = Callable[[QWidget, str, str], bool]


def _tr(text: str) -> str:
    return QCoreApplication.translate("Circle", text)


def remove_person(parent: QWidget, services: Services, person_id: str, confirm: Confirm) -> None:
    """Ask, then take someone out of the circle (their name stays in the history)."""
    person = services.people.get(person_id)
    text = _tr(
        "Remove {name} from the circle? Their past milestones and check-ins keep their name."
    ).format(name=person.name)
    if confirm(parent, _tr("Remove from the circle?"), text):
        try:
            services.people.delete(person_id)
        except ValueError as exc:
            QMessageBox.information(parent, _tr("Not removed"), str(exc))


def edit_life_areas(parent: QWidget, services_now: Callable[[], Services | None]) -> None:
    """The editable list of life areas, one per line."""
    services = services_now()
    if services is None:
        return
    text, ok = QInputDialog.getMultiLineText(
        parent,
        _tr("Life areas"),
        _tr("One life area per line. Goals keep their area if you remove it here."),
        "\n".join(services.roadmap.life_areas()),
    )
    services = services_now()
    if ok and services is not None:
        try:
            services.roadmap.set_life_areas(text.splitlines())
        except RoadmapError as exc:
            QMessageBox.information(parent, _tr("Not changed"), str(exc))
