"""An unlocked session: the database bound to the records, migrations run, services built.

``start_session`` is the one place that turns an unlocked vault into services; the GUI and
the CLI both go through it, and ``end_session`` undoes it on lock.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass, field

import peewee

from peerdesk.services.audit import AuditService, SecurityService
from peerdesk.services.backup import BackupService
from peerdesk.services.drafts import DraftService
from peerdesk.services.events import ChangeBus
from peerdesk.services.exchange import ContactService, ExchangeService
from peerdesk.services.journal import JournalService
from peerdesk.services.library import CrisisPlanService, LibraryService, StarterInstaller
from peerdesk.services.notes import CaseloadService, NotesService
from peerdesk.services.people import PeopleService
from peerdesk.services.policy import Policy, load_policy
from peerdesk.services.roadmap import RoadmapService
from peerdesk.services.settings import VAULT_LABEL, SettingsService
from peerdesk.store.migrations import MIGRATIONS, Migration, migrate
from peerdesk.store.records import database_proxy
from peerdesk.store.tombstones import purge_tombstoned_text
from peerdesk.vault.errors import StorageFullError, VaultError
from peerdesk.vault.vault import Vault


@dataclass
class Services:
    vault: Vault
    bus: ChangeBus
    settings: SettingsService
    drafts: DraftService
    backups: BackupService
    journal: JournalService
    people: PeopleService
    roadmap: RoadmapService
    library: LibraryService
    crisis_plan: CrisisPlanService
    policy: Policy
    audit: AuditService
    security: SecurityService
    notes: NotesService
    caseload: CaseloadService
    exchange: ExchangeService
    contacts: ContactService = field(default_factory=ContactService)
    migrated: list[Migration] = field(default_factory=list)


def start_session(
    vault: Vault,
    migrations: tuple[Migration, ...] = MIGRATIONS,
    *,
    policy: Policy | None = None,
) -> Services:
    """``policy``: the organisation's policy; None reads it from the fixed system place."""
    policy = policy if policy is not None else load_policy()
    database = vault.database
    database_proxy.initialize(database)
    bus = ChangeBus()
    settings = SettingsService(bus, auto_lock_limit=policy.max_auto_lock_minutes)
    backups = BackupService(vault)

    def backup_first(old_version: int, new_version: int) -> None:
        backups.automatic(f"before-v{old_version}-to-v{new_version}", schema_version=old_version)

    ran = migrate(database, migrations, before_migrating=backup_first)
    purge_tombstoned_text()  # in case the last session ended without locking
    backups.keep = settings.backups_to_keep
    library = LibraryService(bus)
    contacts = ContactService()
    StarterInstaller(library, settings).ensure_loaded()  # once per vault, idempotent
    audit = AuditService(vault, label=lambda: str(settings.get(VAULT_LABEL) or vault.folder.name))
    bus.subscribe(audit.on_change)  # deletions reported by any service are audited
    security = SecurityService(vault, audit, policy)
    # A full disk must not keep anyone out of their vault (reading still works): the rows
    # are then missing, and the failed-unlock counter stays for the next unlock.
    with contextlib.suppress(StorageFullError):
        audit.reconcile_anchor()
        audit.record_failed_unlocks()
        audit.record_unlock(policy)
        if vault.unlocked_with == "recovery code":
            audit.record("recovery_code_use", what="unlock")
        security.enforce_remember_policy()
    notes = NotesService(bus, policy, settings)
    with contextlib.suppress(StorageFullError):
        notes.ensure_service_types()  # once per vault
    return Services(
        vault=vault,
        bus=bus,
        settings=settings,
        drafts=DraftService(),
        backups=backups,
        journal=JournalService(bus),
        people=PeopleService(bus),
        roadmap=RoadmapService(bus, settings),
        library=library,
        crisis_plan=CrisisPlanService(bus),
        policy=policy,
        audit=audit,
        security=security,
        notes=notes,
        caseload=CaseloadService(),
        exchange=ExchangeService(vault.vault_id, bus, library, contacts=contacts),
        contacts=contacts,
        migrated=ran,
    )


def end_session(services: Services, reason: str | None = None) -> None:
    """Lock: close the database and unbind the records (queries now fail).

    ``reason`` (manual, idle, screen_lock, quit, command_end) records a "lock" audit row.
    """
    services.bus.clear()
    if services.vault.is_unlocked and database_proxy.obj is services.vault.database:
        if reason is not None:
            # Best effort too: a lock is never stopped by its audit row.
            with contextlib.suppress(VaultError, peewee.DatabaseError):
                services.audit.record_lock(reason)
        with contextlib.suppress(VaultError, peewee.DatabaseError):
            services.audit.reconcile_anchor()  # rows recorded inside a caller's transaction
        # Best effort: a full disk must not stop the lock; the next unlock purges again.
        with contextlib.suppress(VaultError, peewee.DatabaseError):
            purge_tombstoned_text()
    services.vault.lock()
    database_proxy.initialize(None)
