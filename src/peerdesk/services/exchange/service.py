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
from collections.abc import Mapping
from datetime import datetime
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.exchange.bundle import (
    OpenedBundle,
    sign_bundle,
)
from peerdesk.services.exchange.errors import OwnBundleError
from peerdesk.services.exchange.payload import (
    PayloadError,
)
from peerdesk.services.exchange.people_map import PersonMatch
from peerdesk.services.exchange.views import (
    ApplyResult,
    ConflictView,
    ExchangeCancelled,
    ExchangeError,
    ExchangePreview,
    PeerRow,
    PreparedBundle,
    PreviewItem,
    Progress,
    ReceivedSummaryRow,
    SenderInfo,
    ShareDescription,
    ShareRequest,
)
from peerdesk.services.exchange.writing import (
    stamp_of,
)
from peerdesk.store.records import database_proxy, utc_now

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
    "PreparedBundle",
    "PreviewItem",
    "ReceivedSummaryRow",
    "SenderInfo",
    "ShareDescription",
    "ShareRequest",
]


from peerdesk.services.exchange.receiving import ReceiveOps
from peerdesk.services.exchange.sharing import ShareOps


class ExchangeService(ReceiveOps, ShareOps):
    """Share, preview and apply; put together from one part per step (base.py: state and
    identity, sharing.py, receiving.py, applying.py), with the bundle steps here."""

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
            raise ExchangeError(translate("Exchange", "Choose a contact or a share passphrase."))
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
            raise ExchangeError(
                translate("Exchange", "The file's contents do not match its label.")
            )
        preview.bundle = opened
        preview.sender_known = known is not None  # a pinned contact, not just a name
        return preview

    def peers(self) -> list[PeerRow]:
        rows = database_proxy.execute_sql(
            "SELECT vault_id, name, last_received_at, last_sent_at FROM exchange_peer "
            "ORDER BY name COLLATE NOCASE"
        ).fetchall()
        return [PeerRow(r[0], r[1], stamp_of(r[2]), stamp_of(r[3])) for r in rows]

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
            ReceivedSummaryRow(r[0], r[1], r[2], stamp_of(r[3]) or utc_now(), json.loads(r[4]))
            for r in rows
        ]
