"""The layers stay honest: vault, store, services and cli import no PySide6."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "peerdesk"
QT_FREE = ("vault", "store", "services", "cli")
ORDER = {"vault": 0, "store": 1, "services": 2}


def _imports(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: list[str] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.append(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_imports_no_qt(layer: str) -> None:
    offenders = [
        f"{path.relative_to(SRC)}: {name}"
        for path in sorted((SRC / layer).rglob("*.py"))
        for name in _imports(path)
        if name.split(".")[0] in {"PySide6", "shiboken6"}
        or name.startswith("peerdesk.gui")
        or (name in ("peerdesk.app", "peerdesk.launch") and layer != "cli")
    ]
    if layer == "cli":  # the CLI may reach the GUI lazily, inside functions only
        offenders = [o for o in offenders if not _is_lazy(o)]
    assert offenders == []


def _is_lazy(offender: str) -> bool:
    rel, name = offender.split(": ")
    tree = ast.parse((SRC / rel).read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            mods = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module]
            if name in mods:
                return False
    return True


def test_dependencies_point_down_only() -> None:
    offenders = []
    for layer, rank in ORDER.items():
        for path in sorted((SRC / layer).rglob("*.py")):
            for name in _imports(path):
                parts = name.split(".")
                is_ours = parts[0] == "peerdesk" and len(parts) > 1 and parts[1] in ORDER
                if is_ours and ORDER[parts[1]] > rank:
                    offenders.append(f"{path.relative_to(SRC)} imports {name}")
    assert offenders == []


def test_cli_starts_without_loading_qt() -> None:
    code = (
        "import sys; from peerdesk.cli.main import build_parser; build_parser();"
        "print(any(m.startswith('PySide6') for m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# -- areas: one folder each, reaching each other only through what is shared ----------------

GUI_SHARED = {"common", "forms"}  # what any area's GUI may use


def _gui_areas() -> set[str]:
    return {p.name for p in (SRC / "gui").iterdir() if p.is_dir() and p.name not in GUI_SHARED}


def _service_areas() -> set[str]:
    root = SRC / "services"
    return {p.name for p in root.iterdir() if p.is_dir() and (p / "__init__.py").exists()}


def cross_area_gui_imports(root: Path) -> list[str]:
    """GUI modules of one area that import another area's GUI (``shell`` assembles them all)."""
    areas = {p.name for p in (root / "gui").iterdir() if p.is_dir()} - GUI_SHARED
    offenders = []
    for path in sorted((root / "gui").rglob("*.py")):
        parts = path.relative_to(root / "gui").parts
        own = parts[0] if len(parts) > 1 else None
        if own in (None, "forms") or own == "shell":
            continue
        for name in _imports(path):
            bits = name.split(".")
            if bits[:2] != ["peerdesk", "gui"] or len(bits) < 3:
                continue
            other = bits[2]
            if other in areas and other != own:
                offenders.append(f"gui/{'/'.join(parts)} imports {name}")
    return offenders


def cross_area_service_imports(root: Path) -> list[str]:
    """Service modules that reach into another area's modules instead of its package."""
    areas = {
        p.name for p in (root / "services").iterdir() if p.is_dir() and (p / "__init__.py").exists()
    }
    offenders = []
    for path in sorted((root / "services").rglob("*.py")):
        parts = path.relative_to(root / "services").parts
        own = parts[0] if len(parts) > 1 else None
        for name in _imports(path):
            bits = name.split(".")
            if bits[:2] != ["peerdesk", "services"] or len(bits) < 4:
                continue
            if bits[2] in areas and bits[2] != own:
                offenders.append(f"services/{'/'.join(parts)} imports {name}")
    return offenders


def test_an_area_gui_imports_no_other_area_gui() -> None:
    assert _gui_areas() >= {"journal", "roadmap", "library", "settings", "shell"}
    assert cross_area_gui_imports(SRC) == []


def test_services_reach_another_area_only_through_its_package() -> None:
    assert _service_areas() >= {"journal", "roadmap", "library"}
    assert cross_area_service_imports(SRC) == []


def test_gui_common_imports_no_area() -> None:
    offenders = [
        f"{path.relative_to(SRC)}: {name}"
        for path in sorted((SRC / "gui" / "common").rglob("*.py"))
        for name in _imports(path)
        if name.startswith("peerdesk.gui.") and name.split(".")[2] not in GUI_SHARED
    ]
    assert offenders == []


def test_the_area_rules_catch_a_deliberate_cross_area_import(tmp_path: Path) -> None:
    """The checks above fail on a planted import (so they are not vacuously green)."""
    root = tmp_path / "peerdesk"
    for folder in (
        "gui/journal",
        "gui/roadmap",
        "gui/common",
        "services/journal",
        "services/roadmap",
    ):
        (root / folder).mkdir(parents=True)
        (root / folder / "__init__.py").write_text("")
    (root / "gui/journal/page.py").write_text("from peerdesk.gui.roadmap.board import BoardView\n")
    (root / "gui/roadmap/page.py").write_text("from peerdesk.gui.common.area import AreaPage\n")
    (root / "services/journal/service.py").write_text(
        "def f():\n    from peerdesk.services.roadmap.goals import GoalOps\n"
    )
    (root / "services/roadmap/plan.py").write_text("from peerdesk.services.journal import X\n")
    assert cross_area_gui_imports(root) == [
        "gui/journal/page.py imports peerdesk.gui.roadmap.board"
    ]
    assert cross_area_service_imports(root) == [
        "services/journal/service.py imports peerdesk.services.roadmap.goals"
    ]
