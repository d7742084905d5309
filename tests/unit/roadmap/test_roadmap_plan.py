"""The recovery plan: only what was chosen goes in, and hostile text stays inert."""

from __future__ import annotations

import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.roadmap.formats.plan_text import (
    md_escape,
    plan_html,
    plan_markdown,
    write_plan_text,
)
from peerdesk.services.roadmap.plan import PlanSelection, build_plan
from peerdesk.services.session import Services

HOSTILE = '<script>alert("x")</script><img src="http://evil.example/p.png" onerror="boom()">'
LINK = "[click me](http://evil.example) ![](http://evil.example/i.png)"


@pytest.fixture
def plan_goals(services: Services, circle: Any) -> dict[str, str]:
    rm = services.roadmap
    services.people.update(circle.alex.id, contact="alex@example.org, 555 0100")
    flat = rm.create_goal(
        circle.sam.id,
        f"Flat {HOSTILE}",
        vision=f"A door I can lock.\n\n{LINK}",
        life_area="Housing",
        status="in_progress",
        start_date=date(2026, 9, 1),
        target_date=date(2027, 3, 1),
        participants=[(circle.alex.id, "forms & letters")],
    )
    m = rm.add_milestone(
        flat.id, "Fill in forms", owner_id=circle.alex.id, due_date=date(2026, 12, 1)
    )
    rm.add_milestone(flat.id, "Viewing *bold*", owner_id=circle.sam.id, due_date=date(2027, 4, 1))
    rm.complete_milestone(m.id, on=date(2026, 11, 20))
    rm.add_checkin(
        flat.id,
        person_id=circle.sam.id,
        rating=4,
        what_happened=f"Went well {HOSTILE}",
        next_step="Call the office",
        next_step_owner_id=circle.alex.id,
        occurred_at=datetime(2026, 11, 21, 10, 0),
    )
    walk = rm.create_goal(circle.sam.id, "Walk every day", life_area="Health")
    done = rm.create_goal(circle.sam.id, "Old achieved goal", status="achieved")
    other = rm.create_goal(circle.jordan.id, "Jordan's own goal")
    rm.log_win("First week without a drink")
    return {"flat": flat.id, "walk": walk.id, "done": done.id, "other": other.id}


def test_default_plan_has_the_active_goals_of_one_person(
    services: Services, circle: Any, plan_goals: dict[str, str]
) -> None:
    plan = build_plan(services.roadmap, services.people, PlanSelection(circle.sam.id))
    titles = [g.title for g in plan.goals]
    assert titles == [f"Flat {HOSTILE}", "Walk every day"]
    assert plan.describe() == "Recovery plan for Sam: 2 goals, 2 milestones, 1 check-in"
    flat = plan.goals[0]
    assert [m.owner for m in flat.milestones] == ["Alex", "Sam"]
    assert flat.milestones[1].due_after_target
    assert flat.people[0].contact == ""  # contact details need an opt-in
    assert plan.victories == ()


def test_only_the_selected_parts_go_in(
    services: Services, circle: Any, plan_goals: dict[str, str]
) -> None:
    selection = PlanSelection(
        circle.sam.id,
        goal_ids=(plan_goals["done"], plan_goals["flat"]),
        include_vision=False,
        include_milestones=False,
        checkins_per_goal=0,
        include_contacts=True,
        include_victories=True,
    )
    plan = build_plan(services.roadmap, services.people, selection)
    assert [g.title for g in plan.goals] == ["Old achieved goal", f"Flat {HOSTILE}"]
    flat = plan.goals[1]
    assert (flat.vision, flat.milestones, flat.checkins) == ("", (), ())
    assert flat.people[0].contact == "alex@example.org, 555 0100"
    text = plan_markdown(plan)
    assert "A door I can lock" not in text
    assert "Fill in forms" not in text
    assert "First week without a drink" in text
    assert "Jordan" not in text


def test_someone_elses_goal_is_refused(
    services: Services, circle: Any, plan_goals: dict[str, str]
) -> None:
    with pytest.raises(ValueError, match="someone else"):
        build_plan(
            services.roadmap,
            services.people,
            PlanSelection(circle.sam.id, goal_ids=(plan_goals["other"],)),
        )


def test_html_escapes_all_user_text(
    services: Services, circle: Any, plan_goals: dict[str, str]
) -> None:
    plan = build_plan(services.roadmap, services.people, PlanSelection(circle.sam.id))
    page = plan_html(plan)
    assert "<script" not in page
    assert "<img" not in page
    assert "onerror=" not in page.replace("onerror=&quot;", "")
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "http://evil.example" in page  # as text only
    assert 'href="http' not in page
    assert "src=" not in page.replace("src=&quot;", "")
    assert "forms &amp; letters" in page
    # Nothing is loaded from anywhere: a CSP forbids it, and no tag asks for it.
    assert "default-src 'none'" in page
    tags = set(re.findall(r"<([a-zA-Z0-9]+)", page))
    assert tags <= {
        "html",
        "head",
        "meta",
        "title",
        "style",
        "body",
        "h1",
        "h2",
        "h3",
        "p",
        "b",
        "i",
        "blockquote",
        "table",
        "tr",
        "th",
        "td",
        "ul",
        "li",
        "br",
    }


def test_markdown_keeps_user_text_literal(
    services: Services, circle: Any, plan_goals: dict[str, str]
) -> None:
    plan = build_plan(services.roadmap, services.people, PlanSelection(circle.sam.id))
    text = plan_markdown(plan)
    assert "<script>" not in text
    assert "\\<script\\>" in text
    assert "[click me](http" not in text
    assert "Viewing \\*bold\\*" in text
    assert "| ✓ 20 November 2026 | Fill in forms | Alex | 1 December 2026 |" in text
    assert "Viewing \\*bold\\* | Sam | 1 April 2027 (after target) |" in text
    assert "*Next step:* Call the office (Alex)" in text


def test_md_escape_covers_markdown_syntax() -> None:
    assert md_escape("# a *b* _c_ `d` [e](f) <g> | h") == (
        "\\# a \\*b\\* \\_c\\_ \\`d\\` \\[e\\]\\(f\\) \\<g\\> \\| h"
    )


def test_write_plan_files_owner_only(
    services: Services, circle: Any, plan_goals: dict[str, str], tmp_path: Path
) -> None:
    plan = build_plan(services.roadmap, services.people, PlanSelection(circle.sam.id))
    for fmt in ("markdown", "html"):
        out = tmp_path / f"plan.{fmt}"
        write_plan_text(plan, fmt, out)
        assert out.stat().st_mode & 0o777 == 0o600
        assert "Walk every day" in out.read_text(encoding="utf-8")
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("plan")) == [
        "plan.html",
        "plan.markdown",
    ]
