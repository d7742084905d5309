"""What changed: services report it, Qt models (or anything else) listen. No Qt here.

The KeePassXC/Anki pattern: domain changes drive the item models; views never run SQL.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Literal

ChangeKind = Literal["inserted", "updated", "deleted", "reset"]


@dataclass(frozen=True)
class Change:
    entity: str  # "journal_entry", "goal", "milestone", "strategy", "setting", ...
    kind: ChangeKind
    ids: tuple[str, ...] = ()


Listener = Callable[[Change], None]


class ChangeBus:
    def __init__(self) -> None:
        self._listeners: list[Listener] = []

    def subscribe(self, listener: Listener) -> Callable[[], None]:
        self._listeners.append(listener)

        def unsubscribe() -> None:
            if listener in self._listeners:
                self._listeners.remove(listener)

        return unsubscribe

    def publish(self, change: Change) -> Change:
        for listener in list(self._listeners):
            listener(change)
        return change

    def clear(self) -> None:
        self._listeners.clear()
