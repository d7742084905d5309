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

from collections.abc import Callable, Generator
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
    # One blocking call that must be made before the next step, and that lets other
    # threads run meanwhile (the final COMMIT of a big import: one SQLite call that
    # releases the GIL). The CLI makes it right away; a window in a worker thread, so it
    # keeps repainting. Its error is thrown into the generator at this yield. It cannot be
    # cancelled halfway: once it has started, the work runs to its end.
    offload: Callable[[], object] | None = None


Steps = Generator[Progress, None, T]


def run_to_end(steps: Steps[T]) -> T:
    """Drive ``steps`` to the end without pausing (offloaded calls made here); its result."""
    try:
        progress = next(steps)
        while True:
            if progress.offload is None:
                progress = next(steps)
                continue
            try:
                progress.offload()
            except Exception as exc:
                progress = steps.throw(exc)
            else:
                progress = next(steps)
    except StopIteration as stop:
        return stop.value  # type: ignore[no-any-return]
