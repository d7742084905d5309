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
from pathlib import Path
from types import ModuleType
from typing import Any

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


def _split(document: dict[str, Any]) -> list[dict[str, Any]]:
    """The document as two pytest-xdist workers would have written it (tests alternating)."""
    parts: list[dict[str, Any]] = []
    names = sorted(document["run"]["outcomes"])
    for worker in range(2):
        mine = names[worker::2]
        outcomes = {k: document["run"]["outcomes"][k] for k in mine}
        run = dict(document["run"], outcomes=outcomes, workers=1)  # each part is one worker
        run["cpu_seconds"] = 100 + worker
        run["wall_seconds"] = 50 + worker
        own = {k.split("::")[-1] for k in mine}
        figures = {k: v for k, v in document["figures"].items() if k in own}
        parts.append({"run": run, "figures": figures})
    return parts


def test_the_parts_of_an_xdist_run_merge_into_the_whole_run() -> None:
    tool = _tool()
    document = json.loads(tool.COMMITTED.read_text())
    parts = _split(document)
    assert all(0 < len(p["figures"]) < len(document["figures"]) for p in parts)
    merged = tool.merge(parts)
    assert merged["figures"] == document["figures"]
    assert merged["run"]["outcomes"] == document["run"]["outcomes"]
    assert (merged["run"]["cpu_seconds"], merged["run"]["wall_seconds"]) == (201, 51)
    assert merged["run"]["workers"] == 2
    assert "on 2 pytest-xdist workers" in tool.render(merged)
    with pytest.raises(ValueError, match="two workers"):
        tool.merge([parts[0], parts[0]])


def test_check_run_fails_when_a_passed_test_left_no_figures(tmp_path: Path) -> None:
    """A lost worker's part must not pass as a run whose figures kept their shape."""
    tool = _tool()
    document = json.loads(tool.COMMITTED.read_text())
    whole = tmp_path / "whole.json"
    whole.write_text(json.dumps(document))
    assert tool.main(["check-run", str(whole)]) == 0
    part = tmp_path / "part.json"
    first = _split(document)[0]
    part.write_text(json.dumps(dict(first, run=document["run"])))
    assert tool.main(["check-run", str(part)]) == 1
