"""A static check of the source: no copies of the live database, no ATTACH without a key,
no key or passphrase formatted into SQL.

The rules work on the syntax tree, so comments and docstrings do not trip them and a
multi-line f-string is seen whole. ``check_source`` is tested on bad examples, so a rule
that silently stopped matching would fail its own test.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

SQL_WORDS = re.compile(
    r"\bPRAGMA\b|\bSELECT\b|\bINSERT\s+INTO\b|\bUPDATE\b.*\bSET\b|\bDELETE\s+FROM\b"
    r"|\bATTACH\s+DATABASE\b|\bCREATE\s+(TABLE|INDEX|VIRTUAL|VIEW|TRIGGER)\b|\bVACUUM\b"
    r"|\bKEY\s*=|\bREKEY\b",
    re.IGNORECASE | re.S,
)
SECRET_NAMES = re.compile(r"pass|secret|key|code|phrase|kek", re.IGNORECASE)
ATTACH = re.compile(r"\bATTACH\s+(DATABASE\b|['\"?:])", re.IGNORECASE)
ATTACH_WITH_KEY = re.compile(r"\bATTACH\b.*\bKEY\b\s*(?!''|\"\"|\?\s*$)\S", re.IGNORECASE | re.S)
COPY_FUNCTIONS = {"copy", "copy2", "copyfile", "copytree", "move"}

# Formatting a *validated hex key* into PRAGMA key/rekey is the one allowed case: the
# value comes from key_pragma_value(), which accepts 32 bytes and emits x'<64 hex>'.
ALLOWED_KEY_SQL = {("vault/database.py", name) for name in ("self._key_sql", "key_sql", "new_sql")}


@dataclass(frozen=True)
class Finding:
    file: str
    line: int
    rule: str
    text: str


def _literal_text(node: ast.AST) -> str:
    """The constant text of a str, f-string or +/% concatenation (holes left out)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    if isinstance(node, ast.JoinedStr):
        return "".join(_literal_text(v) for v in node.values)
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        return _literal_text(node.left) + " " + _literal_text(node.right)
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return _literal_text(node.func.value)
    return ""


def _holes(node: ast.AST) -> list[ast.AST]:
    """The expressions formatted into a string built by f-string, + or % or .format()."""
    if isinstance(node, ast.JoinedStr):
        return [v.value for v in node.values if isinstance(v, ast.FormattedValue)]
    if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add | ast.Mod):
        holes: list[ast.AST] = []
        for side in (node.left, node.right):
            if isinstance(side, ast.Constant):
                continue
            if isinstance(side, ast.JoinedStr | ast.BinOp):
                holes.extend(_holes(side))
            elif isinstance(side, ast.Tuple):
                holes.extend(side.elts)
            else:
                holes.append(side)
        return holes
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "format"
    ):
        return [*node.args, *(k.value for k in node.keywords)]
    return []


def check_source(source: str, relative: str) -> list[Finding]:
    tree = ast.parse(source)
    findings: list[Finding] = []
    # The pieces of a string built by f-string or + are judged as part of the whole string.
    pieces = {
        id(child)
        for parent in ast.walk(tree)
        if isinstance(parent, ast.JoinedStr | ast.BinOp)
        for child in ast.iter_child_nodes(parent)
        if isinstance(child, ast.Constant | ast.JoinedStr | ast.BinOp)
    }
    for node in ast.walk(tree):
        if id(node) in pieces:
            continue
        line = getattr(node, "lineno", 0)
        # Rule 1: no shutil.copy*/move at all (the live database is copied only through
        # SQLite's backup API into a keyed target).
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in COPY_FUNCTIONS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id == "shutil"
        ):
            findings.append(Finding(relative, line, "file copy", ast.unparse(node)))
        text = _literal_text(node)
        if not text:
            continue
        # Rule 2: ATTACH only with a (non-empty) KEY.
        keyed_by_validated_key = re.search(r"\bKEY\s*$", text) is not None and any(
            (relative, ast.unparse(hole)) in ALLOWED_KEY_SQL for hole in _holes(node)
        )
        if ATTACH.search(text) and not ATTACH_WITH_KEY.search(text) and not keyed_by_validated_key:
            findings.append(Finding(relative, line, "ATTACH without KEY", text))
        # Rule 3: nothing secret-looking formatted into SQL text.
        if SQL_WORDS.search(text):
            for hole in _holes(node):
                shown = ast.unparse(hole)
                if SECRET_NAMES.search(shown) and (relative, shown) not in ALLOWED_KEY_SQL:
                    findings.append(Finding(relative, line, "secret formatted into SQL", shown))
    return sorted(set(findings), key=lambda f: (f.file, f.line, f.rule))


def check_tree(root: Path, skip: tuple[str, ...]) -> tuple[list[Finding], int]:
    findings: list[Finding] = []
    files = 0
    for path in sorted(root.rglob("*.py")):
        relative = path.relative_to(root).as_posix()
        if relative.startswith(skip):
            continue
        files += 1
        findings.extend(check_source(path.read_text(encoding="utf-8"), relative))
    return findings, files
