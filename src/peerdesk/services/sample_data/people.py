"""The demo circle: Sam and the people who support them."""

from __future__ import annotations

from typing import Any

from peerdesk.store.records import Person


def fill(services: Any, data: dict[str, Any], context: dict[str, Any]) -> None:
    ids: dict[str, str] = {}
    for item in data.get("people", []):
        person = Person.create(
            name=item["name"],
            role=item.get("role", "supporter"),
            contact=item.get("contact", ""),
            notes=item.get("notes", ""),
            is_owner=item.get("role") == "self",
        )
        ids[item["key"]] = person.id
    context["people"] = ids
