"""Which tables and fields travel in an exchange, and how their values are written.

Values travel as JSON: text, numbers, booleans, null, ISO dates ("2026-11-30") and
timestamps ("2026-11-30 14:05:00"), lists for tags and warning signs. References to people
are person ids of the *sender's* vault (translated through the people links); references to
goals, milestones and cards are the records' own UUIDs, the same in every vault.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any, Literal

Kind = Literal["text", "date", "datetime", "int", "float", "person", "ref", "json_list", "tags"]


@dataclass(frozen=True)
class Column:
    name: str  # the field's name in the payload
    column: str  # the SQL column (for "tags": none, they live in strategy_tag)
    kind: Kind
    nullable: bool = True


@dataclass(frozen=True)
class TableSpec:
    name: str
    columns: tuple[Column, ...]
    entity: str  # the ChangeBus entity name

    def column(self, name: str) -> Column | None:
        for col in self.columns:
            if col.name == name:
                return col
        return None


def _c(name: str, kind: Kind, column: str | None = None, nullable: bool = True) -> Column:
    return Column(name, column or name, kind, nullable)


GOAL = TableSpec(
    "goal",
    (
        _c("person", "person", "person_id", nullable=False),
        _c("title", "text", nullable=False),
        _c("vision", "text", nullable=False),
        _c("life_area", "text", nullable=False),
        _c("status", "text", nullable=False),
        _c("start_date", "date"),
        _c("target_date", "date"),
        _c("position", "float", nullable=False),
    ),
    "goal",
)
PARTICIPANT = TableSpec(
    "goal_participant",
    (
        _c("goal", "ref", "goal_id", nullable=False),
        _c("person", "person", "person_id", nullable=False),
        _c("role", "text", nullable=False),
    ),
    "goal_participant",
)
MILESTONE = TableSpec(
    "milestone",
    (
        _c("goal", "ref", "goal_id", nullable=False),
        _c("title", "text", nullable=False),
        _c("owner", "person", "owner_id"),
        _c("due_date", "date"),
        _c("done_at", "date"),
        _c("position", "float", nullable=False),
    ),
    "milestone",
)
CHECKIN = TableSpec(
    "goal_checkin",
    (
        _c("goal", "ref", "goal_id", nullable=False),
        _c("kind", "text", nullable=False),
        _c("occurred_at", "datetime", nullable=False),
        _c("person", "person", "person_id"),
        _c("rating", "int"),
        _c("what_happened", "text", nullable=False),
        _c("next_step", "text", nullable=False),
        _c("next_step_owner", "person", "next_step_owner_id"),
        _c("from_status", "text"),
        _c("to_status", "text"),
    ),
    "goal_checkin",
)
VICTORY = TableSpec(
    "victory",
    (
        _c("occurred_at", "datetime", nullable=False),
        _c("person", "person", "person_id"),
        _c("goal", "ref", "goal_id"),
        _c("milestone", "ref", "milestone_id"),
        _c("text", "text", nullable=False),
    ),
    "victory",
)
STRATEGY = TableSpec(
    "strategy",
    (
        _c("title", "text", nullable=False),
        _c("category", "text", nullable=False),
        _c("summary", "text", nullable=False),
        _c("steps", "text", nullable=False),
        _c("when_to_use", "text", nullable=False),
        _c("warning_signs", "json_list", nullable=False),
        _c("duration_minutes", "int"),
        _c("source", "text", nullable=False),
        _c("tags", "tags", ""),
    ),
    "strategy",
)
STRATEGY_USE = TableSpec(
    "strategy_use",
    (
        _c("strategy", "ref", "strategy_id", nullable=False),
        _c("used_at", "datetime", nullable=False),
        _c("distress_before", "int"),
        _c("distress_after", "int"),
        _c("note", "text", nullable=False),
    ),
    "strategy_use",
)

ROADMAP_TABLES = (GOAL, PARTICIPANT, MILESTONE, CHECKIN, VICTORY)
LIBRARY_TABLES = (STRATEGY, STRATEGY_USE)
TABLES: dict[str, TableSpec] = {t.name: t for t in (*ROADMAP_TABLES, *LIBRARY_TABLES)}
# Parents before children when writing (foreign keys).
WRITE_ORDER = (
    "goal",
    "goal_participant",
    "milestone",
    "goal_checkin",
    "victory",
    "strategy",
    "strategy_use",
)


def to_value(col: Column, raw: Any) -> Any:
    """A database value → its canonical JSON value."""
    if raw is None:
        return None
    kind = col.kind
    if kind == "date":
        return str(raw)[:10]
    if kind == "datetime":
        return str(raw)[:19].replace("T", " ")
    if kind == "int":
        return int(raw)
    if kind == "float":
        return float(raw)
    if kind == "json_list":
        try:
            items = json.loads(raw) if isinstance(raw, str) else raw
        except ValueError:
            items = []
        return [str(i) for i in items] if isinstance(items, list) else []
    return str(raw)


def check_value(col: Column, value: Any) -> Any:
    """An incoming value, checked against the field's kind (ValueError when it does not fit)."""
    if value is None:
        if col.nullable or col.kind in ("tags", "json_list"):
            return None if col.kind not in ("tags", "json_list") else []
        raise ValueError("a required field is empty")
    kind = col.kind
    if kind in ("text", "person", "ref"):
        if not isinstance(value, str) or len(value) > 100_000:
            raise ValueError("a text field is malformed")
        return value
    if kind in ("date", "datetime"):
        if not isinstance(value, str) or len(value) > 32:
            raise ValueError("a date is malformed")
        return value
    if kind == "int":
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError("a number is malformed")
        return value
    if kind == "float":
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise ValueError("a position is malformed")
        try:
            number = float(value)
        except OverflowError as exc:
            raise ValueError("a position is malformed") from exc
        if not math.isfinite(number):  # JSON readers accept NaN and 1e400 (infinity)
            raise ValueError("a position is malformed")
        return number
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValueError("a list is malformed")
    return list(value)
