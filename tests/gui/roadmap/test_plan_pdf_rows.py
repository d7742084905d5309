"""A milestone row of the printed plan is never cut in two by a page break (issue 14)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from PySide6.QtPdf import QPdfDocument

from peerdesk.gui.roadmap.pdf import write_plan_pdf
from peerdesk.services.roadmap.plan import PlanGoal, PlanMilestone, RecoveryPlan

WORDS = "a long milestone title that wraps over several lines in its cell "


def _plan() -> RecoveryPlan:
    milestones = tuple(
        PlanMilestone(
            f"BEGIN{i:02d} " + WORDS * (1 + i % 3) + f"END{i:02d}",
            "Sam",
            date(2027, 1, 1),
            None,
            False,
        )
        for i in range(60)
    )
    goal = PlanGoal(
        "Walk every day", "", "Health", "In progress", None, None, "0 of 60", (), milestones
    )
    return RecoveryPlan("Sam", date(2026, 11, 30), (goal,))


def test_no_milestone_row_is_split_across_pages(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "plan.pdf"
    write_plan_pdf(_plan(), target)
    pdf = QPdfDocument()
    pdf.load(str(target))
    assert pdf.pageCount() >= 3  # long enough to need page breaks
    seen: dict[str, int] = {}
    for page in range(pdf.pageCount()):
        text = pdf.getAllText(page).text()
        begins = set(re.findall(r"BEGIN(\d\d)", text))
        ends = set(re.findall(r"END(\d\d)", text))
        assert begins == ends, f"page {page + 1} cuts rows {sorted(begins ^ ends)}"
        for number in begins:
            seen[number] = page
    assert len(seen) == 60  # every row printed, each on one page
    last = pdf.getAllText(pdf.pageCount() - 1).text()
    assert str(pdf.pageCount()) in last.split()  # pages are numbered
    pdf.close()
