"""Property tests on the importer: random and mutated files never crash it, and a file it
refuses never changes the vault. What the reader accepts, the published schema accepts too.
"""

from __future__ import annotations

import json
from typing import Any

import jsonschema
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.resource_files import resource_path
from peerdesk.services.library.formats.export import ExportOptions, gather_export
from peerdesk.services.library.formats.importing import apply_import, preview_import
from peerdesk.services.library.formats.json_file import LibraryFileError, parse_library, to_document
from peerdesk.services.session import Services
from tests.unit.library.library_helpers import sample_content, vault_snapshot

SCHEMA = json.loads(
    resource_path("schemas", "peerdesk-library-1.schema.json").read_text(encoding="utf-8")
)
FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=30),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=12,
)


def _base_document(services: Services) -> dict[str, Any]:
    lib = services.library
    sid = lib.create(sample_content("Fuzz base"))
    lib.log_use(sid, 7, 2, "note")
    services.crisis_plan.add("reasons", "Keep going", strategy_id=sid)
    export = gather_export(
        lib, services.crisis_plan, ExportOptions(strategy_ids=[sid], include_personal=True)
    )
    document = to_document(export)
    document["personal"]["crisis_plan"] = [
        {
            "id": "3b8f2c1e-5d3a-4c7e-9a10-2f6b8d4e1c3a",
            "section": "reasons",
            "text": "Leo",
            "strategy_id": sid,
        }
    ]
    return document


def _paths(value: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [prefix]
    if isinstance(value, dict):
        for key, child in value.items():
            found += _paths(child, (*prefix, key))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            found += _paths(child, (*prefix, index))
    return found


def _set(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    target = document
    for step in path[:-1]:
        target = target[step]
    target[path[-1]] = value
    return document


def _import_checked(services: Services, data: bytes) -> None:
    """Import ``data``; if refused, the vault must be exactly as before."""
    before = vault_snapshot()
    try:
        parsed = parse_library(data)
    except LibraryFileError as exc:
        refusal = str(exc)
    else:
        refusal = ""
    if refusal:
        assert vault_snapshot() == before
        return
    jsonschema.validate(json.loads(data.decode("utf-8")), SCHEMA)
    preview = preview_import(services.library, parsed)
    apply_import(services.library, services.crisis_plan, preview, "fuzz.json")


@pytest.mark.slow
@FUZZ
@given(data=st.binary(max_size=300))
def test_random_bytes_never_crash_the_importer(services: Services, data: bytes) -> None:
    _import_checked(services, data)


@pytest.mark.slow
@FUZZ
@given(value=json_values)
def test_random_json_never_crashes_the_importer(services: Services, value: Any) -> None:
    _import_checked(services, json.dumps(value).encode())


@pytest.mark.slow
@FUZZ
@given(choice=st.data(), replacement=json_values)
def test_mutated_library_files_never_crash_or_half_import(
    services: Services, choice: st.DataObject, replacement: Any
) -> None:
    document = _base_document(services)
    path = choice.draw(st.sampled_from(_paths(document)))
    mutated = _set(document, path, replacement)
    _import_checked(services, json.dumps(mutated).encode())


@pytest.mark.slow
@FUZZ
@given(choice=st.data())
def test_truncated_or_flipped_files_never_crash(services: Services, choice: st.DataObject) -> None:
    data = bytearray(json.dumps(_base_document(services)).encode())
    cut = choice.draw(st.integers(min_value=0, max_value=len(data)))
    index = choice.draw(st.integers(min_value=0, max_value=len(data) - 1))
    data[index] = choice.draw(st.integers(min_value=0, max_value=255))
    _import_checked(services, bytes(data[: max(cut, index + 1)]))
