"""Applying a received payload: the sender's checks, people created or linked, and every
record written in one transaction (cards through the library service)."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.exchange import people_map, stamping
from peerdesk.services.exchange.base import ExchangeBase
from peerdesk.services.exchange.bundle import (
    OpenedBundle,
)
from peerdesk.services.exchange.fresh import FreshRows, fresh_rows
from peerdesk.services.exchange.merge import (
    Choice,
    RecordMerge,
    resolve,
)
from peerdesk.services.exchange.payload import (
    Payload,
    RawRecord,
)
from peerdesk.services.exchange.people_map import NEW
from peerdesk.services.exchange.snapshot import (
    LocalRecord,
)
from peerdesk.services.exchange.tables import TABLES, WRITE_ORDER
from peerdesk.services.exchange.versions import DELETED, Vector, value_hash
from peerdesk.services.exchange.views import (
    Cancelled,
    ExchangeCancelled,
    ExchangeError,
    ExchangePreview,
    Progress,
)
from peerdesk.services.exchange.writing import (
    MergePlan,
    existing_parents,
    note_changes,
    parse_stamp,
    provenance_of,
    refs_ok,
    upsert,
    upsert_rows,
)
from peerdesk.store.records import Person, database_proxy, utc_now
from peerdesk.store.records.people import ROLES


class WriteOps(ExchangeBase):
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
            raise ExchangeError(
                translate("Exchange", "This file claims to come from another contact's vault.")
            )
        return contact_id

    def _record_bundle(self, bundle: OpenedBundle) -> None:
        self.contacts.record_received(bundle)

    def _remember(
        self, payload: Payload, plan: MergePlan, preview: ExchangePreview, contact_id: str | None
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
        self, payload: Payload, plan: MergePlan, changes: list[Change]
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
                name=" ".join(person.name.split())[:200] or translate("Exchange", "Someone"),
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
        plan: MergePlan,
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
        total = len(plan.merges) + len(plan.fresh)
        exists = existing_parents(plan)
        taking_part = {
            (r[0], r[1])
            for r in database_proxy.execute_sql(
                "SELECT goal_id, person_id FROM goal_participant WHERE deleted_at IS NULL"
            ).fetchall()
        }
        by_table: dict[str, list[RecordMerge]] = {}
        for result in plan.merges:
            by_table.setdefault(result.table, []).append(result)
        fresh_by_table: dict[str, list[RawRecord]] = {}
        for raw in plan.fresh:
            fresh_by_table.setdefault(raw.table, []).append(raw)
        renamed = {theirs: mine for theirs, mine in plan.mapping.items() if mine != NEW}
        fresh_out: dict[str, FreshRows] = {}
        now = str(utc_now())
        done = 0
        for table in WRITE_ORDER:
            for result in by_table.get(table, ()):
                done += 1
                if cancelled is not None and done % 200 == 0 and cancelled():
                    raise ExchangeCancelled(
                        translate("Exchange", "Cancelled; nothing was changed.")
                    )
                if progress is not None and done % 500 == 0:
                    progress(done, total)
                clock_used |= self._write_one(
                    result,
                    plan,
                    choices,
                    tick,
                    counts,
                    rows,
                    versions_out,
                    ghosts,
                    exists,
                    people_here,
                    final_people,
                    taking_part,
                )
            fresh = fresh_by_table.get(table)
            if fresh:
                if cancelled is not None and cancelled():
                    raise ExchangeCancelled(
                        translate("Exchange", "Cancelled; nothing was changed.")
                    )
                done += len(fresh)
                if progress is not None:
                    progress(done, total)
                made = fresh_rows(
                    TABLES[table],
                    fresh,
                    payload.vectors,
                    renamed=renamed,
                    aliases=plan.aliases,
                    final_people=final_people,
                    people_here=people_here,
                    exists=exists,
                    taking_part=taking_part,
                    now=now,
                )
                fresh_out[table] = made
                if table in ("goal", "milestone"):
                    exists.setdefault(table, set()).update(made.ids)
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
            fresh_made = fresh_out.get(table)
            if fresh_made is not None and fresh_made.ids:
                counts["new"] += len(fresh_made.ids)
                upsert_rows(spec, fresh_made.rows)
                changes.append(Change(spec.entity, "inserted", tuple(fresh_made.ids)))
                if fresh_made.goals:
                    changes.append(Change("goal", "updated", tuple(sorted(fresh_made.goals))))
            batch = rows.get(table, [])
            if not batch:
                continue
            if table == "strategy":
                self._write_cards(batch, plan, payload, changes)
            elif table == "strategy_use":
                self._write_uses(batch, plan, changes)
            else:
                upsert(spec, batch, plan)
                note_changes(spec, batch, changes)
        if cancelled is not None and cancelled():
            raise ExchangeCancelled(translate("Exchange", "Cancelled; nothing was changed."))
        stamping.save_versions(
            versions_out, [row for made in fresh_out.values() for row in made.versions]
        )
        if ghosts:
            stamping.save_ghosts(ghosts)
        if clock_used:
            stamping.save_clock(tick)
        if progress is not None:
            progress(total, total)
        return counts

    def _write_one(
        self,
        result: RecordMerge,
        plan: MergePlan,
        choices: Mapping[str, Choice],
        tick: int,
        counts: dict[str, int],
        rows: dict[str, list[tuple[str, dict[str, Any], bool, LocalRecord | None]]],
        versions_out: dict[str, tuple[str, dict[str, list[Any]], str]],
        ghosts: dict[str, tuple[str, Vector]],
        exists: dict[str, set[str]],
        people_here: set[str],
        final_people: Mapping[str, str],
        taking_part: set[tuple[Any, Any]],
    ) -> bool:
        """One merged record's writes, gathered in *rows*, *versions_out* and *ghosts*
        (True when a conflict's resolution used the clock)."""
        clock_used = False
        rid = result.record_id
        incoming = plan.incoming[rid]
        if result.status == "ghost":
            if DELETED in result.vectors:
                ghosts[rid] = (result.table, result.vectors[DELETED])
            return clock_used
        local = plan.local.get(rid)
        mine = plan.stamped.fields.get(rid)
        if mine is None and local is not None:
            mine = {DELETED: (True, {})}
        take = resolve(result, mine, incoming.fields, choices, self.vault_id, tick)
        if result.conflicts:
            clock_used = True
            counts["conflicts_resolved"] += len(result.conflicts)
        if not take:
            return clock_used
        spec = TABLES[result.table]
        values: dict[str, Any] = dict(local.values) if local is not None else {}
        for name, (value, _vec) in take.items():
            values[name] = value
        if not refs_ok(spec, values, exists, people_here, final_people):
            return clock_used
        if result.table == "goal_participant" and local is None:
            pair = (values.get("goal"), values.get("person"))
            if pair in taking_part:
                return clock_used  # the same person added to the goal on both sides: once
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
            return clock_used
        versions_out[rid] = (
            result.table,
            new_versions,
            stamping.record_values_hash(result.table, values),
        )
        changed_values = local is None or any(local.values.get(n) != values.get(n) for n in take)
        if changed_values:
            rows.setdefault(result.table, []).append((rid, values, local is None, local))
            if result.table in ("goal", "milestone", "strategy"):
                exists.setdefault(result.table, set()).add(rid)
        return clock_used

    def _write_cards(
        self,
        batch: list[tuple[str, dict[str, Any], bool, LocalRecord | None]],
        plan: MergePlan,
        payload: Payload,
        changes: list[Change],
    ) -> None:
        from peerdesk.services.library import CardContent, NewCard

        library = self.library
        if library is None:
            raise ExchangeError(translate("Exchange", "The library is not available."))
        received = (
            translate("Exchange", "received from %1 on %2")
            .replace("%1", payload.origin_name)
            .replace("%2", self.today().isoformat())
        )
        new_cards: list[Any] = []
        updates: list[tuple[str, Any, str]] = []
        deleted: list[str] = []
        provenance = provenance_of([rid for rid, *_ in batch])
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
                created = parse_stamp(plan.incoming[rid].created_at)
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
            raise ExchangeError(
                translate("Exchange", "A card in the file cannot be stored.")
            ) from exc
        for rid in deleted:
            library.delete(rid)
        if deleted:
            changes.append(Change("strategy", "deleted", tuple(deleted)))

    def _write_uses(
        self,
        batch: list[tuple[str, dict[str, Any], bool, LocalRecord | None]],
        plan: MergePlan,
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
                        parse_stamp(values.get("used_at")) or utc_now(),
                        values.get("distress_before"),
                        values.get("distress_after"),
                        str(values.get("note") or ""),
                    )
                )
            else:
                upsert(TABLES["strategy_use"], [(rid, values, False, local)], plan)
        if fresh and library is not None:
            library.insert_uses(fresh, publish=False)
        if batch:
            changes.append(Change("strategy_use", "updated", tuple(r[0] for r in batch)))
