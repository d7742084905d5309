"""The jrnl reader parses in a stream (issue 14): the same entries and errors as a whole
parse, across piece boundaries, with memory for one piece and one entry at a time."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path

import pytest

from peerdesk.services.journal.formats import ImportFileError, json_stream, read_import


def _items(path: Path) -> list[object]:
    return list(json_stream.items(path, "entries", "no entries"))


def test_items_across_small_pieces(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 7)  # every value split between pieces
    data = {
        "tags": {"@work": 2},
        "entries": [{"n": 12345678, "body": "café ☕ " * 5, "x": [1, 2.5e3, None]}] * 20,
        "after": "ignored",
    }
    path = tmp_path / "a.json"
    path.write_text("\ufeff" + json.dumps(data, indent=1), encoding="utf-8")
    assert _items(path) == data["entries"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{}", "no entries"),
        ('{"entries": {}}', "no entries"),
        ('{"entries": [1, 2', "not valid JSON"),
        ('{"entries": [1] } x', "extra data"),
        ('{"entries": [1 2]}', "not valid JSON"),
        ("7", "no entries"),
    ],
)
def test_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "b.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        _items(path)


def test_a_big_export_is_not_held_whole(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_stream, "CHUNK_BYTES", 64 * 1024)
    entries = [
        {"date": "2025-01-01", "time": "08:00", "title": f"t{i}", "body": "w " * 400}
        for i in range(3000)
    ]
    path = tmp_path / "big.json"
    path.write_text(json.dumps({"tags": {}, "entries": entries}), encoding="utf-8")
    del entries
    size = path.stat().st_size
    tracemalloc.start()
    preview = read_import("jrnl", path)
    _current, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert preview.count == 3000
    # The entries kept for the preview, one piece and one entry's dict; a whole parse
    # (the bytes, the text and every dict at once, then the entries beside them) is more.
    assert peak < 2 * size, f"peak {peak / size:.1f}x the file"
