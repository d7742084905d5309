"""The vault's audit trail (hash-chained, anchored in keys.json) and audited vault actions."""

from peerdesk.services.audit.security import SecurityService
from peerdesk.services.audit.service import (
    AUDIT_CSV_COLUMNS,
    AUDIT_KINDS,
    DETAIL_KEYS,
    LOCK_REASONS,
    AuditCheck,
    AuditError,
    AuditRow,
    AuditService,
)

__all__ = [
    "AUDIT_CSV_COLUMNS",
    "AUDIT_KINDS",
    "DETAIL_KEYS",
    "LOCK_REASONS",
    "AuditCheck",
    "AuditError",
    "AuditRow",
    "AuditService",
    "SecurityService",
]
