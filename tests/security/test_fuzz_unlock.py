"""The unlock path under hypothesis: mutated keys.json files and arbitrary secrets.

Only the documented errors (VaultError subclasses) may come out, and a rejected unlock
leaves every vault file byte-identical.

Argon2id is kept cheap: a mutated keys.json may legally ask for up to 4 GiB and 1000
passes (the plausibility caps in vault/keys.py), which would make one example take
minutes. The wrapper below checks that every request is inside those caps and then runs
the real Argon2id with the cost clamped; the KEK it returns is wrong either way unless the
parameters were left untouched, so the outcome of each example is the same as unclamped.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from _fuzz import keys_file_inputs, passphrases
from conftest import PASSPHRASE, Figures, snapshot
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import peerdesk.vault.keys as keys_module
from peerdesk.vault.errors import VaultError
from peerdesk.vault.keys import KeyFile
from peerdesk.vault.vault import Vault

EXAMPLES = 10_000
MAX_MEMORY_KIB = 4 * 1024 * 1024
MAX_TIME_COST = 1000


@pytest.fixture
def bounded_argon2(monkeypatch: pytest.MonkeyPatch) -> None:
    real = keys_module.hash_secret_raw

    @functools.wraps(real)
    def clamped(secret: bytes, salt: bytes, **kw: Any) -> bytes:
        assert 0 < kw["time_cost"] <= MAX_TIME_COST, kw
        assert 0 < kw["memory_cost"] <= MAX_MEMORY_KIB, kw
        kw["time_cost"] = min(kw["time_cost"], 2)
        kw["memory_cost"] = min(kw["memory_cost"], 16 * 1024)
        return bytes(real(secret, salt, **kw))

    monkeypatch.setattr(keys_module, "hash_secret_raw", clamped)


@contextlib.contextmanager
def _vault(folder: Path) -> Iterator[Vault]:
    vault = Vault.open(folder)
    try:
        yield vault
    finally:
        vault.close()


Unlock = Callable[[Vault], object]


def _unlockers(code: str) -> st.SearchStrategy[tuple[str, Unlock]]:
    right = st.just(("right passphrase", lambda v: v.unlock_with_passphrase(PASSPHRASE)))
    right_code = st.just(("right code", lambda v: v.unlock_with_recovery_code(code)))
    any_pass = passphrases.map(
        lambda p: (f"passphrase {p!r}", lambda v: v.unlock_with_passphrase(p))
    )
    any_code = passphrases.map(lambda p: (f"code {p!r}", lambda v: v.unlock_with_recovery_code(p)))
    return st.one_of(right, right_code, any_pass, any_code)


@pytest.mark.slow
def test_unlock_survives_10000_mutated_key_files_and_secrets(
    new_vault: tuple[Vault, str], bounded_argon2: None, figures: Figures
) -> None:
    vault, code = new_vault
    vault.close()
    folder = vault.folder
    keys_path = folder / "keys.json"
    original_keys = keys_path.read_bytes()
    original_db = (folder / "peerdesk.db").read_bytes()
    tally = {"inputs": 0, "rejected": 0, "opened": 0}
    errors: dict[str, int] = {}

    @settings(
        max_examples=EXAMPLES,
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
    )
    @given(keys=keys_file_inputs(original_keys), unlock=_unlockers(code))
    def one(keys: bytes, unlock: tuple[str, Unlock]) -> None:
        tally["inputs"] += 1
        keys_path.write_bytes(keys)
        # (The failed-unlock counter, no secret, is meant to appear on a wrong secret.)
        names = sorted(p.name for p in folder.iterdir() if p.name != "failed-unlocks.json")
        label, attempt = unlock
        with _vault(folder) as v:
            try:
                attempt(v)
            except VaultError as exc:
                tally["rejected"] += 1
                name = type(exc).__name__
                errors[name] = errors.get(name, 0) + 1
                rejected = bool(str(exc)) or pytest.fail("an error must say something")
            else:
                rejected = False
        # The database is never touched; files neither appear nor vanish.
        assert (folder / "peerdesk.db").read_bytes() == original_db, label
        assert (
            sorted(p.name for p in folder.iterdir() if p.name != "failed-unlocks.json") == names
        ), label
        if rejected:
            assert keys_path.read_bytes() == keys, f"{label}: a rejected unlock wrote keys.json"
            return
        tally["opened"] += 1
        # keys.json changes only to settle a pending rotation (a mutation can copy the
        # real envelopes into "pending").
        if keys_path.read_bytes() != keys:
            assert KeyFile.load(keys_path).pending == ()

    try:
        one()
    finally:
        keys_path.write_bytes(original_keys)
    assert tally["inputs"] >= EXAMPLES
    figures.set(**tally, errors=errors)


@pytest.mark.slow
@settings(max_examples=1_000, deadline=None, database=None)
@given(secret=passphrases)
def test_any_passphrase_is_accepted_only_if_right(secret: str, tmp_path_factory: Any) -> None:
    """Arbitrary passphrases against an intact vault: right → opens, else WrongSecretError."""
    folder = _shared_vault(tmp_path_factory)
    before = snapshot(folder)
    with _vault(folder) as v:
        try:
            v.unlock_with_passphrase(secret)
        except VaultError:
            assert snapshot(folder) == before
            return
    assert v.is_unlocked  # the only way in is the right passphrase
    assert secret == PASSPHRASE


@functools.cache
def _shared_vault_cached(root: str) -> Path:
    folder = Path(root) / "vault"
    Vault.create(folder, PASSPHRASE, kdf=keys_module.calibrate_kdf(0.005))[0].close()
    return folder


def _shared_vault(factory: Any) -> Path:
    return _shared_vault_cached(str(factory.getbasetemp()))


def _edit(doc: dict[str, Any], path: tuple[Any, ...], value: Any) -> None:
    target: Any = doc
    for step in path[:-1]:
        target = target[step]
    if value is _DELETE:
        del target[path[-1]]
    else:
        target[path[-1]] = value


_DELETE = object()

# Each of these once escaped as something other than a VaultError (found by the fuzzer).
KNOWN_HOSTILE: dict[str, tuple[tuple[Any, ...], Any]] = {
    "passphrase envelope without kdf": (("envelopes", 0, "kdf"), _DELETE),
    "Argon2 memory below 8 x parallelism": (("envelopes", 0, "kdf", "memory_kib"), 1),
    "vault id with a lone surrogate": (("vault_id",), "\ud800"),
    "empty vault id": (("vault_id",), ""),
}


@pytest.mark.parametrize("case", list(KNOWN_HOSTILE))
def test_known_hostile_key_files_are_reported_as_damaged(
    new_vault: tuple[Vault, str], case: str
) -> None:
    import json

    vault, _code = new_vault
    vault.close()
    doc = json.loads(vault.keys_path.read_text())
    assert doc["envelopes"][0]["method"] == "passphrase"
    _edit(doc, *KNOWN_HOSTILE[case])
    vault.keys_path.write_text(json.dumps(doc))
    before = snapshot(vault.folder)
    with _vault(vault.folder) as v, pytest.raises(VaultError) as caught:
        v.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.path == vault.keys_path
    assert snapshot(vault.folder) == before


@pytest.mark.parametrize(
    "content", [b"[" * 100_000, b" " * (2 * 1024 * 1024)], ids=["deep nesting", "2 MiB"]
)
def test_absurd_key_files_are_reported_as_damaged(
    new_vault: tuple[Vault, str], content: bytes
) -> None:
    vault, _code = new_vault
    vault.close()
    vault.keys_path.write_bytes(content)
    with _vault(vault.folder) as v, pytest.raises(VaultError) as caught:
        v.unlock_with_passphrase(PASSPHRASE)
    assert caught.value.path == vault.keys_path


def test_a_passphrase_with_a_lone_surrogate_is_just_wrong(new_vault: tuple[Vault, str]) -> None:
    vault, _code = new_vault
    vault.close()
    with _vault(vault.folder) as v, pytest.raises(VaultError, match="does not unlock"):
        v.unlock_with_passphrase("correct horse\ud800")
