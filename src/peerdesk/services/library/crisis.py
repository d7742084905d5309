"""The crisis plan: a personal safety plan in PeerDesk's own wording, section by section.

Contacts are only what the user enters: PeerDesk ships no phone numbers, since a built-in
number could be wrong for the user's country.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from peerdesk.i18n import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, content_language, translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.store.records import CrisisPlanItem, Strategy, database_proxy, utc_now
from peerdesk.store.records.library import CRISIS_SECTIONS

CRISIS_ITEM = "crisis_plan_item"
TEXT_MAX = 2000
CONTACT_MAX = 500


SECTION_CONTEXT = "CrisisPlanSection"


@dataclass(frozen=True)
class Section:
    """A crisis-plan section. ``source_title`` and ``source_hint`` are the English text
    (marked for lupdate); ``title`` and ``hint`` are shown in the content language."""

    key: str
    source_title: str
    source_hint: str
    has_contact: bool = False
    links_strategies: bool = False

    @property
    def title(self) -> str:
        return _shown(self.source_title)

    @property
    def hint(self) -> str:
        return _shown(self.source_hint)


def _shown(source: str) -> str:
    if content_language() == DEFAULT_LANGUAGE:
        return source
    return translate(SECTION_CONTEXT, source)


SECTIONS: tuple[Section, ...] = (
    Section(
        "warning_signs",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "My warning signs"),
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection",
            "Thoughts, feelings or situations that tell me a crisis may be building.",
        ),
    ),
    Section(
        "self_help",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "Things I can do on my own"),
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection",
            "Ways I can calm myself or take my mind off things, without contacting anyone.",
        ),
        links_strategies=True,
    ),
    Section(
        "distractions",
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection", "People and places that help me take my mind off things"
        ),
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection", "Friends I can spend time with, places where I feel better."
        ),
        has_contact=True,
    ),
    Section(
        "ask_for_help",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "People I can ask for help"),
        QT_TRANSLATE_NOOP("CrisisPlanSection", "People I trust to tell that I'm not OK."),
        has_contact=True,
    ),
    Section(
        "professionals",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "Professionals and crisis lines"),
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection",
            "My care team, my doctor, a crisis line I have checked for where I live.",
        ),
        has_contact=True,
    ),
    Section(
        "safer_surroundings",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "Making my surroundings safer"),
        QT_TRANSLATE_NOOP(
            "CrisisPlanSection",
            "Steps that make things I could use to hurt myself harder to reach.",
        ),
    ),
    Section(
        "reasons",
        QT_TRANSLATE_NOOP("CrisisPlanSection", "My reasons to keep going"),
        QT_TRANSLATE_NOOP("CrisisPlanSection", "The people, plans and things that matter to me."),
    ),
)
SECTION_BY_KEY = {s.key: s for s in SECTIONS}
assert tuple(SECTION_BY_KEY) == CRISIS_SECTIONS


@dataclass(frozen=True)
class CrisisItem:
    id: str
    section: str
    position: int
    text: str
    contact: str = ""
    strategy_id: str | None = None
    strategy_title: str = ""
    person_id: str | None = None


@dataclass(frozen=True)
class CrisisPlan:
    items: tuple[CrisisItem, ...]

    def section(self, key: str) -> list[CrisisItem]:
        return [i for i in self.items if i.section == key]

    @property
    def is_empty(self) -> bool:
        return not self.items


def _check(section: str, text: str, contact: str) -> tuple[str, str]:
    if section not in SECTION_BY_KEY:
        raise ValueError(
            translate("Library", "Unknown crisis plan section {key}.").format(key=repr(section))
        )
    text, contact = text.strip(), contact.strip()
    if not text:
        raise ValueError(translate("Library", "Write something for this item."))
    if len(text) > TEXT_MAX or len(contact) > CONTACT_MAX:
        raise ValueError(translate("Library", "This item is too long."))
    return text, contact


class CrisisPlanService:
    def __init__(self, bus: ChangeBus) -> None:
        self.bus = bus

    def plan(self) -> CrisisPlan:
        rows = CrisisPlanItem.alive().order_by(CrisisPlanItem.position, CrisisPlanItem.created_at)
        items = list(rows)
        linked = {r.strategy_id for r in items if r.strategy_id}
        titles = (
            {s.id: s.title for s in Strategy.alive().where(Strategy.id.in_(list(linked)))}
            if linked
            else {}
        )
        order = {key: n for n, key in enumerate(CRISIS_SECTIONS)}
        result = [
            CrisisItem(
                id=r.id,
                section=r.section,
                position=r.position,
                text=r.text,
                contact=r.contact,
                strategy_id=r.strategy_id if r.strategy_id in titles else None,
                strategy_title=titles.get(r.strategy_id, ""),
                person_id=r.person_id,
            )
            for r in items
            if r.section in order
        ]
        result.sort(key=lambda i: (order[i.section], i.position))
        return CrisisPlan(tuple(result))

    def add(
        self,
        section: str,
        text: str,
        contact: str = "",
        strategy_id: str | None = None,
        person_id: str | None = None,
    ) -> str:
        text, contact = _check(section, text, contact)
        with database_proxy.atomic():
            position = CrisisPlanItem.alive().where(CrisisPlanItem.section == section).count()
            row = CrisisPlanItem.create(
                section=section,
                position=position,
                text=text,
                contact=contact,
                strategy=strategy_id,
                person_id=person_id,
            )
        self.bus.publish(Change(CRISIS_ITEM, "inserted", (row.id,)))
        return str(row.id)

    def update(
        self, item_id: str, text: str, contact: str = "", strategy_id: str | None = None
    ) -> Change:
        with database_proxy.atomic():
            row = self._live(item_id)
            row.text, row.contact = _check(row.section, text, contact)
            row.strategy_id = strategy_id  # type: ignore[attr-defined]
            row.save()
        return self.bus.publish(Change(CRISIS_ITEM, "updated", (item_id,)))

    def remove(self, item_id: str) -> Change:
        with database_proxy.atomic():
            row = self._live(item_id)
            row.deleted_at = utc_now()
            row.save()
        return self.bus.publish(Change(CRISIS_ITEM, "deleted", (item_id,)))

    def move(self, item_id: str, step: int) -> Change:
        """Move an item up (-1) or down (+1) within its section."""
        with database_proxy.atomic():
            row = self._live(item_id)
            siblings = list(
                CrisisPlanItem.alive()
                .where(CrisisPlanItem.section == row.section)
                .order_by(CrisisPlanItem.position, CrisisPlanItem.created_at)
            )
            index = next(n for n, s in enumerate(siblings) if s.id == item_id)
            target = max(0, min(len(siblings) - 1, index + step))
            siblings.insert(target, siblings.pop(index))
            for position, sibling in enumerate(siblings):
                if sibling.position != position:
                    sibling.position = position
                    sibling.save()
        return self.bus.publish(Change(CRISIS_ITEM, "updated", (item_id,)))

    def insert_items(self, items: Sequence[CrisisItem], *, publish: bool = True) -> list[str]:
        """Add items from an import or sample data; ids already present are skipped."""
        added: list[str] = []
        with database_proxy.atomic():
            for item in items:
                if CrisisPlanItem.get_or_none(CrisisPlanItem.id == item.id) is not None:
                    continue
                text, contact = _check(item.section, item.text, item.contact)
                strategy = item.strategy_id
                if strategy and not Strategy.alive().where(Strategy.id == strategy).exists():
                    strategy = None
                CrisisPlanItem.create(
                    id=item.id,
                    section=item.section,
                    position=item.position,
                    text=text,
                    contact=contact,
                    strategy=strategy,
                )
                added.append(item.id)
        if publish and added:
            self.bus.publish(Change(CRISIS_ITEM, "inserted", tuple(added)))
        return added

    def _live(self, item_id: str) -> CrisisPlanItem:
        row = CrisisPlanItem.get_or_none(CrisisPlanItem.id == item_id)
        if row is None or row.deleted_at is not None:
            raise LookupError(translate("Library", "That crisis plan item no longer exists."))
        return row
