"""Fixtures for the library tests."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from tests.unit.library.library_helpers import Snapshot, vault_snapshot


@pytest.fixture
def snapshot() -> Callable[[], Snapshot]:
    return vault_snapshot
