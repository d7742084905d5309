"""Where exports and printed plans are saved, and what is offered after saving.

The save dialog starts in the folder this vault last saved to (remembered inside the vault:
a folder path can reveal a name, so never in QSettings) or else in the user's Documents
folder, never in whatever folder the program was started from. After saving, a small
message offers to open the file or the folder that holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, QUrl
from PySide6.QtGui import QDesktopServices, QPagedPaintDevice
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from peerdesk.services.settings import SettingsService


def documents_folder() -> Path:
    found = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(found) if found else Path.home()


def start_folder(settings: SettingsService | None) -> Path:
    remembered = settings.export_folder if settings is not None else None
    if remembered and Path(remembered).is_dir():
        return Path(remembered)
    return documents_folder()


def ask_save_path(
    parent: QWidget | None,
    settings: SettingsService | None,
    title: str,
    file_name: str,
    file_filter: str,
) -> Path | None:
    """The save dialog, starting in this vault's last export folder or in Documents."""
    name, _filter = QFileDialog.getSaveFileName(
        parent, title, str(start_folder(settings) / file_name), file_filter
    )
    if not name:
        return None
    path = Path(name)
    remember_folder(settings, path)
    return path


def remember_folder(settings: SettingsService | None, path: Path) -> None:
    if settings is not None:
        settings.set_export_folder(str(path.parent))


def offer_open(
    parent: QWidget | None,
    path: Path,
    title: str,
    print_to: Callable[[QPagedPaintDevice], None] | None = None,
    notice: str = "",
) -> QMessageBox:
    """A non-blocking note after saving: Open (the file), Print… (when ``print_to`` can
    print the same content on a printer), Show folder, Close. ``notice`` is the
    organisation's export notice, repeated under it."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(
        QCoreApplication.translate("SaveFile", "Saved as {name} in {folder}.").format(
            name=path.name, folder=path.parent
        )
    )
    informative = QCoreApplication.translate(
        "SaveFile", "Open it to read or print it, or show the folder that holds it."
    )
    box.setInformativeText(informative + (f"\n\n{notice}" if notice else ""))
    open_button = box.addButton(
        QCoreApplication.translate("SaveFile", "&Open"), QMessageBox.ButtonRole.ActionRole
    )
    folder_button = box.addButton(
        QCoreApplication.translate("SaveFile", "Show &folder"), QMessageBox.ButtonRole.ActionRole
    )
    if print_to is not None:
        print_button = box.addButton(
            QCoreApplication.translate("SaveFile", "&Print…"), QMessageBox.ButtonRole.ActionRole
        )
        print_button.setAccessibleName(QCoreApplication.translate("SaveFile", "Print it"))
        print_button.clicked.connect(lambda: ask_and_print(parent, print_to))
    box.addButton(QMessageBox.StandardButton.Close)
    open_button.setAccessibleName(QCoreApplication.translate("SaveFile", "Open the saved file"))
    folder_button.setAccessibleName(
        QCoreApplication.translate("SaveFile", "Show the folder of the saved file")
    )
    open_button.clicked.connect(lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))))
    folder_button.clicked.connect(
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
    )
    box.open()
    return box


def ask_and_print(parent: QWidget | None, print_to: Callable[[QPagedPaintDevice], None]) -> bool:
    """The system's print dialog, then ``print_to(printer)``."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    printer = QPrinter()
    dialog = QPrintDialog(printer, parent)
    if dialog.exec() != QPrintDialog.DialogCode.Accepted:
        return False
    print_to(printer)
    return True
