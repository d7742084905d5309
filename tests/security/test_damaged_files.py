"""Damaged vault files: a clear error naming the file, nothing overwritten, restore works.

Each case damages one file of a vault that has data and an automatic backup in
``backups/``. Opening must fail with a VaultError naming the damaged file, or (for damage
deep inside the database, which unlocking does not read) ``vault check`` must report it.
Either way no vault file may change, the backup must be offered, and restoring it must
bring every row back.
"""

from __future__ import annotations

import base64
import json
import random
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures, assert_unchanged, snapshot

from peerdesk.services.backup import BackupService, restore_backup
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.errors import EnvelopeDamagedError, VaultError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

ROWS = 400
PAGE = 4096


def _flip(path: Path, offset: int) -> None:
    data = bytearray(path.read_bytes())
    data[offset % len(data)] ^= 0x10
    path.write_bytes(bytes(data))


def _flip_many(path: Path, count: int) -> None:
    rng = random.Random(7)
    size = path.stat().st_size
    for offset in rng.sample(range(size), count):
        _flip(path, offset)


def _truncate(path: Path, size: int) -> None:
    with path.open("r+b") as handle:
        handle.truncate(size)


def _edit_keys(path: Path, change: Callable[[dict[str, object]], None]) -> None:
    data = json.loads(path.read_text())
    change(data)
    path.write_text(json.dumps(data))


def _zero_salt(data: dict[str, object]) -> None:
    envelopes = data["envelopes"]
    assert isinstance(envelopes, list)
    for envelope in envelopes:
        if envelope["method"] == "passphrase":
            envelope["kdf"]["salt"] = base64.b64encode(bytes(16)).decode()


def _zero_recovery_salt(data: dict[str, object]) -> None:
    envelopes = data["envelopes"]
    assert isinstance(envelopes, list)
    for envelope in envelopes:
        if envelope["method"] == "recovery":
            envelope["salt"] = base64.b64encode(bytes(16)).decode()


Damage = Callable[[Path], None]

CASES: dict[str, tuple[str, Damage]] = {
    "db bit flip in page 1": ("peerdesk.db", lambda f: _flip(f / "peerdesk.db", 200)),
    "db bit flip in the salt": ("peerdesk.db", lambda f: _flip(f / "peerdesk.db", 3)),
    "db bit flip deep inside": (
        "peerdesk.db",
        lambda f: _flip(f / "peerdesk.db", 40 * PAGE + 1234),
    ),
    "db bit flips everywhere": ("peerdesk.db", lambda f: _flip_many(f / "peerdesk.db", 50)),
    "db truncated to half": (
        "peerdesk.db",
        lambda f: _truncate(f / "peerdesk.db", (f / "peerdesk.db").stat().st_size // 2),
    ),
    "db truncated to two pages": ("peerdesk.db", lambda f: _truncate(f / "peerdesk.db", 2 * PAGE)),
    "db truncated to 100 bytes": ("peerdesk.db", lambda f: _truncate(f / "peerdesk.db", 100)),
    "db empty": ("peerdesk.db", lambda f: _truncate(f / "peerdesk.db", 0)),
    "db missing": ("peerdesk.db", lambda f: (f / "peerdesk.db").unlink()),
    "keys missing": ("keys.json", lambda f: (f / "keys.json").unlink()),
    "keys empty": ("keys.json", lambda f: _truncate(f / "keys.json", 0)),
    "keys truncated": ("keys.json", lambda f: _truncate(f / "keys.json", 150)),
    "keys garbage": ("keys.json", lambda f: (f / "keys.json").write_bytes(bytes(range(256)))),
    "keys bit flip in the structure": ("keys.json", lambda f: _flip(f / "keys.json", 5)),
    "keys zeroed salt": ("keys.json", lambda f: _edit_keys(f / "keys.json", _zero_salt)),
    "keys zeroed recovery salt": (
        "keys.json",
        lambda f: _edit_keys(f / "keys.json", _zero_recovery_salt),
    ),
}


@pytest.fixture
def damaged_vault_source(tmp_path: Path, fast_kdf: KdfParams) -> Path:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    with vault.database.atomic():
        JournalEntry.insert_many(
            [
                {"occurred_at": datetime(2026, 1, 1), "title": f"row {i}", "body": "y" * 500}
                for i in range(ROWS)
            ]
        ).execute()
    services.backups.automatic("test")
    end_session(services)
    vault.close()
    assert (folder / "peerdesk.db").stat().st_size > 41 * PAGE
    return folder


def _try_to_open(folder: Path) -> VaultError | list[str]:
    """The error unlocking raised, or the problems ``vault check`` found once unlocked."""
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(PASSPHRASE)
    except VaultError as exc:
        return exc
    finally:
        if not vault.is_unlocked:
            vault.close()
    try:
        return vault.database.integrity_problems()
    except VaultError as exc:  # a damaged page may fail the check itself: documented only
        return [f"check failed: {exc}"]
    finally:
        vault.close()


@pytest.mark.parametrize("case", list(CASES))
def test_damaged_file_is_named_never_overwritten_and_restorable(
    damaged_vault_source: Path, case: str, figures: Figures
) -> None:
    folder = damaged_vault_source
    damaged_name, damage = CASES[case]
    damage(folder)
    before = snapshot(folder)

    for _attempt in range(2):  # the second attempt must see the very same files
        outcome = _try_to_open(folder)
        if isinstance(outcome, VaultError):
            named = (outcome.path is not None and outcome.path.name == damaged_name) or (
                damaged_name in str(outcome)
            )
            assert named, f"{case}: the error does not name {damaged_name}: {outcome!r}"
            figures.set(named_on_unlock=1)
        else:
            figures.set(found_by_check=1)
            assert outcome, f"{case}: the damage went unnoticed by unlock and vault check"
        assert_unchanged(before, folder)

    # Restore is offered (the backup is listed for the locked vault) and works.
    vault = Vault.open(folder)
    try:
        offered = BackupService(vault).list_backups()
        assert [info.reason for info in offered] == ["test"]
        replaced = restore_backup(vault, offered[0].path, PASSPHRASE)
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.database.integrity_problems() == []
        services = start_session(vault)
        restored_rows = JournalEntry.select().count()
        assert restored_rows == ROWS
        end_session(services)
    finally:
        vault.close()
    figures.set(restored_rows=restored_rows, unchanged_attempts=2)
    kept = {p.name for p in replaced.iterdir()}
    if damaged_name in before:
        assert damaged_name in kept, "the damaged file must be kept aside, not deleted"


def test_sealed_key_bit_flip_reads_as_damaged_and_recovery_still_opens(
    damaged_vault_source: Path,
) -> None:
    """AES-GCM alone cannot tell a damaged envelope from a wrong passphrase; the envelope's
    stored check can (issue 14): the message says damaged and points to the recovery code
    (its own envelope), and nothing may change."""
    folder = damaged_vault_source

    def flip_ciphertext(data: dict[str, object]) -> None:
        envelopes = data["envelopes"]
        assert isinstance(envelopes, list)
        env = next(e for e in envelopes if e["method"] == "passphrase")
        raw = bytearray(base64.b64decode(env["ciphertext"]))
        raw[0] ^= 1
        env["ciphertext"] = base64.b64encode(bytes(raw)).decode()

    _edit_keys(folder / "keys.json", flip_ciphertext)
    before = snapshot(folder)
    outcome = _try_to_open(folder)
    assert isinstance(outcome, EnvelopeDamagedError)
    assert "damaged" in str(outcome)
    assert "recovery code" in str(outcome)
    assert_unchanged(before, folder)
