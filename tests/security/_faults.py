"""Deliberate faults the security suite must catch, each applied alone.

``PEERDESK_FAULT=<name>`` makes the security suite's conftest (and every child script,
through scripts/_support.py) apply one fault to the production code before the tests run;
test_deliberate_faults.py runs the fault's targeted tests in a subprocess that way and
requires them to fail. Adding a fault is one entry in FAULTS: a description, the tests
that must catch it, and a function that breaks the code (monkeypatching a module attribute
the production code looks up at call time).
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

FAULT_ENV = "PEERDESK_FAULT"


@dataclass(frozen=True)
class Fault:
    description: str
    targets: tuple[str, ...]  # pytest node ids (relative to the repository)
    apply: Callable[[], None]


def _kdf_ignores_salt() -> None:
    from argon2.low_level import Type, hash_secret_raw

    from peerdesk.vault import keys

    def derive(self: Any, secret: bytes) -> bytes:
        return hash_secret_raw(
            secret, b"\0" * 16, time_cost=self.time_cost, memory_cost=self.memory_kib,
            parallelism=self.parallelism, hash_len=32, type=Type.ID,
        )  # fmt: skip

    keys.KdfParams.derive = derive  # type: ignore[method-assign]


def _no_dir_fsync() -> None:
    from peerdesk.vault import backup, files, vault

    def fsync_dir(path: Any) -> None:
        return None

    for module in (files, backup, vault):
        module.fsync_dir = fsync_dir  # type: ignore[attr-defined]


def _backup_without_folder_fsync() -> None:
    """Only write_backup loses its fsync of the folder (the first power-cut finding)."""
    from peerdesk.vault import backup

    backup.fsync_dir = lambda path: None  # type: ignore[assignment]


def _key_file_not_fsynced() -> None:
    from peerdesk.vault import files

    real = os.fsync

    class _Os:
        def __getattr__(self, name: str) -> Any:
            return getattr(os, name)

        @staticmethod
        def fsync(fd: int) -> None:
            if not os.path.basename(os.readlink(f"/proc/self/fd/{fd}")).startswith(".keys"):
                real(fd)

    files.os = _Os()  # type: ignore[assignment]


def _pragma(name: str, value: str) -> Callable[[], None]:
    def apply() -> None:
        from peerdesk.vault import database

        database.CONNECTION_PRAGMAS = tuple(
            (n, value if n == name else v) for n, v in database.CONNECTION_PRAGMAS
        )

    return apply


def _plaintext_draft_temp_file() -> None:
    """Drafts also written to a temp file, as an editor's crash-recovery might."""
    import json
    import tempfile

    from peerdesk.services import drafts

    real_save = drafts.DraftService.save

    def save(self: Any, key: str, payload: dict[str, Any]) -> None:
        real_save(self, key, payload)
        with tempfile.NamedTemporaryFile("w", delete=False, suffix=".draft") as handle:
            handle.write(json.dumps(payload))

    drafts.DraftService.save = save  # type: ignore[method-assign]


def _import_without_transaction() -> None:
    from peerdesk.services.journal.formats import import_apply

    proxy = import_apply.database_proxy

    class NoTransaction:
        def __getattr__(self, name: str) -> Any:
            return getattr(proxy, name)

        def atomic(self) -> contextlib.nullcontext[None]:
            return contextlib.nullcontext()

    import_apply.database_proxy = NoTransaction()  # type: ignore[assignment]


def _restore_without_marker() -> None:
    from peerdesk.vault import vault

    def begin(folder: Any, staging: Any, replaced_dir: Any) -> None:
        vault.make_private_dir(replaced_dir)
        for name in ("peerdesk.db", "keys.json"):
            if (folder / name).exists():
                os.replace(folder / name, replaced_dir / name)
            if name == "peerdesk.db":
                for extra in ("peerdesk.db-wal", "peerdesk.db-shm"):
                    if (folder / extra).exists():
                        os.replace(folder / extra, replaced_dir / extra)
        for name in ("keys.json", "peerdesk.db"):
            os.replace(staging / name, folder / name)

    vault.begin_restore_swap = begin  # type: ignore[assignment]
    from peerdesk.vault import backup

    backup.begin_restore_swap = begin  # type: ignore[assignment]


def _no_process_lock() -> None:
    from peerdesk.vault import files

    files.ProcessLock.acquire = lambda self: None  # type: ignore[method-assign]


def _failed_unlock_writes() -> None:
    """A failed unlock "tidies" keys.json (rewrites it): a wrong secret changes a file."""
    from peerdesk.vault import vault
    from peerdesk.vault.errors import WrongSecretError

    real = vault.Vault.unlock_with_passphrase

    def unlock(self: Any, passphrase: str) -> Any:
        try:
            return real(self, passphrase)
        except WrongSecretError:
            self.keyfile.save(self.keys_path)
            raise

    vault.Vault.unlock_with_passphrase = unlock  # type: ignore[method-assign]


def _phones_home() -> None:
    """The app opens an internet socket when it starts (an update check, say)."""
    import socket

    from peerdesk import launch

    real = launch._make_application

    def make() -> Any:
        with contextlib.suppress(OSError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM).close()
        return real()

    launch._make_application = make


def _new_recovery_code_not_saved() -> None:
    """A new recovery code is printed but keys.json keeps the old one."""
    from peerdesk.vault import keys, vault

    vault.Vault.renew_recovery_code = lambda self: keys.new_recovery_code()  # type: ignore[method-assign]


def _search_ignores_limit() -> None:
    from peerdesk.services.journal import service

    real = service.JournalService.search

    def search(
        self: Any, query: str, filters: Any = None, *, limit: int = 50, offset: int = 0
    ) -> Any:
        return real(self, query, filters, limit=50, offset=offset)

    service.JournalService.search = search  # type: ignore[method-assign]


def _idle_ignores_activity() -> None:
    from peerdesk.gui.shell import idle

    idle.IdleWatcher.eventFilter = lambda self, watched, event: False  # type: ignore[method-assign]


def _clipboard_kept() -> None:
    from peerdesk.gui.shell import create_vault_wizard

    create_vault_wizard.RecoveryCodePage._clear_clipboard = lambda self: None  # type: ignore[method-assign]


def _no_new_code_offer() -> None:
    from peerdesk import app

    app.AppController._offer_new_recovery_code = lambda self: None  # type: ignore[method-assign]


def _weekly_trend_by_day() -> None:
    """Week buckets start on the day itself (an off-by-bucket in the trends)."""
    from peerdesk.services.journal import trends

    real = trends.bucket_start
    trends.bucket_start = lambda day, bucket: real(day, "day" if bucket == "week" else bucket)


def _key_file_written_in_place() -> None:
    """keys.json overwritten in place (truncate, write) instead of temp file + rename."""
    from peerdesk.vault import keys

    def write(path: Any, data: bytes) -> None:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        try:
            os.write(fd, data)
            os.fsync(fd)
        finally:
            os.close(fd)

    keys.write_private_file_atomically = write  # type: ignore[assignment]


def _check_swallows_damage() -> None:
    from peerdesk.vault import database

    database.CipherDatabase.integrity_problems = lambda self: []  # type: ignore[method-assign]


S = "tests/security/"
DAMAGED = S + "test_damaged_files.py::test_damaged_file_is_named_never_overwritten_and_restorable"
KILL_RESTORE = (
    S + "test_kill_restore.py::test_kill_9_after_each_move_of_a_restore_leaves_a_vault_that_opens"
)
TEMP_STORE = (
    S + "test_temp_files.py::test_every_connection_of_a_whole_session_uses_memory_temp_store"
)
FAULTS: dict[str, Fault] = {
    "kdf-ignores-salt": Fault(
        "Argon2id run with a constant salt instead of the envelope's",
        (S + "test_key_derivation.py",),
        _kdf_ignores_salt,
    ),
    "no-folder-fsync": Fault(
        "no fsync of any folder after a rename",
        (S + "test_durability.py::test_every_rename_is_followed_by_an_fsync_of_its_folders",),
        _no_dir_fsync,
    ),
    "backup-without-folder-fsync": Fault(
        "a backup renamed into place without an fsync of its folder",
        (S + "test_power_cut.py::test_power_cut_during_backup_and_restore",),
        _backup_without_folder_fsync,
    ),
    "key-file-not-fsynced": Fault(
        "keys.json's temp file renamed without an fsync",
        (S + "test_durability.py::test_every_rename_is_followed_by_an_fsync_of_its_folders",),
        _key_file_not_fsynced,
    ),
    "synchronous-off": Fault(
        "PRAGMA synchronous=OFF: commits acknowledged before they reach the disk",
        (
            S + "test_durability.py::test_every_connection_is_wal_with_synchronous_full",
            S + "test_power_cut.py::test_power_cut_during_acknowledged_writes_loses_nothing",
        ),
        _pragma("synchronous", "OFF"),
    ),
    "temp-store-file": Fault(
        "PRAGMA temp_store=FILE: sorts and temp tables spill plaintext to disk",
        (
            S
            + "test_temp_files.py::test_every_connection_of_a_whole_session_uses_memory_temp_store",
        ),
        _pragma("temp_store", "FILE"),
    ),
    "secure-delete-off": Fault(
        "PRAGMA secure_delete=OFF: deleted text stays in free pages",
        (S + "test_deleted_text.py",),
        _pragma("secure_delete", "OFF"),
    ),
    "plaintext-draft-temp-file": Fault(
        "drafts also written to a plaintext temp file",
        (S + "test_canary_sweep.py::test_no_canary_outside_the_encrypted_database",),
        _plaintext_draft_temp_file,
    ),
    "import-without-transaction": Fault(
        "an import that writes its entries without one transaction",
        (S + "test_import_atomic.py",),
        _import_without_transaction,
    ),
    "restore-without-marker": Fault(
        "a restore that moves files without writing its marker first",
        (KILL_RESTORE,),
        _restore_without_marker,
    ),
    "no-process-lock": Fault(
        "a second process may open the same vault",
        (S + "test_second_process.py",),
        _no_process_lock,
    ),
    "failed-unlock-writes": Fault(
        "a wrong passphrase rewrites keys.json",
        (S + "test_secrets_adversarial.py",),
        _failed_unlock_writes,
    ),
    "phones-home": Fault(
        "an internet socket opened when the window is built",
        (S + "test_no_network.py::test_a_whole_session_never_uses_the_network",),
        _phones_home,
    ),
    "new-recovery-code-not-saved": Fault(
        "vault new-recovery-code prints a code but keeps the old one",
        (S + "test_cli_secrets.py::test_vault_new_recovery_code_replaces_the_old_one",),
        _new_recovery_code_not_saved,
    ),
    "search-ignores-limit": Fault(
        "search --limit is ignored",
        (S + "test_cli_secrets.py::test_search_limit_gives_at_most_n_results",),
        _search_ignores_limit,
    ),
    "idle-ignores-activity": Fault(
        "typing does not postpone the auto-lock",
        (S + "test_gui_secrets.py::test_idle_activity_postpones_the_lock_and_the_default_is_five_minutes",),  # noqa: E501
        _idle_ignores_activity,
    ),
    "clipboard-kept": Fault(
        "the copied recovery code stays on the clipboard",
        (S + "test_gui_secrets.py::test_the_recovery_code_leaves_the_clipboard",),
        _clipboard_kept,
    ),
    "no-new-code-offer": Fault(
        "no new recovery code offered after an interrupted rotation",
        (S + "test_gui_secrets.py::test_an_interrupted_rotation_offers_a_new_recovery_code",),
        _no_new_code_offer,
    ),
    "weekly-trend-by-day": Fault(
        "week buckets of the trends start on the wrong day",
        (S + "test_trends.py",),
        _weekly_trend_by_day,
    ),
    "key-file-written-in-place": Fault(
        "keys.json overwritten in place instead of replaced atomically",
        (S + "test_kill_secrets.py::test_kill_9_during_passphrase_change_leaves_old_or_new_passphrase",),  # noqa: E501
        _key_file_written_in_place,
    ),
    "check-swallows-damage": Fault(
        "vault check reports nothing",
        (DAMAGED + "[db bit flip deep inside]",),
        _check_swallows_damage,
    ),
}


_applied: list[str] = []


def apply_fault_from_env() -> str | None:
    """Apply ``$PEERDESK_FAULT`` once per process (sitecustomize, conftest, scripts)."""
    name = os.environ.get(FAULT_ENV)
    if not name or _applied:
        return name or None
    FAULTS[name].apply()
    _applied.append(name)
    return name
