"""The audit trail inside the vault: who opened it, when, and what left it. Never content.

Each row holds the time (UTC), the OS user, the vault's label, the kind of event and a few
details from a fixed list of keys (a method, a reason, a format, a person's *record id*, an
export file's name, counts) — never a title, a note, a name or any other text a person
wrote. Rows are hash-chained: ``hash = SHA-256(prev_hash + canonical row bytes)``, and the
head of the chain (row count and last hash) is anchored in ``keys.json``. Deleting,
editing or reordering a row, or cutting rows off the end, is found by :meth:`verify`.

Limits (see docs/SECURITY.md): someone holding the data key *and* write access to the
folder can rebuild the whole chain and the anchor; the chain makes tampering visible to
everyone else and to anyone who kept an earlier copy (backups hold one).
"""

from __future__ import annotations

import contextlib
import csv
import getpass
import hashlib
import io
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee

from peerdesk.i18n import translate
from peerdesk.services.events import Change
from peerdesk.services.policy import Policy
from peerdesk.store.records import AuditEvent, database_proxy
from peerdesk.vault.errors import VaultError
from peerdesk.vault.vault import Vault, clear_failed_unlocks, read_failed_unlocks

GENESIS = "0" * 64

# Every kind of event. The GUI records lock, export, share, receive, delete, restore too.
AUDIT_KINDS = (
    "unlock",
    "failed_unlock",
    "lock",
    "export",
    "share",
    "receive",
    "import",
    "delete",
    "restore",
    "passphrase_change",
    "recovery_code_use",
    "recovery_code_renewed",
    "key_rotation",
    "remember_changed",
)
LOCK_REASONS = ("manual", "idle", "screen_lock", "quit", "command_end")
# The only detail keys a row may carry, so no free text can slip in.
DETAIL_KEYS = frozenset(
    {
        "method",  # how the vault was unlocked: passphrase, recovery code, saved key, created
        "reason",  # why it locked: one of LOCK_REASONS
        "what",  # the kind of thing: journal, roadmap, library, notes, audit, backup, ...
        "format",  # csv, pdf, markdown, json, html, bundle, ...
        "person_id",  # a person's record id (a UUID), never a name
        "file_name",  # the export or import file's name (no folder)
        "count",  # how many items or attempts
        "first",  # first failed attempt (UTC)
        "last",  # last failed attempt (UTC)
        "methods",  # failed attempts per method, e.g. "passphrase:3"
        "policy",  # fingerprint of the policy in force
        "policy_source",  # none, file, registry, file+registry, fallback
        "via",  # how a passphrase was changed: passphrase or recovery code
        "item_id",  # a record id (a UUID) for delete/restore
        "setting",  # remember on this computer: on, off, off by policy
    }
)
MAX_DETAIL_CHARS = 200
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
AUDIT_CSV_COLUMNS = (
    "seq",
    "time_utc",
    "os_user",
    "vault_label",
    "event",
    "details",
    "prev_hash",
    "hash",
)

DetailValue = str | int | bool | None


class AuditError(ValueError):
    """A detail that the audit trail does not accept (unknown key, free text, ...)."""


@dataclass(frozen=True)
class AuditRow:
    seq: int
    at: str  # UTC ISO 8601
    os_user: str
    vault_label: str
    kind: str
    details: dict[str, DetailValue]
    prev_hash: str
    hash: str

    @property
    def details_text(self) -> str:
        return "; ".join(f"{k}={v}" for k, v in sorted(self.details.items()))

    @classmethod
    def of(cls, record: AuditEvent) -> AuditRow:
        try:
            details = json.loads(record.details)
        except ValueError:
            details = {}
        return cls(
            seq=int(record.seq),
            at=str(record.at),
            os_user=str(record.os_user),
            vault_label=str(record.vault_label),
            kind=str(record.kind),
            details=details if isinstance(details, dict) else {},
            prev_hash=str(record.prev_hash),
            hash=str(record.hash),
        )


@dataclass(frozen=True)
class AuditCheck:
    """The result of :meth:`AuditService.verify`. ``first_broken`` is a row number (1-based)."""

    ok: bool
    rows: int
    first_broken: int | None = None
    problem: str = ""

    def describe(self) -> str:
        if self.ok:
            return translate("Audit", "The audit trail is intact ({rows} rows).").format(
                rows=self.rows
            )
        return self.problem


def canonical_bytes(
    seq: int, at: str, os_user: str, vault_label: str, kind: str, details: str
) -> bytes:
    """The bytes hashed for one row (JSON array, no spaces, UTF-8)."""
    return json.dumps(
        [seq, at, os_user, vault_label, kind, details], ensure_ascii=False, separators=(",", ":")
    ).encode("utf-8")


def chain_hash(prev_hash: str, canonical: bytes) -> str:
    return hashlib.sha256(prev_hash.encode("ascii") + canonical).hexdigest()


def _row_hash(row: AuditRow, details_raw: str) -> str:
    canonical = canonical_bytes(
        row.seq, row.at, row.os_user, row.vault_label, row.kind, details_raw
    )
    return chain_hash(row.prev_hash, canonical)


def current_os_user() -> str:
    try:
        return getpass.getuser()[:MAX_DETAIL_CHARS]
    except (OSError, KeyError, ImportError):
        return "unknown"


def _clean_details(details: dict[str, DetailValue]) -> str:
    cleaned: dict[str, DetailValue] = {}
    for key, value in details.items():
        if key not in DETAIL_KEYS:
            raise AuditError(f"the audit trail has no detail called {key!r}")
        if value is None:
            continue
        if isinstance(value, str):
            if key == "file_name":
                value = Path(value).name
            if key in ("person_id", "item_id") and not _UUID.match(value):
                raise AuditError(f"{key} must be a record id, not a name or text")
            value = value[:MAX_DETAIL_CHARS]
        elif not isinstance(value, bool | int):
            raise AuditError(f"{key} must be a short text, a number or true/false")
        cleaned[key] = value
    return json.dumps(cleaned, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


class AuditService:
    """Records and checks the vault's audit trail (one per session)."""

    def __init__(
        self,
        vault: Vault,
        *,
        label: Callable[[], str] | None = None,
        os_user: Callable[[], str] = current_os_user,
        clock: Callable[[], datetime] | None = None,
    ) -> None:
        self.vault = vault
        self._label = label or (lambda: vault.folder.name)
        self._os_user = os_user
        self._clock = clock or (lambda: datetime.now(UTC))

    # -- recording -------------------------------------------------------------------------

    def record(self, kind: str, **details: DetailValue) -> AuditRow:
        """Append one row and move the anchor in keys.json. Details: see DETAIL_KEYS."""
        if kind not in AUDIT_KINDS:
            raise AuditError(f"unknown audit event {kind!r}")
        details_raw = _clean_details(details)
        at = self._clock().astimezone(UTC).replace(tzinfo=None).isoformat(timespec="seconds")
        user = self._os_user()[:MAX_DETAIL_CHARS]
        label = (self._label() or "")[:MAX_DETAIL_CHARS]
        # Inside a caller's transaction the row is not committed yet: moving the anchor now
        # could leave it ahead of the trail if that transaction rolls back. Then the anchor
        # catches up at the next lock or unlock (reconcile_anchor).
        outer = database_proxy.in_transaction()
        with database_proxy.atomic():
            last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
            seq = (int(last.seq) + 1) if last is not None else 1
            prev = str(last.hash) if last is not None else GENESIS
            digest = chain_hash(prev, canonical_bytes(seq, at, user, label, kind, details_raw))
            record = AuditEvent.create(
                seq=seq,
                at=at,
                os_user=user,
                vault_label=label,
                kind=kind,
                details=details_raw,
                prev_hash=prev,
                hash=digest,
            )
        if not outer:
            self.vault.set_audit_anchor(seq, digest)
        return AuditRow.of(record)

    def record_unlock(self, policy: Policy) -> AuditRow:
        """ "unlock" with the method and the policy in force (its fingerprint and source)."""
        return self.record(
            "unlock",
            method=self.vault.unlocked_with or "created",
            policy=policy.fingerprint(),
            policy_source=policy.summary_source(),
        )

    def record_failed_unlocks(self) -> AuditRow | None:
        """Turn the counter beside the vault into one row, then reset it."""
        data = read_failed_unlocks(self.vault.folder)
        if not data or int(data.get("count", 0)) <= 0:
            return None
        methods = data.get("methods") if isinstance(data.get("methods"), dict) else {}
        assert isinstance(methods, dict)
        row = self.record(
            "failed_unlock",
            count=int(data["count"]),
            first=str(data.get("first", ""))[:32] or None,
            last=str(data.get("last", ""))[:32] or None,
            methods=", ".join(f"{k}:{int(v)}" for k, v in sorted(methods.items()))[:200] or None,
        )
        clear_failed_unlocks(self.vault.folder)
        return row

    def record_lock(self, reason: str) -> AuditRow:
        if reason not in LOCK_REASONS:
            raise AuditError(f"unknown lock reason {reason!r}")
        return self.record("lock", reason=reason)

    def record_export(
        self,
        what: str,
        fmt: str,
        file_name: str | Path,
        *,
        person_id: str | None = None,
        count: int | None = None,
    ) -> AuditRow:
        """An export: what (journal, roadmap, library, notes, audit, ...), format, file name."""
        return self.record(
            "export",
            what=what,
            format=fmt,
            file_name=Path(file_name).name,
            person_id=person_id,
            count=count,
        )

    def on_change(self, change: Change) -> None:
        """ChangeBus listener: every deletion a service reports becomes a "delete" row
        (what, the record id when there is one, how many). Never breaks the caller."""
        if change.kind != "deleted":
            return
        ids = [i for i in change.ids if _UUID.match(str(i))]
        with contextlib.suppress(VaultError, peewee.DatabaseError, AuditError):
            self.record(
                "delete",
                what=change.entity[:MAX_DETAIL_CHARS],
                item_id=ids[0] if len(change.ids) == 1 and ids else None,
                count=len(change.ids),
            )

    # -- reading ---------------------------------------------------------------------------

    def count(self) -> int:
        return int(AuditEvent.select().count())

    def rows(
        self, offset: int = 0, limit: int | None = None, *, newest_first: bool = False
    ) -> list[AuditRow]:
        order = AuditEvent.seq.desc() if newest_first else AuditEvent.seq
        query = AuditEvent.select().order_by(order).offset(offset)
        if limit is not None:
            query = query.limit(limit)
        return [AuditRow.of(r) for r in query]

    # -- checking --------------------------------------------------------------------------

    def verify(self) -> AuditCheck:
        """Walk the chain and compare its head with keys.json. Names the first broken row."""
        expected_prev = GENESIS
        number = 0
        hashes: list[str] = []
        cursor = database_proxy.execute_sql(
            "SELECT seq, at, os_user, vault_label, kind, details, prev_hash, hash "
            "FROM audit_event ORDER BY seq"
        )
        for raw in cursor:
            number += 1
            seq, at, user, label, kind, details, prev, digest = raw
            name = translate("Audit", "row {n} ({at}, {kind})").format(n=number, at=at, kind=kind)
            if seq != number:
                return self._broken(
                    number,
                    translate(
                        "Audit",
                        "Audit trail broken at {row}: expected row number {n}, found {seq} "
                        "(a row was removed or the rows were reordered).",
                    ).format(row=name, n=number, seq=seq),
                )
            if prev != expected_prev:
                return self._broken(
                    number,
                    translate(
                        "Audit",
                        "Audit trail broken at {row}: it does not follow the row before "
                        "(a row was removed, inserted or reordered).",
                    ).format(row=name),
                )
            canonical = canonical_bytes(
                int(seq), str(at), str(user), str(label), str(kind), str(details)
            )
            if chain_hash(str(prev), canonical) != digest:
                return self._broken(
                    number,
                    translate("Audit", "Audit trail broken at {row}: the row was changed.").format(
                        row=name
                    ),
                )
            expected_prev = str(digest)
            hashes.append(str(digest))
        anchor = self.vault.audit_anchor
        if anchor is None:
            if number == 0:
                return AuditCheck(True, 0)
            return self._broken(
                1,
                translate(
                    "Audit", "Audit trail broken: keys.json holds no anchor for its {n} rows."
                ).format(n=number),
            )
        try:
            count, head = int(anchor["count"]), str(anchor["head"])
        except (KeyError, TypeError, ValueError):
            return self._broken(
                1, translate("Audit", "Audit trail broken: the anchor in keys.json is damaged.")
            )
        if count > number:
            return self._broken(
                number + 1,
                translate(
                    "Audit",
                    "Audit trail broken at row {n}: keys.json records {count} rows but only "
                    "{rows} are left (rows were removed from the end).",
                ).format(n=number + 1, count=count, rows=number),
            )
        if count > 0 and hashes[count - 1] != head:
            return self._broken(
                count,
                translate(
                    "Audit",
                    "Audit trail broken at row {n}: it does not match the anchor in keys.json.",
                ).format(n=count),
            )
        return AuditCheck(True, number)

    def _broken(self, row: int, problem: str) -> AuditCheck:
        return AuditCheck(False, self.count(), row, problem)

    def reconcile_anchor(self) -> None:
        """After a crash between a row's commit and the anchor's write, move the anchor on.

        Only an intact chain that *extends* the anchored one is re-anchored; anything else
        is left for :meth:`verify` to report.
        """
        anchor = self.vault.audit_anchor
        last = AuditEvent.select().order_by(AuditEvent.seq.desc()).first()
        if last is None:
            return
        count = int(anchor.get("count", 0)) if anchor else 0
        if count >= int(last.seq):
            return
        check = self.verify()
        if check.ok:
            self.vault.set_audit_anchor(int(last.seq), str(last.hash))

    # -- export ----------------------------------------------------------------------------

    def csv_text(self, rows: Iterable[AuditRow] | None = None) -> str:
        from peerdesk.services.notes import safe_cell

        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\r\n")
        writer.writerow(AUDIT_CSV_COLUMNS)
        for row in rows if rows is not None else self.rows():
            writer.writerow(
                [
                    row.seq,
                    row.at,
                    safe_cell(row.os_user),
                    safe_cell(row.vault_label),
                    row.kind,
                    safe_cell(row.details_text),
                    row.prev_hash,
                    row.hash,
                ]
            )
        return buffer.getvalue()

    def write_csv(self, path: Path) -> int:
        """Write the trail as CSV to a new private file (never overwrites). Returns rows."""
        from peerdesk.services.export_files import write_export

        rows = self.rows()
        write_export(path, self.csv_text(rows).encode("utf-8"))
        with contextlib.suppress(VaultError, peewee.DatabaseError):
            self.record_export("audit", "csv", path, count=len(rows))
        return len(rows)


def audit_detail(value: Any) -> DetailValue:
    """Coerce a value for a detail (for callers building details dynamically)."""
    if value is None or isinstance(value, bool | int | str):
        return value
    return str(value)
