"""The exchange by keyboard alone: conflicts decided one by one and all at once with the
buttons' keys, the preview and the share dialog in a Tab order that follows them, Escape
closes (issue 13)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.gui.exchange.models import MINE, THEIRS
from peerdesk.gui.exchange.preview_dialog import PreviewDialog
from peerdesk.services.session import Services
from tests.gui.exchange.previews import sample_preview

ALT = Qt.KeyboardModifier.AltModifier


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None
    return widget


def tab(qtbot: QtBot) -> str:
    qtbot.keyClick(focused(), Qt.Key.Key_Tab)
    return focused().objectName()


@pytest.fixture
def preview(qtbot: QtBot, circle: Services) -> Iterator[PreviewDialog]:
    dialog = PreviewDialog(sample_preview(circle), circle.people.list())
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    yield dialog
    dialog.close()


def press(qtbot: QtBot, key: Qt.Key) -> None:
    """Alt and a button's underlined letter (the button clicks itself a moment later)."""
    qtbot.keyClick(focused(), key, ALT)


def test_every_conflict_decided_by_keyboard(qtbot: QtBot, preview: PreviewDialog) -> None:
    model = preview.conflicts_model
    assert preview.tabs.currentWidget() is preview.conflictsTab  # conflicts come first
    preview.conflictsView.setFocus()
    qtbot.waitUntil(preview.conflictsView.hasFocus)
    assert preview.current_conflict_row() == 0
    assert not preview.applyButton.isEnabled()

    press(qtbot, Qt.Key.Key_K)  # &Keep mine, for the conflict chosen in the list
    qtbot.waitUntil(lambda: model.choice(0) == MINE)
    assert model.choice(1) is None
    preview.conflictsView.setFocus()
    qtbot.keyClick(preview.conflictsView, Qt.Key.Key_Down)
    assert preview.current_conflict_row() == 1
    press(qtbot, Qt.Key.Key_T)  # &Take theirs
    qtbot.waitUntil(lambda: model.choice(1) == THEIRS)
    assert model.choice(0) == MINE
    assert preview.applyButton.isEnabled()

    press(qtbot, Qt.Key.Key_H)  # All t&heirs
    qtbot.waitUntil(lambda: [model.choice(0), model.choice(1)] == [THEIRS, THEIRS])
    press(qtbot, Qt.Key.Key_M)  # All &mine
    qtbot.waitUntil(lambda: [model.choice(0), model.choice(1)] == [MINE, MINE])
    assert preview.resolutions() == {"c1": MINE, "c2": MINE}
    # The list says the choice aloud, row by row.
    spoken = model.index(1, 0).data(Qt.ItemDataRole.AccessibleTextRole)
    assert "keeping mine" in spoken


def test_arrows_switch_between_keep_mine_and_take_theirs(
    qtbot: QtBot, preview: PreviewDialog
) -> None:
    model = preview.conflicts_model
    preview.mineSide.choice.setFocus()
    qtbot.waitUntil(preview.mineSide.choice.hasFocus)
    qtbot.keyClick(preview.mineSide.choice, Qt.Key.Key_Space)
    assert model.choice(0) == MINE
    qtbot.keyClick(preview.mineSide.choice, Qt.Key.Key_Right)
    assert preview.theirsSide.choice.hasFocus()
    assert model.choice(0) == THEIRS


def test_the_conflicts_tab_in_tab_order_and_escape_cancels(
    qtbot: QtBot, preview: PreviewDialog
) -> None:
    preview.tabs.tabBar().setFocus()
    qtbot.waitUntil(preview.tabs.tabBar().hasFocus)
    seen = [tab(qtbot) for _ in range(7)]
    # Keep mine / Take theirs are one stop (arrows move between them); Read in is skipped
    # while a conflict is undecided (it is disabled).
    assert seen == [
        "allMine",
        "allTheirs",
        "previewConflicts",
        "mineValue",
        "theirsValue",
        "keepMine",
        "cancel",
    ]
    preview.mineSide.valueView.setFocus()
    qtbot.keyClick(preview.mineSide.valueView, Qt.Key.Key_Tab)  # a read-only value: Tab leaves
    assert preview.theirsSide.valueView.hasFocus()
    with qtbot.waitSignal(preview.rejected, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Escape)
    assert preview.result() == QDialog.DialogCode.Rejected


def test_who_is_who_by_keyboard(qtbot: QtBot, preview: PreviewDialog) -> None:
    preview.tabs.setCurrentWidget(preview.peopleTab)
    combos = list(preview.person_combos.values())
    combos[0].setFocus()
    qtbot.waitUntil(combos[0].hasFocus)
    qtbot.keyClick(combos[0], Qt.Key.Key_Tab)
    assert focused() is combos[1]
    before = combos[1].currentIndex()
    qtbot.keyClick(combos[1], Qt.Key.Key_Down)
    assert combos[1].currentIndex() == before + 1
    assert preview.people_choices()[list(preview.person_combos)[1]] == combos[1].currentData()


def test_the_share_dialog_in_tab_order(qtbot: QtBot, circle: Services) -> None:
    from peerdesk.gui.exchange.share_dialog import ShareDialog

    dialog = ShareDialog(circle, what="roadmap")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    assert dialog.passphraseRadio.isChecked()  # no contacts yet
    dialog.roadmapRadio.setFocus()
    qtbot.waitUntil(dialog.roadmapRadio.hasFocus)
    seen = [tab(qtbot) for _ in range(8)]
    # The kinds are one stop, the contact's row is off (no contacts), the expiry date is
    # off until "expires" is ticked.
    assert seen == [
        "sharePerson",
        "sharePersonal",
        "shareToPassphrase",
        "sharePassphrase",
        "sharePassphraseAgain",
        "shareExpires",
        "shareContents",
        "shareSave",
    ]
    dialog.roadmapRadio.setFocus()
    qtbot.keyClick(dialog.roadmapRadio, Qt.Key.Key_Down)  # arrows choose the kind
    assert dialog.cardsRadio.hasFocus()
    assert dialog.what == "library"
    assert dialog.cardsCombo.isVisibleTo(dialog)
    dialog.passEdit.setFocus()
    qtbot.keyClicks(dialog.passEdit, "a secret phrase")
    with qtbot.waitSignal(dialog.rejected, timeout=3000):
        qtbot.keyClick(dialog.passEdit, Qt.Key.Key_Escape)
    assert dialog.passEdit.text() == ""  # forgotten on close


def test_enter_never_trusts_an_unknown_sender(qtbot: QtBot) -> None:
    from peerdesk.gui.exchange.receive import SenderDialog

    dialog = SenderDialog(None, "Jo Okafor", "maple otter comet basil harbor quilt")
    qtbot.addWidget(dialog)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    with qtbot.waitSignal(dialog.rejected, timeout=3000):
        qtbot.keyClick(focused(), Qt.Key.Key_Return)
    dialog.show()
    with qtbot.waitActive(dialog):
        dialog.activateWindow()
    dialog.trustButton.setFocus()
    with qtbot.waitSignal(dialog.accepted, timeout=3000):
        qtbot.keyClick(dialog.trustButton, Qt.Key.Key_Space)
