"""The circle tab's actions that need no dialog draft: removing someone, the life areas."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QPlainTextEdit, QWidget

from peerdesk.gui.common.accessibility import name
from peerdesk.services.roadmap import RoadmapError
from peerdesk.services.session import Services

Confirm = Callable[[QWidget, str, str], bool]


def remove_question(person_name: str) -> tuple[str, str]:
    """The title and text of the question before someone leaves the circle."""
    text = QCoreApplication.translate(
        "Circle",
        "Remove {name} from the circle? Their past milestones and check-ins keep their name.",
    ).format(name=person_name)
    return QCoreApplication.translate("Circle", "Remove from the circle?"), text


def remove_person(parent: QWidget, services: Services, person_id: str, confirm: Confirm) -> None:
    """Ask, then take someone out of the circle (their name stays in the history)."""
    person = services.people.get(person_id)
    if confirm(parent, *remove_question(person.name)):
        try:
            services.people.delete(person_id)
        except ValueError as exc:
            title = QCoreApplication.translate("Circle", "Not removed")
            QMessageBox.information(parent, title, str(exc))


def life_areas_dialog(parent: QWidget, areas: list[str]) -> QInputDialog:
    """The editable list of life areas, one per line (Tab leaves the list)."""
    dialog = QInputDialog(parent)
    dialog.setObjectName("lifeAreasDialog")
    dialog.setWindowTitle(QCoreApplication.translate("Circle", "Life areas"))
    dialog.setLabelText(
        QCoreApplication.translate(
            "Circle", "One life area per line. Goals keep their area if you remove it here."
        )
    )
    dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    dialog.setTextValue("\n".join(areas))
    dialog.setOkButtonText(QCoreApplication.translate("Circle", "Save"))
    dialog.setCancelButtonText(QCoreApplication.translate("Circle", "Cancel"))
    edit = dialog.findChild(QPlainTextEdit)
    if edit is not None:
        edit.setTabChangesFocus(True)
        name(edit, QCoreApplication.translate("Circle", "Life areas, one per line"))
    return dialog


def edit_life_areas(parent: QWidget, services_now: Callable[[], Services | None]) -> None:
    """The editable list of life areas, one per line."""
    services = services_now()
    if services is None:
        return
    dialog = life_areas_dialog(parent, services.roadmap.life_areas())
    accepted = dialog.exec() == QDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    services = services_now()
    if accepted and services is not None:
        try:
            services.roadmap.set_life_areas(text.splitlines())
        except RoadmapError as exc:
            title = QCoreApplication.translate("Circle", "Not changed")
            QMessageBox.information(parent, title, str(exc))
