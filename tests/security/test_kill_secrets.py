"""kill -9 during a data-key rotation and during a passphrase change, 30 times each.

The promise: the vault always opens afterwards, with the old secret or the new one, never
neither; the data is intact (cipher and integrity checks clean, every row there).
"""

from __future__ import annotations

import time
from datetime import datetime
from pathlib import Path

import pytest
from _trials import expect_line, kill_and_collect, trial_random
from conftest import PASSPHRASE, Figures, start_script

from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.errors import WrongSecretError
from peerdesk.vault.keys import KdfParams, KeyFile
from peerdesk.vault.vault import Vault

TRIALS = 30
ROWS = 3000  # a few MB, so the rekey itself takes long enough to be hit


def _make_vault(folder: Path, kdf: KdfParams) -> str:
    vault, code = Vault.create(folder, PASSPHRASE, kdf=kdf)
    services = start_session(vault)
    with vault.database.atomic():
        JournalEntry.insert_many(
            [
                {"occurred_at": datetime(2026, 1, 1), "title": f"row {i}", "body": "x" * 800}
                for i in range(ROWS)
            ]
        ).execute()
    end_session(services)
    vault.close()
    return code


def _open_and_check(folder: Path, passphrase: str) -> tuple[bytes, KeyFile]:
    """Unlock, run the integrity checks, count rows; return the data key and key file."""
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(passphrase)
        data_key = vault._require_data_key()
        assert vault.database.integrity_problems() == []
        services = start_session(vault)
        assert JournalEntry.select().count() == ROWS
        end_session(services)
        keyfile = KeyFile.load(folder / "keys.json")
    finally:
        vault.close()
    assert keyfile.pending == (), "unlocking must settle an interrupted rotation"
    return data_key, keyfile


@pytest.mark.slow
def test_kill_9_during_data_key_rotation_leaves_old_or_new_key(
    tmp_path: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    rng, seed = trial_random("rotate")
    folder = tmp_path / "vault"
    codes = {_make_vault(folder, fast_kdf)}
    current_key, _ = _open_and_check(folder, PASSPHRASE)
    outcomes = {"old": 0, "new": 0}
    finished_without_code_shown = 0
    # One rotation left to finish, to time it: the kills below land anywhere in it.
    to_pending, to_done = _time_one_rotation(folder)
    current_key, _ = _open_and_check(folder, PASSPHRASE)
    for trial in range(TRIALS):
        proc = start_script("rotator", "rotate", str(folder), PASSPHRASE)
        expect_line(proc, "READY")
        if trial % 2 == 0:
            expect_line(proc, "PENDING")  # keys.json holds the pending key; re-encryption next
            time.sleep(rng.uniform(0.0, 1.2 * to_done))
        else:
            time.sleep(rng.uniform(0.0, 1.2 * (to_pending + to_done)))
        lines, err = kill_and_collect(proc)
        assert "Traceback" not in err, err
        codes.update(line.split(" ", 1)[1] for line in lines if line.startswith("CODE "))

        data_key, keyfile = _open_and_check(folder, PASSPHRASE)  # never neither
        which = "old" if data_key == current_key else "new"
        outcomes[which] += 1
        working_codes = [c for c in codes if keyfile.open_with_recovery_code(c) == data_key]
        if which == "new" and not working_codes:
            finished_without_code_shown += 1  # see docs/SECURITY.md: the code died with it
        current_key = data_key

    assert outcomes["old"] + outcomes["new"] == TRIALS

    # The narrowest window, deterministically: the new file is in place, keys.json still
    # says the old key is current. Unlocking must promote the pending key.
    for _ in range(3):
        proc = start_script("rotator", "rotate", str(folder), PASSPHRASE, "kill-after-rename")
        _out, err = proc.communicate(timeout=120)  # it kills itself
        assert proc.returncode == -9, err
        assert KeyFile.load(folder / "keys.json").pending, "killed before keys.json settled"
        data_key, keyfile = _open_and_check(folder, PASSPHRASE)
        assert data_key != current_key, "the renamed file is under the new key"
        if not [c for c in codes if keyfile.open_with_recovery_code(c) == data_key]:
            finished_without_code_shown += 1
        assert not (folder / "peerdesk.db.rotating").exists()
        current_key = data_key
        outcomes["new"] += 1

    figures.set(
        trials=TRIALS + 3,
        random_kills=TRIALS,
        kills_right_after_the_rename=3,
        rotation_seconds=round(to_pending + to_done, 3),
        opened_with_old_key=outcomes["old"],
        opened_with_new_key=outcomes["new"],
        opened_with_neither=TRIALS + 3 - outcomes["old"] - outcomes["new"],
        rotated_but_new_recovery_code_never_shown=finished_without_code_shown,
        seed=seed,
    )


def _time_one_rotation(folder: Path) -> tuple[float, float]:
    """Seconds from READY to PENDING and from PENDING to DONE of an uninterrupted rotation."""
    proc = start_script("rotator", "rotate", str(folder), PASSPHRASE)
    expect_line(proc, "READY")
    started = time.perf_counter()
    expect_line(proc, "PENDING")
    pending = time.perf_counter()
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.strip() == "DONE":
            break
    done = time.perf_counter()
    proc.communicate()
    return pending - started, done - pending


@pytest.mark.slow
def test_kill_9_during_passphrase_change_leaves_old_or_new_passphrase(
    tmp_path: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    rng, seed = trial_random("passwd")
    folder = tmp_path / "vault"
    code = _make_vault(folder, fast_kdf)
    current = PASSPHRASE
    outcomes = {"old": 0, "new": 0}
    # One change left to finish, to time it: the random kills land anywhere in it.
    proc = start_script("rotator", "passwd", str(folder), current, current)
    expect_line(proc, "READY")
    started = time.perf_counter()
    expect_line(proc, "DONE")
    change_s = time.perf_counter() - started
    proc.communicate()
    kills_mid_run = 0
    # Every fifth trial is killed deliberately right before, or right after, the rename
    # of keys.json: the moment the change becomes real.
    moments = ["kill-before-rename", "kill-after-rename", "", "", ""]
    deliberate = 0
    for trial in range(TRIALS):
        new = f"new passphrase {trial} ‘ünïcode’; --"
        moment = moments[trial % len(moments)]
        proc = start_script(
            "rotator", "passwd", str(folder), current, new, *([moment] * bool(moment))
        )
        expect_line(proc, "READY")
        if moment:
            _out, err = proc.communicate(timeout=60)
            assert proc.returncode == -9, err  # the deliberate kill landed
            deliberate += 1
            lines = _out.split("\n")
        else:
            time.sleep(rng.uniform(0.0, 1.2 * change_s))
            lines, err = kill_and_collect(proc)
        kills_mid_run += "DONE" not in lines
        assert "Traceback" not in err, err

        opened = []
        for label, candidate in (("old", current), ("new", new)):
            vault = Vault.open(folder)
            try:
                vault.unlock_with_passphrase(candidate)
                opened.append(label)
            except WrongSecretError:
                pass
            finally:
                vault.close()
        assert len(opened) == 1, f"trial {trial} (seed {seed}): opened with {opened}"
        if moment:
            expected = "old" if moment == "kill-before-rename" else "new"
            assert opened == [expected], f"{moment}: opened with {opened}"
        outcomes[opened[0]] += 1
        current = current if opened == ["old"] else new
        keyfile = KeyFile.load(folder / "keys.json")
        assert keyfile.open_with_recovery_code(code) is not None, "recovery code stopped working"

    _open_and_check(folder, current)
    figures.set(
        trials=TRIALS,
        kills_at_the_rename=deliberate,
        kills_mid_run=kills_mid_run,
        change_seconds=round(change_s, 3),
        opened_with_old_passphrase=outcomes["old"],
        opened_with_new_passphrase=outcomes["new"],
        opened_with_neither=TRIALS - outcomes["old"] - outcomes["new"],
        seed=seed,
    )


def test_vault_check_is_clean_while_writes_wait_in_the_wal(
    new_vault: tuple[Vault, str], fast_kdf: KdfParams
) -> None:
    """Committed writes that are still in the WAL (not yet copied into peerdesk.db) are
    part of the database as SQLite sees it: the check must not report them as damage.
    And a data-key rotation leaves no WAL behind: every page is under the new key."""
    vault, _code = new_vault
    services = start_session(vault)
    vault.database.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    vault.database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    JournalEntry.insert_many(
        [
            {"occurred_at": datetime(2026, 1, 1), "title": f"r{i}", "body": "z" * 900}
            for i in range(300)
        ]
    ).execute()
    assert (vault.folder / "peerdesk.db-wal").stat().st_size > 100_000
    assert vault.database.integrity_problems() == []
    vault.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    wal = vault.folder / "peerdesk.db-wal"
    assert not wal.exists() or wal.stat().st_size < 100_000
    assert vault.database.integrity_problems() == []
    assert JournalEntry.select().count() == 300
    end_session(services)
