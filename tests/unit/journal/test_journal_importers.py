"""Importers: realistic files, idempotent re-import, one transaction, clear errors."""

from __future__ import annotations

import json
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from peerdesk.services.journal.formats import (
    ImportFileError,
    apply_import,
    count_already_there,
    read_import,
)
from peerdesk.services.journal.formats.daylio import plain_text
from peerdesk.services.session import Services
from peerdesk.store.records import JournalEntry, Tag, Tracker

DATA = Path(__file__).parent / "data"


def _import(services: Services, fmt: str, path: Path, **kwargs: object) -> object:
    preview = read_import(fmt, path)
    return apply_import(preview, services.bus, **kwargs)  # type: ignore[arg-type]


def _vault_state() -> tuple[int, int, int]:
    return (JournalEntry.select().count(), Tag.select().count(), Tracker.select().count())


# -- jrnl ------------------------------------------------------------------------------------


def test_jrnl_preview_and_import(services: Services) -> None:
    preview = read_import("jrnl", DATA / "jrnl-export.json")
    assert preview.count == 3
    assert preview.first == datetime(2025, 3, 3, 21, 40)
    assert preview.last == datetime(2025, 3, 11, 7, 30)
    result = apply_import(preview, services.bus)
    assert result.added == 3
    hits = services.journal.search("priya")
    assert len(hits) == 1
    entry = services.journal.get(hits[0].id)
    assert entry.title == "First week back at work."
    assert entry.tags == ("work",)
    assert entry.occurred_at == datetime(2025, 3, 3, 21, 40)
    dinner = services.journal.get(services.journal.search("drawings")[0].id)
    assert dinner.starred
    assert "<b>Not</b>" in dinner.body  # kept as text; every view shows it inert


def test_reimport_adds_nothing(services: Services) -> None:
    first = _import(services, "jrnl", DATA / "jrnl-export.json")
    assert first.added == 3  # type: ignore[attr-defined]
    preview = read_import("jrnl", DATA / "jrnl-export.json")
    assert count_already_there(preview) == 3
    again = apply_import(preview, services.bus)
    assert (again.added, again.already_there) == (0, 3)
    assert services.journal.count() == 3


def test_deleted_imported_entry_is_not_brought_back(services: Services) -> None:
    _import(services, "jrnl", DATA / "jrnl-export.json")
    services.journal.delete([services.journal.search("priya")[0].id])
    again = _import(services, "jrnl", DATA / "jrnl-export.json")
    assert again.added == 0  # type: ignore[attr-defined]
    assert services.journal.count() == 2


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{", "not valid JSON"),
        ("[]", "not a jrnl JSON export"),
        ('{"entries": [42]}', "entry 1: should be an object"),
        ('{"entries": [{"date": "2025-01-01", "title": 7}]}', "entry 1: field 'title'"),
        ('{"entries": [{"date": "2025-13-01"}]}', "entry 1: field 'date'/'time'"),
        ('{"entries": [{"date": "2025-01-01", "starred": "yes"}]}', "field 'starred'"),
        ('{"entries": [{"date": "2025-01-01", "tags": [1]}]}', "field 'tags'"),
        ('{"entries": [{"date": "2025-01-01"}, {"body": "x"}]}', "entry 2: field 'date'"),
        ('{"entries": [{"date": "2025-01-01", "title": "' + "x" * 600 + '"}]}', "title"),
        ("[" * 100_000 + "]" * 100_000, "nested too deeply"),
    ],
)
def test_jrnl_errors_name_the_place_and_field(
    services: Services, tmp_path: Path, content: str, message: str
) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message) as info:
        read_import("jrnl", path)
    assert str(path) in str(info.value)


def test_invalid_utf8_names_the_line(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_bytes(b'{"entries": [\n{"title": "caf\xe9"}]}')
    with pytest.raises(ImportFileError, match=r"line 2: the text is not valid UTF-8"):
        read_import("jrnl", path)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(ImportFileError, match="does not exist"):
        read_import("jrnl", tmp_path / "nope.json")


# -- Day One ---------------------------------------------------------------------------------


def test_dayone_json(services: Services) -> None:
    preview = read_import("dayone", DATA / "dayone-export.json")
    assert preview.count == 3
    assert any("1 photo not imported" in n for n in preview.notes)
    assert any("1 audio recording not imported" in n for n in preview.notes)
    apply_import(preview, services.bus)
    walk = services.journal.get(services.journal.search("heron")[0].id)
    assert walk.title == "Morning walk"
    assert walk.occurred_at == datetime(2024, 6, 1, 8, 30)  # BST, not UTC
    assert walk.starred
    assert set(walk.tags) == {"Morning", "walks"}
    assert "dayone-moment" not in walk.body
    assert "*(photo not imported)*" in walk.body
    assert "\u200b" not in walk.body
    evening = services.journal.get(services.journal.search("voice")[0].id)
    assert evening.occurred_at == datetime(2024, 6, 2, 19, 10)  # New York
    plain = services.journal.get(services.journal.search("zone")[0].id)
    assert plain.occurred_at == datetime(2024, 6, 3, 12, 0)  # no zone: UTC as given


def test_dayone_zip_with_media_is_read_and_reimport_is_idempotent(
    services: Services, tmp_path: Path
) -> None:
    archive = tmp_path / "export.zip"
    with zipfile.ZipFile(archive, "w") as z:
        z.write(DATA / "dayone-export.json", "Journal.json")
        z.writestr("photos/31c871f18f68d2fde4196ccba1f8ece1.jpeg", b"\xff\xd8not really")
    preview = read_import("dayone", archive)
    assert preview.count == 3
    media = "Media files in the zip not imported (PeerDesk keeps text): 1."
    assert media in preview.notes
    assert apply_import(preview, services.bus).added == 3
    # The same journal as plain JSON: the same entries (same uuids), nothing new.
    assert _import(services, "dayone", DATA / "dayone-export.json").added == 0  # type: ignore[attr-defined]


def test_dayone_errors(tmp_path: Path) -> None:
    bad = tmp_path / "x.json"
    bad.write_text('{"entries": [{"uuid": "A", "creationDate": "yesterday"}]}')
    with pytest.raises(ImportFileError, match="entry 1: field 'creationDate'"):
        read_import("dayone", bad)
    bad.write_text('{"entries": [{"creationDate": "2024-01-01T00:00:00Z"}]}')
    with pytest.raises(ImportFileError, match="field 'uuid'"):
        read_import("dayone", bad)
    empty_zip = tmp_path / "e.zip"
    with zipfile.ZipFile(empty_zip, "w") as z:
        z.writestr("photos/a.jpeg", b"x")
    with pytest.raises(ImportFileError, match=r"no Day One \.json"):
        read_import("dayone", empty_zip)
    broken = tmp_path / "b.zip"
    broken.write_bytes(b"PK\x03\x04 definitely not a zip")
    with pytest.raises(ImportFileError, match="not a readable zip"):
        read_import("dayone", broken)


# -- Daylio ----------------------------------------------------------------------------------


def test_daylio_current_format_with_mood_mapping(services: Services) -> None:
    preview = read_import("daylio", DATA / "daylio-export.csv")
    assert preview.count == 3
    assert preview.mood_labels == {"rad": 9, "meh": 5, "grumpy": None}
    assert preview.unmapped_moods == ["grumpy"]
    result = apply_import(preview, services.bus, mood_map={"grumpy": 2, "rad": 10})
    assert result.added == 3
    good = services.journal.get(services.journal.search("heard")[0].id)
    assert good.kind == "checkin"
    assert good.mood == 10
    assert good.title == "Good day"
    assert good.body == "Saw Jo at the group.\nFelt heard."
    assert good.occurred_at == datetime(2025, 4, 2, 22, 0)
    assert set(good.tags) == {"friends", "walk"}
    moods = sorted(e.mood for e in services.journal.entries_between(None, None))  # type: ignore[type-var]
    assert moods == [2, 5, 10]


def test_daylio_old_seven_columns_crlf(services: Services) -> None:
    preview = read_import("daylio", DATA / "daylio-old-7col.csv")
    assert [e.occurred_at for e in preview.entries] == [
        datetime(2020, 5, 30, 18, 50),
        datetime(2020, 5, 29, 14, 58),
    ]
    apply_import(preview, services.bus)
    entry = services.journal.get(services.journal.search("awesome")[0].id)
    assert entry.mood == 9
    assert set(entry.tags) == {"friends", "gaming"}


def test_daylio_scales_become_trackers_and_sleep(services: Services) -> None:
    result = _import(services, "daylio", DATA / "daylio-scales.csv")
    assert result.trackers_created == 2  # type: ignore[attr-defined]
    trackers = {t.name: t for t in services.journal.trackers()}
    assert set(trackers) == {"Sleep Quality", "Awake mid-sleep (hours)"}
    assert trackers["Sleep Quality"].scale_max == 10
    rested = services.journal.get(services.journal.search("rested")[0].id)
    assert rested.sleep_hours == 7.5
    assert rested.trackers == {
        trackers["Sleep Quality"].id: 8.0,
        trackers["Awake mid-sleep (hours)"].id: 1.0,
    }
    # Again: no new trackers, no new entries.
    again = _import(services, "daylio", DATA / "daylio-scales.csv")
    assert (again.added, again.trackers_created) == (0, 0)  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("a,b,c\n1,2,3\n", "line 1: not a Daylio CSV export"),
        (
            "full_date,date,weekday,time,mood\n2025-02-30,x,y,10:00,rad\n",
            "line 2: column 'full_date'",
        ),
        ("full_date,date,weekday,time,mood\n2025-02-03,x,y,25:00,rad\n", "line 2: column 'time'"),
        ("full_date,date,weekday,time,mood\n2025-02-03,x,y,13:00 pm,rad\n", "column 'time'"),
        ("full_date,date,weekday,time,mood\n2025-02-03,x,y,10:00,\n", "column 'mood' is empty"),
        ("year,date,weekday,time,mood\n2020,31 Smarch,y,10:00,rad\n", "columns 'year'/'date'"),
        ("full_date,date,weekday,time,mood\n2025-02-03,x,y,10:00,rad,extra\n", "more values"),
    ],
)
def test_daylio_errors(tmp_path: Path, content: str, message: str) -> None:
    path = tmp_path / "bad.csv"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ImportFileError, match=message):
        read_import("daylio", path)


def test_daylio_html_notes_become_plain_text() -> None:
    assert plain_text("a<br><br>b <b>c</b> &amp; <script>x()</script>") == "a\n\nb c & x()"


# -- all or nothing, hostile input -----------------------------------------------------------


def test_a_failing_file_imports_nothing(services: Services, tmp_path: Path) -> None:
    entries = [{"date": "2025-01-01", "title": f"ok {n}"} for n in range(50)]
    entries.append({"date": "not a date"})
    path = tmp_path / "half.json"
    path.write_text(json.dumps({"entries": entries}))
    before = _vault_state()
    with pytest.raises(ImportFileError, match="entry 51"):
        _import(services, "jrnl", path)
    assert _vault_state() == before


def test_a_failure_while_writing_rolls_everything_back(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    from peerdesk.services.journal import text_index

    preview = read_import("daylio", DATA / "daylio-scales.csv")

    def broken(rows: object) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(text_index, "put_many", broken)
    with pytest.raises(RuntimeError):
        apply_import(preview, services.bus)
    assert _vault_state() == (0, 0, 0)


def _import_or_clean_error(services: Services, fmt: str, path: Path) -> None:
    before = _vault_state()
    error: ImportFileError | None = None
    try:
        preview = read_import(fmt, path)
    except ImportFileError as exc:
        error = exc
    if error is None:
        apply_import(preview, services.bus)
        return
    assert str(path) in str(error)
    assert _vault_state() == before


_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)
_entry_like = st.fixed_dictionaries(
    {},
    optional={
        "title": _json_values,
        "body": _json_values,
        "date": st.one_of(_json_values, st.just("2025-01-01")),
        "time": st.one_of(_json_values, st.just("10:00")),
        "tags": _json_values,
        "starred": _json_values,
        "uuid": _json_values,
        "creationDate": st.one_of(_json_values, st.just("2024-01-01T10:00:00Z")),
        "text": _json_values,
    },
)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fmt=st.sampled_from(["jrnl", "dayone"]),
    document=st.one_of(
        _json_values, st.fixed_dictionaries({"entries": st.lists(_entry_like, max_size=4)})
    ),
)
def test_malformed_json_is_a_clean_error_or_a_valid_import(
    services: Services, tmp_path_factory: pytest.TempPathFactory, fmt: str, document: object
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "file.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    _import_or_clean_error(services, fmt, path)


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    fmt=st.sampled_from(["jrnl", "dayone", "daylio"]),
    data=st.binary(max_size=300)
    | st.text(max_size=300).map(lambda t: t.encode("utf-8", "surrogatepass")),
    prefix=st.sampled_from(
        [b"", b"full_date,date,weekday,time,mood,activities,note_title,note\n", b'{"entries": [']
    ),
)
def test_random_bytes_are_a_clean_error_and_change_nothing(
    services: Services,
    tmp_path_factory: pytest.TempPathFactory,
    fmt: str,
    data: bytes,
    prefix: bytes,
) -> None:
    path = tmp_path_factory.mktemp("fuzz") / "file.bin"
    path.write_bytes(prefix + data)
    _import_or_clean_error(services, fmt, path)


@pytest.mark.parametrize("fmt", ["jrnl", "dayone"])
def test_a_lone_surrogate_is_a_clean_error(tmp_path: Path, fmt: str) -> None:
    entry = {"date": "2025-01-01", "uuid": "A", "creationDate": "2025-01-01T10:00:00Z"}
    entry["text" if fmt == "dayone" else "body"] = "half a pair: \ud800"
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({"entries": [entry]}), encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"entry 1: field '(text|body)' holds an invalid"):
        read_import(fmt, path)


@pytest.mark.parametrize("year", ["¹", "２０２０x", "²⁰²⁰", "9" * 5000])
def test_daylio_odd_digits_are_a_clean_error(tmp_path: Path, year: str) -> None:
    path = tmp_path / "odd.csv"
    path.write_text(f"year,date,weekday,time,mood\n{year},30 May,Sat,6:50 pm,rad\n")
    with pytest.raises(ImportFileError, match="line 2"):
        read_import("daylio", path)
