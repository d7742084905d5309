"""A simulated power cut: everything not yet fsynced is thrown away, then the vault must open.

``kill -9`` leaves written data in the page cache, so it says nothing about a power cut.
Here the app's own operations (through the services) run on a FUSE filesystem
(``scripts/powercut_fs.py``) that keeps every write in memory until it is fsynced and
forgets, on a cut, every byte and every directory entry that was not: a rename not
followed by an fsync of its folder is undone. After each cut: 0 acknowledged rows lost,
the vault opens, and keys.json and peerdesk.db agree (the passphrase opens the data).

The trials run SQLite in WAL mode with ``locking_mode=EXCLUSIVE`` (see _powercut.py).
"""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest
from _powercut import PowerCutDisk
from _trials import acks, expect_line, kill_and_collect, trial_random
from conftest import PASSPHRASE, Figures, start_script

from peerdesk.services.journal.model import EntryFields
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.backup import read_backup_info
from peerdesk.vault.keys import KdfParams, KeyFile
from peerdesk.vault.vault import Vault

NEW_PASSPHRASE = "a brand new passphrase for the cut"


def _make_vault(folder: Path, kdf: KdfParams, rows: int = 0) -> tuple[set[str], str]:
    vault, code = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    ids = {
        services.journal.create(EntryFields(title=f"before {i}", body=f"kept {i}"))
        for i in range(rows)
    }
    end_session(services)
    vault.close()
    return ids, code


def _state_after_cut(folder: Path, passphrases: tuple[str, ...]) -> tuple[str, set[str], list[str]]:
    """(which passphrase opened it, the entry ids, integrity problems)."""
    vault = Vault.open(folder)
    try:
        opened_with = ""
        for candidate in passphrases:
            try:
                vault.unlock_with_passphrase(candidate)
            except Exception as exc:
                if type(exc).__name__ != "WrongSecretError":
                    raise
                continue
            opened_with = candidate
            break
        if not opened_with:
            return "", set(), ["no passphrase opened the vault"]
        services = start_session(vault)
        ids = {row.id for row in JournalEntry.select(JournalEntry.id)}
        problems = vault.database.integrity_problems()
        end_session(services)
    finally:
        vault.close()
    return opened_with, ids, problems


def _run_until(proc: subprocess.Popen[str], delay: float) -> list[str]:
    time.sleep(delay)
    lines, err = kill_and_collect(proc)
    assert "Traceback" not in err, err
    return lines


def test_the_power_cut_filesystem_forgets_what_was_not_synced(
    power_cut_disk: PowerCutDisk, figures: Figures
) -> None:
    """The control: unsynced bytes, unsynced names and an unsynced rename are gone."""
    import os

    root = power_cut_disk.root
    kept = root / "kept"
    fd = os.open(kept, os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"old")
    os.fsync(fd)
    os.close(fd)
    dir_fd = os.open(root, os.O_RDONLY)
    os.fsync(dir_fd)
    os.close(dir_fd)
    (root / "never-synced").write_bytes(b"lost")
    fd = os.open(root / "new", os.O_WRONLY | os.O_CREAT, 0o600)
    os.write(fd, b"new")
    os.fsync(fd)
    os.close(fd)
    os.replace(root / "new", kept)  # no fsync of the folder after it
    assert kept.read_bytes() == b"new"
    power_cut_disk.cut()
    assert kept.read_bytes() == b"old"
    assert not (root / "never-synced").exists()
    assert not (root / "new").exists()
    figures.add("controls_forgotten", 3)


@pytest.mark.slow
def test_power_cut_during_acknowledged_writes_loses_nothing(
    power_cut_disk: PowerCutDisk, fast_kdf: KdfParams, figures: Figures
) -> None:
    rng, seed = trial_random("power-writes")
    folder = power_cut_disk.root / "vault"
    _make_vault(folder, fast_kdf)
    power_cut_disk.sync()
    acknowledged: set[str] = set()
    trials = 8
    cuts_mid_run = 0
    for trial in range(trials):
        proc = start_script("powercut_child", "write", str(folder), PASSPHRASE, "400")
        expect_line(proc, "READY")
        assert proc.stdout is not None
        target = rng.randrange(1, 40)
        for _ in range(target):  # kill after the target-th acknowledgement
            acknowledged.update(acks([proc.stdout.readline()]))
        lines, err = kill_and_collect(proc)
        assert "Traceback" not in err, err
        cuts_mid_run += "DONE" not in lines
        acknowledged.update(acks(lines))
        power_cut_disk.cut()
        opened_with, stored, problems = _state_after_cut(folder, (PASSPHRASE,))
        lost = acknowledged - stored
        assert opened_with == PASSPHRASE, f"trial {trial} (seed {seed}): {problems}"
        assert not problems, f"trial {trial} (seed {seed}): {problems}"
        assert not lost, f"trial {trial} (seed {seed}): {len(lost)} acknowledged rows lost"
        figures.add("rows_lost", len(lost))
    assert cuts_mid_run == trials
    figures.set(
        trials=trials,
        cuts_mid_run=cuts_mid_run,
        acknowledged_rows=len(acknowledged),
        stored_rows=len(stored),
        vault_opened=trials,
        seed=seed,
        sqlite_mode="WAL, locking_mode=EXCLUSIVE",
        **{f"fs_{k}": v for k, v in power_cut_disk.counters().items()},
    )


def _old_key(folder: Path) -> bytes:
    key = KeyFile.load(folder / "keys.json").open_with_passphrase(PASSPHRASE)
    assert key is not None
    return key


def _key_that_opened(folder: Path, passphrase: str) -> bytes:
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(passphrase)
        key = vault._require_data_key()
    finally:
        vault.close()
    return key


def _cut_trials(
    disk: PowerCutDisk,
    mode: str,
    args: tuple[str, ...],
    moments: list[tuple[str, float]],
    check: object,
) -> int:
    """Run the child once per moment; a moment is a PEERDESK_PAUSE_AT spec or a delay."""
    mid = 0
    for spec, delay in moments:
        env = {"PEERDESK_PAUSE_AT": spec} if spec else {}
        proc = start_script("powercut_child", mode, *args, **env)
        expect_line(proc, "READY")
        assert proc.stdout is not None
        if spec:
            expect_line(proc, "PAUSED")
            lines, _err = kill_and_collect(proc)
        else:
            lines = _run_until(proc, delay)
        mid += "DONE" not in lines
        disk.cut()
        check(lines)  # type: ignore[operator]
    return mid


def _measure(mode: str, *args: str) -> float:
    started = time.perf_counter()
    proc = start_script("powercut_child", mode, *args)
    out, err = proc.communicate(timeout=300)
    assert "DONE" in out, err
    return time.perf_counter() - started


@pytest.mark.slow
def test_power_cut_during_key_rotation_and_passphrase_change(
    power_cut_disk: PowerCutDisk, fast_kdf: KdfParams, figures: Figures
) -> None:
    """Cut at moments spread over each operation and right before/after each rename."""
    rng, seed = trial_random("power-secrets")
    folder = power_cut_disk.root / "vault"
    rows, _code = _make_vault(folder, fast_kdf, rows=150)
    power_cut_disk.sync()

    # -- rotation ----------------------------------------------------------------------
    rotation_s = _measure("rotate", str(folder), PASSPHRASE)  # one whole rotation: its length
    power_cut_disk.sync()
    outcomes = {"old": 0, "new": 0}
    lost_total = 0

    def after_rotation(lines: list[str]) -> None:
        nonlocal lost_total, before
        opened_with, stored, problems = _state_after_cut(folder, (PASSPHRASE,))
        assert opened_with == PASSPHRASE, f"seed {seed}: {problems}"
        assert not problems, f"seed {seed}: {problems}"
        lost_total += len(rows - stored)
        assert rows <= stored, f"seed {seed}: rows lost by a cut rotation"
        key = _key_that_opened(folder, PASSPHRASE)
        outcomes["old" if key == before else "new"] += 1
        # keys.json settled on the key that opened: its current envelope opens the data.
        assert KeyFile.load(folder / "keys.json").pending == ()
        before = key
        power_cut_disk.sync()

    before = _old_key(folder)
    # The rotation renames keys.json (pending), the new database, keys.json (promoted).
    renames = [(f"{w}:{n}", 0.0) for n in (1, 2, 3) for w in ("before", "after")]
    spread = [("", rng.uniform(0, rotation_s * 1.2)) for _ in range(6)]
    rotation_mid = _cut_trials(
        power_cut_disk, "rotate", (str(folder), PASSPHRASE), renames + spread, after_rotation
    )

    # -- passphrase change -------------------------------------------------------------
    change_s = _measure("passphrase", str(folder), PASSPHRASE, PASSPHRASE)
    power_cut_disk.sync()
    passphrase_outcomes = {"old": 0, "new": 0}
    current = PASSPHRASE

    def after_change(lines: list[str]) -> None:
        nonlocal current
        opened_with, stored, problems = _state_after_cut(folder, (current, NEW_PASSPHRASE))
        assert opened_with, f"seed {seed}: {problems}"
        assert not problems, f"seed {seed}: {problems}"
        assert rows <= stored
        passphrase_outcomes["old" if opened_with == current else "new"] += 1
        if opened_with != current:  # changed: put it back for the next trial
            vault = Vault.open(folder)
            vault.change_passphrase(NEW_PASSPHRASE, PASSPHRASE, kdf=fast_kdf)
            vault.close()
        power_cut_disk.sync()

    change_moments = [("before:1", 0.0), ("after:1", 0.0)] + [
        ("", rng.uniform(0, change_s * 1.2)) for _ in range(4)
    ]
    change_mid = _cut_trials(
        power_cut_disk,
        "passphrase",
        (str(folder), PASSPHRASE, NEW_PASSPHRASE),
        change_moments,
        after_change,
    )
    assert passphrase_outcomes["old"] >= 2  # at least the two cuts around the rename
    figures.set(
        rotation_trials=len(renames) + len(spread),
        rotation_cuts_at_renames=len(renames),
        rotation_cuts_mid_operation=rotation_mid,
        rotation_opened_old=outcomes["old"],
        rotation_opened_new=outcomes["new"],
        rotation_opened_neither=len(renames) + len(spread) - sum(outcomes.values()),
        rows_lost=lost_total,
        passphrase_trials=len(change_moments),
        passphrase_cuts_mid_operation=change_mid,
        passphrase_opened_old=passphrase_outcomes["old"],
        passphrase_opened_new=passphrase_outcomes["new"],
        passphrase_opened_neither=len(change_moments) - sum(passphrase_outcomes.values()),
        rows_per_check=len(rows),
        seed=seed,
    )


@pytest.mark.slow
def test_power_cut_during_backup_and_restore(
    power_cut_disk: PowerCutDisk, fast_kdf: KdfParams, figures: Figures
) -> None:
    """A backup acknowledged before the cut is there after it; a restore cut anywhere opens."""
    rng, seed = trial_random("power-backups")
    folder = power_cut_disk.root / "vault"
    rows, _code = _make_vault(folder, fast_kdf, rows=60)
    power_cut_disk.sync()

    # -- backups: the cut comes right after the service returned -------------------------
    backups_kept = 0
    for n in range(3):
        target = folder / "backups" / f"manual-{n}.pdbackup"
        proc = start_script("powercut_child", "backup", str(folder), PASSPHRASE, str(target))
        expect_line(proc, "READY")
        expect_line(proc, "DONE")
        kill_and_collect(proc)
        power_cut_disk.cut()
        assert target.exists(), f"an acknowledged backup vanished in the cut ({target.name})"
        read_backup_info(target)  # whole: its manifest and central directory were synced
        backups_kept += 1
    backup = folder / "backups" / "manual-0.pdbackup"

    # One more row after the backup: the data a restore replaces.
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault)
    newer = services.journal.create(EntryFields(title="after the backup", body="newer"))
    end_session(services)
    vault.close()
    power_cut_disk.sync()

    # -- restore: cut around each rename and at moments spread over it -------------------
    restore_s = _measure("restore", str(folder), PASSPHRASE, str(backup))
    # Undo that measured restore: put the newer row back.
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(PASSPHRASE)
    services = start_session(vault)
    newer = services.journal.create(EntryFields(title="after the backup", body="newer"))
    end_session(services)
    vault.close()
    power_cut_disk.sync()
    outcomes = {"old": 0, "restored": 0}

    def after_restore(lines: list[str]) -> None:
        nonlocal newer
        opened_with, stored, problems = _state_after_cut(folder, (PASSPHRASE,))
        assert opened_with, f"seed {seed}: {lines} {problems}"
        assert not problems, f"seed {seed}: {lines} {problems}"
        assert rows <= stored, f"seed {seed}: the vault lost rows in a cut restore"
        if newer in stored:
            outcomes["old"] += 1
        else:
            outcomes["restored"] += 1
            vault = Vault.open(folder)
            vault.unlock_with_passphrase(PASSPHRASE)
            services = start_session(vault)
            newer = services.journal.create(EntryFields(title="after the backup", body="newer"))
            end_session(services)
            vault.close()
        power_cut_disk.sync()

    # restore: marker (1), db, wal?, keys aside, keys and db in: cut around the first five.
    renames = [(f"{w}:{n}", 0.0) for n in range(1, 6) for w in ("before", "after")]
    spread = [("", rng.uniform(0, restore_s * 1.2)) for _ in range(4)]
    mid = _cut_trials(
        power_cut_disk,
        "restore",
        (str(folder), PASSPHRASE, str(backup)),
        renames + spread,
        after_restore,
    )
    kept = [d for d in (folder / "backups").glob("replaced-*") if (d / "peerdesk.db").exists()]
    # Every finished restore (the measured one too) kept the files it replaced.
    assert len(kept) >= outcomes["restored"] + 1, "replaced files lost in a cut"
    figures.set(
        replaced_folders_kept=len(kept),
        backups_acknowledged=3,
        backups_kept_after_cut=backups_kept,
        restore_trials=len(renames) + len(spread),
        restore_cuts_at_renames=len(renames),
        restore_cuts_mid_operation=mid,
        restore_opened_old=outcomes["old"],
        restore_opened_restored=outcomes["restored"],
        restore_opened_neither=len(renames) + len(spread) - sum(outcomes.values()),
        seed=seed,
    )
