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
        or (name == "peerdesk.app" and layer != "cli")
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
