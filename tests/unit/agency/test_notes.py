"""Session notes: drafts, signing, immutability through every path, addenda, search."""

from __future__ import annotations

from datetime import date

import peewee
import pytest

from peerdesk.services.notes import (
    MissingFieldsError,
    NoteFilter,
    NotesError,
    NotesService,
    SignedNoteError,
)
from peerdesk.services.session import Services
from peerdesk.store.records import NoteAddendum, SessionNote, database_proxy
from tests.unit.agency.conftest import filled_draft, policy_from


def test_draft_is_editable_and_shows_duration(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    row = agency.notes.update_draft(note_id, response="Better than last week", end_time="11:05")
    assert row.status == "draft"
    assert row.duration_minutes == 65
    assert agency.notes.get(note_id).response == "Better than last week"


def test_draft_validation(agency: Services, person_id: str) -> None:
    with pytest.raises(NotesError):
        agency.notes.create_draft(person_id, date(2026, 1, 1), start_time="9.30")
    with pytest.raises(NotesError):
        agency.notes.create_draft(person_id, date(2026, 1, 1), setting="carrier pigeon")
    with pytest.raises(NotesError, match="end before"):
        agency.notes.create_draft(person_id, date(2026, 1, 1), start_time="10:00", end_time="09:00")
    with pytest.raises(TypeError):
        agency.notes.create_draft(person_id, date(2026, 1, 1), signed_at="now")


def test_goals_addressed_must_be_the_persons_own(agency: Services, person_id: str) -> None:
    other = agency.people.create("Someone Else", role="self").id
    mine = agency.roadmap.create_goal(person_id, "Ride to work").id
    theirs = agency.roadmap.create_goal(other, "Another goal").id
    note = agency.notes.create_draft(person_id, date(2026, 1, 1), goal_ids=[mine])
    assert note.goal_ids == (mine,)
    with pytest.raises(NotesError, match="own goals"):
        agency.notes.update_draft(note.id, goal_ids=[theirs])


def test_signed_note_is_final_through_the_service(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    signed = agency.notes.sign(note_id)
    assert signed.is_signed
    assert signed.signed_at is not None
    with pytest.raises(SignedNoteError):
        agency.notes.update_draft(note_id, response="changed")
    with pytest.raises(SignedNoteError):
        agency.notes.delete_draft(note_id)
    with pytest.raises(SignedNoteError):
        agency.notes.sign(note_id)
    assert agency.notes.get(note_id).response == "I feel steadier"


def test_signed_note_is_final_at_the_record_level(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    agency.notes.sign(note_id)
    record = SessionNote.get_by_id(note_id)
    record.response = "rewritten by an importer"
    with pytest.raises(SignedNoteError):
        record.save()
    with pytest.raises(SignedNoteError):
        record.delete_instance()
    # A bulk query (what an import or an exchange merge might run) hits the trigger.
    with pytest.raises(peewee.IntegrityError, match="signed session note"):
        SessionNote.update(response="bulk").where(SessionNote.id == note_id).execute()


def test_signed_note_is_final_against_raw_sql(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    agency.notes.sign(note_id)
    for sql in (
        "UPDATE session_note SET response = 'raw' WHERE id = ?",
        "UPDATE session_note SET signed_at = NULL WHERE id = ?",
        "UPDATE session_note SET deleted_at = '2026-01-01 00:00:00' WHERE id = ?",
        "DELETE FROM session_note WHERE id = ?",
    ):
        with pytest.raises(peewee.IntegrityError, match="signed session note"):
            database_proxy.execute_sql(sql, (note_id,))
    assert agency.notes.get(note_id).response == "I feel steadier"


def test_unsigned_draft_can_be_deleted(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    agency.notes.delete_draft(note_id)
    assert agency.notes.note_ids() == []
    assert agency.notes.search("steadier") == []


def test_signing_needs_the_required_fields(
    agency: Services, person_id: str, tmp_path: object
) -> None:
    from pathlib import Path

    assert isinstance(tmp_path, Path)
    policy = policy_from(tmp_path, 'require_note_fields = ["response", "goals_addressed"]\n')
    notes = NotesService(agency.bus, policy, agency.settings)
    note_id = filled_draft(agency, person_id, response="")
    with pytest.raises(MissingFieldsError) as info:
        notes.sign(note_id)
    assert info.value.fields == ("response", "goals_addressed")
    goal = agency.roadmap.create_goal(person_id, "Housing").id
    notes.update_draft(note_id, response="Glad", goal_ids=[goal])
    assert notes.sign(note_id).is_signed
    # Even without a policy a signature needs a name.
    bare = agency.notes.create_draft(person_id, date(2026, 1, 2)).id
    with pytest.raises(MissingFieldsError) as info2:
        agency.notes.sign(bare)
    assert info2.value.fields == ("staff_name",)


def test_addenda_are_append_only(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    with pytest.raises(NotesError, match="signed note"):
        agency.notes.add_addendum(note_id, "Late entry", "Jo Okafor")
    agency.notes.sign(note_id)
    first = agency.notes.add_addendum(
        note_id, "Late entry: phoned on Friday too", "Jo Okafor", "CPRS"
    )
    second = agency.notes.add_addendum(note_id, "Corrected the end time", "Jo Okafor")
    note = agency.notes.get(note_id)
    assert [a.id for a in note.addenda] == [first.id, second.id]
    assert note.response == "I feel steadier"  # the original stays
    record = NoteAddendum.get_by_id(first.id)
    record.text = "rewritten"
    with pytest.raises(SignedNoteError):
        record.save()
    with pytest.raises(SignedNoteError):
        record.delete_instance()
    for sql in (
        "UPDATE note_addendum SET text = 'raw' WHERE id = ?",
        "DELETE FROM note_addendum WHERE id = ?",
    ):
        with pytest.raises(peewee.IntegrityError, match="append-only"):
            database_proxy.execute_sql(sql, (first.id,))
    # An addendum cannot be slipped under a draft by raw SQL either.
    draft = filled_draft(agency, person_id)
    with pytest.raises(peewee.IntegrityError, match="belongs to a signed"):
        database_proxy.execute_sql(
            "INSERT INTO note_addendum (id, created_at, updated_at, note_id, written_at, text, "
            "staff_name, staff_credential, signed_at) VALUES ('x', '2026-01-01', '2026-01-01', ?, "
            "'2026-01-01', 't', 's', '', '2026-01-01')",
            (draft,),
        )
    assert agency.notes.search("phoned")[0].id == note_id


def test_search_and_filters(agency: Services, person_id: str) -> None:
    other = agency.people.create("Casey Example", role="self").id
    a = filled_draft(agency, person_id, date(2026, 1, 5), what_was_done="Budgeting worksheet")
    b = filled_draft(agency, other, date(2026, 2, 5), what_was_done="Budget review, bus pass")
    agency.notes.sign(a)
    assert {h.id for h in agency.notes.search("budg")} == {a, b}
    assert [h.id for h in agency.notes.search("budg", person_id=other)] == [b]
    assert agency.notes.search("bus pass")[0].snippet.startswith("Budget review")
    assert agency.notes.search('" OR *') == []
    assert agency.notes.note_ids(NoteFilter(since=date(2026, 2, 1))) == [b]
    assert agency.notes.note_ids(NoteFilter(status="signed")) == [a]
    assert [n.id for n in agency.notes.unsigned()] == [b]


def test_service_types_are_the_agencys_list(agency: Services) -> None:
    types = agency.notes.service_types()
    assert "Peer support (individual)" in types
    agency.notes.add_service_type("Warm line")
    agency.notes.rename_service_type("Outreach", "Street outreach")
    agency.notes.archive_service_type("Crisis support")
    types = agency.notes.service_types()
    assert "Warm line" in types
    assert "Street outreach" in types
    assert "Crisis support" not in types
