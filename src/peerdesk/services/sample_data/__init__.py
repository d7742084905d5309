"""Realistic sample data for the demo vault and for training (``vault init --sample-data``).

The content lives in ``resources/demo/demo.json`` (a fictional person, Sam, and their
circle); each area module here turns its part into records through the services.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.resource_files import resource_path
from peerdesk.services.sample_data import caseload, journal, library, people, roadmap
from peerdesk.services.session import Services

# Each filler takes (services, demo data, context) and may add to the context
# (e.g. people keys -> ids) for the fillers after it.
FILLERS = (people.fill, journal.fill, roadmap.fill, library.fill, caseload.fill)


def load_demo_data() -> dict[str, Any]:
    data = json.loads(resource_path("demo", "demo.json").read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != "peerdesk-demo":
        raise ValueError("resources/demo/demo.json is not PeerDesk demo data")
    return data


def fill_sample_data(services: Services) -> None:
    data = load_demo_data()
    context: dict[str, Any] = {}
    database = services.vault.database
    with database.atomic():
        for fill in FILLERS:
            fill(services, data, context)
