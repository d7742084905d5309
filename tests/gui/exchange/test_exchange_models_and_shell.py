"""The exchange item models under qtmodeltester, Contacts in Settings, and the shell wiring."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.cli.main import _take_bundle_argument, build_parser
from peerdesk.gui.exchange.contacts_section import ContactsSection
from peerdesk.gui.exchange.models import (
    MINE,
    THEIRS,
    ConflictsModel,
    ContactsModel,
    PreviewItemsModel,
)
from peerdesk.gui.exchange.share_dialog import ShareDialog

from .conftest import Pair


def _item(status: str, label: str) -> Any:
    return SimpleNamespace(
        table="milestone", record_id=label, label=label, status=status, fields=("title",)
    )


def _conflict(key: str) -> Any:
    return SimpleNamespace(
        key=key,
        table="goal",
        record_id=key,
        label="Find a flat",
        field="title",
        kind="edit",
        mine="Mine",
        theirs="Theirs",
        mine_who="you",
        theirs_who="Jo Okafor",
        mine_when="2026-11-30T10:00:00",
        theirs_when=None,
    )


def _holder(qtbot: QtBot) -> QWidget:
    """Models owned by a widget the test closes (nothing Qt is left for interpreter exit)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    return holder


def test_preview_items_model(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    holder = _holder(qtbot)
    items = [_item("new", "a"), _item("changed", "b"), _item("deleted", "c")]
    model = PreviewItemsModel(items, holder)
    qtmodeltester.check(model)
    assert model.index(1, 0).data() == "Changed"
    assert model.index(1, 1).data() == "Milestone"
    assert model.index(1, 3).data() == "Title"
    assert model.index(0, 3).data() == ""
    qtmodeltester.check(PreviewItemsModel([], holder))


def test_conflicts_model_choices(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    holder = _holder(qtbot)  # kept: pytest-qt holds only a weak reference
    model = ConflictsModel([_conflict("k1"), _conflict("k2")], holder)
    qtmodeltester.check(model)
    assert model.undecided() == 2
    model.set_choice(0, THEIRS)
    assert model.index(0, 4).data() == "Theirs"
    model.set_all(MINE)
    assert model.undecided() == 0
    assert model.choices == {"k1": MINE, "k2": MINE}
    qtmodeltester.check(model)


def test_contacts_model(qtmodeltester: ModelTester, qtbot: QtBot) -> None:
    holder = _holder(qtbot)
    model = ContactsModel(holder)
    qtmodeltester.check(model)
    model.set_contacts(
        [SimpleNamespace(id="c", name="Jo", fingerprint="a b c", last_exchange_at=datetime.now())]
    )
    qtmodeltester.check(model)
    assert model.index(0, 1).data() == "a b c"


def test_contacts_section_rename_and_forget(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    # Sam pins Jo through the services (the GUI path is covered elsewhere).
    from peerdesk.services.exchange.service import ShareRequest

    jo = two.jo.use()
    data = jo.exchange.make_bundle(ShareRequest("library"), share_passphrase="x" * 12)
    sam = two.sam.use()
    opened = sam.contacts.open_bundle(data, share_passphrase="x" * 12)
    sam.contacts.pin(opened)
    section: ContactsSection = two.sam.exchange.contacts_section
    section.refresh()
    assert section.model.rowCount() == 1
    assert section.emptyLabel.isHidden()
    assert "fingerprint" in section.ownLabel.text()
    assert not section.forgetButton.isEnabled()
    section.select_row(0)
    assert section.forgetButton.isEnabled()
    section.ask_name = lambda _parent, _title, _current: "Jo at the agency"
    section.renameButton.click()
    assert section.model.index(0, 0).data() == "Jo at the agency"
    asked: list[str] = []
    section.confirm = lambda _p, _t, text: asked.append(text) is None and False
    section.forgetButton.click()
    assert section.model.rowCount() == 1  # declined
    assert "Jo at the agency" in asked[0]
    section.confirm = lambda _p, _t, _text: True
    section.select_row(0)
    section.forgetButton.click()
    assert section.model.rowCount() == 0
    assert sam.contacts.list_contacts() == []


def test_shell_wiring(unlocked_controller: AppController, qtbot: QtBot) -> None:
    window = unlocked_controller.window
    assert window.receive_action.isEnabled()
    settings = window.pages["settings"]
    assert unlocked_controller.exchange.contacts_section.parent() is not None
    assert settings.isAncestorOf(unlocked_controller.exchange.contacts_section)
    roadmap = window.pages["roadmap"]
    with qtbot.waitSignal(unlocked_controller.exchange.share_opened) as blocker:
        roadmap.shareButton.click()  # type: ignore[attr-defined]
    dialog = blocker.args[0]
    assert isinstance(dialog, ShareDialog)
    assert dialog.roadmapRadio.isChecked()
    dialog.reject()
    library = window.pages["library"]
    with qtbot.waitSignal(unlocked_controller.exchange.share_opened) as blocker:
        library.shareButton.click()  # type: ignore[attr-defined]
    assert blocker.args[0].cardsRadio.isChecked()
    unlocked_controller.lock()
    assert not window.receive_action.isEnabled()
    assert unlocked_controller.exchange.contacts_section.model.rowCount() == 0


def test_a_file_given_while_locked_opens_after_unlock(
    make_controller: Any, qtbot: QtBot, tmp_path: Path
) -> None:
    from tests.conftest import PASSPHRASE

    controller = make_controller(unlock=False)
    junk = tmp_path / "junk.peerdesk"
    junk.write_bytes(b"not a bundle")
    assert controller.exchange.receive_file(junk) is None
    with qtbot.waitSignal(controller.exchange.flow_started) as blocker:
        controller.unlock(PASSPHRASE)
    assert blocker.args[0].outcome == "refused"


def test_command_line_bundle_argument() -> None:
    parser = build_parser()
    assert _take_bundle_argument(parser, ["--vault", "v", "a.peerdesk"]) == (
        ["--vault", "v"],
        Path("a.peerdesk"),
    )
    assert _take_bundle_argument(parser, ["receive", "--vault", "v", "a.peerdesk"]) == (
        ["receive", "--vault", "v", "a.peerdesk"],
        None,
    )
    assert _take_bundle_argument(parser, ["--demo"]) == (["--demo"], None)
