"""Every text of the app reaches the Spanish catalogue under the context it is looked up with
at run time (issue 13). (The CLI speaks through peerdesk.i18n's Qt-free table instead.)

pyside6-lupdate only collects literals written out in ``translate("Context", "…")``,
``QCoreApplication.translate``, ``QT_TRANSLATE_NOOP`` and ``self.tr``. A literal handed to a
helper that calls translate (``_t("Goals")``), a ``tr`` call inside an f-string, or
``parent.tr("…")`` (filed under "parent", looked up under the runtime class) never reaches
it — that is how the caseload's column tooltips and the share dialog's list stayed English
in a Spanish PeerDesk. This test reads the source the way lupdate should and checks each
(context, text) against resources/i18n/peerdesk_es.ts.
"""

from __future__ import annotations

import ast
import functools
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SRC = ROOT / "src" / "peerdesk"
FILES = sorted(
    path
    for path in SRC.rglob("*.py")
    if not {"cli", "forms", "__pycache__"} & set(path.relative_to(SRC).parts)
    and path.name != "resources_rc.py"
)
TRANSLATE = {"translate", "QT_TRANSLATE_NOOP"}


@functools.cache
def catalogue() -> dict[tuple[str, str], bool]:
    """(context, source) -> finished, from the Spanish .ts."""
    tree = ET.parse(ROOT / "resources" / "i18n" / "peerdesk_es.ts")
    found: dict[tuple[str, str], bool] = {}
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "unfinished"
            found[(name, message.findtext("source") or "")] = kind is None
    return found


def _literal(node: ast.expr) -> str | None:
    return node.value if isinstance(node, ast.Constant) and isinstance(node.value, str) else None


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _wrappers(tree: ast.Module) -> set[str]:
    """Functions of the module that pass one of their parameters to translate as the text."""
    names = set()
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef):
            continue
        params = {a.arg for a in node.args.args}
        for call in ast.walk(node):
            if (
                isinstance(call, ast.Call)
                and _name(call.func) == "translate"
                and len(call.args) >= 2
                and isinstance(call.args[1], ast.Name)
                and call.args[1].id in params
            ):
                names.add(node.name)
    return names


def texts(path: Path) -> Iterator[tuple[str, str, str] | str]:
    """(context, text, where) for every literal looked up, or a problem (a str)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = _wrappers(tree)
    in_fstring = {
        id(call) for node in ast.walk(tree) if isinstance(node, ast.JoinedStr)
        for call in ast.walk(node) if isinstance(call, ast.Call)
    }  # fmt: skip
    classes = {
        id(call): cls.name
        for cls in ast.walk(tree)
        if isinstance(cls, ast.ClassDef)
        for call in ast.walk(cls)
        if isinstance(call, ast.Call)
    }
    rel = path.relative_to(ROOT)
    for call in ast.walk(tree):
        if not isinstance(call, ast.Call) or not call.args:
            continue
        where = f"{rel}:{call.lineno}"
        name = _name(call.func)
        first = _literal(call.args[0])
        if name in TRANSLATE and len(call.args) >= 2:
            context, text = first, _literal(call.args[1])
            if context is not None and text is not None:
                if id(call) in in_fstring:
                    yield f"{where}: translate() inside an f-string is not collected"
                yield (context, text, where)
        elif name == "tr" and isinstance(call.func, ast.Attribute) and first is not None:
            owner = call.func.value
            if not (isinstance(owner, ast.Name) and owner.id == "self"):
                yield f"{where}: {ast.unparse(owner)}.tr() is filed under the wrong context"
            elif id(call) in in_fstring:
                yield f"{where}: self.tr() inside an f-string is not collected"
            elif id(call) in classes:
                yield (classes[id(call)], first, where)
        elif name in wrappers and isinstance(call.func, ast.Name) and first is not None:
            yield f"{where}: {name}({first!r}) hides the text from lupdate"


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(SRC)))
def test_every_text_is_in_the_catalogue_and_translated(path: Path) -> None:
    known = catalogue()
    problems = []
    for found in texts(path):
        if isinstance(found, str):
            problems.append(found)
            continue
        context, text, where = found
        if (context, text) not in known:
            problems.append(f"{where}: not in the catalogue: {context} / {text!r}")
        elif not known[(context, text)]:
            problems.append(f"{where}: no Spanish yet: {context} / {text!r}")
    assert not problems, "\n".join(problems)


def test_the_check_finds_hidden_texts(tmp_path: Path) -> None:
    source = tmp_path / "sample.py"
    source.write_text(
        "from peerdesk.i18n import translate\n"
        "def _t(text):\n"
        "    return translate('Exchange', text)\n"
        "class Box:\n"
        "    def show(self, parent):\n"
        "        a = _t('Goals')\n"
        "        b = f\"{translate('Notes', 'Addendum')}!\"\n"
        "        c = parent.tr('Save the exchange file')\n"
        "        d = self.tr('Fine')\n",
        encoding="utf-8",
    )
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        found = list(texts(source))
    finally:
        ROOT = saved
    problems = {f.split(": ", 1)[1] for f in found if isinstance(f, str)}
    assert problems == {
        "_t('Goals') hides the text from lupdate",
        "parent.tr() is filed under the wrong context",
        "translate() inside an f-string is not collected",
    }
    assert ("Box", "Fine", "sample.py:9") in found
