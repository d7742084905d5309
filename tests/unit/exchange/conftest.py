"""Two real SQLCipher vaults (Jo at the agency, Sam at home) for the exchange tests.

The records are bound to one database at a time (``database_proxy``), so a test switches
between the vaults with :func:`use` before calling a vault's services.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

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
