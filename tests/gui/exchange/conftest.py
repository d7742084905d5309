"""Two real vaults (Jo at the agency, Sam at home) and a window for the exchange dialogs.

The records follow one database at a time: ``use(side)`` before working as that side.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.gui.exchange.controller import ExchangeController
from peerdesk.services.session import Services, end_session
from peerdesk.store.records import database_proxy
from peerdesk.vault.keys import KdfParams
from tests.unit.exchange.conftest import make_vault, use

SHARE_PASSPHRASE = "blue kettle on the third shelf"


@dataclass
class Side:
    services: Services
    window: QMainWindow
    exchange: ExchangeController

    def use(self) -> Services:
        return use(self.services)


def _side(qtbot: QtBot, folder: Path, kdf: KdfParams, owner: str) -> Side:
    services = make_vault(folder, kdf, owner)
    window = QMainWindow()
    qtbot.addWidget(window)
    window.resize(1024, 700)
    controller = ExchangeController(window)
    window.setCentralWidget(controller.contacts_section)
    use(services)
    controller.attach(services)
    return Side(services, window, controller)


@pytest.fixture
def circle(unlocked_controller: AppController) -> Services:
    """One unlocked vault: Sam (its owner) with three goals, a first step each."""
    services = unlocked_controller.services
    assert services is not None
    owner = services.people.create("Sam Rivera", "self", is_owner=True)
    for title in ("Find a flat", "Walk every morning", "Call my sister"):
        goal = services.roadmap.create_goal(owner.id, title)
        services.roadmap.add_milestone(goal.id, f"First step: {title.lower()}")
    return services


@dataclass
class Pair:
    jo: Side
    sam: Side


@pytest.fixture
def two(qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Pair]:
    jo = _side(qtbot, tmp_path / "jo", fast_kdf, "Jo Okafor")
    sam = _side(qtbot, tmp_path / "sam", fast_kdf, "Sam Rivera")
    yield Pair(jo, sam)
    for side in (jo, sam):
        side.exchange.detach()
        if side.services.vault.is_unlocked:
            use(side.services)
            end_session(side.services)
        side.services.vault.close()
    database_proxy.initialize(None)
