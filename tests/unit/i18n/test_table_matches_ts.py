"""The Qt-free table of shipped-content strings (resources/content/strings.es.json) and the
Spanish Qt translation say the same thing, so the CLI and the GUI agree.

Skipped until a Spanish ``.ts`` file exists in the checkout."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from peerdesk.i18n import fallback_strings

ROOT = Path(__file__).resolve().parents[3]


def _spanish_ts_files() -> list[Path]:
    return sorted(
        p
        for folder in (ROOT / "translations", ROOT / "resources" / "i18n")
        if folder.is_dir()
        for p in folder.rglob("*.ts")
        if "_es" in p.stem or p.stem == "es"
    )


def _ts_translations(path: Path, contexts: set[str]) -> dict[str, dict[str, str]]:
    found: dict[str, dict[str, str]] = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        if name not in contexts:
            continue
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            node = message.find("translation")
            if node is None or node.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            found.setdefault(name, {})[source] = node.text or ""
    return found


@pytest.mark.parametrize("ts", _spanish_ts_files() or [None])
def test_table_and_ts_agree(ts: Path | None) -> None:
    if ts is None:
        pytest.skip("no Spanish .ts file yet")
    table = fallback_strings("es")
    translated = _ts_translations(ts, set(table))
    for context, strings in translated.items():
        for source, text in strings.items():
            if source in table[context]:
                assert text == table[context][source], (context, source)


def test_ts_reader(tmp_path: Path) -> None:
    ts = tmp_path / "peerdesk_es.ts"
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="es">\n'
        "<context><name>MoodWords</name>"
        "<message><source>good</source><translation>bien</translation></message>"
        '<message><source>low</source><translation type="unfinished"></translation></message>'
        "</context></TS>\n",
        encoding="utf-8",
    )
    assert _ts_translations(ts, {"MoodWords"}) == {"MoodWords": {"good": "bien"}}
