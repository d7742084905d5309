"""Two real SQLCipher vaults (Jo at the agency, Sam at home) for the exchange tests.

The records are bound to one database at a time (``database_proxy``), so a test switches
between the vaults with :func:`use` before calling a vault's services.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pytest

from peerdesk.services.exchange.bundle import OpenedBundle, seal_bundle
from peerdesk.services.exchange.identity import VaultIdentity
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import database_proxy
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE

SHARE_PASSPHRASE = "blue kettle on the third shelf"


def use(services: Services) -> Services:
    """Bind the records to this vault's database (and return its services)."""
    database_proxy.initialize(services.vault.database)
    return services


def make_vault(folder: Path, kdf: KdfParams, owner: str | None) -> Services:
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    if owner is not None:
        services.people.create(owner, "peer_specialist", is_owner=True)
    return services


@dataclass
class Pair:
    jo: Services
    sam: Services


@pytest.fixture
def pair(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[Pair]:
    jo = make_vault(tmp_path / "jo" / "vault", fast_kdf, "Jo Okafor")
    sam = make_vault(tmp_path / "sam" / "vault", fast_kdf, "Sam Rivera")
    yield Pair(jo, sam)
    for services in (jo, sam):
        if services.vault.is_unlocked:
            use(services)
            end_session(services)
        services.vault.close()


@dataclass
class Introduced:
    """Jo and Sam, each pinned in the other's vault (no passphrase round: keys given)."""

    pair: Pair
    jo_identity: VaultIdentity
    sam_identity: VaultIdentity
    jo_at_sam: str  # the contact id of Jo in Sam's vault
    sam_at_jo: str


def send(
    sender: Services, receiver_identity: VaultIdentity, scope: str, payload: bytes, **kw: Any
) -> bytes:
    """A bundle from ``sender`` straight to a recipient key (prepare_send without contact)."""
    use(sender)
    fields = sender.contacts.prepare_send("roadmap", scope, None)
    if kw:
        fields = replace(fields, **kw)
    return seal_bundle(
        sender.contacts.own_identity(),
        fields,
        payload,
        to_recipient=receiver_identity.age_recipient,
        share_passphrase=None,
    )


def receive(receiver: Services, data: bytes) -> OpenedBundle:
    use(receiver)
    opened = receiver.contacts.open_bundle(data)
    receiver.contacts.pin(opened)
    receiver.contacts.record_received(opened)
    return opened


@pytest.fixture
def introduced(pair: Pair) -> Introduced:
    jo_identity = use(pair.jo).contacts.own_identity()
    sam_identity = use(pair.sam).contacts.own_identity()
    first = receive(pair.sam, send(pair.jo, sam_identity, "sam-at-jo", b"hello Sam"))
    back = receive(pair.jo, send(pair.sam, jo_identity, "sam-self", b"hello Jo"))
    use(pair.sam)
    jo_at_sam = pair.sam.contacts.by_signing_key(first.sender.signing_public)
    use(pair.jo)
    sam_at_jo = pair.jo.contacts.by_signing_key(back.sender.signing_public)
    assert jo_at_sam is not None
    assert sam_at_jo is not None
    return Introduced(pair, jo_identity, sam_identity, jo_at_sam.id, sam_at_jo.id)


# The merge engine's fixtures (Side per vault, switched with ``Side.active()``).
from tests.unit.exchange.two_vaults import jo_sam, make_sides  # noqa: E402, F401
