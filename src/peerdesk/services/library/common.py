"""What the parts of the library service share: entity names, the base class, SQL helpers."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.store.records import Strategy, database_proxy

STRATEGY = "strategy"
STRATEGY_USE = "strategy_use"
CATEGORY = "library_category"
BATCH = 400  # SQLite's default limit of bound parameters is far above this


class UnknownCardError(LookupError):
    """The card does not exist (or was deleted)."""


def parse_stamp(value: object) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    return datetime.fromisoformat(str(value))


def chunks(items: Sequence[str], size: int = BATCH) -> Iterable[Sequence[str]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def sql_value(value: Any) -> Any:
    """Datetimes as peewee stores them ("YYYY-MM-DD HH:MM:SS"); booleans as 0/1."""
    if isinstance(value, datetime):
        return str(value)
    if isinstance(value, bool):
        return int(value)
    return value



class LibraryBase:
    """The bus, the cached filter choices and the look-ups every part of the service uses."""

    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus
        # The filter choices (categories, tags, situations), kept until the library changes.
        self._choices: dict[str, list[str]] = {}
        bus.subscribe(self._forget_choices)

    def _forget_choices(self, change: Change) -> None:
        if change.entity in (STRATEGY, CATEGORY):
            self._choices.clear()

    def _live_row(self, strategy_id: str) -> Any:
        row = Strategy.get_or_none(Strategy.id == strategy_id)
        if row is None or row.deleted_at is not None:
            raise UnknownCardError(translate("Library", "That strategy no longer exists."))
        return row

    def _refresh_figures(self, ids: Sequence[str]) -> None:
        """Work the cards' use figures out again from their live "I used this" logs."""
        rated = "u.distress_before IS NOT NULL AND u.distress_after IS NOT NULL"
        live = "FROM strategy_use u WHERE u.strategy_id = strategy.id AND u.deleted_at IS NULL"
        for chunk in chunks(list(dict.fromkeys(ids))):
            marks = ", ".join("?" for _ in chunk)
            database_proxy.execute_sql(
                f"UPDATE strategy SET use_count = (SELECT COUNT(*) {live}), "
                f"rated_count = (SELECT COUNT(*) {live} AND {rated}), "
                f"average_change = (SELECT AVG(u.distress_before - u.distress_after) {live} "
                f"AND {rated}), last_used_at = (SELECT MAX(u.used_at) {live}) "
                f"WHERE id IN ({marks})",
                list(chunk),
            )

