"""Long work as steps: a generator that yields its progress and returns its result.

A long operation (an import of 100 000 entries, a 5 000-card library import) is written as
a generator that does its work in one transaction and yields ``Progress`` every few hundred
rows. Whoever drives it decides how: the CLI runs it to the end (:func:`run_to_end`); the
GUI runs it in time slices on its own thread so the window keeps repainting
(``gui/common/long_work.py``). Cancelling throws :class:`Cancelled` in at the ``yield``;
the ``with database.atomic()`` around the work then rolls everything back, so the vault is
exactly as before. No Qt here.
"""

from __future__ import annotations

from collections.abc import Generator
from dataclasses import dataclass
from typing import TypeVar

T = TypeVar("T")


class Cancelled(Exception):
    """Thrown into a step generator to stop it; its transaction rolls back."""


@dataclass(frozen=True)
class Progress:
    done: int
    total: int  # 0 when unknown
    what: str = ""  # a short word for the unit ("entries", "cards"); never user content


Steps = Generator[Progress, None, T]


def run_to_end(steps: Steps[T]) -> T:
    """Drive ``steps`` to the end without pausing; its result."""
    while True:
        try:
            next(steps)
        except StopIteration as stop:
            return stop.value  # type: ignore[no-any-return]
