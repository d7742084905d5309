"""kill -9 at every step of a restore: the vault still opens, with the old data or the
restored data, never "no vault here" and never a key file that does not fit the database."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures, run_script

from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.errors import VaultDamagedError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


def _names(folder: Path) -> list[str]:
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(PASSPHRASE)
        assert vault.database.integrity_problems() == []
        services = start_session(vault)
        names = sorted(p.name for p in Person.select())
        end_session(services)
    finally:
        vault.close()
    return names


@pytest.fixture
def vault_with_backup(tmp_path: Path, fast_kdf: KdfParams) -> tuple[Path, Path]:
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    Person.create(name="in the backup")
    backup = services.backups.backup_to(tmp_path / "saved.pdbackup").path
    Person.create(name="added after the backup")
    end_session(services)
    vault.close()
    return folder, backup


def _restore_moves(folder: Path, backup: Path, tmp_path: Path) -> int:
    """How many ``os.replace`` calls a whole restore makes, counted on a copy of the vault."""
    copy = tmp_path / "measure"
    shutil.copytree(folder, copy)
    done = run_script("restorer", str(copy), str(backup), PASSPHRASE, "0")
    assert done.returncode == 0, done.stderr
    return int(done.stdout.split("DONE after ")[1].split()[0])


def test_kill_9_after_each_move_of_a_restore_leaves_a_vault_that_opens(
    vault_with_backup: tuple[Path, Path], tmp_path: Path, figures: Figures
) -> None:
    folder, backup = vault_with_backup
    moves = _restore_moves(folder, backup, tmp_path)
    # The marker, the live database and keys.json aside, the restored keys.json and
    # database in (no -wal: the vault was closed).
    assert moves == 5
    pristine = tmp_path / "pristine"
    shutil.copytree(folder, pristine)
    outcomes = {"old": 0, "restored": 0}
    for kill_after_move in range(1, moves + 1):
        shutil.rmtree(folder)
        shutil.copytree(pristine, folder)
        done = run_script("restorer", str(folder), str(backup), PASSPHRASE, str(kill_after_move))
        # Every kill must land: after move k of the measured count, never after the end.
        assert done.returncode == -9, f"move {kill_after_move}: {done.returncode} {done.stderr}"

        names = _names(folder)  # must open, with one data set or the other
        assert names in (["added after the backup", "in the backup"], ["in the backup"])
        assert not list(folder.glob(".restore-*")), "the staging folder was left behind"
        assert not (folder / "restore-in-progress.json").exists()
        if names == ["in the backup"]:  # restored: the old files are kept, not lost
            replaced = next((folder / "backups").glob("replaced-*"))
            assert {"peerdesk.db", "keys.json"} <= {p.name for p in replaced.iterdir()}
            outcomes["restored"] += 1
        else:
            outcomes["old"] += 1
    # Killed after the marker, every interrupted restore is finished by the next open.
    assert outcomes["restored"] == moves
    figures.set(
        moves_per_restore=moves,
        kills_landed=moves,
        opened_old=outcomes["old"],
        opened_restored=outcomes["restored"],
        opened_neither=moves - sum(outcomes.values()),
    )


@pytest.mark.parametrize(
    "marker",
    [
        b"not json",
        b'{"staging": "../../elsewhere", "replaced": "replaced-1"}',
        b'{"staging": ".restore-1", "replaced": "../../../tmp"}',
        b'{"staging": "../.restore-1", "replaced": "replaced-1"}',
        b'{"staging": ".restore-1", "replaced": "../../replaced-1"}',
        b'{"staging": ".restore-1"}',
    ],
    ids=["garbage", "outside", "outside 2", "outside 3", "outside 4", "incomplete"],
)
def test_a_hostile_restore_marker_is_refused_and_moves_nothing(
    vault_with_backup: tuple[Path, Path], marker: bytes, figures: Figures
) -> None:
    folder, _backup = vault_with_backup
    (folder / "restore-in-progress.json").write_bytes(marker)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(VaultDamagedError) as caught:
        Vault.open(folder)
    assert caught.value.path == folder / "restore-in-progress.json"
    assert sorted(p.name for p in folder.iterdir()) == before
    figures.add("hostile_markers_refused")
