"""Realistic sample data for the demo vault and for training (``vault init --sample-data``).

The content lives in ``resources/demo/demo.json`` (a fictional person, Sam, and their
circle), in Spanish in ``demo.es.json`` (same keys, ids, dates and numbers; only the
human text differs); the content language picks the file. Each area module here turns its
part into records through the services.
"""

from __future__ import annotations

import json
from typing import Any

from peerdesk.i18n import localized_resource
from peerdesk.services.sample_data import journal, library, people, roadmap
from peerdesk.services.session import Services

# Each filler takes (services, demo data, context) and may add to the context
# (e.g. people keys -> ids) for the fillers after it.
FILLERS = (people.fill, journal.fill, roadmap.fill, library.fill)


def load_demo_data() -> dict[str, Any]:
    """The demo data in the content language."""
    path = localized_resource("demo", "demo.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or data.get("format") != "peerdesk-demo":
        raise ValueError(f"{path} is not PeerDesk demo data")
    return data


def fill_sample_data(services: Services) -> None:
    data = load_demo_data()
    context: dict[str, Any] = {}
    database = services.vault.database
    with database.atomic():
        for fill in FILLERS:
            fill(services, data, context)
