"""Two (or three) real SQLCipher vaults in one process, switched by ``Side.active()``.

Records are bound to one global database proxy, so a test says which vault it works on.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest

from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import database_proxy
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


@dataclass
class Side:
    name: str
    folder: Path
    vault: Vault
    services: Services

    @contextmanager
    def active(self) -> Iterator[Services]:
        previous = database_proxy.obj
        database_proxy.initialize(self.vault.database)
        try:
            yield self.services
        finally:
            database_proxy.initialize(previous)

    def close(self) -> None:
        database_proxy.initialize(self.vault.database)
        end_session(self.services)
        self.vault.close()


def make_side(tmp_path: Path, name: str, owner: str, role: str, *, kdf: KdfParams) -> Side:
    folder = tmp_path / name
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    services.people.create(owner, role, is_owner=True)
    return Side(name, folder, vault, services)


@pytest.fixture
def make_sides(tmp_path: Path, fast_kdf: KdfParams) -> Iterator[object]:
    made: list[Side] = []

    def make(*specs: tuple[str, str, str]) -> list[Side]:
        for name, owner, role in specs:
            made.append(make_side(tmp_path, name, owner, role, kdf=fast_kdf))
        return made[-len(specs) :]

    yield make
    for side in made:
        if side.vault.is_unlocked:
            side.close()
    database_proxy.initialize(None)


@pytest.fixture
def jo_sam(make_sides: object) -> tuple[Side, Side]:
    """Jo (peer specialist, agency vault, Sam on her caseload) and Sam (at home)."""
    jo, sam = make_sides(  # type: ignore[operator]
        ("jo", "Jo Okafor", "peer_specialist"), ("sam", "Sam Rivera", "self")
    )
    with jo.active() as s:
        s.people.create("Sam Rivera", "self")
    return jo, sam
