"""Agency fixtures: a session started under an explicit policy (never the machine's)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.vault.vault import Vault


def no_registry() -> None:
    return None


def policy_from(tmp_path: Path, text: str) -> Policy:
    path = tmp_path / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path, registry=no_registry)


@pytest.fixture
def default_policy(tmp_path: Path) -> Policy:
    return load_policy(tmp_path / "no-policy.toml", registry=no_registry)


@pytest.fixture
def agency(new_vault: tuple[Vault, str], default_policy: Policy) -> Iterator[Services]:
    vault, _code = new_vault
    session = start_session(vault, policy=default_policy)
    yield session
    if vault.is_unlocked:
        end_session(session)


@pytest.fixture
def person_id(agency: Services) -> str:
    return agency.people.create("Robin Example", role="self").id


def filled_draft(agency: Services, person_id: str, day: date | None = None, **extra: object) -> str:
    fields: dict[str, object] = {
        "start_time": "10:00",
        "end_time": "10:50",
        "setting": "in_person",
        "mode": "individual",
        "service_type": "Peer support (individual)",
        "what_was_done": "Talked through the week",
        "response": "I feel steadier",
        "next_steps": "Call the housing office",
        "next_steps_by": "Robin",
        "staff_name": "Jo Okafor",
        "staff_credential": "CPRS",
    }
    fields.update(extra)
    return agency.notes.create_draft(person_id, day or date(2026, 3, 2), **fields).id
