"""tests/conftest.py's XDIST_GROUPS still name tests that exist (a rename would silently let
them run beside each other under pytest-xdist), and the scheduler groups by them."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import XDIST_GROUPS, pytest_xdist_make_scheduler

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("prefix", sorted(XDIST_GROUPS))
def test_every_group_prefix_names_a_test_module_or_function(prefix: str) -> None:
    path, _, name = prefix.partition("::")
    module = ROOT / path
    assert module.is_file(), f"{path} is gone: update XDIST_GROUPS in tests/conftest.py"
    if name:
        assert re.search(rf"^def {re.escape(name)}\(", module.read_text(), re.M), prefix


def test_the_scheduler_keeps_a_group_on_one_worker_and_hands_out_the_rest_one_by_one(
    pytestconfig: pytest.Config, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("xdist")
    monkeypatch.setattr(pytestconfig.option, "dist", "loadgroup", raising=False)
    monkeypatch.setattr(pytestconfig.option, "numprocesses", 2, raising=False)
    monkeypatch.setattr(pytestconfig.option, "tx", ["popen", "popen"], raising=False)
    monkeypatch.setattr(pytestconfig.option, "maxworkerrestart", None, raising=False)
    scheduler = pytest_xdist_make_scheduler(pytestconfig, log=None)
    grouped = [p + ("test_x" if p.endswith("::") else "") for p in XDIST_GROUPS]
    scopes = {scheduler._split_scope(nodeid) for nodeid in grouped}
    assert scopes == set(XDIST_GROUPS.values())
    other = "tests/unit/test_layers.py::test_something"
    assert scheduler._split_scope(other) == other
    monkeypatch.setattr(pytestconfig.option, "dist", "load")
    assert pytest_xdist_make_scheduler(pytestconfig, log=None) is None
