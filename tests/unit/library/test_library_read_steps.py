"""A library file is decoded in steps (issue 14): the same result, and the same messages for
broken files, as decoding it in one call."""

from __future__ import annotations

import json

import pytest

from peerdesk.services.library.formats import json_file
from peerdesk.services.library.formats.json_file import LibraryFileError, parse_library
from peerdesk.services.steps import Progress

CARD = {"id": "0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3{n}", "title": "Card {n}", "steps": "s"}


def _cards(count: int) -> list[dict[str, str]]:
    return [{k: v.format(n=n) for k, v in CARD.items()} for n in range(count)]


def _document(count: int) -> dict[str, object]:
    return {"format": "peerdesk-library", "version": 1, "strategies": _cards(count)}


def test_cards_are_decoded_and_checked_a_few_at_a_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(json_file, "CARD_STEP", 3)
    steps = json_file._parse_steps(json.dumps(_document(7), indent=1).encode())
    seen: list[Progress] = []
    try:
        while True:
            seen.append(next(steps))
    except StopIteration as stop:
        parsed = stop.value
    assert [(p.done, p.total) for p in seen] == [(3, 0), (6, 0), (3, 7), (6, 7)]
    assert [c.content.title for c in parsed.cards] == [f"Card {n}" for n in range(7)]


@pytest.mark.parametrize(
    "text",
    [
        ' \n{ "strategies" : [ ] , "version":1,"format":"peerdesk-library" } \n',
        '{"format":"peerdesk-library","version":1,"strategies":[{"id":"'
        + CARD["id"].format(n=1)
        + '","title":"A"}]}',
        '\ufeff{"format":"peerdesk-library","version":1,"strategies":[]}',
    ],
)
def test_odd_but_valid_layouts_read_as_before(text: str) -> None:
    parsed = parse_library(text.encode())
    assert len(parsed.cards) == len(json.loads(text.removeprefix("\ufeff"))["strategies"])


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('{"format":"peerdesk-library","version":1,"strategies":[1,]}', "not valid JSON"),
        ('{"format":"peerdesk-library","version":1,"strategies":[]} x', "Extra data"),
        ('{"format":"peerdesk-library","version":1,"strategies":[],"strategies":[]}', "twice"),
        ('{"format":"peerdesk-library","version":1,"strategies":[{"a":1,"a":2}]}', "twice"),
        ('{"format":"peerdesk-library","version":1,"strategies":[NaN]}', "NaN"),
        ('{"format":"peerdesk-library","version":1,"strategies":[] ', "not valid JSON"),
        ('{"format":"peerdesk-library" "version":1}', "not valid JSON"),
        ('[{"format":"peerdesk-library"}]', "not a PeerDesk library file"),
        ("[" * 100_000, "nested far too deeply"),
        ('{"format":"peerdesk-library","version":1,"strategies":' + "[" * 100_000, "deeply"),
    ],
)
def test_broken_files_are_explained_as_before(text: str, expected: str) -> None:
    with pytest.raises(LibraryFileError) as caught:
        parse_library(text.encode())
    assert expected in str(caught.value)
    # the same message as the one-call decoder gives
    with pytest.raises(LibraryFileError) as one_call:
        json_file._read_document_steps(json_file._load(text)).send(None)
    assert str(one_call.value) == str(caught.value)
