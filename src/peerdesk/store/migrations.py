"""Schema versions. ``PRAGMA user_version`` holds the version; each step runs in a transaction.

The vault takes an encrypted backup before running any step on an existing database.
Version 1 is the first released schema: from now on, change it only by adding a step.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

import peewee

from peerdesk.store.records import ALL_EXTRA_SQL, ALL_RECORDS, BaseRecord, contacts, exchange
from peerdesk.vault.errors import VaultError


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[peewee.Database], None]


def _create_initial_schema(db: peewee.Database) -> None:
    db.create_tables(ALL_RECORDS, safe=True)
    for sql in ALL_EXTRA_SQL:
        db.execute_sql(sql)
    for record in ALL_RECORDS:
        if issubclass(record, BaseRecord):
            # Partial: finds the few tombstones fast (the purge on lock) without tempting
            # SQLite to use it for "deleted_at IS NULL", which matches nearly every row.
            table = record._meta.table_name
            db.execute_sql(
                f"CREATE INDEX IF NOT EXISTS {table}_tombstones ON {table} (deleted_at) "
                "WHERE deleted_at IS NOT NULL"
            )


def _create_agency_tables(db: peewee.Database) -> None:
    """Audit trail, session notes and addenda, service types, planned contacts."""
    from peerdesk.store.records import agency

    db.create_tables(agency.RECORDS, safe=True)
    for sql in agency.EXTRA_SQL:
        db.execute_sql(sql)
    for record in agency.RECORDS:
        if issubclass(record, BaseRecord):
            table = record._meta.table_name
            db.execute_sql(
                f"CREATE INDEX IF NOT EXISTS {table}_tombstones ON {table} (deleted_at) "
                "WHERE deleted_at IS NOT NULL"
            )
def _create_exchange_tables(db: peewee.Database) -> None:
    # Only this area's tables: a vault at version 1 has everything else already.
    db.create_tables(contacts.RECORDS, safe=True)


def _create_field_version_tables(db: peewee.Database) -> None:
    # Only the merge's tables (field versions, people links, peers, received summaries).
    db.create_tables(exchange.RECORDS, safe=True)


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "the first schema", _create_initial_schema),
    Migration(2, "exchange identity and contacts", _create_exchange_tables),
    Migration(3, "exchange field versions", _create_field_version_tables),
    Migration(4, "agency: audit, notes", _create_agency_tables),
)
SCHEMA_VERSION = MIGRATIONS[-1].version

BeforeMigrating = Callable[[int, int], None]


def schema_version(db: peewee.Database) -> int:
    return int(db.execute_sql("PRAGMA user_version").fetchone()[0])


def pending_migrations(
    db: peewee.Database, migrations: Sequence[Migration] = MIGRATIONS
) -> list[Migration]:
    current = schema_version(db)
    latest = migrations[-1].version if migrations else 0
    if current > latest:
        raise VaultError(
            f"This vault was written by a newer PeerDesk (schema {current}, this one knows "
            f"{latest}). Update PeerDesk to open it; nothing was changed."
        )
    return [m for m in migrations if m.version > current]


def migrate(
    db: peewee.Database,
    migrations: Sequence[Migration] = MIGRATIONS,
    before_migrating: BeforeMigrating | None = None,
) -> list[Migration]:
    """Bring the schema up to date. Returns the steps that ran."""
    todo = pending_migrations(db, migrations)
    if not todo:
        return []
    current = schema_version(db)
    if current > 0 and before_migrating is not None:
        before_migrating(current, todo[-1].version)
    for step in todo:
        with db.atomic():
            step.apply(db)
            db.execute_sql(f"PRAGMA user_version = {int(step.version)}")
    return todo
