"""Errors escaping a slot: plain words for the person, no user text on stderr."""

from __future__ import annotations

import sys

import peewee
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from peerdesk.gui.shell import error_reporting
from peerdesk.vault.errors import StorageFullError


def test_messages() -> None:
    full = StorageFullError("The disk is full, so the change was not saved.")
    assert error_reporting.message_for(full) == str(full)
    damaged = peewee.DatabaseError("database disk image is malformed")
    assert error_reporting.message_for(damaged) == error_reporting.DAMAGED
    private = ValueError("Dear diary, my secret canary-7781")
    assert error_reporting.message_for(private) == error_reporting.UNEXPECTED


def test_report_shows_a_box_and_keeps_user_text_off_stderr(
    qtbot: QtBot, capsys: pytest.CaptureFixture[str]
) -> None:
    shown: list[str] = []

    def close_box() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QMessageBox) and widget.isVisible():
                shown.append(widget.text())
                widget.accept()

    QTimer.singleShot(0, close_box)
    try:
        raise ValueError("Dear diary, my secret canary-7781")
    except ValueError:
        error_reporting.report_unhandled(*sys.exc_info())  # type: ignore[arg-type]
    assert shown == [error_reporting.UNEXPECTED]
    err = capsys.readouterr().err
    assert "ValueError" in err
    assert "canary-7781" not in err
