"""About PeerDesk: what it is, the promise it keeps, and the versions in use."""

from __future__ import annotations

import sys

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import QCoreApplication, QSize, qVersion
from PySide6.QtWidgets import QDialog, QWidget

from peerdesk import __version__
from peerdesk.gui.common.theme import icon
from peerdesk.gui.forms.ui_about_dialog import Ui_AboutDialog
from peerdesk.i18n import QT_TRANSLATE_NOOP
from peerdesk.vault.database import sqlcipher_version

ABOUT_TEXT = QT_TRANSLATE_NOOP(
    "AboutDialog",
    "A private, offline workspace for peer support in recovery: a journal of check-ins, "
    "a roadmap of goals shared with the people who support you, and a library of coping "
    "strategies you can pass on as files.\n\n"
    "Everything stays on this computer, encrypted. PeerDesk never uses the network; "
    "nothing leaves unless you export it.",
)


class AboutDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_AboutDialog()
        self.ui.setupUi(self)
        self.ui.iconLabel.setPixmap(icon("peerdesk").pixmap(96, 96))
        self.ui.titleLabel.setText(f"PeerDesk {__version__}")
        self.ui.bodyLabel.setText(QCoreApplication.translate("AboutDialog", ABOUT_TEXT))
        self.ui.versionsLabel.setProperty("role", "muted")
        self.ui.versionsLabel.setWordWrap(True)
        self.ui.versionsLabel.setText(
            self.tr(
                "Encryption: SQLCipher {sqlcipher} (AES-256) with a random key; your passphrase"
                " unlocks that key through Argon2id."
            ).format(sqlcipher=sqlcipher_version())
            + "\n"
            + f"Qt {qVersion()} · PySide6 {pyside_version} · Python {sys.version.split()[0]}"
        )
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.buttonBox.accepted.connect(self.accept)

    def sizeHint(self) -> QSize:
        """Tall enough for the wrapped text at the hinted width (larger fonts, longer
        translations): a layout's plain size hint does not count wrapped lines."""
        hint = super().sizeHint()
        # A reading width (about 36 letters of the current font), not one line per paragraph.
        hint.setWidth(min(hint.width(), self.fontMetrics().horizontalAdvance("M") * 36))
        layout = self.layout()
        if layout is not None and layout.hasHeightForWidth():
            hint.setHeight(max(hint.height(), layout.totalHeightForWidth(hint.width())))
        return hint
