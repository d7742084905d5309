"""kill -9 at every step of a restore: the vault still opens, with the old data or the
restored data, never "no vault here" and never a key file that does not fit the database."""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import PASSPHRASE, Figures, run_script

from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.errors import VaultDamagedError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

MAX_MOVES = 6


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


@pytest.mark.parametrize("kill_after_move", range(1, MAX_MOVES + 1))
def test_kill_9_during_restore_leaves_a_vault_that_opens(
    vault_with_backup: tuple[Path, Path], kill_after_move: int, figures: Figures
) -> None:
    folder, backup = vault_with_backup
    done = run_script("restorer", str(folder), str(backup), PASSPHRASE, str(kill_after_move))
    killed = done.returncode == -9
    assert killed or done.returncode == 0, done.stderr

    names = _names(folder)  # must open, with one data set or the other
    assert names in (["added after the backup", "in the backup"], ["in the backup"])
    assert not list(folder.glob(".restore-*")), "the staging folder was left behind"
    assert not (folder / "restore-in-progress.json").exists()
    if names == ["in the backup"]:  # restored: the old files are kept, not lost
        replaced = next((folder / "backups").glob("replaced-*"))
        assert {"peerdesk.db", "keys.json"} <= {p.name for p in replaced.iterdir()}
    figures.set(killed=killed, opened_with="old" if len(names) == 2 else "restored")


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
    vault_with_backup: tuple[Path, Path], marker: bytes
) -> None:
    folder, _backup = vault_with_backup
    (folder / "restore-in-progress.json").write_bytes(marker)
    before = sorted(p.name for p in folder.iterdir())
    with pytest.raises(VaultDamagedError) as caught:
        Vault.open(folder)
    assert caught.value.path == folder / "restore-in-progress.json"
    assert sorted(p.name for p in folder.iterdir()) == before
