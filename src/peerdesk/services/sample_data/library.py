"""Sam's use of the starter library ("I used this" logs) and their crisis plan.

The demo data refers to starter cards by key; the starter library is already in every
vault when the fillers run.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from peerdesk.services.library import SECTION_BY_KEY, UseEntry
from peerdesk.store.records import new_id

USE_TIME = time(19, 30)  # the demo data gives days, not times


def fill(services: Any, data: dict[str, Any], context: dict[str, Any]) -> None:
    library = services.library
    keys = library.starter_keys(live_only=True)
    today = date.today()
    uses = [
        UseEntry(
            id=new_id(),
            strategy_id=keys[item["strategy"]],
            used_at=datetime.combine(today - timedelta(days=int(item["days_ago"])), USE_TIME),
            distress_before=item.get("distress_before"),
            distress_after=item.get("distress_after"),
            note=item.get("note", ""),
        )
        for item in data.get("strategy_uses", [])
        if item.get("strategy") in keys
    ]
    library.insert_uses(uses)
    for key in {"mindfulness-urge-surfing", "connection-call-a-friend"} & set(keys):
        library.set_favourite(keys[key], True)
    _fill_crisis_plan(services, data.get("crisis_plan", {}), keys, context.get("people", {}))


def _fill_crisis_plan(
    services: Any, plan: dict[str, Any], keys: dict[str, str], people: dict[str, str]
) -> None:
    from peerdesk.store.records import Person

    crisis = services.crisis_plan
    for section, items in plan.items():
        if section not in SECTION_BY_KEY:
            continue
        for item in items:
            if isinstance(item, str) and section == "self_help" and item in keys:
                title = services.library.card(keys[item]).title
                crisis.add(section, title, strategy_id=keys[item])
            elif isinstance(item, str):
                crisis.add(section, item)
            elif isinstance(item, dict) and "person" in item:
                person = Person.get_or_none(Person.id == people.get(item["person"], ""))
                if person is not None:
                    crisis.add(section, person.name, person.contact, person_id=person.id)
            elif isinstance(item, dict) and item.get("name"):
                crisis.add(section, item["name"], item.get("contact", ""))
