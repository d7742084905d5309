"""A small circle and a fixed "today" for roadmap tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from peerdesk.services.events import Change
from peerdesk.services.people import PersonRow
from peerdesk.services.session import Services

TODAY = date(2026, 11, 26)


@dataclass
class Circle:
    sam: PersonRow
    alex: PersonRow
    jordan: PersonRow


@pytest.fixture
def circle(services: Services) -> Circle:
    services.roadmap.today = lambda: TODAY
    clock = iter(datetime(2026, 11, 26, 9, minute) for minute in range(60))
    services.roadmap.now = lambda: next(clock)
    return Circle(
        sam=services.people.create("Sam", "self", is_owner=True),
        alex=services.people.create("Alex", "peer_specialist"),
        jordan=services.people.create("Jordan", "supporter"),
    )


@pytest.fixture
def changes(services: Services) -> list[Change]:
    seen: list[Change] = []
    services.bus.subscribe(seen.append)
    return seen
