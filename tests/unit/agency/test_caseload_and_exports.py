"""Caseload rows, sorting and filters; CSV columns fixed and documented; PDF text; sample data."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime
from pathlib import Path

import pytest

from peerdesk.services.notes import CaseloadFilter, CaseloadService, CaseloadSort, NoteFilter
from peerdesk.services.notes.export import gather_notes
from peerdesk.services.notes.formats import NOTE_CSV_COLUMNS, notes_csv, notes_markdown
from peerdesk.services.policy import PolicyViolation
from peerdesk.services.session import Services
from tests.unit.agency.conftest import filled_draft, policy_from

TODAY = date(2026, 6, 15)
DOCS = Path(__file__).resolve().parents[3] / "docs"


def _caseload() -> CaseloadService:
    return CaseloadService(today=lambda: TODAY, now=lambda: datetime(2026, 6, 15, 9, 0))


def test_caseload_columns(agency: Services) -> None:
    people = agency.people
    ana = people.create("Ana Example", "self").id
    ben = people.create("Ben Example", "self").id
    people.create("A Supporter", "supporter")
    # Ana: two signed notes, one draft, a planned contact, a goal due, an overdue milestone.
    for day in (date(2026, 5, 1), date(2026, 6, 1)):
        agency.notes.sign(filled_draft(agency, ana, day))
    filled_draft(agency, ana, date(2026, 6, 10))
    agency.notes.plan_contact(ana, datetime(2026, 6, 20, 10, 0))
    agency.notes.plan_contact(ana, datetime(2026, 6, 1, 10, 0))  # in the past: not "next"
    goal = agency.roadmap.create_goal(ana, "Housing", status="in_progress", target_date=TODAY)
    agency.roadmap.add_milestone(goal.id, "Form", owner_id=ana, due_date=date(2026, 6, 1))
    agency.roadmap.add_milestone(goal.id, "Visit", owner_id=ben, due_date=date(2026, 7, 1))
    rows = {r.name: r for r in _caseload().rows()}
    assert set(rows) == {"Ana Example", "Ben Example"}
    a = rows["Ana Example"]
    assert a.last_contact == date(2026, 6, 10)
    assert a.next_planned == datetime(2026, 6, 20, 10, 0)
    assert a.unsigned_notes == 1
    assert a.oldest_unsigned == date(2026, 6, 10)
    assert a.goals_due == 1
    assert a.waiting_on_person == 1
    assert a.overdue_milestones == 1
    assert a.overdue_owner_ids == (ana,)
    b = rows["Ben Example"]
    assert b.last_contact is None
    assert b.waiting_on_person == 1  # Ben owns a step on Ana's goal
    assert b.overdue_milestones == 0
    service = _caseload()
    assert [r.name for r in service.rows(CaseloadFilter(only_unsigned=True))] == ["Ana Example"]
    assert [r.name for r in service.rows(CaseloadFilter(text="ben"))] == ["Ben Example"]
    assert [r.name for r in service.rows(CaseloadFilter(no_contact_for_days=30))] == ["Ben Example"]
    by_contact = service.rows(sort=CaseloadSort.LAST_CONTACT, descending=True)
    assert [r.name for r in by_contact] == ["Ana Example", "Ben Example"]  # never: last
    assert [n.note_date for n in service.unsigned_notes()] == [date(2026, 6, 10)]
    assert [m.owner_id for m in service.overdue_milestones()] == [ana]


def test_csv_columns_fixed_and_documented(agency: Services, person_id: str) -> None:
    documented = re.findall(
        r"^\| \d+ \| `(\w+)` \|",
        (DOCS / "FORMATS.md").read_text(encoding="utf-8").split("## Session notes CSV")[1],
        flags=re.M,
    )
    assert tuple(documented[: len(NOTE_CSV_COLUMNS)]) == NOTE_CSV_COLUMNS
    note = filled_draft(agency, person_id, what_was_done="=HYPERLINK(1)")
    agency.notes.sign(note)
    agency.notes.add_addendum(note, "Late entry", "Jo Okafor", "CPRS")
    rows = agency.notes.list_notes()
    text = notes_csv(rows, {person_id: "Robin Example"}, {}, "Notice text")
    parsed = list(csv.reader(io.StringIO(text)))
    assert tuple(parsed[0]) == NOTE_CSV_COLUMNS
    record = dict(zip(parsed[0], parsed[1], strict=True))
    assert record["what_was_done"] == "'=HYPERLINK(1)"
    assert record["duration_minutes"] == "50"
    assert record["status"] == "signed"
    assert record["addenda"].startswith("[Addendum ")
    assert record["export_notice"] == "Notice text"


def test_markdown_is_inert_and_carries_the_notice(agency: Services, person_id: str) -> None:
    note = filled_draft(agency, person_id, what_was_done="<b>bold</b> [link](http://x)")
    text = notes_markdown(agency.notes.list_notes(), {person_id: "Robin"}, {}, notice="N!")
    assert "<b>" not in text
    assert "&lt;b&gt;" in text
    assert "\\[link\\]" in text
    assert text.count("> N\\!") == 2
    assert "DRAFT" in text
    del note


def test_gather_refuses_when_plaintext_is_off(agency: Services, tmp_path: Path) -> None:
    policy = policy_from(tmp_path, "allow_plaintext_exports = false\n")
    with pytest.raises(PolicyViolation):
        gather_notes(agency.notes, policy, NoteFilter())


def test_pdf_text_is_extractable(agency: Services, person_id: str, tmp_path: Path) -> None:
    from PySide6.QtPdf import QPdfDocument

    from peerdesk.cli.agency_commands import _write_pdf

    note = filled_draft(agency, person_id, response="Quietlyextractable words")
    agency.notes.sign(note)
    export = gather_notes(agency.notes, agency.policy, NoteFilter())
    out = tmp_path / "notes.pdf"
    _write_pdf(export.markdown(), out)
    assert oct(out.stat().st_mode & 0o777) == "0o600"
    document = QPdfDocument()
    document.load(str(out))
    text = " ".join(document.getAllText(p).text() for p in range(document.pageCount()))
    assert "Quietlyextractable" in text
    assert "Robin Example" in text


def test_sample_data_has_a_caseload(agency: Services) -> None:
    from peerdesk.services.notes import AGENCY_ENABLED
    from peerdesk.services.sample_data import fill_sample_data

    fill_sample_data(agency)
    notes = agency.notes.list_notes()
    assert sum(1 for n in notes if n.is_signed) >= 4
    assert sum(1 for n in notes if not n.is_signed) == 1
    assert sum(len(n.addenda) for n in notes) == 1
    rows = agency.caseload.rows()
    assert len(rows) == 3
    assert any(r.next_planned is not None for r in rows)
    assert agency.settings.get(AGENCY_ENABLED) is True
    assert agency.audit.verify().ok
