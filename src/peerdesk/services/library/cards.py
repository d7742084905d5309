"""What the library hands out: plain, immutable card values (no peewee rows leave the service)."""

from __future__ import annotations

import hashlib
import sys
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property

from peerdesk.i18n import DEFAULT_LANGUAGE, content_language, translate

TITLE_MAX = 200
CATEGORY_MAX = 80
TAG_MAX = 80
WARNING_SIGN_MAX = 200
DISTRESS_MIN = 0
DISTRESS_MAX = 10

DEFAULT_CATEGORIES = (
    "Grounding",
    "Breathing",
    "Mindfulness",
    "Movement",
    "Connection",
    "Distraction",
    "Self-talk and mantras",
    "Creative",
    "Rest",
    "Professional help",
)


@dataclass(frozen=True)
class CardContent:
    """The shareable part of a card: what a peer writes and hands on."""

    title: str
    category: str = ""
    summary: str = ""
    steps: str = ""  # Markdown
    when_to_use: str = ""
    warning_signs: tuple[str, ...] = ()
    duration_minutes: int | None = None
    tags: tuple[str, ...] = ()
    source: str = ""

    def normalized(self) -> CardContent:
        """Trimmed text, tags and warning signs de-duplicated (order kept)."""
        return CardContent(
            title=self.title.strip(),
            category=self.category.strip(),
            summary=self.summary.strip(),
            steps=self.steps.strip(),
            when_to_use=self.when_to_use.strip(),
            warning_signs=_unique(self.warning_signs),
            duration_minutes=self.duration_minutes,
            tags=tuple(sorted(set(_unique(t.lower() for t in self.tags)))),
            source=self.source.strip(),
        )

    @cached_property
    def _fingerprint(self) -> str:
        n = self.normalized()
        parts = (
            n.title.casefold(),
            n.category,
            n.summary,
            n.steps,
            n.when_to_use,
            "\x1e".join(n.warning_signs),
            "" if n.duration_minutes is None else str(n.duration_minutes),
            "\x1e".join(n.tags),
            n.source,
        )
        # \x1f and \x1e never occur in card text (files with control characters are refused).
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()

    def fingerprint(self) -> str:
        """A hash of the content: equal cards (whatever their ids) have equal fingerprints."""
        return self._fingerprint


def _unique(items: object) -> tuple[str, ...]:
    seen: dict[str, None] = {}
    for item in items:  # type: ignore[attr-defined]
        text = str(item).strip()
        if text and text not in seen:
            seen[text] = None
    return tuple(seen)


@dataclass(frozen=True)
class Effectiveness:
    """How a card worked for this person: how often used, how much distress went down."""

    uses: int = 0
    rated_uses: int = 0  # uses with both a before and an after rating
    average_change: float | None = None  # mean of (before - after); positive = it helped
    last_used: datetime | None = None

    def describe(self) -> str:
        if self.uses == 0:
            return translate("Effectiveness", "Not used yet")
        times = (
            translate("Effectiveness", "Used once")
            if self.uses == 1
            else translate("Effectiveness", "Used %n time(s)", "", self.uses)
        )
        if self.average_change is None:
            return times
        if abs(self.average_change) < 0.05:
            return translate("Effectiveness", "{used} · distress unchanged on average").format(
                used=times
            )
        if self.average_change > 0:
            text = translate("Effectiveness", "{used} · distress down {change} on average")
        else:
            text = translate("Effectiveness", "{used} · distress up {change} on average")
        return text.format(used=times, change=decimal(abs(self.average_change)))

    def short(self) -> str:
        """A compact figure for a card tile: "Used 3× · distress ↓2.5"."""
        if self.uses == 0:
            return translate("Effectiveness", "Not used yet")
        used = translate("Effectiveness", "Used {count}×").format(count=self.uses)
        if self.average_change is None:
            return used
        if abs(self.average_change) < 0.05:
            return translate("Effectiveness", "{used} · distress unchanged").format(used=used)
        arrow = "↓" if self.average_change > 0 else "↑"
        return translate("Effectiveness", "{used} · distress {arrow}{change}").format(
            used=used, arrow=arrow, change=decimal(abs(self.average_change))
        )


def decimal(value: float, places: int = 1) -> str:
    """``value`` with ``places`` decimals as the user's language writes it ("2.5", "2,5"):
    through QLocale once Qt is loaded (the GUI sets the locale), else by the content language."""
    qtcore = sys.modules.get("PySide6.QtCore")
    if qtcore is not None:
        return str(qtcore.QLocale().toString(float(value), "f", places))
    text = f"{value:.{places}f}"
    return text if content_language() == DEFAULT_LANGUAGE else text.replace(".", ",")


@dataclass(frozen=True)
class StrategyCard:
    id: str
    content: CardContent
    favourite: bool = False
    provenance: str = ""
    starter_key: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    effectiveness: Effectiveness = field(default_factory=Effectiveness)

    @property
    def title(self) -> str:
        return self.content.title

    @property
    def category(self) -> str:
        return self.content.category


@dataclass(frozen=True)
class UseEntry:
    """One "I used this" log."""

    id: str
    strategy_id: str
    used_at: datetime
    distress_before: int | None
    distress_after: int | None
    note: str = ""
    checkin_id: str | None = None

    @property
    def change(self) -> int | None:
        if self.distress_before is None or self.distress_after is None:
            return None
        return self.distress_before - self.distress_after


def check_distress(value: int | None, what: str) -> int | None:
    """``what`` is "before" or "after" (the rating's place in the message)."""
    if value is None:
        return None
    if (
        isinstance(value, bool)
        or not isinstance(value, int)
        or not (DISTRESS_MIN <= value <= DISTRESS_MAX)
    ):
        if what == "before":
            raise ValueError(
                translate("Library", "Distress before must be a whole number from 0 to 10.")
            )
        raise ValueError(
            translate("Library", "Distress after must be a whole number from 0 to 10.")
        )
    return value


def check_content(content: CardContent) -> CardContent:
    """Normalized content, or ValueError in plain words."""
    n = content.normalized()
    if not n.title:
        raise ValueError(translate("Library", "A strategy needs a title."))
    if len(n.title) > TITLE_MAX:
        raise ValueError(
            translate("Library", "The title is longer than {limit} characters.").format(
                limit=TITLE_MAX
            )
        )
    if len(n.category) > CATEGORY_MAX:
        raise ValueError(
            translate("Library", "The category is longer than {limit} characters.").format(
                limit=CATEGORY_MAX
            )
        )
    for tag in n.tags:
        if len(tag) > TAG_MAX:
            raise ValueError(
                translate("Library", "A tag is longer than {limit} characters.").format(
                    limit=TAG_MAX
                )
            )
    for sign in n.warning_signs:
        if len(sign) > WARNING_SIGN_MAX:
            raise ValueError(
                translate("Library", "A warning sign is longer than {limit} characters.").format(
                    limit=WARNING_SIGN_MAX
                )
            )
    if n.duration_minutes is not None and not 0 <= n.duration_minutes <= 24 * 60:
        raise ValueError(
            translate("Library", "How long it takes must be between 0 and 1440 minutes.")
        )
    return n
