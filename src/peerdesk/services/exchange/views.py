"""What the exchange shows its callers: share requests and descriptions, the preview with its
items and conflicts, the result of an apply, peers and received summaries (values only)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal, overload

import pyrage
from pyrage import x25519

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.exchange.bundle import (
    MAGIC,
    OpenedBundle,
    encrypt_to_passphrase,
)
from peerdesk.services.exchange.payload import (
    Payload,
)
from peerdesk.services.exchange.people_map import PersonMatch
from peerdesk.services.exchange.snapshot import (
    CardsMode,
    What,
)

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ItemStatus = Literal["new", "changed", "deleted", "restored", "conflict"]


def _t(text: str) -> str:
    """A source text already marked for lupdate (QT_TRANSLATE_NOOP("Exchange", …)).

    Not for literals: lupdate collects only ``translate("Exchange", "…")`` written out, so a
    literal passed here would never reach the catalogue (the share dialog's list was English
    in a Spanish PeerDesk)."""
    return translate("Exchange", text)


class ExchangeError(Exception):
    """A share or receive that cannot go ahead (one line, for a dialog or stderr)."""


class ExchangeCancelled(ExchangeError):
    """The user cancelled an apply; everything was rolled back."""


# -- what the GUI sees --------------------------------------------------------------------


@dataclass(frozen=True)
class ShareRequest:
    what: What
    person_id: str | None = None  # roadmap, summary: whose (default: the vault's owner)
    cards: CardsMode = "all"
    titles: tuple[str, ...] = ()
    include_personal: bool = False  # contact details; the card use log


@dataclass(frozen=True)
class ShareDescription:
    """Exactly what a share will hold, for the share dialog."""

    what: What
    person_name: str | None
    counts: dict[str, int]  # goals, milestones, checkins, victories, participants, cards, uses,
    # people, deleted (tombstones)
    titles: tuple[str, ...]  # goal titles (roadmap) or card titles (library)
    people: tuple[str, ...]  # names (with contact details only if include_personal)
    include_personal: bool

    def lines(self) -> list[str]:
        labels = {
            "goals": translate("Exchange", "Goals"),
            "milestones": translate("Exchange", "Milestones"),
            "checkins": translate("Exchange", "Check-ins"),
            "victories": translate("Exchange", "Victories"),
            "participants": translate("Exchange", "People in goals"),
            "cards": translate("Exchange", "Strategy cards"),
            "uses": translate("Exchange", "Entries of the use log"),
            "people": translate("Exchange", "People named"),
            "deleted": translate("Exchange", "Deletions"),
        }
        out = [f"{labels.get(k, k)}: {v}" for k, v in self.counts.items() if v]
        if self.what == "summary":
            out.append(
                translate(
                    "Exchange",
                    "A summary: mood average and days checked in per week, goal progress counts",
                )
            )
        if not self.include_personal:
            out.append(translate("Exchange", "No contact details and no use log"))
        return out


@dataclass(frozen=True)
class PreparedBundle:
    """A signed bundle waiting for its encryption (see :meth:`ExchangeService.prepare_bundle`)."""

    inner: bytes = field(repr=False)
    recipient: str | None  # an age recipient; None: a share passphrase

    def seal(self, share_passphrase: str | None = None) -> bytes:
        if self.recipient is not None:
            return MAGIC + bytes(
                pyrage.encrypt(self.inner, [x25519.Recipient.from_str(self.recipient)])
            )
        if not share_passphrase:
            raise ExchangeError(translate("Exchange", "Choose a contact or a share passphrase."))
        return encrypt_to_passphrase(self.inner, share_passphrase)


@dataclass(frozen=True)
class SenderInfo:
    """Who sent a payload, as the container vouched for it."""

    name: str
    fingerprint: str | None = None
    contact_id: str | None = None
    known: bool = False


@dataclass(frozen=True)
class ConflictView:
    key: str  # pass it in ``resolutions``
    table: str
    record_id: str
    label: str  # the record's title, for display
    field: str  # "_deleted" for a deleted-vs-edited conflict
    kind: str  # "edit" | "they_deleted" | "you_deleted"
    mine: Any
    theirs: Any
    mine_who: str
    theirs_who: str
    mine_when: str | None  # display only (updated_at), never compared
    theirs_when: str | None


@dataclass(frozen=True)
class PreviewItem:
    table: str
    record_id: str
    label: str
    status: ItemStatus
    fields: tuple[str, ...] = ()
    conflict_keys: tuple[str, ...] = ()


class PreviewItems(Sequence[PreviewItem]):
    """A preview's items, each made when first read: a first receive can hold 100 000
    records, and a view shows a screenful. ``statuses`` has every item's status."""

    def __init__(self, statuses: list[ItemStatus], make: Callable[[int], PreviewItem]) -> None:
        self.statuses = statuses
        self._make = make
        self._made: dict[int, PreviewItem] = {}

    def __len__(self) -> int:
        return len(self.statuses)

    @overload
    def __getitem__(self, index: int) -> PreviewItem: ...

    @overload
    def __getitem__(self, index: slice) -> list[PreviewItem]: ...

    def __getitem__(self, index: int | slice) -> PreviewItem | list[PreviewItem]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self.statuses):
            raise IndexError(index)
        item = self._made.get(index)
        if item is None:
            item = self._made[index] = self._make(index)
        return item

    def __repr__(self) -> str:
        return f"PreviewItems({len(self)} items)"


@dataclass
class ExchangePreview:
    what: str
    sender_vault: str
    sender_name: str
    fingerprint: str | None
    subject_name: str | None
    items: Sequence[PreviewItem]  # a PreviewItems from the service (made when read)
    conflicts: list[ConflictView]
    people: list[PersonMatch]
    summary: dict[str, Any] | None = None
    sender_known: bool = False
    payload: Payload | None = field(default=None, repr=False)
    bundle: OpenedBundle | None = field(default=None, repr=False)
    plan: Any = field(default=None, repr=False)  # reused by apply if nothing was written since
    plan_marker: int = field(default=-1, repr=False)
    people_mapping: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def counts(self) -> dict[str, int]:
        counts = {"new": 0, "changed": 0, "conflicts": len(self.conflicts), "deleted": 0}
        items = self.items
        statuses = items.statuses if isinstance(items, PreviewItems) else [i.status for i in items]
        tally = Counter(statuses)
        counts["new"] = tally["new"]
        counts["changed"] = tally["changed"] + tally["restored"]
        counts["deleted"] = tally["deleted"]
        return counts

    @property
    def people_to_confirm(self) -> list[PersonMatch]:
        """Incoming people not remembered from an earlier exchange ("who is who?")."""
        return [p for p in self.people if not p.known]

    @property
    def changes_nothing(self) -> bool:
        return not self.items and not self.conflicts and self.summary is None

    def to_json(self) -> dict[str, Any]:
        return {
            "what": self.what,
            "sender": {
                "name": self.sender_name,
                "fingerprint": self.fingerprint,
                "vault": self.sender_vault,
                "known": self.sender_known,
            },
            "subject": self.subject_name,
            "counts": self.counts,
            "items": [
                {
                    "table": i.table,
                    "id": i.record_id,
                    "label": i.label,
                    "status": i.status,
                    "fields": list(i.fields),
                    "conflicts": list(i.conflict_keys),
                }
                for i in self.items
            ],
            "conflicts": [
                {
                    "key": c.key,
                    "table": c.table,
                    "id": c.record_id,
                    "label": c.label,
                    "field": c.field,
                    "kind": c.kind,
                    "mine": c.mine,
                    "theirs": c.theirs,
                    "mine_who": c.mine_who,
                    "theirs_who": c.theirs_who,
                    "mine_when": c.mine_when,
                    "theirs_when": c.theirs_when,
                }
                for c in self.conflicts
            ],
            "people": [
                {
                    "their_id": p.their_id,
                    "name": p.name,
                    "role": p.role,
                    "here": p.suggestion,
                    "here_name": p.suggestion_name,
                    "known": p.known,
                }
                for p in self.people
            ],
            "summary": self.summary,
        }


@dataclass(frozen=True)
class ApplyResult:
    counts: dict[str, int]  # new, changed, deleted, conflicts_resolved, people_created
    changes: tuple[Change, ...]  # what was published on the ChangeBus


@dataclass(frozen=True)
class PeerRow:
    vault_id: str
    name: str
    last_received_at: datetime | None
    last_sent_at: datetime | None


@dataclass(frozen=True)
class ReceivedSummaryRow:
    id: str
    peer: str
    sender_name: str
    received_at: datetime
    summary: dict[str, Any]
