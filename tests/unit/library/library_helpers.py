"""Helpers for the library tests: a full snapshot of the vault's rows, and a sample card."""

from __future__ import annotations

from typing import Any

from peerdesk.services.library import CardContent
from peerdesk.store.records import ALL_RECORDS, database_proxy

Snapshot = dict[str, list[tuple[Any, ...]]]


def vault_snapshot() -> Snapshot:
    """Every row of every table (search index included), in a stable order."""
    tables = [r._meta.table_name for r in ALL_RECORDS] + ["strategy_fts"]
    state: Snapshot = {}
    for table in tables:
        rows = database_proxy.execute_sql(f"SELECT * FROM {table}").fetchall()
        state[table] = sorted(rows, key=repr)
    return state


def sample_content(title: str = "Square breathing", **changes: Any) -> CardContent:
    values: dict[str, Any] = {
        "title": title,
        "category": "Breathing",
        "summary": "Breathe in a square: four counts each side.",
        "steps": "1. In for four.\n2. Hold for four.\n3. Out for four.\n4. Hold for four.",
        "when_to_use": "When panic starts to rise.",
        "warning_signs": ("tight chest", "racing thoughts"),
        "duration_minutes": 3,
        "tags": ("quick", "anywhere"),
        "source": "from a peer",
    }
    values.update(changes)
    return CardContent(**values)
