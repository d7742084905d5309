"""Export and import of the library: round trips, the preview, provenance, hostile files."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from peerdesk.resource_files import resource_path
from peerdesk.services.library.formats.export import (
    ExportOptions,
    describe_contents,
    gather_export,
)
from peerdesk.services.library.formats.importing import (
    Action,
    Match,
    apply_import,
    preview_import,
)
from peerdesk.services.library.formats.json_file import (
    LibraryFileError,
    parse_library,
    read_library_file,
    to_document,
    to_json_bytes,
)
from peerdesk.services.library.formats.markdown_file import library_markdown
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault
from tests.unit.library.library_helpers import Snapshot, sample_content

HOSTILE = '<script>alert("x")</script><img src="http://example.invalid/x.png">'


def schema() -> dict[str, Any]:
    path = resource_path("schemas", "peerdesk-library-1.schema.json")
    return json.loads(path.read_text(encoding="utf-8"))  # type: ignore[no-any-return]


def export_bytes(services: Services, **options: Any) -> bytes:
    export = gather_export(services.library, services.crisis_plan, ExportOptions(**options))
    return to_json_bytes(export)


@pytest.fixture
def other_vault(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Callable[[], Services]]:
    """Switch the session to a second, fresh vault (the first one is locked first)."""
    opened: list[tuple[Vault, Services]] = []

    def switch() -> Services:
        vault, _ = Vault.create(tmp_path / "second", "another passphrase", kdf=fast_kdf)
        session = start_session(vault)
        opened.append((vault, session))
        return session

    yield switch
    for vault, session in opened:
        if vault.is_unlocked:
            end_session(session)
        vault.close()


def _personalise(services: Services) -> str:
    lib = services.library
    sid = lib.create(sample_content("Mine", steps=HOSTILE))
    lib.set_favourite(sid, True)
    lib.log_use(sid, 8, 3, "a private note", used_at=datetime(2026, 4, 1, 19, 30))
    services.crisis_plan.add("ask_for_help", "My sister", "0123 456")
    services.crisis_plan.add("self_help", "Breathe", strategy_id=sid)
    return sid


def test_round_trip_into_a_fresh_vault_gives_identical_cards(
    services: Services, other_vault: Callable[[], Services]
) -> None:
    _personalise(services)
    services.library.delete(services.library.all_cards()[1].id)
    originals = {c.id: c for c in services.library.all_cards()}
    data = export_bytes(services)
    jsonschema.validate(json.loads(data), schema())
    end_session(services)

    fresh = other_vault()
    preview = preview_import(fresh.library, parse_library(data))
    result = apply_import(fresh.library, fresh.crisis_plan, preview, "shared.json")
    imported = {c.id: c for c in fresh.library.all_cards()}
    for sid, card in originals.items():
        # starter cards match the fresh vault's own copies; the rest arrive with their ids
        twin = imported.get(sid) or next(
            c for c in imported.values() if c.starter_key == card.starter_key
        )
        assert twin.content == card.content
    assert result.added == 1  # "Mine"; every starter card was already there
    # personal data was not chosen, so none arrived
    mine = next(c for c in imported.values() if c.title == "Mine")
    assert not mine.favourite
    assert mine.effectiveness.uses == 0
    assert fresh.crisis_plan.plan().is_empty
    assert mine.provenance == f"Imported from shared.json on {date.today().isoformat()}"
    assert mine.content.steps == HOSTILE  # stored as text, never interpreted


def test_personal_data_only_when_chosen(
    services: Services, other_vault: Callable[[], Services]
) -> None:
    _personalise(services)
    plain = json.loads(export_bytes(services))
    assert "personal" not in plain
    assert b"a private note" not in export_bytes(services)
    assert b"0123 456" not in export_bytes(services)
    data = export_bytes(services, include_personal=True)
    jsonschema.validate(json.loads(data), schema())
    lines = describe_contents(
        gather_export(services.library, services.crisis_plan, ExportOptions(include_personal=True))
    )
    assert any("use log: 1 record" in line and "1 note" in line for line in lines)
    assert any("crisis plan: 2 items, including 1 contact" in line for line in lines)
    end_session(services)

    fresh = other_vault()
    apply_import(
        fresh.library,
        fresh.crisis_plan,
        preview_import(fresh.library, parse_library(data)),
        "f.json",
    )
    mine = next(c for c in fresh.library.all_cards() if c.title == "Mine")
    assert mine.favourite
    assert mine.effectiveness.uses == 1
    assert fresh.library.uses(mine.id)[0].note == "a private note"
    plan = fresh.crisis_plan.plan()
    assert plan.section("self_help")[0].strategy_id == mine.id
    assert plan.section("ask_for_help")[0].contact == "0123 456"


def test_reimporting_the_same_file_changes_nothing(
    services: Services,
    other_vault: Callable[[], Services],
    snapshot: Callable[[], Snapshot],
) -> None:
    _personalise(services)
    data = export_bytes(services, include_personal=True)
    end_session(services)
    fresh = other_vault()
    first = apply_import(
        fresh.library,
        fresh.crisis_plan,
        preview_import(fresh.library, parse_library(data)),
        "f.json",
    )
    assert first.changed_anything
    before = snapshot()
    preview = preview_import(fresh.library, parse_library(data))
    assert preview.count(Match.NEW) == 0
    assert preview.count(Match.CHANGED) == 0
    again = apply_import(fresh.library, fresh.crisis_plan, preview, "f.json")
    assert not again.changed_anything
    assert snapshot() == before


def test_preview_shows_new_existing_and_changed_and_the_user_chooses(
    services: Services,
) -> None:
    lib = services.library
    same = lib.create(sample_content("Same"))
    edited = lib.create(sample_content("Edited"))
    data = json.loads(export_bytes(services, strategy_ids=[same, edited]))
    mine, theirs_edited = sorted(data["strategies"], key=lambda s: s["id"] != same)
    theirs_edited["steps"] = "Their version of the steps."
    new = dict(mine, id="0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a", title="Theirs")
    twin = dict(mine, id="1b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a")  # same title and content
    data["strategies"] = [mine, theirs_edited, new, twin]
    parsed = parse_library(json.dumps(data).encode())
    preview = preview_import(lib, parsed)
    matches = {item.incoming.content.title: item.match for item in preview.items}
    assert [i.match for i in preview.items] == [
        Match.EXISTING,
        Match.CHANGED,
        Match.NEW,
        Match.EXISTING,
    ]
    changed = preview.items[1]
    assert changed.current is not None
    assert changed.current.id == edited
    assert changed.incoming.content.steps == "Their version of the steps."
    assert matches["Theirs"] is Match.NEW

    # keep mine for the changed card: nothing but the new card arrives
    kept = apply_import(lib, services.crisis_plan, preview, "x.json", today=date(2026, 1, 2))
    assert (kept.added, kept.replaced) == (1, 0)
    assert lib.card(edited).content.steps != "Their version of the steps."

    # now take theirs
    preview = preview_import(lib, parsed)
    taken = apply_import(
        lib, services.crisis_plan, preview, "x.json", actions={edited: Action.REPLACE}
    )
    assert (taken.added, taken.replaced) == (0, 1)
    assert lib.card(edited).content.steps == "Their version of the steps."
    assert lib.card(edited).provenance.startswith("Imported from x.json on ")


def test_a_changed_card_can_be_added_as_a_copy(services: Services) -> None:
    lib = services.library
    sid = lib.create(sample_content("Copy me"))
    data = json.loads(export_bytes(services, strategy_ids=[sid]))
    data["strategies"][0]["summary"] = "Different."
    preview = preview_import(lib, parse_library(json.dumps(data).encode()))
    apply_import(lib, services.crisis_plan, preview, "x.json", actions={sid: Action.ADD})
    copies = [c for c in lib.all_cards() if c.title == "Copy me"]
    assert sorted(c.content.summary for c in copies) == [
        "Breathe in a square: four counts each side.",
        "Different.",
    ]


def test_a_deleted_card_comes_back_when_its_file_is_imported(services: Services) -> None:
    lib = services.library
    sid = lib.create(sample_content("Gone"))
    data = export_bytes(services, strategy_ids=[sid])
    lib.delete(sid)
    preview = preview_import(lib, parse_library(data))
    assert preview.items[0].match is Match.NEW
    result = apply_import(lib, services.crisis_plan, preview, "x.json")
    assert result.added == 1
    assert lib.card(sid).title == "Gone"


def test_markdown_export_keeps_html_inert(services: Services) -> None:
    _personalise(services)
    export = gather_export(
        services.library, services.crisis_plan, ExportOptions(include_personal=True)
    )
    text = library_markdown(export)
    assert "<script>" not in text
    assert "&lt;script&gt;" in text
    assert "## Mine" in text
    assert "# My crisis plan" in text
    plain = library_markdown(gather_export(services.library, services.crisis_plan, ExportOptions()))
    assert "a private note" not in plain
    assert "# My crisis plan" not in plain
    assert "My sister" not in plain


def _valid_document() -> dict[str, Any]:
    return {
        "format": "peerdesk-library",
        "version": 1,
        "strategies": [
            {"id": "0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a", "title": "One", "tags": ["a"]}
        ],
    }


def _with(path: str, value: Any) -> bytes:
    document = _valid_document()
    target: Any = document
    parts = path.split(".")
    for part in parts[:-1]:
        target = target[int(part)] if part.isdigit() else target[part]
    target[parts[-1]] = value
    return json.dumps(document).encode()


HOSTILE_FILES = {
    "wrong version": (_with("version", 2), "format version 2"),
    "other format": (_with("format", "something-else"), "not a PeerDesk library file"),
    "missing title": (
        json.dumps(
            {
                "format": "peerdesk-library",
                "version": 1,
                "strategies": [{"id": "0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a"}],
            }
        ).encode(),
        "strategies[0]: the field 'title' is missing",
    ),
    "missing strategies": (
        b'{"format": "peerdesk-library", "version": 1}',
        "'strategies' is missing",
    ),
    "huge string": (
        _with("strategies.0.title", "x" * 100_000),
        "strategies[0].title: is longer than 200",
    ),
    "huge steps": (_with("strategies.0.steps", "x" * 60_000), "strategies[0].steps: is longer"),
    "deep nesting": (
        b'{"format": "peerdesk-library", "version": 1, "strategies": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}",
        "nested far too deeply",
    ),
    "nested in a field": (
        _with("strategies.0.tags", [[[["a"]]]]),
        "strategies[0].tags[0]: must be text",
    ),
    "invalid utf-8": (
        b'{"format": "peerdesk-library", "version": 1, "strategies": [], "generator": "\xff\xfe"}',
        "not valid UTF-8",
    ),
    "not json": (b"<html><script>alert(1)</script></html>", "not valid JSON"),
    "nan": (b'{"format": "peerdesk-library", "version": 1, "strategies": [], "x": NaN}', "NaN"),
    "duplicate key": (
        b'{"format": "peerdesk-library", "version": 1, "strategies": [], "strategies": []}',
        "appears twice",
    ),
    "duplicate id": (
        json.dumps(
            {
                "format": "peerdesk-library",
                "version": 1,
                "strategies": [_valid_document()["strategies"][0]] * 2,
            }
        ).encode(),
        "the same id appears on two cards",
    ),
    "bad id": (_with("strategies.0.id", "../../etc/passwd"), "strategies[0].id: must be an id"),
    "control character": (_with("strategies.0.title", "a\u0000b"), "U+0000"),
    "lone surrogate": (
        _with("strategies.0.title", "\ud800"),  # json.dumps writes it escaped
        "U+D800",
    ),
    "unknown field": (_with("strategies.0.script", "x"), "unknown field 'script'"),
    "bool duration": (
        _with("strategies.0.duration_minutes", True),
        "duration_minutes: must be a whole number",
    ),
    "huge number": (_with("strategies.0.duration_minutes", 10**400), "duration_minutes"),
    "array at top": (b"[]", "not a PeerDesk library file"),
    "empty": (b"", "not valid JSON"),
    "dangling use": (
        _with(
            "personal",
            {
                "uses": [
                    {
                        "id": "1b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "strategy_id": "2b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "used_at": "2026-01-01T10:00:00",
                    }
                ]
            },
        ),
        "personal.uses[0].strategy_id: refers to a card that is not in this file",
    ),
    "distress 11": (
        _with(
            "personal",
            {
                "uses": [
                    {
                        "id": "1b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "strategy_id": "0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "used_at": "2026-01-01T10:00:00",
                        "distress_before": 11,
                    }
                ]
            },
        ),
        "distress_before: must be a whole number from 0 to 10",
    ),
    "bad date": (
        _with(
            "personal",
            {
                "uses": [
                    {
                        "id": "1b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "strategy_id": "0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
                        "used_at": "2026-02-31T10:00:00",
                    }
                ]
            },
        ),
        "used_at: is not a real date and time",
    ),
}


@pytest.mark.parametrize("name", sorted(HOSTILE_FILES))
def test_hostile_files_are_refused_with_a_clear_error_and_nothing_changes(
    services: Services, snapshot: Callable[[], Snapshot], tmp_path: Path, name: str
) -> None:
    data, message = HOSTILE_FILES[name]
    path = tmp_path / "shared.json"
    path.write_bytes(data)
    before = snapshot()
    with pytest.raises(LibraryFileError) as caught:
        read_library_file(path)
    assert message in str(caught.value)
    assert caught.value.path == path
    assert snapshot() == before
    if name not in (
        "deep nesting",
        "invalid utf-8",
        "not json",
        "nan",
        "duplicate key",
        "empty",
        "lone surrogate",
        "dangling use",
        "duplicate id",
        "huge number",
        "bad date",
    ):
        # the published schema refuses what the reader refuses
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(json.loads(data), schema())


def test_html_in_a_file_is_imported_as_plain_text(services: Services) -> None:
    data = _with("strategies.0.title", HOSTILE[:150])
    preview = preview_import(services.library, parse_library(data))
    apply_import(services.library, services.crisis_plan, preview, "x.json")
    card = services.library.card("0b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a")
    assert card.title == HOSTILE[:150]


def test_missing_or_unreadable_files(tmp_path: Path) -> None:
    with pytest.raises(LibraryFileError, match="does not exist"):
        read_library_file(tmp_path / "nope.json")
    with pytest.raises(LibraryFileError, match="folder"):
        read_library_file(tmp_path)


def test_exported_document_matches_the_schema_exactly(services: Services) -> None:
    _personalise(services)
    export = gather_export(
        services.library, services.crisis_plan, ExportOptions(include_personal=True)
    )
    document = to_document(export)
    jsonschema.validate(document, schema())
    assert document["format"] == "peerdesk-library"
    assert document["version"] == 1
