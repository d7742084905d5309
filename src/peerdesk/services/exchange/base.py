"""What every part of the exchange service shares: its state and who this vault is."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from peerdesk.i18n import translate
from peerdesk.services.events import ChangeBus
from peerdesk.services.exchange.contacts import ContactService
from peerdesk.store.records import database_proxy


class ExchangeBase:
    def __init__(
        self,
        vault_id: str,
        bus: ChangeBus,
        library: Any = None,
        *,
        contacts: ContactService | None = None,
        today: Callable[[], date] = date.today,
    ) -> None:
        self.vault_id = vault_id
        self.bus = bus
        self.library = library  # LibraryService: cards go through it (search index)
        self.contacts = contacts or ContactService()
        self.today = today

    # -- who am I ---------------------------------------------------------------------------

    def display_name(self) -> str:
        """This vault's name in files it sends (the identity's, by default the owner's)."""
        return self.contacts.identity.display_name() or translate("Exchange", "A PeerDesk vault")

    def peer_of_contact(self, contact_id: str) -> str | None:
        """The vault id behind a pinned contact (known once a file came from them)."""
        row = database_proxy.execute_sql(
            "SELECT vault_id FROM exchange_peer WHERE contact_id = ?", (contact_id,)
        ).fetchone()
        return str(row[0]) if row else None
