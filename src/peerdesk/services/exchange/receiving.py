"""Receiving: the plan a payload makes against this vault, the preview shown first, and
the apply that carries it out (see applying.py for the writes)."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.exchange import people_map, stamping
from peerdesk.services.exchange.applying import WriteOps
from peerdesk.services.exchange.bulk import paused_gc
from peerdesk.services.exchange.fresh import FRESH_TABLES
from peerdesk.services.exchange.merge import (
    Choice,
    Fields,
    RecordMerge,
    merge_record,
)
from peerdesk.services.exchange.payload import (
    IncomingRecord,
    Payload,
    RawRecord,
    decode,
)
from peerdesk.services.exchange.people_map import NEW, PersonMatch
from peerdesk.services.exchange.snapshot import (
    read_records,
)
from peerdesk.services.exchange.versions import DELETED
from peerdesk.services.exchange.views import (
    ApplyResult,
    Cancelled,
    ConflictView,
    ExchangeError,
    ExchangePreview,
    ItemStatus,
    PreviewItem,
    PreviewItems,
    Progress,
    SenderInfo,
)
from peerdesk.services.exchange.writing import (
    MergePlan,
    display_value,
    has_effect,
    people_names,
    record_label,
    squash_changes,
    starter_aliases,
    who_of,
    write_marker,
)
from peerdesk.store.records import database_proxy


class ReceiveOps(WriteOps):
    # -- receiving ---------------------------------------------------------------------------

    def preview(
        self,
        payload: bytes | Payload,
        sender: SenderInfo | None = None,
        *,
        people: Mapping[str, str] | None = None,
    ) -> ExchangePreview:
        """What receiving *payload* would do. Writes nothing."""
        with paused_gc():
            return self._preview(payload, sender, people)

    def _preview(
        self,
        payload: bytes | Payload,
        sender: SenderInfo | None,
        people: Mapping[str, str] | None,
    ) -> ExchangePreview:
        decoded = decode(payload) if isinstance(payload, bytes) else payload
        if decoded.origin == self.vault_id:
            raise ExchangeError(translate("Exchange", "This file was made by this vault."))
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
        preview.plan, preview.plan_marker = plan, write_marker()
        return preview

    def _plan(self, payload: Payload, mapping: Mapping[str, str]) -> MergePlan:
        aliases = starter_aliases(payload)
        raw_ids = [r.id for r in payload.raw]
        ids = list(map(aliases.get, raw_ids, raw_ids)) if aliases else raw_ids
        # Fast path: a record whose vectors equal ours (same hash) cannot change anything.
        ours = stamping.load_vhashes(ids)
        todo = [
            (r, rid)
            for r, rid in zip(payload.raw, ids, strict=True)
            if r.vhash is None or ours.get(rid) != r.vhash
        ]
        # Only records this vault has versions for (or a starter card of its own) can exist
        # here: anything else was never shared, so its UUID cannot be in the file.
        maybe_here = set(ours) | set(aliases.values())
        # A live roadmap record never seen here is new in every field: it is only checked
        # now, and written straight from the file (fresh.py). The rest is read and merged.
        readable = payload.live_and_readable(FRESH_TABLES)
        is_fresh = [rid not in maybe_here and readable(r) for r, rid in todo]
        fresh = [r for (r, _rid), new in zip(todo, is_fresh, strict=True) if new]
        rest = [r for (r, _rid), new in zip(todo, is_fresh, strict=True) if not new]
        incoming = self._translate(payload, rest, aliases, mapping)
        by_table: dict[str, list[str]] = {}
        for record in incoming.values():
            if record.id in maybe_here:
                by_table.setdefault(record.table, []).append(record.id)
        local = read_records(by_table)
        stored = stamping.load_versions(i for i in incoming if i in ours)
        stamped = stamping.stamp(local, stored, self.vault_id, stamping.read_clock())
        merges: list[RecordMerge] = []
        merge_of: dict[str, RecordMerge] = {}
        for rid, record in incoming.items():
            fields = record.fields
            if rid not in maybe_here and not fields[DELETED][0]:
                # Never seen here: new, every field (what merge_record says, without asking).
                result = RecordMerge(record.table, rid, "new", take=fields)
            else:
                mine: Fields | None = stamped.fields.get(rid)
                ghost = False
                if mine is None and rid in local:
                    mine = {DELETED: (True, {})}  # deleted here before it was ever shared
                elif mine is None and rid in stored.ghosts:
                    entry = stored.versions[rid].get(DELETED)
                    mine = {DELETED: (True, entry[0] if entry else {})}
                    ghost = True
                result = merge_record(record.table, rid, mine, fields, local_is_ghost=ghost)
                if not (result.has_effect or result.status == "ghost"):
                    continue
            merges.append(result)
            merge_of[rid] = result
        order: list[RecordMerge | RawRecord] = []
        listed: set[str] = set()
        for (raw, rid), new in zip(todo, is_fresh, strict=True):
            if new:
                order.append(raw)
            elif rid in merge_of and rid not in listed:
                listed.add(rid)
                order.append(merge_of[rid])
        return MergePlan(
            stamped, stored, local, incoming, merges, dict(mapping), fresh, aliases, order
        )

    def _translate(
        self,
        payload: Payload,
        raws: Sequence[RawRecord],
        aliases: Mapping[str, str],
        mapping: Mapping[str, str],
    ) -> dict[str, IncomingRecord]:
        """Incoming records with person ids mapped and starter cards matched to ours."""
        people = {theirs: mine for theirs, mine in mapping.items() if mine != NEW}
        records = payload.materialize_many(raws, people=people, refs=aliases)
        return {record.id: record for record in records}

    def _preview_of(
        self,
        payload: Payload,
        plan: MergePlan,
        matches: list[PersonMatch],
        sender: SenderInfo | None,
        known_peer: bool,
    ) -> ExchangePreview:
        names = people_names()
        for match in matches:
            names.setdefault(match.their_id, match.name)
        sender_name = sender.name if sender is not None else payload.origin_name
        you = translate("Exchange", "You")

        def label_of(result: RecordMerge) -> str:
            incoming = plan.incoming[result.record_id]
            local = plan.local.get(result.record_id)
            values = {n: v for n, (v, _vec) in incoming.fields.items()}
            if local is not None and (incoming.fields[DELETED][0] or not values.get("title")):
                values = {**local.values, **{k: v for k, v in values.items() if v}}
            return record_label(result.table, values, names)

        renamed = {theirs: mine for theirs, mine in plan.mapping.items() if mine != NEW}

        def fresh_label(raw: RawRecord) -> str:
            values = {name: pair[0] for name, pair in raw.raw_fields.items()}  # checked
            person = values.get("person")
            if isinstance(person, str):
                values["person"] = renamed.get(person, person)
            return record_label(raw.table, values, names)

        shown: list[RecordMerge | RawRecord] = []
        statuses: list[ItemStatus] = []
        conflicts: list[ConflictView] = []
        labels: dict[int, str] = {}
        for result in plan.order:
            status: ItemStatus
            if isinstance(result, RawRecord):
                shown.append(result)
                statuses.append("new")
                continue
            if result.conflicts:
                status = "conflict"
            elif result.status in ("new", "changed", "deleted", "restored"):
                status = result.status
            else:
                continue  # same, or a tombstone for something never here
            if result.conflicts:
                incoming = plan.incoming[result.record_id]
                local = plan.local.get(result.record_id)
                label = labels[len(shown)] = label_of(result)
                for conflict in result.conflicts:
                    conflicts.append(
                        ConflictView(
                            conflict.key,
                            conflict.table,
                            conflict.record_id,
                            label,
                            conflict.field,
                            conflict.kind,
                            display_value(conflict.mine, names),
                            display_value(conflict.theirs, names),
                            you,
                            who_of(conflict, payload, sender_name),
                            local.updated_at if local is not None else None,
                            incoming.updated_at,
                        )
                    )
            shown.append(result)
            statuses.append(status)

        def item(index: int) -> PreviewItem:
            result = shown[index]
            if isinstance(result, RawRecord):
                rid = plan.aliases.get(result.id, result.id)
                return PreviewItem(result.table, rid, fresh_label(result), "new")
            label = labels.get(index)
            return PreviewItem(
                result.table,
                result.record_id,
                label if label is not None else label_of(result),
                statuses[index],
                tuple(f for f in result.changed_fields if f != DELETED),
                tuple(c.key for c in result.conflicts),
            )

        items = PreviewItems(statuses, item)
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
            raise ExchangeError(translate("Exchange", "Nothing to apply."))
        bundle = preview.bundle
        if bundle is not None and bundle.contact is None and not pin_sender:
            raise ExchangeError(
                translate(
                    "Exchange",
                    "The sender is not known yet: compare the fingerprint words, then confirm.",
                )
            )
        mapping = dict(preview.people_mapping)
        if people:
            mapping.update(people)
        choices = dict(resolutions or {})
        changes: list[Change] = []
        with paused_gc(), database_proxy.atomic():
            unchanged = preview.plan_marker == write_marker()
            contact_id = self._check_sender(bundle, payload, pin_sender)
            if preview.plan is not None and unchanged and mapping == preview.people_mapping:
                plan = preview.plan  # nothing was written since the preview: still exact
            else:
                plan = self._plan(payload, mapping)
            preview.plan = None  # a plan is applied at most once
            if not has_effect(plan, payload):
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
                                translate(
                                    "Exchange", "Choose which version to keep for every conflict."
                                )
                            )
                        choices[conflict.key] = default
            stamping.save_stamps(plan.stamped)
            counts = self._write(plan, payload, choices, changes, progress, cancelled)
            self._remember(payload, plan, preview, contact_id)
            if bundle is not None:
                self._record_bundle(bundle)
        changes = squash_changes(changes)
        for change in changes:
            self.bus.publish(change)
        return ApplyResult(counts, tuple(changes))
