"""Deletions into the audit trail, from the change bus: one row a delete, never content.

The services already announce every delete on the bus (``Change(entity, "deleted", ids)``);
listening there records each delete once, whichever screen or command made it. Only the
kind of thing and its record id (or how many) are kept.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable

import peewee

from peerdesk.services.audit.service import AuditService
from peerdesk.services.events import Change, ChangeBus
from peerdesk.vault.errors import VaultError

# The bus entity → the "what" of the audit row. Other entities (settings, tags, check-ins
# of a goal, ...) are edits of something kept, not deletions of a record.
AUDITED_DELETES = {
    "journal_entry": "journal_entry",
    "goal": "goal",
    "milestone": "milestone",
    "strategy": "card",
    "person": "person",
    "session_note": "note",
    "crisis_plan_item": "crisis_plan_item",
}
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")


def record_deletion(audit: AuditService, change: Change) -> bool:
    """Record ``change`` if it deletes an audited record. True if a row was written."""
    what = AUDITED_DELETES.get(change.entity)
    if change.kind != "deleted" or what is None or not change.ids:
        return False
    single = change.ids[0] if len(change.ids) == 1 and _UUID.match(change.ids[0]) else None
    with contextlib.suppress(VaultError, peewee.DatabaseError):
        audit.record("delete", what=what, item_id=single, count=len(change.ids))
        return True
    return False


def audit_deletions(bus: ChangeBus, audit: AuditService) -> Callable[[], None]:
    """Subscribe: every audited delete on ``bus`` becomes one row. Returns unsubscribe."""

    def listener(change: Change) -> None:
        record_deletion(audit, change)

    return bus.subscribe(listener)
