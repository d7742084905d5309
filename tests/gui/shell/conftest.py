"""Shell fixtures for agency workstations: controllers under an injected policy.

The policy always comes from a file written here (never the machine's, never a variable).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from peerdesk.app import AppController
from peerdesk.services.audit import AuditRow
from peerdesk.services.policy import Policy, load_policy
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault
from tests.conftest import PASSPHRASE


def no_registry() -> None:
    return None


def policy_from(folder: Path, text: str) -> Policy:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "policy.toml"
    path.write_text(text, encoding="utf-8")
    return load_policy(path, registry=no_registry)


@pytest.fixture
def no_policy(tmp_path: Path) -> Policy:
    return load_policy(tmp_path / "absent-policy.toml", registry=no_registry)


@pytest.fixture
def make_vault(tmp_path: Path, fast_kdf: KdfParams) -> Callable[[str], Path]:
    def make(name: str) -> Path:
        folder = tmp_path / name
        vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
        vault.close()
        return folder

    return make


@pytest.fixture
def controller_with(
    qtbot: QtBot, tmp_path: Path, fast_kdf: KdfParams, no_policy: Policy
) -> Iterator[Callable[..., AppController]]:
    """controller_with(policy=None, unlock=True, folder=None, label="") -> a shown controller."""
    made: list[AppController] = []

    def make(
        policy: Policy | None = None,
        *,
        unlock: bool = True,
        folder: Path | None = None,
        label: str = "",
    ) -> AppController:
        folder = folder or tmp_path / "vault"
        if not folder.exists():
            vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
            vault.close()
        controller = AppController(folder, policy=policy or no_policy, label=label)
        made.append(controller)
        qtbot.addWidget(controller.window)
        assert controller.open_vault()
        controller.window.show()
        if unlock:
            with qtbot.waitSignal(controller.unlocked, timeout=5000):
                controller.unlock(PASSPHRASE)
        return controller

    yield make
    for controller in made:
        controller.shutdown()


def audit_rows(controller: AppController, kind: str | None = None) -> list[AuditRow]:
    """The audit rows of an unlocked controller's vault (all, or of one kind)."""
    assert controller.services is not None
    rows = controller.services.audit.rows()
    return [r for r in rows if kind is None or r.kind == kind]


def relock_and_read(
    qtbot: QtBot, controller: AppController, kind: str | None = None
) -> list[AuditRow]:
    """Unlock again (if locked) and read the rows."""
    if controller.is_locked:
        with qtbot.waitSignal(controller.unlocked, timeout=5000):
            controller.unlock(PASSPHRASE)
    return audit_rows(controller, kind)
