"""The fast paths of a large receive give exactly what the one-by-one code gives.

A first receive reads tens of thousands of records: they are checked by a reader made for
their table, and written a table at a time (services/exchange/fresh.py). These tests run
the same payload both ways into two copies of one vault and compare every row.
"""

from __future__ import annotations

import gc
import json
import shutil
import threading
import zlib
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.exchange import applying, bulk, payload
from peerdesk.services.exchange.payload import PayloadError, decode
from peerdesk.services.exchange.versions import value_hash
from peerdesk.services.exchange.views import PreviewItem, PreviewItems
from peerdesk.services.session import start_session
from peerdesk.vault.vault import Vault

from .test_story import _sam_in, share_roadmap
from .two_vaults import PASSPHRASE, Side

ROADMAP = ("goal", "goal_participant", "milestone", "goal_checkin", "victory")


# -- hashes and the collector -------------------------------------------------------------

ODD_VALUES: list[Any] = [
    None,
    True,
    False,
    0,
    1,
    -7,
    2**70,
    0.0,
    -0.0,
    1.0,
    2.5,
    1e300,
    "",
    "a",
    "1",
    'it\'s "quoted"',
    "ünïcødé ✓",
    "line\nbreak",
    "\ud800",
    ["x", "y"],
    [],
]


def test_column_hashes_are_value_hash() -> None:
    values = ODD_VALUES * 5  # long enough to take the de-duplicating way too
    assert bulk.value_hashes(values) == [value_hash(v) for v in values]
    texts = [f"t{i % 7}" for i in range(200)] + [None, 3]
    assert bulk.value_hashes(texts) == [value_hash(v) for v in texts]
    # 0.0 and -0.0 are equal but print differently: never merged into one hash
    zeros = [0.0, -0.0] * 50
    assert bulk.value_hashes(zeros) == [value_hash(v) for v in zeros]


def test_row_hashes_are_the_value_hash_of_each_tuple() -> None:
    columns = [[False] * 4, ["a", "b", None, "d"], [1.0, -0.0, 2.0, 3.5], [1, 2, None, 4]]
    rows = list(zip(*columns, strict=True))
    assert bulk.tuple_hashes(columns) == [value_hash(row) for row in rows]


def test_paused_gc_nests_and_gives_the_collector_back() -> None:
    assert gc.isenabled()
    with bulk.paused_gc():
        assert not gc.isenabled()
        with bulk.paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    with pytest.raises(RuntimeError), bulk.paused_gc():
        raise RuntimeError("an error inside")
    assert gc.isenabled()
    gc.disable()
    try:
        with bulk.paused_gc():
            pass
        assert not gc.isenabled()  # it was off before: it stays off
    finally:
        gc.enable()


def test_paused_gc_across_threads() -> None:
    inside = threading.Event()
    leave = threading.Event()

    def worker() -> None:
        with bulk.paused_gc():
            inside.set()
            leave.wait(5)

    thread = threading.Thread(target=worker)
    thread.start()
    assert inside.wait(5)
    with bulk.paused_gc():
        pass
    assert not gc.isenabled()  # the worker is still inside
    leave.set()
    thread.join(5)
    assert gc.isenabled()


# -- preview items ------------------------------------------------------------------------


def test_preview_items_are_made_when_read() -> None:
    made: list[int] = []

    def make(i: int) -> PreviewItem:
        made.append(i)
        return PreviewItem("goal", f"id{i}", f"Goal {i}", "new")

    items = PreviewItems(["new", "changed", "deleted"], make)
    assert len(items) == 3
    assert made == []
    assert items[-1].record_id == "id2"
    assert items[1] is items[1]
    assert made == [2, 1]
    assert [i.label for i in items[0:2]] == ["Goal 0", "Goal 1"]
    assert [i.record_id for i in items] == ["id0", "id1", "id2"]
    with pytest.raises(IndexError):
        items[3]


# -- the same payload both ways -----------------------------------------------------------


def _open(folder: Path) -> Side:
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    return Side(folder.name, folder, vault, start_session(vault))


@pytest.fixture
def twins(jo_sam: tuple[Side, Side]) -> Iterator[tuple[Side, Side, Side]]:
    """Jo, and two byte-identical copies of Sam's vault (same ids, same owner)."""
    jo, sam = jo_sam
    sam.close()
    twin = sam.folder.parent / "sam-twin"
    shutil.copytree(sam.folder, twin)
    one, two = _open(sam.folder), _open(twin)
    yield jo, one, two
    for side in (one, two):
        side.close()


def _one_by_one(monkeypatch: pytest.MonkeyPatch) -> None:
    """No table readers, no records written straight from the file: every record is read
    and merged one by one."""
    monkeypatch.setattr(payload, "_READERS", {})
    monkeypatch.setattr(payload, "_CHECKERS", {})


def _rows(side: Side) -> dict[str, Any]:
    out: dict[str, Any] = {}
    with side.active() as s:
        db = s.vault.database
        for table in (*ROADMAP, "person", "people_link"):
            key = "key" if table == "people_link" else "id"
            cursor = db.execute_sql(f"SELECT * FROM {table} ORDER BY {key}")
            names = [c[0] for c in cursor.description]
            out[table] = [
                {n: v for n, v in zip(names, row, strict=True) if n != "updated_at"}
                for row in cursor.fetchall()
            ]
        out["field_versions"] = db.execute_sql(
            "SELECT * FROM field_versions ORDER BY record_id"
        ).fetchall()
        out["clock"] = db.execute_sql("SELECT * FROM exchange_state").fetchall()
    return out


def _receive(side: Side, data: bytes) -> tuple[Any, Any]:
    with side.active() as s:
        preview = s.exchange.preview(data)
        items = [
            (i.table, i.record_id, i.label, i.status, i.fields, i.conflict_keys)
            for i in preview.items
        ]
        result = s.exchange.apply(preview, default="theirs")
        changes = sorted((c.entity, c.kind, tuple(sorted(c.ids))) for c in result.changes)
        return (preview.counts, items), (result.counts, changes)


def _a_roadmap(jo: Side) -> None:
    with jo.active() as s:
        sam = _sam_in(s)
        kim = s.people.create("Kim Lee", "supporter")
        for g in range(3):
            goal = s.roadmap.create_goal(sam, f"Goal {g}")
            s.roadmap.add_participant(goal.id, kim.id, "drives")
            steps = [
                s.roadmap.add_milestone(goal.id, f"Step {g}.{i}", owner_id=kim.id if i else None)
                for i in range(4)
            ]
            s.roadmap.complete_milestone(steps[0].id)
            for i in range(5):
                s.roadmap.add_checkin(
                    goal.id,
                    person_id=sam,
                    rating=i + 1,
                    what_happened=f'Week {i}: it\'s going "fine" ✓',
                    next_step="Call" if i % 2 else "",
                    next_step_owner_id=kim.id if i % 2 else None,
                    occurred_at=datetime(2026, 3, 1 + i, 10, 0),
                )
            s.roadmap.log_win(f"Win {g}", person_id=sam, goal_id=goal.id)
        s.roadmap.log_win("A win of no goal", person_id=sam)


def test_a_first_receive_writes_what_the_one_by_one_code_writes(
    twins: tuple[Side, Side, Side], monkeypatch: pytest.MonkeyPatch
) -> None:
    jo, fast, slow = twins
    _a_roadmap(jo)
    first = share_roadmap(jo)
    with jo.active() as s:  # a tombstone and an edit for the second round
        goal = s.roadmap.roadmap_goal_ids()[0]
        milestones = s.roadmap.milestones(goal)
        s.roadmap.delete_milestone(milestones[1].id)
        s.roadmap.update_milestone(milestones[2].id, title="Renamed")
    second = share_roadmap(jo)
    written: list[int] = []
    real = applying.fresh_rows

    def spy(spec: Any, records: Any, *args: Any, **kw: Any) -> Any:
        written.append(len(records))
        return real(spec, records, *args, **kw)

    monkeypatch.setattr(applying, "fresh_rows", spy)
    fast_views = [_receive(fast, first), _receive(fast, second)]
    assert sum(written) >= 37  # the first receive went the table-at-a-time way
    _one_by_one(monkeypatch)
    slow_views = [_receive(slow, first), _receive(slow, second)]
    assert fast_views == slow_views
    assert fast_views[0][0][0]["new"] >= 37  # goals, people in them, steps, check-ins, wins
    assert _rows(fast) == _rows(slow)


def _without_goal(data: bytes) -> bytes:
    """The payload less its first goal: that goal's parts now name a missing parent."""
    doc = json.loads(zlib.decompress(data))
    gone = next(r for r in doc["records"] if r["t"] == "goal")
    doc["records"].remove(gone)
    return zlib.compress(json.dumps(doc).encode())


def test_records_whose_parent_is_missing_are_skipped_the_same_way(
    twins: tuple[Side, Side, Side], monkeypatch: pytest.MonkeyPatch
) -> None:
    jo, fast, slow = twins
    _a_roadmap(jo)
    data = _without_goal(share_roadmap(jo))
    fast_view = _receive(fast, data)
    _one_by_one(monkeypatch)
    assert _receive(slow, data) == fast_view
    assert _rows(fast) == _rows(slow)


# -- the table readers check what the one-by-one checks check --------------------------


@pytest.fixture
def sample(jo_sam: tuple[Side, Side]) -> dict[str, Any]:
    jo, _sam = jo_sam
    _a_roadmap(jo)
    doc: dict[str, Any] = json.loads(zlib.decompress(share_roadmap(jo)))
    return doc


def _checker_agrees(data: bytes) -> None:
    """The checker says yes exactly where the reader makes a record."""
    try:
        decoded = decode(data)
    except PayloadError:
        return
    check = decoded.live_and_readable(payload._READERS)
    for raw in decoded.raw:
        maker = payload._READERS.get(raw.table)
        made = maker(decoded.vectors, {}.get, {}.get, payload.IncomingRecord) if maker else None
        assert check(raw) == (made is not None and made(raw) is not None)


def _both(doc: dict[str, Any], monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """materialize_many's records (or error), with the readers and one by one."""
    data = zlib.compress(json.dumps(doc).encode())
    _checker_agrees(data)
    out = []
    for readers in (payload._READERS, {}):
        monkeypatch.setattr(payload, "_READERS", readers)  # the checkers are not used here
        try:
            decoded = decode(data)
            records = decoded.materialize_many(decoded.raw, people={"x": "y"}, refs={"a": "b"})
            out.append([(r.table, r.id, r.fields, r.created_at, r.vhash) for r in records])
        except PayloadError as exc:
            out.append(str(exc))
    return out


@pytest.mark.parametrize(
    ("table", "name", "value"),
    [
        ("milestone", "position", 3),  # a whole number: read as 3.0
        ("milestone", "position", float("nan")),
        ("milestone", "position", float("inf")),
        ("milestone", "position", 10**400),
        ("milestone", "position", True),
        ("milestone", "title", None),
        ("milestone", "title", 7),
        ("milestone", "owner", None),
        ("milestone", "due_date", "2026-01-01" * 7),
        ("milestone", "due_date", "2026-01-01" * 3),
        ("goal_checkin", "rating", 2.0),
        ("goal_checkin", "rating", False),
        ("goal", "person", "p" * 70),
        ("victory", "goal", ["not", "text"]),
    ],
)
def test_odd_values_are_read_or_refused_alike(
    sample: dict[str, Any], monkeypatch: pytest.MonkeyPatch, table: str, name: str, value: Any
) -> None:
    record = next(r for r in sample["records"] if r["t"] == table)
    record["f"][name][0] = value
    fast, slow = _both(sample, monkeypatch)
    assert fast == slow


@pytest.mark.parametrize(
    "change",
    [
        lambda r: r["f"].pop("title"),
        lambda r: r["f"].__setitem__("from_the_future", ["x", 0]),
        lambda r: r["f"].__setitem__("title", ["x"]),
        lambda r: r["f"].__setitem__("title", ["x", 99]),
        lambda r: r["f"].__setitem__("title", ["x", -1]),
        lambda r: r["f"].__setitem__("title", ["x", True]),
        lambda r: r["f"].__setitem__("_deleted", [True, 0]),
        lambda r: r["f"].__setitem__("_deleted", [0, 0]),
        lambda r: r.__setitem__("c", 5),
        lambda r: r.__setitem__("u", "x" * 41),
        lambda r: r.__setitem__("k", "starter"),
        lambda r: r.__setitem__("id", "a"),  # renamed through refs
    ],
)
def test_odd_records_are_read_or_refused_alike(
    sample: dict[str, Any], monkeypatch: pytest.MonkeyPatch, change: Any
) -> None:
    record = next(r for r in sample["records"] if r["t"] == "milestone")
    change(record)
    fast, slow = _both(sample, monkeypatch)
    assert fast == slow


def test_the_first_fault_in_the_file_is_the_one_named(
    sample: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    milestones = [r for r in sample["records"] if r["t"] == "milestone"]
    milestones[1]["f"]["position"][0] = "high"  # malformed (a field)
    sample["records"][-1]["f"].pop("_deleted")  # malformed (a record's fields): later
    fast, slow = _both(sample, monkeypatch)
    assert fast == slow
    assert isinstance(fast, str)
    assert "fields" in fast


def test_non_finite_positions_are_refused(
    sample: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    record = next(r for r in sample["records"] if r["t"] == "goal")
    record["f"]["position"][0] = float("inf")
    fast, slow = _both(sample, monkeypatch)
    assert fast == slow
    assert isinstance(fast, str)
    assert "field" in fast


# -- stored versions ------------------------------------------------------------------------


def test_stored_versions_read_back_the_short_way_and_the_long_way() -> None:
    from peerdesk.services.exchange import stamping

    jo, sam = {"jo": 3}, {"jo": 2, "sam": 5}
    digest = value_hash("x")
    full = {name: [jo, digest] for name in stamping.FIELD_ORDER["milestone"]}
    full["title"] = [sam, value_hash("Call")]
    text, vhash = stamping._encode("milestone", full, {})
    assert '"d":' in text
    assert '"f":' not in text
    assert stamping._decode(text, "milestone") == full
    assert vhash == stamping.vectors_hash("milestone", full)
    same = {name: [jo, digest] for name in stamping.FIELD_ORDER["goal"]}
    text, _ = stamping._encode("goal", same, {})
    assert '"w":' not in text  # one vector for every field
    assert stamping._decode(text, "goal") == same
    tombstone = {stamping.DELETED: [sam, value_hash(True)]}
    text, _ = stamping._encode("goal", tombstone, {})
    assert '"f":' in text  # not every field: the long way
    assert stamping._decode(text, "goal") == tombstone
    # a row written before the short way existed
    old = '{"v":[["jo",3]],"f":{"_deleted":[0,"8a32619ca5c5976b"],"title":[0,"21d641835a3a3a42"]}}'
    assert stamping._decode(old, "milestone") == {
        "_deleted": [{"jo": 3}, "8a32619ca5c5976b"],
        "title": [{"jo": 3}, "21d641835a3a3a42"],
    }
