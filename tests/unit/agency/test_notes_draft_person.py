"""A draft can move to another person before it is signed (the GUI's person field)."""

from __future__ import annotations

import pytest

from peerdesk.services.notes import NotesError, SignedNoteError
from peerdesk.services.session import Services
from tests.unit.agency.conftest import filled_draft


def test_a_draft_moves_to_another_person_and_drops_the_old_goals(
    agency: Services, person_id: str
) -> None:
    goal = agency.roadmap.create_goal(person_id, "Stable housing")
    note_id = filled_draft(agency, person_id, goal_ids=[goal.id])
    other = agency.people.create("Kai", role="self").id
    moved = agency.notes.update_draft(note_id, person_id=other, response="Fine")
    assert moved.person_id == other
    assert moved.goal_ids == ()
    assert moved.response == "Fine"
    with pytest.raises(NotesError):
        agency.notes.update_draft(note_id, person_id=other, goal_ids=[goal.id])
    with pytest.raises(NotesError):
        agency.notes.update_draft(note_id, person_id="no-such-person")


def test_a_signed_note_cannot_move(agency: Services, person_id: str) -> None:
    note_id = filled_draft(agency, person_id)
    agency.notes.sign(note_id)
    other = agency.people.create("Kai", role="self").id
    with pytest.raises(SignedNoteError):
        agency.notes.update_draft(note_id, person_id=other)
    assert agency.notes.get(note_id).person_id == person_id
