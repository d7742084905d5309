"""Share from one vault through the dialog, receive in another through the preview."""

from __future__ import annotations

import stat
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from peerdesk.gui.exchange import receive as receive_module
from peerdesk.gui.exchange.models import MINE, THEIRS
from peerdesk.gui.exchange.preview_dialog import PreviewDialog
from peerdesk.gui.exchange.receive import PassphraseDialog, ReceiveFlow, SenderDialog
from peerdesk.gui.exchange.share_dialog import ShareDialog
from peerdesk.gui.exchange.workers import ApplyRunner

from .conftest import SHARE_PASSPHRASE, Pair, Side

WAIT = 60_000  # scrypt in a helper process on a busy 2-core machine


def sam_at(side: Side) -> str:
    person = side.use().people.find_by_name("Sam Rivera")
    assert person is not None
    return str(person.id)


def jo_plan(two: Pair) -> tuple[str, str]:
    """Jo's caseload has Sam with one goal and one milestone; returns (goal, milestone)."""
    jo = two.jo.use()
    sam = jo.people.create("Sam Rivera", "self")
    goal = jo.roadmap.create_goal(sam.id, "Find a flat")
    milestone = jo.roadmap.add_milestone(goal.id, "Call the housing office", owner_id=sam.id)
    return goal.id, milestone.id


def share_by_passphrase(qtbot: QtBot, side: Side, person_id: str, target: Path) -> ShareDialog:
    side.use()
    dialog = side.exchange.share("roadmap", person_id)
    assert isinstance(dialog, ShareDialog)
    dialog.passphraseRadio.setChecked(True)
    dialog.passEdit.setText(SHARE_PASSPHRASE)
    dialog.repeatEdit.setText(SHARE_PASSPHRASE)
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_to(target)
    return dialog


def receive_until_preview(
    qtbot: QtBot, side: Side, path: Path, *, passphrase: str | None = SHARE_PASSPHRASE
) -> ReceiveFlow:
    side.use()
    flow = side.exchange.receive_file(path)
    assert flow is not None
    if passphrase is not None:
        assert isinstance(flow.current, PassphraseDialog)
        flow.current.edit.setText(passphrase)
        flow.current.accept()
        qtbot.waitUntil(lambda: flow.job is not None and flow.job.finished, timeout=WAIT)
    return flow


def trust_sender(flow: ReceiveFlow) -> None:
    assert isinstance(flow.current, SenderDialog)
    flow.current.trustButton.click()


def read_in(qtbot: QtBot, flow: ReceiveFlow) -> Any:
    dialog = flow.current
    assert isinstance(dialog, PreviewDialog)
    results: list[Any] = []
    flow.applied.connect(results.append)
    dialog.applyButton.click()  # the merge runs on the GUI thread: done when click returns
    assert flow.outcome == "applied", dialog.statusLabel.text()
    return results[-1]


def test_share_then_receive_with_passphrase(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    _goal_id, _milestone_id = jo_plan(two)
    target = tmp_path / "out.peerdesk"
    dialog = share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    data = target.read_bytes()
    assert b"Find a flat" not in data
    assert b"Sam Rivera" not in data
    # The dialog listed what the file holds, from the service's description.
    listed = [dialog.contentsList.item(i).text() for i in range(dialog.contentsList.count())]
    assert any("Find a flat" in line for line in listed)
    assert not dialog.passEdit.text()

    flow = receive_until_preview(qtbot, two.sam, target)
    assert isinstance(flow.current, SenderDialog)
    assert flow.current.wordsLabel.text() == two.jo.use().contacts.own_identity().fingerprint
    two.sam.use()
    assert two.sam.services.contacts.list_contacts() == []  # nothing read in yet
    trust_sender(flow)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)
    assert preview.preview.counts["new"] >= 2
    assert "Sam Rivera" in preview.senderLabel.text() or "Jo Okafor" in preview.senderLabel.text()
    statuses = {preview.items_model.item(r).status for r in range(preview.items_model.rowCount())}
    assert statuses == {"new"}
    result = read_in(qtbot, flow)
    assert result.counts["new"] >= 2
    sam = two.sam.use()
    assert [sam.roadmap.get_goal(g).title for g in sam.roadmap.roadmap_goal_ids()] == [
        "Find a flat"
    ]
    assert [c.name for c in sam.contacts.list_contacts()] == ["Jo Okafor"]
    assert flow.outcome == "applied"
    assert flow.message is not None
    assert "new" in flow.message.text()
    # Contacts in Settings show Jo now, with the fingerprint words.
    section = two.sam.exchange.contacts_section
    assert section.model.rowCount() == 1
    assert section.model.index(0, 0).data() == "Jo Okafor"


def test_conflict_resolved_by_taking_theirs(
    qtbot: QtBot, two: Pair, tmp_path: Path, qtmodeltester: ModelTester
) -> None:
    goal_id, _ = jo_plan(two)
    first = tmp_path / "first.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), first)
    flow = receive_until_preview(qtbot, two.sam, first)
    trust_sender(flow)
    read_in(qtbot, flow)
    # Both change the goal's title during the week.
    two.sam.use().roadmap.update_goal(goal_id, title="Find a flat near the park")
    two.jo.use().roadmap.update_goal(goal_id, title="Find a flat by March")
    second = tmp_path / "second.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), second)

    flow = receive_until_preview(qtbot, two.sam, second)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)  # a known sender: straight to the preview
    assert preview.preview.counts["conflicts"] == 1
    assert preview.tabs.currentWidget() is preview.conflictsTab
    assert not preview.applyButton.isEnabled()  # a choice is needed first
    model = preview.conflicts_model
    qtmodeltester.check(model)  # the real preview's models
    qtmodeltester.check(preview.items_model)
    assert model.index(0, 2).data() == "Find a flat near the park"
    assert model.index(0, 3).data() == "Find a flat by March"
    preview.select_conflict(0)
    assert preview.mineSide.valueView.toPlainText() == "Find a flat near the park"
    assert preview.theirsSide.valueView.toPlainText() == "Find a flat by March"
    assert "Jo Okafor" in preview.theirsSide.whoLabel.text()
    preview.allMineButton.click()
    assert model.choice(0) == MINE
    preview.theirsSide.choice.click()
    assert model.choice(0) == THEIRS
    assert preview.applyButton.isEnabled()
    result = read_in(qtbot, flow)
    assert result.counts["conflicts_resolved"] == 1
    assert two.sam.use().roadmap.get_goal(goal_id).title == "Find a flat by March"


def test_unknown_sender_declined_reads_nothing(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    jo_plan(two)
    target = tmp_path / "out.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    flow = receive_until_preview(qtbot, two.sam, target)
    assert isinstance(flow.current, SenderDialog)
    with qtbot.waitSignal(flow.finished) as blocker:
        flow.current.reject()
    assert blocker.args == ["cancelled"]
    sam = two.sam.use()
    assert sam.contacts.list_contacts() == []
    assert sam.roadmap.roadmap_goal_ids() == []


def test_wrong_passphrase_asks_again(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    jo_plan(two)
    target = tmp_path / "out.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    flow = receive_until_preview(qtbot, two.sam, target, passphrase="not the one we agreed")
    assert isinstance(flow.current, PassphraseDialog)
    assert "not right" in flow.current.problemLabel.text()


def test_tampered_file_is_refused_with_its_reason(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    jo_plan(two)
    target = tmp_path / "out.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    data = bytearray(target.read_bytes())
    data[-40] ^= 0x01
    bad = tmp_path / "bad.peerdesk"
    bad.write_bytes(bytes(data))
    flow = receive_until_preview(qtbot, two.sam, bad)
    assert flow.outcome == "refused"
    assert isinstance(flow.message, QMessageBox)
    text = flow.message.text()
    assert "Nothing in your vault was changed." in text
    assert len(text.splitlines()[0]) > 10  # the one-line reason comes first
    sam = two.sam.use()
    assert sam.contacts.list_contacts() == []
    assert sam.roadmap.roadmap_goal_ids() == []


def test_not_a_bundle_is_refused_without_asking(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    junk = tmp_path / "junk.peerdesk"
    junk.write_bytes(b"hello, this is not an exchange file")
    two.sam.use()
    flow = two.sam.exchange.receive_file(junk)
    assert flow is not None
    assert flow.outcome == "refused"
    assert flow.message is not None
    assert "not a PeerDesk exchange file" in flow.message.text()


def test_cancel_during_apply_leaves_the_vault_unchanged(
    qtbot: QtBot, two: Pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    jo_plan(two)
    target = tmp_path / "out.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    flow = receive_until_preview(qtbot, two.sam, target)
    trust_sender(flow)

    class CancellingRunner(ApplyRunner):
        def __init__(self, *args: Any) -> None:
            super().__init__(*args)
            self.started.connect(self.dialog.cancel)  # the person clicks Cancel

    monkeypatch.setattr(receive_module, "ApplyRunner", CancellingRunner)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)
    preview.applyButton.click()
    assert flow.outcome == "apply-cancelled"
    assert "nothing was changed" in preview.statusLabel.text()
    assert preview.applyButton.isEnabled()  # can try again
    sam = two.sam.use()
    assert sam.roadmap.roadmap_goal_ids() == []
    assert sam.contacts.list_contacts() == []  # the pin was rolled back too
    assert len(sam.people.list()) == 1


def test_share_by_contact_is_instant_and_never_overwrites(
    qtbot: QtBot, two: Pair, tmp_path: Path
) -> None:
    jo_plan(two)
    first = tmp_path / "first.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), first)
    flow = receive_until_preview(qtbot, two.sam, first)
    trust_sender(flow)
    read_in(qtbot, flow)
    # Sam replies to Jo's key: no passphrase asked; an existing file is never replaced.
    sam = two.sam.use()
    dialog = two.sam.exchange.share("roadmap")
    assert isinstance(dialog, ShareDialog)
    assert dialog.contactRadio.isChecked()
    assert dialog.contactCombo.currentText() == "Jo Okafor"
    assert not dialog.personalCheck.isChecked()
    dialog.save_to(first)
    assert "exists already" in dialog.errorLabel.text()
    reply = tmp_path / "reply.peerdesk"
    with qtbot.waitSignal(dialog.saved):
        dialog.save_to(reply)
    assert reply.exists()
    assert sam.contacts.list_contacts()
    flow = receive_until_preview(qtbot, two.jo, reply, passphrase=None)
    assert isinstance(flow.current, SenderDialog)  # Jo has not met Sam's vault yet
    trust_sender(flow)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)
    assert preview.preview.changes_nothing or preview.preview.counts["conflicts"] == 0


def test_share_dialog_checks_the_passphrase_twice(two: Pair) -> None:
    jo_plan(two)
    two.jo.use()
    dialog = two.jo.exchange.share("roadmap", sam_at(two.jo))
    assert isinstance(dialog, ShareDialog)
    assert dialog.passphraseRadio.isChecked()  # no contacts yet
    assert not dialog.contactRadio.isEnabled()
    dialog.passEdit.setText(SHARE_PASSPHRASE)
    dialog.repeatEdit.setText(SHARE_PASSPHRASE + "!")
    dialog.saveButton.click()
    assert "not the same" in dialog.errorLabel.text()
    dialog.cardsRadio.setChecked(True)
    assert not dialog.personCombo.isEnabled()
    assert dialog.cardsCombo.isEnabled()
    listed = [dialog.contentsList.item(i).text() for i in range(dialog.contentsList.count())]
    assert any("Strategy cards" in line for line in listed)
    dialog.reject()


def test_a_known_name_with_a_new_key_is_refused(
    qtbot: QtBot, two: Pair, tmp_path: Path, fast_kdf: Any
) -> None:
    from peerdesk.services.exchange.service import ShareRequest
    from peerdesk.services.session import end_session
    from tests.unit.exchange.conftest import make_vault, use

    jo_plan(two)
    first = tmp_path / "first.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), first)
    flow = receive_until_preview(qtbot, two.sam, first)
    trust_sender(flow)
    read_in(qtbot, flow)
    # Someone else's vault, also calling itself "Jo Okafor".
    other = make_vault(tmp_path / "other", fast_kdf, "Jo Okafor")
    fake = tmp_path / "fake.peerdesk"
    fake.write_bytes(
        other.exchange.make_bundle(ShareRequest("library"), share_passphrase=SHARE_PASSPHRASE)
    )
    end_session(other)
    other.vault.close()
    flow = receive_until_preview(qtbot, two.sam, fake)
    assert flow.outcome == "refused"
    assert flow.message is not None
    assert "Jo Okafor" in flow.message.text()
    assert "different key" in flow.message.text()
    assert [c.name for c in use(two.sam.services).contacts.list_contacts()] == ["Jo Okafor"]


def test_chosen_cards_travel(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    from peerdesk.services.library import CardContent

    jo = two.jo.use()
    ids = [
        jo.library.create(CardContent(title=title))
        for title in ("Box breathing for panic", "Call a friend", "Cold water on the face")
    ]
    dialog = two.jo.exchange.share_cards(ids[:2])
    assert isinstance(dialog, ShareDialog)
    assert dialog.cardsRadio.isChecked()
    assert dialog.cardsCombo.currentData() == "titles"
    assert dialog.ticked_titles() == ("Box breathing for panic", "Call a friend")
    assert dialog.windowTitle() == "Share with someone"  # never user content in a title
    for row in range(dialog.cardList.count()):
        dialog.cardList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.saveButton.isEnabled()  # nothing ticked, nothing to share
    (box,) = dialog.cardList.findItems("Box breathing for panic", Qt.MatchFlag.MatchExactly)
    box.setCheckState(Qt.CheckState.Checked)
    assert dialog.saveButton.isEnabled()
    dialog.passphraseRadio.setChecked(True)
    dialog.passEdit.setText(SHARE_PASSPHRASE)
    dialog.repeatEdit.setText(SHARE_PASSPHRASE)
    target = tmp_path / "cards.peerdesk"
    with qtbot.waitSignal(dialog.saved, timeout=WAIT):
        dialog.save_to(target)
    flow = receive_until_preview(qtbot, two.sam, target)
    trust_sender(flow)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)
    assert preview.preview.counts["new"] == 1
    read_in(qtbot, flow)
    sam = two.sam.use()
    assert "box breathing for panic" in sam.library.title_index()
    assert "call a friend" not in sam.library.title_index()


def test_who_is_who_on_the_first_file(qtbot: QtBot, two: Pair, tmp_path: Path) -> None:
    goal_id, _ = jo_plan(two)
    jo = two.jo.use()
    me = jo.people.owner()
    assert me is not None
    jo.roadmap.add_milestone(goal_id, "Fill in the form together", owner_id=me.id)
    sam = two.sam.use()
    jo_here = sam.people.create("Jo (peer specialist)", "peer_specialist")
    target = tmp_path / "out.peerdesk"
    share_by_passphrase(qtbot, two.jo, sam_at(two.jo), target)
    flow = receive_until_preview(qtbot, two.sam, target)
    trust_sender(flow)
    preview = flow.current
    assert isinstance(preview, PreviewDialog)
    assert preview.tabs.currentWidget() is preview.peopleTab  # asked before anything else
    names = {m.name: m for m in preview.preview.people_to_confirm}
    assert set(names) == {"Sam Rivera", "Jo Okafor"}
    owner = sam.people.owner()
    assert owner is not None
    sam_combo = preview.person_combos[names["Sam Rivera"].their_id]
    assert sam_combo.currentData() == owner.id  # the file's Sam is this vault's owner
    jo_combo = preview.person_combos[names["Jo Okafor"].their_id]
    assert jo_combo.currentData() == "new"
    preview.set_person(names["Jo Okafor"].their_id, jo_here.id)  # "that is my Jo"
    result = read_in(qtbot, flow)
    assert result.counts["people_created"] == 0
    assert sorted(p.name for p in two.sam.use().people.list()) == [
        "Jo (peer specialist)",
        "Sam Rivera",
    ]
