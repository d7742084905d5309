"""Screenshots of the exchange GUI at two window sizes, to look at (not for the README).

    .venv/bin/python tools/exchange_screenshots.py [--out build/exchange-shots]

Jo shares Sam's roadmap twice (a share passphrase); Sam receives the first file (sender
check, who is who), edits a goal title, then receives the second: a conflict. Writes the
sender dialog, who-is-who, the conflict preview, the share dialog and Settings › Contacts,
at 1024×700 and 1366×768 (dialogs capped at those sizes).
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from PySide6.QtCore import QCoreApplication, QSize, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from peerdesk.app import AppController  # noqa: E402
from peerdesk.gui.common.theme import apply_theme  # noqa: E402
from peerdesk.gui.exchange.preview_dialog import PreviewDialog  # noqa: E402
from peerdesk.gui.exchange.receive import PassphraseDialog, SenderDialog  # noqa: E402
from peerdesk.services.exchange.service import ShareRequest  # noqa: E402
from peerdesk.services.session import end_session, start_session  # noqa: E402
from peerdesk.vault.keys import calibrate_kdf  # noqa: E402
from peerdesk.vault.vault import Vault  # noqa: E402

PASSPHRASE = "correct horse battery staple"
SHARE = "blue kettle on the third shelf"
SIZES = (QSize(1024, 700), QSize(1366, 768))


def settle(app: QApplication, rounds: int = 8) -> None:
    for _ in range(rounds):
        app.processEvents()


def shot(app: QApplication, widget: QWidget, size: QSize, path: Path) -> None:
    hint = widget.sizeHint()
    if isinstance(widget, QApplication):
        return
    if widget.isWindow() and widget.parent() is not None:  # a dialog: its own size, capped
        widget.resize(
            min(max(widget.width(), hint.width()), size.width()),
            min(max(widget.height(), hint.height()), size.height()),
        )
    else:
        widget.resize(size)
    settle(app)
    widget.grab().save(str(path))
    print(path, widget.width(), "x", widget.height())


def jo_files(tmp: Path, kdf: object) -> tuple[Path, Path, str]:
    vault, _code = Vault.create(tmp / "jo", PASSPHRASE, kdf=kdf)  # type: ignore[arg-type]
    s = start_session(vault)
    me = s.people.create("Jo Okafor", "peer_specialist", is_owner=True)
    sam = s.people.create("Sam Rivera", "self")
    s.people.create("Dana (sister)", "supporter")
    goal = s.roadmap.create_goal(sam.id, "Find a flat", participants=[(me.id, "helps")])
    s.roadmap.add_milestone(goal.id, "Call the housing office", owner_id=sam.id)
    s.roadmap.add_milestone(goal.id, "Visit two flats", owner_id=sam.id)
    s.roadmap.add_milestone(goal.id, "Fill in the housing benefit form", owner_id=me.id)
    walk = s.roadmap.create_goal(sam.id, "Walk every morning")
    s.roadmap.add_milestone(walk.id, "Three mornings this week", owner_id=sam.id)
    s.roadmap.add_checkin(goal.id, person_id=sam.id, rating=3, what_happened="Started")
    first = tmp / "first.peerdesk"
    first.write_bytes(
        s.exchange.make_bundle(ShareRequest("roadmap", sam.id), share_passphrase=SHARE)
    )
    s.roadmap.update_goal(goal.id, title="Find a flat by March")
    s.roadmap.update_milestone(s.roadmap.milestones(goal.id)[1].id, due_date=date(2026, 12, 24))
    second = tmp / "second.peerdesk"
    second.write_bytes(
        s.exchange.make_bundle(ShareRequest("roadmap", sam.id), share_passphrase=SHARE)
    )
    end_session(s)
    vault.close()
    return first, second, goal.id


def wait_for(app: QApplication, condition: object, limit: int = 4000) -> None:
    import time

    for _ in range(limit):
        if condition():  # type: ignore[operator]
            return
        app.processEvents()
        time.sleep(0.01)
    raise TimeoutError


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "exchange-shots")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("PeerDesk-screenshots")
    QCoreApplication.setApplicationName("PeerDesk-screenshots")
    app = QApplication(sys.argv[:1])
    apply_theme(app)
    tmp = Path(tempfile.mkdtemp(prefix="peerdesk-xshots-"))
    kdf = calibrate_kdf(0.01)
    try:
        first, second, goal_id = jo_files(tmp, kdf)
        vault, _code = Vault.create(tmp / "sam", PASSPHRASE, kdf=kdf)
        s = start_session(vault)
        s.people.create("Sam Rivera", "self", is_owner=True)
        s.people.create("Alex (AA sponsor)", "supporter")
        end_session(s)
        vault.close()
        controller = AppController(tmp / "sam")
        controller.open_vault()
        controller.unlock(PASSPHRASE)
        window = controller.window
        window.show()
        exchange = controller.exchange

        flow = exchange.receive_file(first)
        assert flow is not None
        assert isinstance(flow.current, PassphraseDialog)
        flow.current.edit.setText(SHARE)
        flow.current.accept()
        wait_for(app, lambda: isinstance(flow.current, SenderDialog))
        for size in SIZES:
            shot(app, flow.current, size, args.out / f"sender-{size.width()}.png")
        flow.current.accept()
        preview = flow.current
        assert isinstance(preview, PreviewDialog)
        preview.tabs.setCurrentWidget(preview.peopleTab)
        for size in SIZES:
            shot(app, preview, size, args.out / f"who-is-who-{size.width()}.png")
        preview.tabs.setCurrentIndex(0)
        for size in SIZES:
            shot(app, preview, size, args.out / f"preview-items-{size.width()}.png")
        preview.applyButton.click()
        settle(app)
        if flow.message is not None:
            shot(app, flow.message, SIZES[0], args.out / "summary.png")
            flow.message.accept()

        assert controller.services is not None
        controller.services.roadmap.update_goal(goal_id, title="Find a flat near the park")
        flow = exchange.receive_file(second)
        assert flow is not None
        assert isinstance(flow.current, PassphraseDialog)
        flow.current.edit.setText(SHARE)
        flow.current.accept()
        wait_for(app, lambda: isinstance(flow.current, PreviewDialog))
        preview = flow.current
        assert isinstance(preview, PreviewDialog)
        preview.select_conflict(0)
        for size in SIZES:
            shot(app, preview, size, args.out / f"preview-conflict-{size.width()}.png")
        preview.theirsSide.choice.click()
        for size in SIZES:
            shot(app, preview, size, args.out / f"preview-conflict-chosen-{size.width()}.png")
        preview.applyButton.click()
        settle(app)
        if flow.message is not None:
            flow.message.accept()

        dialog = exchange.share("roadmap")
        assert dialog is not None
        for size in SIZES:
            shot(app, dialog, size, args.out / f"share-{size.width()}.png")
        dialog.passphraseRadio.setChecked(True)
        dialog.expiryCheck.setChecked(True)
        dialog.cardsRadio.setChecked(True)
        for size in SIZES:
            shot(app, dialog, size, args.out / f"share-cards-{size.width()}.png")
        dialog.cardsCombo.setCurrentIndex(2)
        for row in (1, 4):
            dialog.cardList.item(row).setCheckState(Qt.CheckState.Checked)
        for size in SIZES:
            shot(app, dialog, size, args.out / f"share-ticked-{size.width()}.png")
        dialog.reject()

        window.show_area("settings")
        for size in SIZES:
            shot(app, window, size, args.out / f"settings-contacts-{size.width()}.png")
        controller.shutdown()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
