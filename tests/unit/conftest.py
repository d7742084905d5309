"""Unit tests run with English content whatever the machine's LANG/LANGUAGE, since they
check the shipped English text; tests/unit/i18n switches to Spanish where it means to."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerdesk.i18n import set_content_language


@pytest.fixture(autouse=True)
def english_content() -> Iterator[None]:
    set_content_language("en")
    yield
    set_content_language("en")
