"""ExchangeService: share a scope into a payload, preview a received one, apply it.

The flow the GUI and the CLI follow:

1. ``describe(request)`` lists exactly what a share will hold (counts and titles);
   ``make_payload(request)`` (or ``make_bundle``) writes it.
2. ``preview(payload)`` reads a received payload and works out, per record, new / changed /
   conflict / deleted, and who the incoming people are here. It writes nothing.
3. ``apply(preview, resolutions, people=...)`` merges in one transaction (a cancel or an
   error rolls everything back) and publishes ChangeBus events for what it touched.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any, Literal

import pyrage
from pyrage import x25519

from peerdesk.i18n import translate
from peerdesk.services.events import Change, ChangeBus
from peerdesk.services.exchange import people_map, stamping
from peerdesk.services.exchange.bundle import (
    MAGIC,
    OpenedBundle,
    encrypt_to_passphrase,
    sign_bundle,
)
from peerdesk.services.exchange.contacts import ContactService
from peerdesk.services.exchange.errors import OwnBundleError
from peerdesk.services.exchange.merge import (
    Choice,
    FieldConflict,
    Fields,
    RecordMerge,
    merge_record,
    resolve,
)
from peerdesk.services.exchange.payload import (
    IncomingPerson,
    IncomingRecord,
    Payload,
    PayloadError,
    RawRecord,
    decode,
    encode,
)
from peerdesk.services.exchange.people_map import NEW, PersonMatch
from peerdesk.services.exchange.snapshot import (
    CardsMode,
    LocalRecord,
    Scope,
    What,
    read_records,
    read_scope,
    starter_cards,
)
from peerdesk.services.exchange.summary import build_summary
from peerdesk.services.exchange.tables import TABLES, WRITE_ORDER, TableSpec
from peerdesk.services.exchange.versions import DELETED, Vector, value_hash
from peerdesk.store.records import Person, database_proxy, utc_now
from peerdesk.store.records.people import ROLES

Progress = Callable[[int, int], None]
Cancelled = Callable[[], bool]
ItemStatus = Literal["new", "changed", "deleted", "restored", "conflict"]


def _t(text: str) -> str:
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
            "goals": _t("Goals"),
            "milestones": _t("Milestones"),
            "checkins": _t("Check-ins"),
            "victories": _t("Victories"),
            "participants": _t("People in goals"),
            "cards": _t("Strategy cards"),
            "uses": _t("Entries of the use log"),
            "people": _t("People named"),
            "deleted": _t("Deletions"),
        }
        out = [f"{labels.get(k, k)}: {v}" for k, v in self.counts.items() if v]
        if self.what == "summary":
            out.append(
                _t("A summary: mood average and days checked in per week, goal progress counts")
            )
        if not self.include_personal:
            out.append(_t("No contact details and no use log"))
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
            raise ExchangeError(_t("Choose a contact or a share passphrase."))
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


@dataclass
class ExchangePreview:
    what: str
    sender_vault: str
    sender_name: str
    fingerprint: str | None
    subject_name: str | None
    items: list[PreviewItem]
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
        for item in self.items:
            if item.status == "new":
                counts["new"] += 1
            elif item.status in ("changed", "restored"):
                counts["changed"] += 1
            elif item.status == "deleted":
                counts["deleted"] += 1
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


# -- the plan: what preview shows and apply writes ----------------------------------------


@dataclass
class _Plan:
    stamped: stamping.Stamped
    stored: stamping.StoredVersions
    local: dict[str, LocalRecord]
    incoming: dict[str, IncomingRecord]
    merges: list[RecordMerge]
    mapping: dict[str, str]  # their person id → my person id (or "new": their id is kept)


def _label(table: str, values: Mapping[str, Any], names: Mapping[str, str]) -> str:
    if table in ("goal", "milestone", "strategy"):
        return str(values.get("title") or "")
    if table == "goal_participant":
        return names.get(str(values.get("person")), "")
    if table == "goal_checkin":
        when = str(values.get("occurred_at") or "")[:10]
        return f"{_t('Check-in')} {when}".strip()
    if table == "victory":
        return str(values.get("text") or "")[:80]
    if table == "strategy_use":
        return f"{_t('Used')} {str(values.get('used_at') or '')[:10]}".strip()
    return table


class ExchangeService:
    def __init__(
        self,
        vault_id: str,
        bus: ChangeBus,
        library: Any = None,
        *,
        contacts: ContactService | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.vault_id = vault_id
        self.bus = bus
        self.library = library  # LibraryService: cards go through it (search index)
        self.contacts = contacts or ContactService()
        self.today = today

    # -- who am I ---------------------------------------------------------------------------

    def display_name(self) -> str:
        """This vault's name in files it sends (the identity's, by default the owner's)."""
        return self.contacts.identity.display_name() or _t("A PeerDesk vault")

    def peer_of_contact(self, contact_id: str) -> str | None:
        """The vault id behind a pinned contact (known once a file came from them)."""
        row = database_proxy.execute_sql(
            "SELECT vault_id FROM exchange_peer WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return str(row[0]) if row else None

    # -- bundles (the container is services/exchange/bundle.py) ----------------------------

    def make_bundle(
        self,
        request: ShareRequest,
        *,
        to_contact: str | None = None,
        share_passphrase: str | None = None,
        expires_at: datetime | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        """A sealed, signed ``.peerdesk`` file: to a pinned contact, or to a share passphrase
        (``progress(step, 4)``: the last step, sealing, takes 2–3 s with a passphrase)."""
        if (to_contact is None) == (share_passphrase is None):
            raise ExchangeError(_t("Choose a contact or a share passphrase."))
        scope = self._scope(request)
        to_peer = self.peer_of_contact(to_contact) if to_contact is not None else None
        payload = self.make_payload(request, to_peer=to_peer, progress=progress)
        scope_id = scope.person_id if scope.what != "library" else "library"
        fields = self.contacts.prepare_send(
            scope.what, scope_id or "", to_contact, expires_at=expires_at
        )
        data = self.contacts.seal(
            fields, payload, contact_id=to_contact, share_passphrase=share_passphrase
        )
        if progress is not None:
            progress(4, 4)
        return data

    def prepare_bundle(
        self,
        request: ShareRequest,
        *,
        to_contact: str | None = None,
        expires_at: datetime | None = None,
        progress: Progress | None = None,
    ) -> PreparedBundle:
        """:meth:`make_bundle` in two steps, for a GUI: everything that reads or writes the
        vault happens here (payload, sequence number, signature); the returned object only
        encrypts (``to_contact``: instant; else a share passphrase: scrypt, seconds, with the
        GIL held: run :func:`~peerdesk.services.exchange.bundle.encrypt_to_passphrase` on
        ``inner`` in another process)."""
        scope = self._scope(request)
        to_peer = self.peer_of_contact(to_contact) if to_contact is not None else None
        recipient = self.contacts.get(to_contact).age_recipient if to_contact else None
        payload = self.make_payload(request, to_peer=to_peer, progress=progress)
        scope_id = scope.person_id if scope.what != "library" else "library"
        fields = self.contacts.prepare_send(
            scope.what, scope_id or "", to_contact, expires_at=expires_at
        )
        inner = sign_bundle(self.contacts.own_identity(), fields, payload, to_recipient=recipient)
        return PreparedBundle(inner, recipient)

    def finish_open(self, opened: OpenedBundle) -> OpenedBundle:
        """The checks that need this vault, for a bundle opened without it (a passphrase
        bundle decrypted in another process with ``open_bundle(data, None, ...)``): not our
        own file, a known name with a new key, a replay. Returns it with ``contact`` set."""
        own = self.contacts.identity.existing()
        if own is not None and opened.header.sender_signing_key == own.signing_public:
            raise OwnBundleError
        return self.contacts.check_sender(opened)

    def open(self, data: bytes, *, share_passphrase: str | None = None) -> OpenedBundle:
        """Check and decrypt a received file (raises a BundleError to refuse). Writes nothing."""
        return self.contacts.open_bundle(data, share_passphrase=share_passphrase)

    def preview_bundle(
        self, opened: OpenedBundle, *, people: Mapping[str, str] | None = None
    ) -> ExchangePreview:
        """The preview of an opened bundle (sender shown as pinned, or as unknown)."""
        known = opened.contact
        sender = SenderInfo(
            name=known.name if known is not None else opened.sender.display_name,
            fingerprint=opened.sender.fingerprint,
            contact_id=known.contact_id if known is not None else None,
            known=known is not None,
        )
        preview = self.preview(opened.payload, sender, people=people)
        if preview.what != opened.header.scope_kind:
            raise ExchangeError(_t("The file's contents do not match its label."))
        preview.bundle = opened
        preview.sender_known = known is not None  # a pinned contact, not just a name
        return preview

    def peers(self) -> list[PeerRow]:
        rows = database_proxy.execute_sql(
            "SELECT vault_id, name, last_received_at, last_sent_at FROM exchange_peer "
            "ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [PeerRow(r[0], r[1], _stamp(r[2]), _stamp(r[3])) for r in rows]

    def peer_by_name(self, name: str) -> PeerRow | None:
        wanted = " ".join(name.split()).casefold()
        for peer in self.peers():
            if " ".join(peer.name.split()).casefold() == wanted or peer.vault_id == name:
                return peer
        return None

    def received_summaries(self, peer: str | None = None) -> list[ReceivedSummaryRow]:
        sql = (
            "SELECT id, peer, sender_name, received_at, summary FROM received_summary "
            "WHERE deleted_at IS NULL"
        )
        params: tuple[Any, ...] = ()
        if peer is not None:
            sql += " AND peer = ?"
            params = (peer,)
        rows = database_proxy.execute_sql(sql + " ORDER BY received_at DESC", params).fetchall()
        return [
            ReceivedSummaryRow(r[0], r[1], r[2], _stamp(r[3]) or utc_now(), json.loads(r[4]))
            for r in rows
        ]

    # -- sharing -----------------------------------------------------------------------------

    def _scope(self, request: ShareRequest) -> Scope:
        person_id = request.person_id
        if request.what in ("roadmap", "summary") and person_id is None:
            row = database_proxy.execute_sql(
                "SELECT id FROM person WHERE is_owner = 1 AND deleted_at IS NULL LIMIT 1"
            ).fetchone()
            if row is None:
                raise ExchangeError(_t("Choose whose roadmap to share."))
            person_id = str(row[0])
        return Scope(
            request.what,
            person_id,
            request.cards,
            request.titles,
            request.include_personal,
        )

    def describe(self, request: ShareRequest) -> ShareDescription:
        """What a share will hold (nothing is written)."""
        scope = self._scope(request)
        found = read_scope(scope)
        names = _people_names()
        counts = {
            "goals": 0,
            "milestones": 0,
            "checkins": 0,
            "victories": 0,
            "participants": 0,
            "cards": 0,
            "uses": 0,
            "people": 0,
            "deleted": 0,
        }
        key = {
            "goal": "goals",
            "milestone": "milestones",
            "goal_checkin": "checkins",
            "victory": "victories",
            "goal_participant": "participants",
            "strategy": "cards",
            "strategy_use": "uses",
        }
        titles: list[str] = []
        for record in found.records.values():
            if record.deleted:
                counts["deleted"] += 1
                continue
            counts[key[record.table]] += 1
            if record.table in ("goal", "strategy"):
                titles.append(str(record.values.get("title", "")))
        people = sorted(names.get(p, "") for p in found.people)
        counts["people"] = len(people) if scope.what == "roadmap" else 0
        return ShareDescription(
            scope.what,
            names.get(scope.person_id or "") if scope.what != "library" else None,
            counts,
            tuple(sorted(titles, key=str.casefold)),
            tuple(people) if scope.what == "roadmap" else (),
            scope.include_personal,
        )

    def make_payload(
        self,
        request: ShareRequest,
        *,
        to_peer: str | None = None,
        progress: Progress | None = None,
    ) -> bytes:
        """The payload bytes for *request* (stamps the records in scope first).

        ``to_peer`` (a peer vault id) translates person ids into that vault's ids;
        ``progress(step, 4)`` is called between the phases (read, stamp, encode).
        """
        scope = self._scope(request)
        with database_proxy.atomic():
            found = read_scope(scope)
            if progress is not None:
                progress(1, 4)
            stored = stamping.load_versions(found.records)
            stamped = stamping.stamp(found.records, stored, self.vault_id, stamping.read_clock())
            stamping.save_stamps(stamped)
            if progress is not None:
                progress(2, 4)
            if to_peer is not None:
                database_proxy.execute_sql(
                    "UPDATE exchange_peer SET last_sent_at = ? WHERE vault_id = ?",
                    (str(utc_now()), to_peer),
                )
        out_ids = people_map.reverse_links(to_peer) if to_peer else {}

        def theirs(pid: Any) -> Any:
            return out_ids.get(pid, pid) if isinstance(pid, str) else pid

        records: list[IncomingRecord] = []
        for rid, fields in stamped.fields.items():
            local = found.records[rid]
            spec = TABLES[local.table]
            if fields[DELETED][0]:
                sent: Fields = {DELETED: fields[DELETED]}
            else:
                sent = dict(fields)
                for col in spec.columns:
                    if col.kind == "person" and col.name in sent:
                        value, vec = sent[col.name]
                        sent[col.name] = (theirs(value), vec)
            records.append(
                IncomingRecord(
                    local.table,
                    rid,
                    sent,
                    local.created_at,
                    local.updated_at,
                    local.starter_key,
                    stamped.vhashes.get(rid),
                )
            )
        records.sort(key=lambda r: WRITE_ORDER.index(r.table))
        people: list[IncomingPerson] = []
        if found.people:
            rows = _people_rows(sorted(found.people))
            for pid, (name, role, contact) in rows.items():
                people.append(
                    IncomingPerson(
                        theirs(pid), name, role, contact if scope.include_personal else None
                    )
                )
        summary = None
        if scope.what == "summary":
            names = _people_names()
            summary = build_summary(
                scope.person_id, names.get(scope.person_id or "", ""), self.today()
            )
        payload = Payload(
            what=scope.what,
            origin=self.vault_id,
            origin_name=self.display_name(),
            subject=theirs(scope.person_id) if scope.person_id else None,
            include_personal=scope.include_personal,
            created=str(utc_now()),
            people=people if scope.what == "roadmap" else [],
            records=records,
            vault_names={self.vault_id: self.display_name(), **_peer_names()},
            summary=summary,
        )
        data = encode(payload)
        if progress is not None:
            progress(3, 4)
        return data

    # -- receiving ---------------------------------------------------------------------------

    def preview(
        self,
        payload: bytes | Payload,
        sender: SenderInfo | None = None,
        *,
        people: Mapping[str, str] | None = None,
    ) -> ExchangePreview:
        """What receiving *payload* would do. Writes nothing."""
        decoded = decode(payload) if isinstance(payload, bytes) else payload
        if decoded.origin == self.vault_id:
            raise ExchangeError(_t("This file was made by this vault."))
        with database_proxy.atomic() as txn:
            matches = people_map.suggest(decoded.people, decoded.origin, decoded.subject)
            mapping = {m.their_id: m.suggestion for m in matches}
            if people:
                mapping.update(people)
            plan = self._plan(decoded, mapping)
            txn.rollback()  # belt and braces: a preview never writes
        known_peer = database_proxy.execute_sql(
            "SELECT 1 FROM exchange_peer WHERE vault_id = ?", (decoded.origin,)
        ).fetchone()
        preview = self._preview_of(decoded, plan, matches, sender, bool(known_peer))
        preview.plan, preview.plan_marker = plan, _write_marker()
        return preview

    def _plan(self, payload: Payload, mapping: Mapping[str, str]) -> _Plan:
        aliases = _starter_aliases(payload)
        # Fast path: a record whose vectors equal ours (same hash) cannot change anything.
        ours = stamping.load_vhashes(aliases.get(r.id, r.id) for r in payload.raw)
        todo = [
            r
            for r in payload.raw
            if r.vhash is None or ours.get(aliases.get(r.id, r.id)) != r.vhash
        ]
        incoming = self._translate(payload, todo, aliases, mapping)
        # Only records this vault has versions for (or a starter card of its own) can exist
        # here: anything else was never shared, so its UUID cannot be in the file.
        maybe_here = set(ours) | set(aliases.values())
        by_table: dict[str, list[str]] = {}
        for record in incoming.values():
            if record.id in maybe_here:
                by_table.setdefault(record.table, []).append(record.id)
        local = read_records(by_table)
        stored = stamping.load_versions(i for i in incoming if i in ours)
        stamped = stamping.stamp(local, stored, self.vault_id, stamping.read_clock())
        merges: list[RecordMerge] = []
        for rid, record in incoming.items():
            mine: Fields | None = stamped.fields.get(rid)
            ghost = False
            if mine is None and rid in local:
                mine = {DELETED: (True, {})}  # deleted here before it was ever shared
            elif mine is None and rid in stored.ghosts:
                entry = stored.versions[rid].get(DELETED)
                mine = {DELETED: (True, entry[0] if entry else {})}
                ghost = True
            result = merge_record(record.table, rid, mine, record.fields, local_is_ghost=ghost)
            if result.has_effect or result.status == "ghost":
                merges.append(result)
        return _Plan(stamped, stored, local, incoming, merges, dict(mapping))

    def _translate(
        self,
        payload: Payload,
        raws: Sequence[RawRecord],
        aliases: Mapping[str, str],
        mapping: Mapping[str, str],
    ) -> dict[str, IncomingRecord]:
        """Incoming records with person ids mapped and starter cards matched to ours."""
        out: dict[str, IncomingRecord] = {}
        for raw in raws:
            record = payload.materialize(raw)
            fields = record.fields
            for col in PERSON_OR_REF[record.table]:
                entry = fields.get(col.name)
                if entry is None:
                    continue
                value, vec = entry
                if col.kind == "person" and isinstance(value, str):
                    target = mapping.get(value, NEW)
                    if target != NEW:
                        fields[col.name] = (target, vec)
                elif col.kind == "ref" and isinstance(value, str) and value in aliases:
                    fields[col.name] = (aliases[value], vec)
            rid = aliases.get(record.id, record.id)
            record.id = rid
            out[rid] = record
        return out

    def _preview_of(
        self,
        payload: Payload,
        plan: _Plan,
        matches: list[PersonMatch],
        sender: SenderInfo | None,
        known_peer: bool,
    ) -> ExchangePreview:
        names = _people_names()
        for match in matches:
            names.setdefault(match.their_id, match.name)
        sender_name = sender.name if sender is not None else payload.origin_name
        you = _t("You")
        items: list[PreviewItem] = []
        conflicts: list[ConflictView] = []
        for result in plan.merges:
            if result.status in ("same", "ghost") and not result.conflicts:
                continue
            incoming = plan.incoming[result.record_id]
            local = plan.local.get(result.record_id)
            values = {n: v for n, (v, _vec) in incoming.fields.items()}
            if local is not None and (incoming.fields[DELETED][0] or not values.get("title")):
                values = {**local.values, **{k: v for k, v in values.items() if v}}
            label = _label(result.table, values, names)
            keys: list[str] = []
            for conflict in result.conflicts:
                keys.append(conflict.key)
                conflicts.append(
                    ConflictView(
                        conflict.key,
                        conflict.table,
                        conflict.record_id,
                        label,
                        conflict.field,
                        conflict.kind,
                        _display(conflict.mine, names),
                        _display(conflict.theirs, names),
                        you,
                        _who(conflict, payload, sender_name),
                        local.updated_at if local is not None else None,
                        incoming.updated_at,
                    )
                )
            status: ItemStatus
            if result.conflicts:
                status = "conflict"
            elif result.status in ("new", "changed", "deleted", "restored"):
                status = result.status
            else:
                continue
            items.append(
                PreviewItem(
                    result.table,
                    result.record_id,
                    label,
                    status,
                    tuple(f for f in result.changed_fields if f != DELETED),
                    tuple(keys),
                )
            )
        subject_name = None
        if payload.subject is not None:
            subject_name = next((p.name for p in payload.people if p.id == payload.subject), None)
        if subject_name is None and payload.summary is not None:
            subject_name = str(payload.summary.get("person") or "") or None
        return ExchangePreview(
            what=payload.what,
            sender_vault=payload.origin,
            sender_name=sender_name,
            fingerprint=sender.fingerprint if sender is not None else None,
            subject_name=subject_name,
            items=items,
            conflicts=conflicts,
            people=matches,
            summary=payload.summary,
            sender_known=known_peer,
            payload=payload,
            people_mapping=dict(plan.mapping),
        )

    def apply(
        self,
        preview: ExchangePreview,
        resolutions: Mapping[str, Choice] | None = None,
        *,
        people: Mapping[str, str] | None = None,
        default: Choice | None = None,
        progress: Progress | None = None,
        cancelled: Cancelled | None = None,
        pin_sender: bool = False,
    ) -> ApplyResult:
        """Merge the previewed payload in one transaction.

        ``resolutions`` maps each conflict key to "mine" or "theirs" (``default`` for the
        rest); ``people`` maps incoming person ids to ids here or "new" (default: the
        preview's suggestions). Raises :class:`ExchangeCancelled` (all rolled back) when
        ``cancelled()`` turns true. A bundle from an unknown sender is read in only with
        ``pin_sender=True`` (after the person compared the fingerprint words); the sender is
        then pinned in the same transaction.
        """
        payload = preview.payload
        if payload is None:
            raise ExchangeError(_t("Nothing to apply."))
        bundle = preview.bundle
        if bundle is not None and bundle.contact is None and not pin_sender:
            raise ExchangeError(
                _t("The sender is not known yet: compare the fingerprint words, then confirm.")
            )
        mapping = dict(preview.people_mapping)
        if people:
            mapping.update(people)
        choices = dict(resolutions or {})
        changes: list[Change] = []
        with database_proxy.atomic():
            unchanged = preview.plan_marker == _write_marker()
            contact_id = self._check_sender(bundle, payload, pin_sender)
            if preview.plan is not None and unchanged and mapping == preview.people_mapping:
                plan = preview.plan  # nothing was written since the preview: still exact
            else:
                plan = self._plan(payload, mapping)
            preview.plan = None  # a plan is applied at most once
            if not _has_effect(plan, payload):
                if bundle is not None and contact_id is not None:
                    self._record_bundle(bundle)
                # A replayed or older file: nothing to do, and nothing is written at all.
                return ApplyResult(
                    {
                        "new": 0,
                        "changed": 0,
                        "deleted": 0,
                        "conflicts_resolved": 0,
                        "people_created": 0,
                    },
                    (),
                )
            for result in plan.merges:
                for conflict in result.conflicts:
                    if conflict.key not in choices:
                        if default is None:
                            raise ExchangeError(
                                _t("Choose which version to keep for every conflict.")
                            )
                        choices[conflict.key] = default
            stamping.save_stamps(plan.stamped)
            counts = self._write(plan, payload, choices, changes, progress, cancelled)
            self._remember(payload, plan, preview, contact_id)
            if bundle is not None:
                self._record_bundle(bundle)
        changes = _squash(changes)
        for change in changes:
            self.bus.publish(change)
        return ApplyResult(counts, tuple(changes))

    # -- writing -----------------------------------------------------------------------------

    def _check_sender(
        self, bundle: OpenedBundle | None, payload: Payload, pin_sender: bool
    ) -> str | None:
        """The contact id of the bundle's sender (pinned now if asked); a file that claims
        to come from a vault another contact sends from is refused."""
        if bundle is None:
            return None
        if bundle.contact is not None:
            contact_id = bundle.contact.contact_id
        else:
            contact_id = self.contacts.pin(bundle).id
        row = database_proxy.execute_sql(
            "SELECT contact_id FROM exchange_peer WHERE vault_id = ?", (payload.origin,)
        ).fetchone()
        if row is not None and row[0] is not None and row[0] != contact_id:
            raise ExchangeError(_t("This file claims to come from another contact's vault."))
        return contact_id

    def _record_bundle(self, bundle: OpenedBundle) -> None:
        self.contacts.record_received(bundle)

    def _remember(
        self, payload: Payload, plan: _Plan, preview: ExchangePreview, contact_id: str | None
    ) -> None:
        now = str(utc_now())
        database_proxy.execute_sql(
            "INSERT INTO exchange_peer (vault_id, name, contact_id, last_received_at) "
            "VALUES (?, ?, ?, ?) "
            "ON CONFLICT(vault_id) DO UPDATE SET name = excluded.name, "
            "contact_id = COALESCE(excluded.contact_id, exchange_peer.contact_id), "
            "last_received_at = excluded.last_received_at",
            (payload.origin, preview.sender_name[:200], contact_id, now),
        )
        if payload.summary is not None:
            from peerdesk.store.records.exchange import ReceivedSummary

            ReceivedSummary.create(
                peer=payload.origin,
                sender_name=preview.sender_name[:200],
                summary=json.dumps(payload.summary, ensure_ascii=False),
            )

    def _create_people(
        self, payload: Payload, plan: _Plan, changes: list[Change]
    ) -> dict[str, str]:
        """Make the incoming people mapped to "new"; returns the final their → my mapping."""
        final: dict[str, str] = {}
        existing = {r[0] for r in database_proxy.execute_sql("SELECT id FROM person").fetchall()}
        created: list[str] = []
        for person in payload.people:
            target = plan.mapping.get(person.id, NEW)
            if target != NEW and target in existing:
                final[person.id] = target
                continue
            if person.id in existing:  # same id: the same person (made from an earlier file)
                final[person.id] = person.id
                continue
            Person.create(
                id=person.id,
                name=" ".join(person.name.split())[:200] or _t("Someone"),
                role=person.role if person.role in ROLES else "supporter",
                contact=(person.contact or "").strip(),
                is_owner=False,
            )
            existing.add(person.id)
            created.append(person.id)
            final[person.id] = person.id
        people_map.save_links(payload.origin, final)
        if created:
            changes.append(Change("person", "inserted", tuple(created)))
        return final

    def _write(
        self,
        plan: _Plan,
        payload: Payload,
        choices: Mapping[str, Choice],
        changes: list[Change],
        progress: Progress | None,
        cancelled: Cancelled | None,
    ) -> dict[str, int]:
        final_people = self._create_people(payload, plan, changes)
        people_here = {r[0] for r in database_proxy.execute_sql("SELECT id FROM person").fetchall()}
        counts = {
            "new": 0,
            "changed": 0,
            "deleted": 0,
            "conflicts_resolved": 0,
            "people_created": sum(len(c.ids) for c in changes if c.entity == "person"),
        }
        tick = plan.stamped.tick + 1
        clock_used = False
        ghosts: dict[str, tuple[str, Vector]] = {}
        versions_out: dict[str, tuple[str, dict[str, list[Any]], str]] = {}
        rows: dict[str, list[tuple[str, dict[str, Any], bool, LocalRecord | None]]] = {}
        total = len(plan.merges)
        exists = _existing_parents(plan)
        taking_part = {
            (r[0], r[1])
            for r in database_proxy.execute_sql(
                "SELECT goal_id, person_id FROM goal_participant WHERE deleted_at IS NULL"
            ).fetchall()
        }
        ordered = sorted(plan.merges, key=lambda m: WRITE_ORDER.index(m.table))
        for done, result in enumerate(ordered, 1):
            if cancelled is not None and done % 200 == 0 and cancelled():
                raise ExchangeCancelled(_t("Cancelled; nothing was changed."))
            if progress is not None and done % 500 == 0:
                progress(done, total)
            rid = result.record_id
            incoming = plan.incoming[rid]
            if result.status == "ghost":
                if DELETED in result.vectors:
                    ghosts[rid] = (result.table, result.vectors[DELETED])
                continue
            local = plan.local.get(rid)
            mine = plan.stamped.fields.get(rid)
            if mine is None and local is not None:
                mine = {DELETED: (True, {})}
            take = resolve(result, mine, incoming.fields, choices, self.vault_id, tick)
            if result.conflicts:
                clock_used = True
                counts["conflicts_resolved"] += len(result.conflicts)
            if not take:
                continue
            spec = TABLES[result.table]
            values: dict[str, Any] = dict(local.values) if local is not None else {}
            for name, (value, _vec) in take.items():
                values[name] = value
            if not _refs_ok(spec, values, exists, people_here, final_people):
                continue
            if result.table == "goal_participant" and local is None:
                pair = (values.get("goal"), values.get("person"))
                if pair in taking_part:
                    continue  # the same person added to the goal on both sides: once is enough
                taking_part.add(pair)
            dirty = plan.stamped.dirty.get(rid)
            base = dirty[1] if dirty is not None else plan.stored.versions.get(rid, {})
            if rid in plan.stored.ghosts:
                base = {}
            new_versions = dict(base)
            for name, (_value, vec) in take.items():
                new_versions[name] = [vec, value_hash(values.get(name))]
            if values.get(DELETED) and local is None:
                ghosts[rid] = (result.table, take[DELETED][1])
                continue
            versions_out[rid] = (
                result.table,
                new_versions,
                stamping.record_values_hash(result.table, values),
            )
            changed_values = local is None or any(
                local.values.get(n) != values.get(n) for n in take
            )
            if changed_values:
                rows.setdefault(result.table, []).append((rid, values, local is None, local))
                if result.table in ("goal", "milestone", "strategy"):
                    exists.setdefault(result.table, set()).add(rid)
        for table in WRITE_ORDER:
            for _rid, values, is_new, local in rows.get(table, []):
                was_deleted = local.deleted if local is not None else False
                if is_new:
                    counts["new"] += 1
                elif values.get(DELETED) and not was_deleted:
                    counts["deleted"] += 1
                else:
                    counts["changed"] += 1
            spec = TABLES[table]
            batch = rows.get(table, [])
            if not batch:
                continue
            if table == "strategy":
                self._write_cards(batch, plan, payload, changes)
            elif table == "strategy_use":
                self._write_uses(batch, plan, changes)
            else:
                _upsert(spec, batch, plan)
                _note_changes(spec, batch, changes)
        if cancelled is not None and cancelled():
            raise ExchangeCancelled(_t("Cancelled; nothing was changed."))
        stamping.save_versions(versions_out)
        if ghosts:
            stamping.save_ghosts(ghosts)
        if clock_used:
            stamping.save_clock(tick)
        if progress is not None:
            progress(total, total)
        return counts

    def _write_cards(
        self,
        batch: list[tuple[str, dict[str, Any], bool, LocalRecord | None]],
        plan: _Plan,
        payload: Payload,
        changes: list[Change],
    ) -> None:
        from peerdesk.services.library import CardContent, NewCard

        library = self.library
        if library is None:
            raise ExchangeError(_t("The library is not available."))
        received = (
            _t("received from %1 on %2")
            .replace("%1", payload.origin_name)
            .replace("%2", self.today().isoformat())
        )
        new_cards: list[Any] = []
        updates: list[tuple[str, Any, str]] = []
        deleted: list[str] = []
        provenance = _provenance([rid for rid, *_ in batch])
        for rid, values, is_new, local in batch:
            if values.get(DELETED):
                if local is not None and not local.deleted:
                    deleted.append(rid)
                continue
            content = CardContent(
                title=str(values.get("title") or ""),
                category=str(values.get("category") or ""),
                summary=str(values.get("summary") or ""),
                steps=str(values.get("steps") or ""),
                when_to_use=str(values.get("when_to_use") or ""),
                warning_signs=tuple(values.get("warning_signs") or ()),
                duration_minutes=values.get("duration_minutes"),
                tags=tuple(values.get("tags") or ()),
                source=str(values.get("source") or ""),
            )
            if is_new:
                created = _parse_stamp(plan.incoming[rid].created_at)
                new_cards.append(NewCard(content, id=rid, provenance=received, created_at=created))
            else:
                updates.append((rid, content, provenance.get(rid, "")))
        try:
            if new_cards:
                library.insert_many(new_cards, publish=False)
                changes.append(Change("strategy", "inserted", tuple(c.id for c in new_cards)))
            if updates:
                library.update_many(updates, publish=False)
                changes.append(Change("strategy", "updated", tuple(u[0] for u in updates)))
        except ValueError as exc:
            raise ExchangeError(_t("A card in the file cannot be stored.")) from exc
        for rid in deleted:
            library.delete(rid)
        if deleted:
            changes.append(Change("strategy", "deleted", tuple(deleted)))

    def _write_uses(
        self,
        batch: list[tuple[str, dict[str, Any], bool, LocalRecord | None]],
        plan: _Plan,
        changes: list[Change],
    ) -> None:
        from peerdesk.services.library import UseEntry

        library = self.library
        fresh: list[Any] = []
        for rid, values, is_new, local in batch:
            if values.get(DELETED):
                if local is not None and not local.deleted and library is not None:
                    library.delete_use(rid)
                continue
            if is_new and library is not None:
                fresh.append(
                    UseEntry(
                        rid,
                        str(values["strategy"]),
                        _parse_stamp(values.get("used_at")) or utc_now(),
                        values.get("distress_before"),
                        values.get("distress_after"),
                        str(values.get("note") or ""),
                    )
                )
            else:
                _upsert(TABLES["strategy_use"], [(rid, values, False, local)], plan)
        if fresh and library is not None:
            library.insert_uses(fresh, publish=False)
        if batch:
            changes.append(Change("strategy_use", "updated", tuple(r[0] for r in batch)))


# -- helpers ------------------------------------------------------------------------------


PERSON_OR_REF = {
    name: tuple(c for c in spec.columns if c.kind in ("person", "ref"))
    for name, spec in TABLES.items()
}


def _starter_aliases(payload: Payload) -> dict[str, str]:
    """Their id → my id for starter cards installed separately in each vault."""
    keys = [
        r.starter_key
        for r in payload.raw
        if r.table == "strategy" and type(r.starter_key) is str and len(r.starter_key) <= 80
    ]
    aliases: dict[str, str] = {}
    if keys:
        ours = starter_cards(keys)
        for record in payload.raw:
            key = record.starter_key
            if record.table == "strategy" and type(key) is str and key in ours:
                local_id = ours[key]
                if local_id != record.id:
                    aliases[record.id] = local_id
    return aliases


def _write_marker() -> int:
    """Rows changed through this connection so far (the only one on the vault)."""
    return int(database_proxy.connection().total_changes)


def _has_effect(plan: _Plan, payload: Payload) -> bool:
    if payload.summary is not None:
        return True
    return any(m.has_effect for m in plan.merges)


def _stamp(value: Any) -> datetime | None:
    return _parse_stamp(value)


def _parse_stamp(value: Any) -> datetime | None:
    if value is None:
        return None
    if isinstance(value, datetime):
        return value
    try:
        return datetime.fromisoformat(str(value)[:19])
    except ValueError:
        return None


def _people_names() -> dict[str, str]:
    return {
        r[0]: r[1] for r in database_proxy.execute_sql("SELECT id, name FROM person").fetchall()
    }


def _people_rows(ids: Sequence[str]) -> dict[str, tuple[str, str, str]]:
    out: dict[str, tuple[str, str, str]] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for pid, name, role, contact in database_proxy.execute_sql(
            f"SELECT id, name, role, contact FROM person WHERE id IN ({marks})", chunk
        ).fetchall():
            out[pid] = (name, role, contact)
    return out


def _peer_names() -> dict[str, str]:
    return {
        r[0]: r[1]
        for r in database_proxy.execute_sql("SELECT vault_id, name FROM exchange_peer").fetchall()
    }


def _provenance(ids: Sequence[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ", ".join("?" * len(chunk))
        for rid, prov in database_proxy.execute_sql(
            f"SELECT id, provenance FROM strategy WHERE id IN ({marks})", chunk
        ).fetchall():
            out[rid] = prov or ""
    return out


def _display(value: Any, names: Mapping[str, str]) -> Any:
    if isinstance(value, str) and value in names:
        return names[value]
    if isinstance(value, dict):
        return {k: _display(v, names) for k, v in value.items()}
    return value


def _who(conflict: FieldConflict, payload: Payload, sender_name: str) -> str:
    """Who made their side: the vault that contributed the edit I have not seen."""
    newest = [
        vault
        for vault, count in conflict.theirs_vector.items()
        if count > conflict.mine_vector.get(vault, 0)
    ]
    for vault in newest:
        if vault != payload.origin and vault in payload.vault_names:
            return payload.vault_names[vault]
    return sender_name


def _existing_parents(plan: _Plan) -> dict[str, set[str]]:
    """Ids of goals, milestones and cards present here (alive or not), for foreign keys."""
    wanted: dict[str, set[str]] = {"goal": set(), "milestone": set(), "strategy": set()}
    for record in plan.incoming.values():
        for col in PERSON_OR_REF[record.table]:
            if col.kind == "ref":
                value = record.fields.get(col.name, (None, {}))[0]
                if isinstance(value, str):
                    wanted[col.name].add(value)
    for local in plan.local.values():
        for col in PERSON_OR_REF[local.table]:
            value = local.values.get(col.name)
            if col.kind == "ref" and isinstance(value, str):
                wanted[col.name].add(value)
    out: dict[str, set[str]] = {}
    for table, ids in wanted.items():
        found: set[str] = set()
        id_list = list(ids)
        for start in range(0, len(id_list), 500):
            chunk = id_list[start : start + 500]
            marks = ", ".join("?" * len(chunk))
            found.update(
                r[0]
                for r in database_proxy.execute_sql(
                    f"SELECT id FROM {table} WHERE id IN ({marks})", chunk
                ).fetchall()
            )
        out[table] = found
    return out


def _refs_ok(
    spec: TableSpec,
    values: dict[str, Any],
    exists: Mapping[str, set[str]],
    people_here: set[str],
    final_people: Mapping[str, str],
) -> bool:
    """Fix up references before writing: a missing parent skips the record, a missing
    person or optional link becomes empty (never a dangling foreign key)."""
    for col in spec.columns:
        value = values.get(col.name)
        if value is None:
            continue
        if col.kind == "person":
            value = final_people.get(value, value)
            if value not in people_here:
                if not col.nullable:
                    return False
                value = None
            values[col.name] = value
        elif col.kind == "ref":
            target = "strategy" if col.name == "strategy" else col.name
            if value not in exists.get(target, set()):
                if not col.nullable:
                    return False
                values[col.name] = None
    return True


def _sql_value(kind: str, value: Any) -> Any:
    if kind == "json_list":
        return json.dumps(list(value or []), ensure_ascii=False)
    return value


def _upsert(
    spec: TableSpec,
    batch: Sequence[tuple[str, dict[str, Any], bool, LocalRecord | None]],
    plan: _Plan,
) -> None:
    cols = [c for c in spec.columns if c.kind != "tags"]
    names = ["id", "created_at", "updated_at", "deleted_at", *[c.column for c in cols]]
    marks = ", ".join("?" * len(names))
    updates = ", ".join(f"{n} = excluded.{n}" for n in names[2:])
    sql = (
        f"INSERT INTO {spec.name} ({', '.join(names)}) VALUES ({marks}) "
        f"ON CONFLICT(id) DO UPDATE SET {updates}"
    )
    now = str(utc_now())
    data = []
    for rid, values, _is_new, local in batch:
        incoming = plan.incoming[rid]
        created = (local.created_at if local is not None else incoming.created_at) or now
        deleted_at = None
        if values.get(DELETED):
            deleted_at = now
        data.append(
            (
                rid,
                created,
                now,
                deleted_at,
                *[_sql_value(c.kind, values.get(c.name)) for c in cols],
            )
        )
    database_proxy.cursor().executemany(sql, data)


def _note_changes(
    spec: TableSpec,
    batch: Sequence[tuple[str, dict[str, Any], bool, LocalRecord | None]],
    changes: list[Change],
) -> None:
    inserted = [
        rid
        for rid, values, is_new, local in batch
        if is_new or (local is not None and local.deleted and not values.get(DELETED))
    ]
    deleted = [rid for rid, values, _n, local in batch if values.get(DELETED)]
    seen = set(inserted) | set(deleted)
    updated = [rid for rid, _v, _n, _l in batch if rid not in seen]
    for kind, ids in (("inserted", inserted), ("updated", updated), ("deleted", deleted)):
        if ids:
            changes.append(Change(spec.entity, kind, tuple(ids)))  # type: ignore[arg-type]
    goals = {
        str(values.get("goal"))
        for _rid, values, _n, _l in batch
        if spec.name in ("milestone", "goal_checkin", "goal_participant") and values.get("goal")
    }
    if goals:
        changes.append(Change("goal", "updated", tuple(sorted(goals))))


def _squash(changes: list[Change]) -> list[Change]:
    """One event per (entity, kind), ids in order, duplicates dropped."""
    merged: dict[tuple[str, str], dict[str, None]] = {}
    for change in changes:
        merged.setdefault((change.entity, change.kind), {}).update(dict.fromkeys(change.ids))
    return [Change(entity, kind, tuple(ids)) for (entity, kind), ids in merged.items()]  # type: ignore[arg-type]


__all__ = [
    "ApplyResult",
    "ConflictView",
    "ExchangeCancelled",
    "ExchangeError",
    "ExchangePreview",
    "ExchangeService",
    "PayloadError",
    "PeerRow",
    "PersonMatch",
    "PreviewItem",
    "ReceivedSummaryRow",
    "SenderInfo",
    "ShareDescription",
    "ShareRequest",
]
