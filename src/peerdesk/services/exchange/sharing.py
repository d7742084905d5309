"""Sharing: which records a request covers, what the file will hold, the payload itself."""

from __future__ import annotations

from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.exchange import people_map, stamping
from peerdesk.services.exchange.base import ExchangeBase
from peerdesk.services.exchange.merge import (
    Fields,
)
from peerdesk.services.exchange.payload import (
    IncomingPerson,
    IncomingRecord,
    Payload,
    encode,
)
from peerdesk.services.exchange.snapshot import (
    Scope,
    read_scope,
)
from peerdesk.services.exchange.summary import build_summary
from peerdesk.services.exchange.tables import TABLES, WRITE_ORDER
from peerdesk.services.exchange.versions import DELETED
from peerdesk.services.exchange.views import (
    ExchangeError,
    Progress,
    ShareDescription,
    ShareRequest,
)
from peerdesk.services.exchange.writing import (
    peer_names,
    people_names,
    people_rows,
)
from peerdesk.store.records import database_proxy, utc_now


class ShareOps(ExchangeBase):
    # -- sharing -----------------------------------------------------------------------------

    def _scope(self, request: ShareRequest) -> Scope:
        person_id = request.person_id
        if request.what in ("roadmap", "summary") and person_id is None:
            row = database_proxy.execute_sql(
                "SELECT id FROM person WHERE is_owner = 1 AND deleted_at IS NULL LIMIT 1"
            ).fetchone()
            if row is None:
                raise ExchangeError(translate("Exchange", "Choose whose roadmap to share."))
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
        names = people_names()
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
            rows = people_rows(sorted(found.people))
            for pid, (name, role, contact) in rows.items():
                people.append(
                    IncomingPerson(
                        theirs(pid), name, role, contact if scope.include_personal else None
                    )
                )
        summary = None
        if scope.what == "summary":
            names = people_names()
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
            vault_names={self.vault_id: self.display_name(), **peer_names()},
            summary=summary,
        )
        data = encode(payload)
        if progress is not None:
            progress(3, 4)
        return data
