"""Grep-style rules over src/: no copy of the live database file, no ATTACH without a
key, no key or passphrase formatted into SQL (the bouquin mistake)."""

from __future__ import annotations

import pytest
from _code_rules import check_source, check_tree
from conftest import SRC, Figures

BAD = {
    "file copy": "import shutil\nshutil.copy(vault.db_path, target)\n",
    "file copy 2": "import shutil\nshutil.copyfile(folder / 'peerdesk.db', out)\n",
    "ATTACH without KEY": "db.execute_sql(\"ATTACH DATABASE 'plain.db' AS plain\")\n",
    "ATTACH with an empty KEY": "db.execute_sql(\"ATTACH DATABASE 'p.db' AS p KEY ''\")\n",
    "f-string passphrase": "conn.execute(f\"PRAGMA key = '{passphrase}'\")\n",
    "concatenated secret": 'conn.execute("PRAGMA key = \'" + secret + "\'")\n',
    "percent-formatted key": "conn.execute(\"PRAGMA rekey = '%s'\" % new_key)\n",
    ".format recovery code": "db.execute_sql('SELECT {}'.format(recovery_code))\n",
    "multi-line f-string": (
        "sql = (\n    f\"ATTACH DATABASE 'x' AS y \"\n    f\"KEY '{self.passphrase}'\"\n)\n"
    ),
}

GOOD = {
    "parameters": "db.execute_sql('SELECT * FROM setting WHERE key = ?', (key,))\n",
    "keyed attach": 'db.execute_sql("ATTACH DATABASE ? AS b KEY \\"x\'00\'\\"", (p,))\n',
    "pragma from constants": "conn.execute(f'PRAGMA {name} = {value}')\n",
    "validated hex key": "conn.execute('PRAGMA key = ' + self._key_sql)\n",
    "copyfileobj of a stream": "import shutil\nshutil.copyfileobj(src, out)\n",
}


@pytest.mark.parametrize("case", list(BAD))
def test_each_rule_catches_its_bad_example(case: str) -> None:
    relative = "vault/database.py" if "validated" in case else "x.py"
    assert check_source(BAD[case], relative), f"{case} was not caught"


@pytest.mark.parametrize("case", list(GOOD))
def test_safe_patterns_are_not_flagged(case: str) -> None:
    assert check_source(GOOD[case], "vault/database.py") == []


def test_the_validated_key_is_allowed_only_in_the_database_module() -> None:
    assert check_source(GOOD["validated hex key"], "services/other.py")


def test_source_tree_follows_the_rules(figures: Figures) -> None:
    findings, files = check_tree(SRC / "peerdesk", skip=("gui/forms/", "resources_rc.py"))
    assert files > 20
    figures.set(files_checked=files, findings=len(findings))
    assert findings == [], "\n".join(f"{f.file}:{f.line}: {f.rule}: {f.text}" for f in findings)
