"""Creating, unlocking, locking and rekeying a real SQLCipher vault on tmp_path."""

from __future__ import annotations

import hashlib
import unicodedata
from pathlib import Path

import peewee
import pytest

from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.database import CipherDatabase
from peerdesk.vault.errors import (
    EmptyKeyError,
    VaultExistsError,
    VaultInUseError,
    VaultLockedError,
    VaultNotFoundError,
    WrongSecretError,
)
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import (
    FAILED_UNLOCKS_NAME,
    Vault,
    read_failed_unlocks,
    vault_files,
)
from tests.conftest import PASSPHRASE


def _hashes(folder: Path) -> dict[str, str]:
    return {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def test_create_makes_an_encrypted_private_vault(new_vault: tuple[Vault, str]) -> None:
    vault, code = new_vault
    assert len(code.replace("-", "")) == 32
    header = vault.db_path.read_bytes()[:16]
    assert header != b"SQLite format 3\x00"
    assert oct(vault.folder.stat().st_mode & 0o777) == "0o700"
    for path in vault_files(vault.folder):
        assert oct(path.stat().st_mode & 0o777) == "0o600", path
    assert vault.keys_path.read_text().count("ciphertext") == 2  # passphrase + recovery


def test_create_refuses_an_existing_vault(
    new_vault: tuple[Vault, str], fast_kdf: KdfParams
) -> None:
    vault, _ = new_vault
    with pytest.raises(VaultExistsError):
        Vault.create(vault.folder, "another passphrase", kdf=fast_kdf)


def test_open_missing_vault_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(VaultNotFoundError, match="no PeerDesk vault in this folder"):
        Vault.open(tmp_path / "nothing-here")


def test_data_survives_lock_and_unlock(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    Person.create(name="Robin", role="self", is_owner=True)
    end_session(services)
    with pytest.raises(AttributeError):
        Person.select().count()  # unbound: nothing can reconnect while locked
    vault.unlock_with_passphrase(PASSPHRASE)
    start_session(vault)
    assert [p.name for p in Person.select()] == ["Robin"]


def test_lock_closes_the_connection_for_good(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    database = vault.database
    vault.lock()
    assert database.is_closed()
    with pytest.raises(VaultLockedError):
        database.connect()
    with pytest.raises(VaultLockedError):
        _ = vault.database


def test_wrong_passphrase_ten_times_changes_nothing(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    services = start_session(vault)
    Person.create(name="Robin", role="self")
    end_session(services)
    vault.close()
    before = _hashes(vault.folder)
    reopened = Vault.open(vault.folder)
    try:
        for attempt in range(10):
            with pytest.raises(WrongSecretError, match="does not unlock this vault"):
                reopened.unlock_with_passphrase(f"wrong passphrase {attempt}")
            assert not reopened.is_unlocked
    finally:
        reopened.close()
    # Only the failed-unlock counter (no secret) changes; the vault's data is untouched.
    counter = vault.folder / FAILED_UNLOCKS_NAME
    assert read_failed_unlocks(vault.folder)["count"] == 10  # type: ignore[index]
    counter.unlink()
    assert _hashes(vault.folder) == before


@pytest.mark.parametrize(
    "passphrase",
    [
        "it's; DROP TABLE person;--",
        'a "quoted" phrase',
        "x'00'",
        "пароль с пробелами",
        "🙂 émoji ✓",
    ],
)
def test_awkward_passphrases_work(tmp_path: Path, fast_kdf: KdfParams, passphrase: str) -> None:
    vault, _ = Vault.create(tmp_path / "v", passphrase, kdf=fast_kdf)
    vault.close()
    again = Vault.open(tmp_path / "v")
    again.unlock_with_passphrase(passphrase)
    again.close()


def test_nfc_and_nfd_forms_unlock_the_same_vault(tmp_path: Path, fast_kdf: KdfParams) -> None:
    word = "café crème brûlée"
    nfd = unicodedata.normalize("NFD", word)
    assert nfd != unicodedata.normalize("NFC", word)
    vault, _ = Vault.create(tmp_path / "v", unicodedata.normalize("NFC", word), kdf=fast_kdf)
    vault.close()
    again = Vault.open(tmp_path / "v")
    again.unlock_with_passphrase(nfd)
    again.close()


@pytest.mark.parametrize("key", [b"", b"\x00" * 32, b"short", "0" * 64])
def test_empty_or_bad_key_never_opens_a_database(tmp_path: Path, key: object) -> None:
    path = tmp_path / "x.db"
    with pytest.raises(EmptyKeyError):
        CipherDatabase(path, key, create=True)  # type: ignore[arg-type]
    assert not path.exists()


def test_database_is_never_created_implicitly(tmp_path: Path) -> None:
    database = CipherDatabase(tmp_path / "absent.db", b"\x01" * 32)
    with pytest.raises(Exception, match="missing"):
        database.open_and_verify()
    assert not (tmp_path / "absent.db").exists()


def test_plain_sqlite_cannot_read_the_vault(new_vault: tuple[Vault, str]) -> None:
    import sqlite3

    vault, _ = new_vault
    vault.lock()
    conn = sqlite3.connect(vault.db_path)
    with pytest.raises(sqlite3.DatabaseError):
        conn.execute("SELECT * FROM sqlite_master").fetchall()
    conn.close()


def test_connection_pragmas(services: object, new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    db = vault.database
    assert db.execute_sql("PRAGMA temp_store").fetchone()[0] == 2  # MEMORY
    assert db.execute_sql("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute_sql("PRAGMA secure_delete").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute_sql("PRAGMA cipher_version").fetchone()[0]


def test_second_process_is_refused(new_vault: tuple[Vault, str]) -> None:
    import subprocess
    import sys

    vault, _ = new_vault
    code = (
        "import sys; from peerdesk.vault.vault import Vault\n"
        "from peerdesk.vault.errors import VaultInUseError\n"
        "try:\n    Vault.open(sys.argv[1])\nexcept VaultInUseError as e:\n"
        "    print(e); sys.exit(3)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(vault.folder)], capture_output=True, text=True
    )
    assert result.returncode == 3, result.stderr
    assert "already open" in result.stdout


def test_same_process_second_open_is_refused_too(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    with pytest.raises(VaultInUseError):
        Vault.open(vault.folder)


def test_recovery_code_unlocks_and_resets_the_passphrase(new_vault: tuple[Vault, str]) -> None:
    vault, code = new_vault
    vault.close()
    again = Vault.open(vault.folder)
    messy = code.lower().replace("-", " ").replace("0", "o")
    again.unlock_with_recovery_code(messy)
    again.reset_passphrase(code, "a brand new passphrase")
    again.close()
    third = Vault.open(vault.folder)
    with pytest.raises(WrongSecretError):
        third.unlock_with_passphrase(PASSPHRASE)
    third.unlock_with_passphrase("a brand new passphrase")
    third.close()


def test_wrong_recovery_code_is_refused(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    vault.close()
    again = Vault.open(vault.folder)
    with pytest.raises(WrongSecretError):
        again.unlock_with_recovery_code("0000-0000-0000-0000-0000-0000-0000-0000")
    with pytest.raises(WrongSecretError, match="32 letters"):
        again.unlock_with_recovery_code("not a code")
    again.close()


def test_change_passphrase_rewraps_without_touching_the_database(
    new_vault: tuple[Vault, str],
) -> None:
    vault, _ = new_vault
    vault.lock()
    db_before = hashlib.sha256(vault.db_path.read_bytes()).hexdigest()
    with pytest.raises(WrongSecretError):
        vault.change_passphrase("not it", "whatever new")
    vault.change_passphrase(PASSPHRASE, "second passphrase here")
    assert hashlib.sha256(vault.db_path.read_bytes()).hexdigest() == db_before
    with pytest.raises(WrongSecretError):
        vault.unlock_with_passphrase(PASSPHRASE)
    vault.unlock_with_passphrase("second passphrase here")


def test_rotate_data_key_keeps_data_and_issues_new_recovery_code(
    new_vault: tuple[Vault, str],
) -> None:
    vault, old_code = new_vault
    services = start_session(vault)
    Person.create(name="Kept across rekey", role="self")
    new_code = vault.rotate_data_key(PASSPHRASE)
    end_session(services)
    assert new_code != old_code
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_code(old_code)
    vault.unlock_with_recovery_code(new_code)
    start_session(vault)
    assert Person.get().name == "Kept across rekey"
    assert vault.database.integrity_problems() == []


def test_interrupted_rotation_settles_on_the_key_that_works(
    new_vault: tuple[Vault, str],
) -> None:
    """keys.json holds pending envelopes but the rekey never ran: the old key still opens."""
    vault, _ = new_vault

    class Killed(Exception):
        pass

    def die() -> None:
        raise Killed

    with pytest.raises(Killed):
        vault.rotate_data_key(PASSPHRASE, after_pending_saved=die)
    assert '"pending"' in vault.keys_path.read_text()
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    assert '"pending"' not in vault.keys_path.read_text()


def test_a_query_after_lock_fails(new_vault: tuple[Vault, str]) -> None:
    vault, _ = new_vault
    database = vault.database
    vault.lock()
    with pytest.raises((VaultLockedError, peewee.InterfaceError)):
        database.execute_sql("SELECT 1")


def test_rotation_finished_by_unlock_flags_the_recovery_code(new_vault: tuple[Vault, str]) -> None:
    """Killed after the rename, before keys.json was final: the new code was never shown."""
    from peerdesk.vault.keys import KeyFile

    vault, old_code = new_vault
    staged: list[bytes] = []
    vault.rotate_data_key(
        PASSPHRASE, after_pending_saved=lambda: staged.append(vault.keys_path.read_bytes())
    )
    vault.keys_path.write_bytes(staged[0])
    assert KeyFile.load(vault.keys_path).pending  # as if killed before the last save
    vault.lock()
    vault.unlock_with_passphrase(PASSPHRASE)
    assert vault.recovery_code_uncertain
    code = vault.renew_recovery_code()
    assert not vault.recovery_code_uncertain
    vault.lock()
    with pytest.raises(WrongSecretError):
        vault.unlock_with_recovery_code(old_code)
    vault.unlock_with_recovery_code(code)
