"""The journal as JSON (the format is documented in docs/FORMATS.md, "Journal JSON")."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from datetime import UTC, datetime

from peerdesk import __version__
from peerdesk.services.journal.model import Entry

JSON_FORMAT = "peerdesk-journal"
JSON_VERSION = 1


def entry_dict(entry: Entry, tracker_names: Mapping[str, str]) -> dict[str, object]:
    assert entry.occurred_at is not None
    return {
        "id": entry.id,
        "kind": entry.kind,
        "occurred_at": entry.occurred_at.isoformat(timespec="minutes"),
        "title": entry.title,
        "body": entry.body,
        "mood": entry.mood,
        "energy": entry.energy,
        "sleep_hours": entry.sleep_hours,
        "starred": entry.starred,
        "tags": list(entry.tags),
        "emotions": list(entry.emotions),
        "trackers": {tracker_names.get(k, k): v for k, v in entry.trackers.items()},
        "source": entry.source,
    }


def journal_json(entries: Sequence[Entry], tracker_names: Mapping[str, str]) -> str:
    document = {
        "format": JSON_FORMAT,
        "version": JSON_VERSION,
        "exported_at": datetime.now(UTC).replace(microsecond=0).isoformat(),
        "app": f"PeerDesk {__version__}",
        "entries": [entry_dict(e, tracker_names) for e in entries],
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"
