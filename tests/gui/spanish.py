"""A fixture for GUI tests that run with the Spanish translators (as ``LANGUAGE=es`` starts
PeerDesk), English again afterwards."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication

from peerdesk.gui.shell import language


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    assert language.install_translators(qapp, "es") == "es"
    try:
        yield
    finally:
        language.install_translators(qapp, "en")
