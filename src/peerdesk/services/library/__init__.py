"""The coping-strategy library: cards, the "I used this" log, the starter set, the crisis plan."""

from peerdesk.services.library.cards import CardContent, Effectiveness, StrategyCard, UseEntry
from peerdesk.services.library.common import UnknownCardError
from peerdesk.services.library.crisis import (
    SECTION_BY_KEY,
    SECTIONS,
    CrisisItem,
    CrisisPlan,
    CrisisPlanService,
)
from peerdesk.services.library.query import SORT_KEYS, SORT_LABELS, LibraryQuery
from peerdesk.services.library.service import LibraryService, NewCard
from peerdesk.services.library.starter import StarterInstaller

__all__ = [
    "SECTIONS",
    "SECTION_BY_KEY",
    "SORT_KEYS",
    "SORT_LABELS",
    "CardContent",
    "CrisisItem",
    "CrisisPlan",
    "CrisisPlanService",
    "Effectiveness",
    "LibraryQuery",
    "LibraryService",
    "NewCard",
    "StarterInstaller",
    "StrategyCard",
    "UnknownCardError",
    "UseEntry",
]
