"""Fixtures for the content-language tests: every test starts in English and leaves the
process in English, whatever LANG the machine running the tests has."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from peerdesk.i18n import set_content_language


@pytest.fixture(autouse=True)
def english_by_default() -> Iterator[None]:
    set_content_language("en")
    yield
    set_content_language("en")


@pytest.fixture
def spanish() -> Iterator[None]:
    """Spanish content; request it before ``services`` so the vault is created in it."""
    set_content_language("es")
    yield
    set_content_language("en")
