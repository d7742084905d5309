"""Exchange bundles between vaults: sealing, opening, previewing and merging (no Qt)."""

from peerdesk.services.exchange.contacts import ContactService
from peerdesk.services.exchange.service import ExchangeService

__all__ = ["ContactService", "ExchangeService"]
