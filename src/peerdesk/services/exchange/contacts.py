"""Contacts: the vaults this one exchanges bundles with, pinned by their signing key.

The flow, for a caller (GUI, CLI, merge engine)::

    opened = contacts.open_bundle(data, share_passphrase=...)   # refuses, or reads; no writes
    if not opened.is_known_sender:                             # show fingerprint words first
        contacts.pin(opened)                                   # only once the person confirms
    ...merge opened.payload...
    contacts.record_received(opened)                           # in the merge transaction

and to send::

    fields = contacts.prepare_send("roadmap", person_id, contact_id)   # sequence + ack
    data = contacts.seal(fields, payload, contact_id=contact_id)       # or share_passphrase=

Every method returns dataclasses, never records.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from peerdesk.services.exchange.bundle import (
    HeaderFields,
    KnownSender,
    OpenedBundle,
    check_sender,
    name_key,
    now_utc,
    open_bundle,
    seal_bundle,
)
from peerdesk.services.exchange.fingerprint import fingerprint_text
from peerdesk.services.exchange.identity import (
    IdentityService,
    VaultIdentity,
    clean_display_name,
)
from peerdesk.store.records import (
    ExchangeContact,
    ExchangeScope,
    ExchangeSequence,
    database_proxy,
)


class ContactNotFound(LookupError):
    pass


class CannotPin(ValueError):
    """Pinning was asked for something that cannot be pinned (this vault's own key)."""


@dataclass(frozen=True)
class Contact:
    id: str
    name: str  # shown in this vault (renamable)
    claimed_name: str  # as the sender signed it, last time
    fingerprint: str  # six words, to compare aloud
    signing_public: bytes
    age_recipient: str
    first_exchange_at: datetime
    last_exchange_at: datetime


@dataclass(frozen=True)
class ScopeState:
    contact_id: str
    scope_kind: str
    scope_id: str
    last_received: int
    last_sent: int


def _contact(row: ExchangeContact) -> Contact:
    key = bytes(row.signing_public)
    return Contact(
        id=str(row.id),
        name=str(row.name),
        claimed_name=str(row.claimed_name),
        fingerprint=fingerprint_text(key),
        signing_public=key,
        age_recipient=str(row.age_recipient),
        first_exchange_at=row.first_exchange_at,
        last_exchange_at=row.last_exchange_at,
    )


class ContactService:
    """Pinned contacts, per-scope sequence numbers, and sealing/opening with them."""

    def __init__(self, identity: IdentityService | None = None) -> None:
        self.identity = identity or IdentityService()

    # -- reading ---------------------------------------------------------------------------

    def list_contacts(self) -> list[Contact]:
        rows = ExchangeContact.select().order_by(ExchangeContact.name, ExchangeContact.id)
        return sorted((_contact(r) for r in rows), key=lambda c: (name_key(c.name), c.id))

    def get(self, contact_id: str) -> Contact:
        row = ExchangeContact.get_or_none(ExchangeContact.id == contact_id)
        if row is None:
            raise ContactNotFound(contact_id)
        return _contact(row)

    def by_signing_key(self, signing_public: bytes) -> Contact | None:
        row = ExchangeContact.get_or_none(ExchangeContact.signing_public == signing_public)
        return None if row is None else _contact(row)

    def scopes(self, contact_id: str) -> list[ScopeState]:
        rows = (
            ExchangeScope.select()
            .where(ExchangeScope.contact == contact_id)
            .order_by(ExchangeScope.scope_kind, ExchangeScope.scope_id)
        )
        return [
            ScopeState(contact_id, r.scope_kind, r.scope_id, r.last_received, r.last_sent)
            for r in rows
        ]

    # -- ContactLookup (what open_bundle asks) -----------------------------------------------

    def known_sender(self, signing_public: bytes) -> KnownSender | None:
        found = self.by_signing_key(signing_public)
        return None if found is None else KnownSender(found.id, found.name)

    def name_taken_by_other_key(self, name: str, signing_public: bytes) -> bool:
        wanted = name_key(name)
        if not wanted:
            return False
        for row in ExchangeContact.select(
            ExchangeContact.name, ExchangeContact.claimed_name, ExchangeContact.signing_public
        ):
            if bytes(row.signing_public) == signing_public:
                continue
            if wanted in (name_key(row.name), name_key(row.claimed_name)):
                return True
        return False

    def last_received(self, contact_id: str, scope_kind: str, scope_id: str) -> int:
        row = ExchangeScope.get_or_none(
            (ExchangeScope.contact == contact_id)
            & (ExchangeScope.scope_kind == scope_kind)
            & (ExchangeScope.scope_id == scope_id)
        )
        return 0 if row is None else int(row.last_received)

    def last_sent(self, contact_id: str, scope_kind: str, scope_id: str) -> int:
        row = ExchangeScope.get_or_none(
            (ExchangeScope.contact == contact_id)
            & (ExchangeScope.scope_kind == scope_kind)
            & (ExchangeScope.scope_id == scope_id)
        )
        return 0 if row is None else int(row.last_sent)

    # -- opening and sealing ---------------------------------------------------------------

    def open_bundle(
        self, data: bytes, *, share_passphrase: str | None = None, now: datetime | None = None
    ) -> OpenedBundle:
        """Check and decrypt with this vault's identity and contacts. Writes nothing (an
        identity not made yet is not made here: only a passphrase bundle opens then)."""
        return open_bundle(
            data,
            self.identity.existing(with_name=False),
            share_passphrase=share_passphrase,
            now=now,
            contacts=self,
        )

    def check_sender(self, opened: OpenedBundle) -> OpenedBundle:
        """The contact checks alone, for a bundle opened elsewhere (a worker thread) with
        ``open_bundle(data, contacts.identity.existing(), share_passphrase=...)``."""
        return check_sender(opened, self)

    def prepare_send(
        self,
        scope_kind: str,
        scope_id: str,
        contact_id: str | None,
        *,
        ack_scope_id: str | None = None,
        expires_at: datetime | None = None,
    ) -> HeaderFields:
        """Take the next sequence number for this scope (one counter per scope, whoever the
        recipient, so a passphrase bundle and a later one to the contact never collide) and
        the acknowledgement: the last sequence received from ``contact_id`` for the scope
        (their id for it: ``ack_scope_id``, default ``scope_id``). Writes the counters."""
        with database_proxy.atomic():
            row = ExchangeSequence.get_or_none(
                (ExchangeSequence.scope_kind == scope_kind)
                & (ExchangeSequence.scope_id == scope_id)
            ) or ExchangeSequence.create(scope_kind=scope_kind, scope_id=scope_id)
            sequence = int(row.last_sent) + 1
            ExchangeSequence.update(last_sent=sequence).where(
                ExchangeSequence.id == row.id
            ).execute()
            ack = 0
            if contact_id is not None:
                self.get(contact_id)
                ack = self.last_received(contact_id, scope_kind, ack_scope_id or scope_id)
                state = self._scope_row(contact_id, scope_kind, scope_id)
                ExchangeScope.update(last_sent=sequence).where(
                    ExchangeScope.id == state.id
                ).execute()
        return HeaderFields(scope_kind, scope_id, sequence, ack, expires_at)

    def seal(
        self,
        fields: HeaderFields,
        payload: bytes,
        *,
        contact_id: str | None = None,
        share_passphrase: str | None = None,
        now: datetime | None = None,
    ) -> bytes:
        """A bundle to a pinned contact (instant) or to a share passphrase (2–3 s)."""
        recipient = None if contact_id is None else self.get(contact_id).age_recipient
        return seal_bundle(
            self.identity.identity(),
            fields,
            payload,
            to_recipient=recipient,
            share_passphrase=share_passphrase,
            now=now,
        )

    # -- changing --------------------------------------------------------------------------

    def pin(self, opened: OpenedBundle, name: str | None = None) -> Contact:
        """Pin the sender of ``opened`` (after the person compared the fingerprint words).
        Idempotent: a sender already pinned is returned as it is."""
        sender = opened.sender
        existing = self.by_signing_key(sender.signing_public)
        if existing is not None:
            return existing
        own = self.identity.existing(with_name=False)
        if own is not None and own.signing_public == sender.signing_public:
            raise CannotPin("this vault's own key")
        moment = now_utc()
        row = ExchangeContact.create(
            signing_public=sender.signing_public,
            age_recipient=sender.age_recipient,
            claimed_name=sender.display_name,
            name=clean_display_name(name) if name is not None else sender.display_name,
            first_exchange_at=moment,
            last_exchange_at=moment,
        )
        return _contact(row)

    def record_received(self, opened: OpenedBundle) -> Contact:
        """After reading a bundle in: its sequence becomes the last received for the scope
        (never lowered), the exchange time and the sender's claimed name and age key are
        updated. The sender must be pinned."""
        contact = self.by_signing_key(opened.sender.signing_public)
        if contact is None:
            raise ContactNotFound("the sender is not pinned")
        header = opened.header
        with database_proxy.atomic():
            state = self._scope_row(contact.id, header.scope_kind, header.scope_id)
            if header.sequence > state.last_received:
                ExchangeScope.update(last_received=header.sequence).where(
                    ExchangeScope.id == state.id
                ).execute()
            ExchangeContact.update(
                last_exchange_at=now_utc(),
                claimed_name=opened.sender.display_name,
                age_recipient=opened.sender.age_recipient,
            ).where(ExchangeContact.id == contact.id).execute()
        return self.get(contact.id)

    def rename(self, contact_id: str, name: str) -> Contact:
        self.get(contact_id)
        ExchangeContact.update(name=clean_display_name(name)).where(
            ExchangeContact.id == contact_id
        ).execute()
        return self.get(contact_id)

    def forget(self, contact_id: str) -> None:
        """Delete the contact and its sequence numbers; their next file is from a stranger."""
        with database_proxy.atomic():
            ExchangeScope.delete().where(ExchangeScope.contact == contact_id).execute()
            ExchangeContact.delete().where(ExchangeContact.id == contact_id).execute()

    def own_identity(self) -> VaultIdentity:
        """This vault's identity, made on first use (writes once)."""
        return self.identity.identity()

    def _scope_row(self, contact_id: str, scope_kind: str, scope_id: str) -> ExchangeScope:
        found: ExchangeScope | None = ExchangeScope.get_or_none(
            (ExchangeScope.contact == contact_id)
            & (ExchangeScope.scope_kind == scope_kind)
            & (ExchangeScope.scope_id == scope_id)
        )
        if found is not None:
            return found
        made: ExchangeScope = ExchangeScope.create(
            contact=contact_id, scope_kind=scope_kind, scope_id=scope_id
        )
        return made
