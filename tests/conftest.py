"""Fixtures for every test: data folders in tmp, a fast KDF, real SQLCipher vaults.

Like qutebrowser's suite, every folder the app could write to (HOME, XDG dirs, TMPDIR)
points into the test's own tmp_path, so nothing leaks into the developer's account and the
leak tests can sweep those folders.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["PEERDESK_KDF_TARGET_MS"] = "5"

from peerdesk.services.session import Services, end_session, start_session
from peerdesk.vault.keys import KdfParams, calibrate_kdf
from peerdesk.vault.vault import Vault

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def isolated_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    home = tmp_path_factory.mktemp("home")
    for name, sub in (
        ("XDG_CONFIG_HOME", ".config"),
        ("XDG_DATA_HOME", ".local/share"),
        ("XDG_CACHE_HOME", ".cache"),
        ("XDG_STATE_HOME", ".local/state"),
    ):
        (home / sub).mkdir(parents=True, exist_ok=True)
        monkeypatch.setenv(name, str(home / sub))
    if not os.environ.get("PEERDESK_REAL_KEYRING"):
        # The real Secret Service tests need the HOME that gnome-keyring was started with.
        monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def fast_kdf() -> KdfParams:
    return calibrate_kdf(0.005)


@pytest.fixture
def vault_dir(tmp_path: Path) -> Path:
    return tmp_path / "vault"


@pytest.fixture
def new_vault(vault_dir: Path, fast_kdf: KdfParams) -> Iterator[tuple[Vault, str]]:
    """An unlocked, freshly created vault and its recovery code (closed afterwards)."""
    vault, code = Vault.create(vault_dir, PASSPHRASE, kdf=fast_kdf)
    yield vault, code
    vault.close()


@pytest.fixture
def services(new_vault: tuple[Vault, str]) -> Iterator[Services]:
    """A started session on a real SQLCipher vault on tmp_path."""
    vault, _code = new_vault
    session = start_session(vault)
    yield session
    if vault.is_unlocked:
        end_session(session)


# Tests that must not run beside each other under pytest-xdist (tools/dev check runs
# ``-n auto --dist loadgroup``): each group goes to one worker, which runs it test after
# test; everything else is handed out one test at a time. A node id belongs to the group of
# the first prefix it starts with. (pytest-xdist's own ``xdist_group`` mark does nothing
# with pytest 9.2: xdist 3.8 appends the group to ``item._nodeid``, which pytest no longer
# reads.)
XDIST_GROUPS = {
    # Builds into the checkout's dist/ and build/ once (module fixtures); dpkg installs
    # system-wide.
    "tests/packaging/test_deb.py::": "big-files",
    # Builds its wheel once (module fixture); ~800 MB of fresh venvs under /tmp.
    "tests/packaging/test_wheel.py::": "big-files",
    # Reads every file written under /tmp during its session, the two above's included.
    "tests/security/test_canary_sweep.py::test_no_canary_outside_the_encrypted_database": (
        "big-files"
    ),
}


@pytest.hookimpl(tryfirst=True, optionalhook=True)
def pytest_xdist_make_scheduler(config: pytest.Config, log: Any) -> Any:
    if config.getvalue("dist") != "loadgroup":
        return None
    from xdist.scheduler import LoadGroupScheduling

    class GroupScheduling(LoadGroupScheduling):
        def _split_scope(self, nodeid: str) -> str:
            for prefix, group in XDIST_GROUPS.items():
                if nodeid.startswith(prefix):
                    return group
            return str(super()._split_scope(nodeid))

    return GroupScheduling(config, log)


# The security suite's figures under pytest-xdist (tools/dev check runs on every core): each
# worker hands its part over when it finishes (tests/security/conftest.py), and the
# controller, which runs no test itself, writes them merged to $PEERDESK_SECURITY_FIGURES.
_SECURITY_FIGURE_PARTS: list[dict[str, Any]] = []


@pytest.hookimpl(optionalhook=True)
def pytest_testnodedown(node: Any, error: object) -> None:
    part = getattr(node, "workeroutput", {}).get("peerdesk_security_figures")
    if part:
        _SECURITY_FIGURE_PARTS.append(json.loads(part))


def pytest_sessionfinish(session: pytest.Session) -> None:
    target = os.environ.get("PEERDESK_SECURITY_FIGURES")
    if not target or not _SECURITY_FIGURE_PARTS:
        return
    tool = Path(__file__).resolve().parents[1] / "tools" / "security_figures.py"
    spec = importlib.util.spec_from_file_location("security_figures", tool)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    document = module.merge(_SECURITY_FIGURE_PARTS)
    Path(target).write_text(json.dumps(document, indent=2, sort_keys=True) + "\n")
