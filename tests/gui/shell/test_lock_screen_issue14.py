"""The lock screen of issue 14: restore always offered, nothing squeezed after a wrong
passphrase, a damaged sealed key named as such, deep damage offers restore directly, the
recovery code proposed in Documents."""

from __future__ import annotations

import base64
import json
from collections.abc import Callable
from pathlib import Path

import peewee
import pytest
from PySide6.QtCore import QRect, QStandardPaths
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.shell import error_reporting
from peerdesk.gui.shell.create_vault_wizard import suggested_code_path
from tests.conftest import PASSPHRASE

WRONG = "not the passphrase at all"


def _visible_children(card: QWidget) -> list[QWidget]:
    return [w for w in card.findChildren(QWidget) if w.parentWidget() is card and w.isVisible()]


def _assert_nothing_overlaps_or_is_cut(card: QWidget) -> None:
    widgets = _visible_children(card)
    for i, a in enumerate(widgets):
        ra: QRect = a.geometry()
        hint = a.heightForWidth(ra.width()) if a.hasHeightForWidth() else a.sizeHint().height()
        assert ra.height() >= min(hint, a.maximumHeight()), f"{a.objectName()} is cut"
        for b in widgets[i + 1 :]:
            assert not ra.intersects(b.geometry()), f"{a.objectName()} overlaps {b.objectName()}"


@pytest.mark.parametrize("scale", [1.0, 1.5, 2.0])
def test_wrong_passphrase_squeezes_nothing_at_1024x700(
    make_controller: Callable[..., AppController], qtbot: QtBot, scale: float
) -> None:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    font = app.font()
    old = font.pointSizeF()
    font.setPointSizeF(old * scale)
    app.setFont(font)
    try:
        controller = make_controller(unlock=False)
        controller.window.resize(1024, 700)
        panel = controller.window.unlock_panel
        assert not controller.unlock(WRONG)
        assert "no limit on tries" in panel.ui.messageLabel.text()
        qtbot.waitUntil(lambda: panel.ui.messageLabel.isVisible())
        QApplication.processEvents()
        _assert_nothing_overlaps_or_is_cut(panel.ui.card)
    finally:
        font.setPointSizeF(old)
        app.setFont(font)


def test_restore_is_always_offered_while_locked(
    make_controller: Callable[..., AppController], qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = make_controller(unlock=False)
    window, panel = controller.window, controller.window.unlock_panel
    assert panel.ui.restoreButton.isVisible()
    assert panel.ui.restoreButton.accessibleName()
    assert not panel.restore_emphasised  # a quiet link until damage is found
    assert window.restore_action.isEnabled()
    asked: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (asked.append("file"), ("", ""))[1]
    )
    window.restore_action.trigger()
    panel.ui.restoreButton.click()
    assert asked == ["file", "file"]
    with qtbot.waitSignal(controller.unlocked, timeout=5000):
        controller.unlock(PASSPHRASE)
    assert not window.restore_action.isEnabled()  # never while the vault is open
    controller.lock()
    assert window.restore_action.isEnabled()


def test_damaged_passphrase_envelope_says_so_and_offers_code_and_restore(
    make_controller: Callable[..., AppController], tmp_path: Path
) -> None:
    folder = tmp_path / "vault"
    controller = make_controller(unlock=False, folder=folder)
    data = json.loads((folder / "keys.json").read_text())
    env = next(e for e in data["envelopes"] if e["method"] == "passphrase")
    raw = bytearray(base64.b64decode(env["ciphertext"]))
    raw[3] ^= 0x40
    env["ciphertext"] = base64.b64encode(bytes(raw)).decode()
    (folder / "keys.json").write_text(json.dumps(data))
    panel = controller.window.unlock_panel
    assert not controller.unlock(PASSPHRASE)
    message = panel.ui.messageLabel.text()
    assert "damaged" in message
    assert "does not unlock" not in message
    assert panel.ui.recoveryCheck.isChecked()  # switched to the recovery code
    assert panel.restore_emphasised


def test_deep_damage_while_reading_offers_restore_directly(
    make_controller: Callable[..., AppController], monkeypatch: pytest.MonkeyPatch
) -> None:
    controller = make_controller()
    called: list[str] = []
    monkeypatch.setattr(error_reporting, "ask_to_restore", lambda parent: True)
    monkeypatch.setattr(controller, "restore_from_backup", lambda: called.append("restore"))
    error_reporting.set_restore_offer(controller.lock_and_restore)
    try:
        error = peewee.DatabaseError("database disk image is malformed")
        error_reporting.report_unhandled(peewee.DatabaseError, error, None)
    finally:
        error_reporting.set_restore_offer(None)
    assert called == ["restore"]
    assert controller.is_locked
    assert controller.window.unlock_panel.restore_emphasised


def test_recovery_code_is_proposed_in_documents() -> None:
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    path = suggested_code_path()
    assert path.parent == Path(documents)
    assert path.parent != Path.cwd()
