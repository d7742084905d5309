"""Sam's journal: trackers, about four months of check-ins, and entries with tags."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

from peerdesk.services.journal import EntryFields


def _when(item: dict[str, Any], today: datetime) -> datetime:
    hours, minutes = (int(p) for p in str(item.get("time", "12:00")).split(":"))
    day = (today - timedelta(days=int(item.get("days_ago", 0)))).date()
    return datetime.combine(day, time(hours, minutes))


def fill(services: Any, data: dict[str, Any], context: dict[str, Any]) -> None:
    journal = services.journal
    today = datetime.now()
    trackers: dict[str, str] = {}
    for item in data.get("trackers", []):
        kind = item.get("kind", "scale")
        trackers[item["name"]] = journal.add_tracker(
            item["name"], kind, int(item.get("min", 0)), int(item.get("max", 10))
        )
    checkins: list[str] = []
    for item in data.get("checkins", []):
        values = {
            trackers[name]: float(value)
            for name, value in item.get("trackers", {}).items()
            if name in trackers
        }
        checkins.append(
            journal.check_in(
                item.get("mood"),
                emotions=item.get("emotions", []),
                energy=item.get("energy"),
                sleep_hours=item.get("sleep_hours"),
                note=item.get("note", ""),
                trackers=values,
                occurred_at=_when(item, today),
            )
        )
    for item in data.get("entries", []):
        journal.create(
            EntryFields(
                kind="entry",
                occurred_at=_when(item, today),
                title=item.get("title", ""),
                body=item.get("body", ""),
                mood=item.get("mood"),
                starred=bool(item.get("starred", False)),
                tags=tuple(item.get("tags", [])),
            )
        )
    context["journal_trackers"] = trackers
    context["journal_checkins"] = checkins
