"""A small circle on a real vault, with a fixed "today", for the roadmap GUI tests."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import pytest

from peerdesk.services.people import PersonRow
from peerdesk.services.session import Services

TODAY = date(2026, 11, 26)


@dataclass
class Circle:
    sam: PersonRow
    alex: PersonRow
    jordan: PersonRow


def fix_clock(services: Services) -> None:
    services.roadmap.today = lambda: TODAY
    minutes = iter(range(10_000))
    services.roadmap.now = lambda: datetime(2026, 11, 26, 9, 0).replace(minute=next(minutes) % 60)


@pytest.fixture
def circle(services: Services) -> Circle:
    fix_clock(services)
    return Circle(
        sam=services.people.create("Sam", "self", is_owner=True),
        alex=services.people.create("Alex", "peer_specialist"),
        jordan=services.people.create("Jordan", "supporter"),
    )
