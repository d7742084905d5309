"""Apply is one transaction (cancel rolls back), publishes events; nothing private travels."""

from __future__ import annotations

import zlib
from typing import Any

import pytest

from peerdesk.services.events import Change
from peerdesk.services.exchange.service import ExchangeCancelled, ShareRequest
from peerdesk.services.library.cards import CardContent

from .test_merge_rules import a_goal, vault_bytes
from .test_story import _sam_in, roadmap_state, share_roadmap
from .two_vaults import Side

CANARY = "zebracanary"


def test_cancel_rolls_everything_back(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    for i in range(3):
        a_goal(jo, f"Goal {i}", milestones=150)
    data = share_roadmap(jo)
    before_state = roadmap_state(sam)
    with sam.active() as s:
        preview = s.exchange.preview(data)
        seen: list[tuple[int, int]] = []
        with pytest.raises(ExchangeCancelled):
            s.exchange.apply(
                preview, progress=lambda d, t: seen.append((d, t)), cancelled=lambda: True
            )
        assert s.people.find_by_name("Jo Okafor") is None  # people made in it: gone too
    assert roadmap_state(sam) == before_state
    before = vault_bytes(sam)
    with sam.active() as s:
        assert s.exchange.preview(data).counts["new"] == preview.counts["new"]
    assert vault_bytes(sam) == before


def test_apply_publishes_what_changed(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    goal, milestones = a_goal(jo)
    events: list[Change] = []
    with sam.active() as s:
        s.bus.subscribe(events.append)
        preview = s.exchange.preview(share_roadmap(jo))
        result = s.exchange.apply(preview)
    kinds = {(c.entity, c.kind) for c in events}
    assert ("goal", "inserted") in kinds
    assert ("milestone", "inserted") in kinds
    inserted = next(c for c in events if c.entity == "milestone" and c.kind == "inserted")
    assert set(inserted.ids) == set(milestones)
    assert result.changes == tuple(events)
    del goal


def test_nothing_private_travels(jo_sam: tuple[Side, Side]) -> None:
    jo, _sam = jo_sam
    with jo.active() as s:
        sam_id = _sam_in(s)
        s.people.update(sam_id, notes=f"session notes {CANARY}", contact=f"{CANARY}@mail")
        s.journal.check_in(7, note=f"journal {CANARY}")
        goal = s.roadmap.create_goal(sam_id, "Visible goal")
        s.roadmap.add_milestone(goal.id, "Visible step")
        s.crisis_plan.add("reasons", f"crisis {CANARY}", strategy_id=None)
        card = s.library.create(CardContent("Box breathing", summary="Breathe"))
        s.library.log_use(card, 7, 3, f"use note {CANARY}")
        payloads = [
            s.exchange.make_payload(ShareRequest("roadmap", sam_id)),
            s.exchange.make_payload(ShareRequest("library", cards="all")),
            s.exchange.make_payload(ShareRequest("summary", sam_id)),
        ]
        with_contacts = s.exchange.make_payload(
            ShareRequest("roadmap", sam_id, include_personal=True)
        )
        with_uses = s.exchange.make_payload(ShareRequest("library", include_personal=True))
    for data in payloads:
        text = zlib.decompress(data).decode()
        assert CANARY not in text
    assert b"Visible step" in zlib.decompress(payloads[0])
    assert f"{CANARY}@mail" in zlib.decompress(with_contacts).decode()
    assert "session notes" not in zlib.decompress(with_contacts).decode()
    assert f"use note {CANARY}" in zlib.decompress(with_uses).decode()


def test_describe_lists_exactly_what_the_file_holds(jo_sam: tuple[Side, Side]) -> None:
    jo, _sam = jo_sam
    a_goal(jo, "Find a flat", milestones=3)
    a_goal(jo, "Walk daily", milestones=1)
    with jo.active() as s:
        described = s.exchange.describe(ShareRequest("roadmap", _sam_in(s)))
        before: Any = described
        steps: list[int] = []
        s.exchange.make_payload(
            ShareRequest("roadmap", _sam_in(s)), progress=lambda d, _t: steps.append(d)
        )
        assert steps == [1, 2, 3]
    assert before.titles == ("Find a flat", "Walk daily")
    assert before.counts["goals"] == 2
    assert before.counts["milestones"] == 4
    assert "Sam Rivera" in before.people
    assert before.person_name == "Sam Rivera"
    assert any("No contact details" in line for line in before.lines())


def test_migration_3_adds_only_the_merge_tables(jo_sam: tuple[Side, Side]) -> None:
    from peerdesk.services.session import start_session
    from peerdesk.store.migrations import MIGRATIONS, schema_version

    jo, _sam = jo_sam
    with jo.active():
        db = jo.vault.database
        for table in (
            "field_versions",
            "exchange_state",
            "exchange_peer",
            "people_link",
            "received_summary",
        ):
            db.execute_sql(f"DROP TABLE {table}")
        db.execute_sql("PRAGMA user_version = 2")
        # The schema as migration 3 found it (later steps are their own tests).
        again = start_session(jo.vault, tuple(m for m in MIGRATIONS if m.version <= 3))
        assert [m.version for m in again.migrated] == [3]
        assert schema_version(db) == 3
        assert again.exchange.make_payload(ShareRequest("library", cards="all"))
