"""Fixtures shared by the notes and caseload GUI tests (imported by their conftest files).

The app reads the organisation's policy from the machine; here every controller runs
under a policy written to tmp_path (``agency_policy_text``), never the machine's.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from peerdesk.app import AppController
from peerdesk.services.notes import AGENCY_ENABLED
from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.session import Services


@pytest.fixture
def agency_policy_text() -> str:
    return ""


@pytest.fixture
def agency_policy(
    tmp_path: Path, agency_policy_text: str, monkeypatch: pytest.MonkeyPatch
) -> Policy:
    path = tmp_path / "policy.toml"
    path.write_text(agency_policy_text, encoding="utf-8")
    policy = load_policy(path, registry=lambda: None)
    monkeypatch.setattr("peerdesk.services.session.load_policy", lambda *a, **k: policy)
    monkeypatch.setattr("peerdesk.app.load_policy", lambda *a, **k: policy)
    return policy


@pytest.fixture
def agency_controller(
    agency_policy: Policy, make_controller: Callable[..., AppController]
) -> AppController:
    """An unlocked controller on a new vault with the agency screens enabled."""
    controller = make_controller()
    services = controller.services
    assert services is not None
    services.settings.set(AGENCY_ENABLED, True)
    return controller


def services_of(controller: AppController) -> Services:
    assert controller.services is not None
    return controller.services


def add_caseload(services: Services, today: date | None = None) -> dict[str, str]:
    """Three people served: Robin (2 signed notes, 1 draft, an overdue milestone), Kai
    (one signed note, a planned contact), Ash (nothing yet). Returns name → id."""
    today = today or date.today()
    people = services.people
    ids = {name: people.create(name, role="self").id for name in ("Robin Example", "Kai", "Ash")}
    notes = services.notes
    base = {
        "start_time": "10:00",
        "end_time": "10:45",
        "setting": "in_person",
        "mode": "individual",
        "service_type": "Peer support (individual)",
        "what_was_done": "Went through the housing form together",
        "response": "I can do the rest myself",
        "next_steps": "Post the form",
        "next_steps_by": "Robin",
        "staff_name": "Jo Okafor",
        "staff_credential": "CPRS",
    }
    for days in (30, 14):
        note = notes.create_draft(ids["Robin Example"], today - timedelta(days=days), **base)
        notes.sign(note.id)
    notes.create_draft(
        ids["Robin Example"], today - timedelta(days=2), what_was_done="Phone check-in"
    )
    kai = notes.create_draft(ids["Kai"], today - timedelta(days=60), **base)
    notes.sign(kai.id)
    notes.plan_contact(ids["Kai"], datetime.combine(today + timedelta(days=3), datetime.min.time()))
    goal = services.roadmap.create_goal(ids["Robin Example"], "Stable housing")
    services.roadmap.add_milestone(
        goal.id,
        "Send the application",
        due_date=today - timedelta(days=5),
        owner_id=ids["Robin Example"],
    )
    return ids
