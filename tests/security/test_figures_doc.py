"""docs/SECURITY.md's "Verified" table is generated, never typed, and in sync.

The table is rendered by tools/security_figures.py from docs/security-figures.json, which is
the figures file of the last full run of this suite (``PEERDESK_SECURITY_FIGURES``). This
test cannot be flaky: it compares the committed table with what the committed figures
render to. tools/dev check also compares the shape of this run's figures with the
committed ones (``check-run``), so a changed test cannot keep old figures in the doc.
"""

from __future__ import annotations

import copy
import importlib.util
import json
from types import ModuleType

import pytest
from conftest import REPO


def _tool() -> ModuleType:
    if not (REPO / "docs/security-figures.json").exists():  # pragma: no cover - bootstrap only
        pytest.skip("no committed figures yet: run the suite and tools/security_figures.py write")
    spec = importlib.util.spec_from_file_location(
        "security_figures", REPO / "tools/security_figures.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_verified_table_is_what_the_committed_figures_render() -> None:
    tool = _tool()
    document = json.loads(tool.COMMITTED.read_text())
    assert tool.render(document) in tool.DOC.read_text(), (
        "docs/SECURITY.md's table is not what docs/security-figures.json renders: "
        "run tools/security_figures.py write FIGURES"
    )


def test_every_figure_the_table_needs_is_a_recorded_count() -> None:
    """The control: a figure missing from the file is an error, never a blank or a guess."""
    tool = _tool()
    document = json.loads(tool.COMMITTED.read_text())
    name = "test_kill_9_during_acknowledged_writes_loses_nothing"
    broken = copy.deepcopy(document)
    del broken["figures"][name]["rows_lost"]
    with pytest.raises(KeyError, match="rows_lost"):
        tool.render(broken)
    changed = copy.deepcopy(document)
    changed["figures"][name]["rows_lost"] = 1
    assert tool.render(changed) != tool.render(document)


def test_every_test_with_figures_still_exists() -> None:
    tool = _tool()
    document = json.loads(tool.COMMITTED.read_text())
    sources = "".join(p.read_text() for p in (REPO / "tests/security").glob("test_*.py"))
    missing = [n for n in document["figures"] if f"def {n.split('[')[0]}(" not in sources]
    assert missing == [], f"figures of tests that no longer exist: {missing}"
