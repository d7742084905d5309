"""Take the README and AppStream screenshots from a demo vault (no hand-made images).

    .venv/bin/python tools/screenshots.py [--out docs/screenshots]

Runs offscreen: every window is rendered with QWidget.grab(). Writes unlock.png,
main-<area>.png for every area, and wizard-passphrase.png / wizard-recovery.png.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QSize  # noqa: E402
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget  # noqa: E402

from peerdesk.app import AppController  # noqa: E402
from peerdesk.gui.common.theme import apply_theme  # noqa: E402
from peerdesk.gui.shell.create_vault_wizard import CreateVaultWizard  # noqa: E402
from peerdesk.launch import create_demo_vault  # noqa: E402
from peerdesk.vault.keyring_store import KeyringStatus  # noqa: E402

SIZE = QSize(1366, 768)  # the agency laptops of issue 14 (README and AppStream)


# Areas whose detail pane is empty until something is chosen: choose the first item.
SELECT_FIRST_ITEM = {"roadmap", "library"}


def select_first_item(page: QWidget) -> None:
    for view in page.findChildren(QAbstractItemView):
        model = view.model()
        if view.isVisible() and model is not None and model.rowCount() > 0:
            view.setCurrentIndex(model.index(0, 0))
            view.clicked.emit(model.index(0, 0))
            return


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("PeerDesk-screenshots")
    QCoreApplication.setApplicationName("PeerDesk-screenshots")
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    tmp = Path(tempfile.mkdtemp(prefix="peerdesk-shots-"))
    try:
        vault = create_demo_vault(tmp / "vault")
        controller = AppController(tmp / "vault", demo=True)
        controller.adopt_unlocked_vault(vault)
        window = controller.window
        window.resize(SIZE)
        window.show()
        settle(app)
        for spec in window.specs:
            window.show_area(spec.key)
            settle(app)
            if spec.key in SELECT_FIRST_ITEM:
                select_first_item(window.pages[spec.key])
                settle(app)
            window.grab().save(str(args.out / f"main-{spec.key}.png"))
        controller.lock()
        settle(app)
        window.grab().save(str(args.out / "unlock.png"))

        wizard = CreateVaultWizard(
            tmp / "new",
            lambda _p: "7KQ2-M9XD-4HRT-WC3P-0NVB-8ZJF-6YGA-5SEH",
            KeyringStatus(True, "SecretService", "ok"),
        )
        wizard.resize(660, 500)
        wizard.show()
        wizard.next()
        wizard.passphrase_page.passphrase_edit.setText("four quiet river stones")
        wizard.passphrase_page.repeat_edit.setText("four quiet river stones")
        settle(app)
        wizard.grab().save(str(args.out / "wizard-passphrase.png"))
        wizard.next()
        settle(app)
        wizard.grab().save(str(args.out / "wizard-recovery.png"))
        wizard.close()
        controller.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    for path in sorted(args.out.glob("*.png")):
        print(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
