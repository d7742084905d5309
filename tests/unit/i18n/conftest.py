"""Fixtures for the content-language tests (tests/unit/conftest.py starts each test in
English)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerdesk.i18n import set_content_language


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish content; request it before ``services`` so the vault is created in it."""
    set_content_language("es")
    yield
    set_content_language("en")
