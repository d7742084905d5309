"""kill -9 while a vault is being created: the folder holds a whole vault or none.

Before issue 14 a creation killed between writing ``peerdesk.db`` and ``keys.json`` left a
folder that neither opened nor could be created again. Now the vault is made in a staging
folder beside it and renamed into place; creating again after a kill works.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from _trials import expect_line, kill_and_collect, trial_random
from conftest import PASSPHRASE, Figures, run_script, start_script

from peerdesk.vault.errors import VaultExistsError
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault, is_vault

TRIALS = 20


def _whole_or_none(folder: Path, fast_kdf: KdfParams) -> str:
    """'whole' when the vault opens with the passphrase, 'none' when it can be created."""
    leftovers = [p.name for p in folder.parent.iterdir() if ".creating-" in p.name]
    if is_vault(folder):
        vault = Vault.open(folder)
        try:
            vault.unlock_with_passphrase(PASSPHRASE)
            assert vault.database.integrity_problems() == []
        finally:
            vault.close()
        outcome = "whole"
    else:
        outcome = "none"
    vault, _code = (
        Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
        if outcome == "none"
        else (
            None,
            "",
        )
    )
    if vault is not None:
        vault.close()
        gone = [p.name for p in folder.parent.iterdir() if ".creating-" in p.name]
        assert gone == [], f"abandoned staging folders stayed: {gone} (before: {leftovers})"
    with pytest.raises(VaultExistsError):
        Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    return outcome


def test_killed_right_before_the_key_file_leaves_no_vault(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    folder = tmp_path / "vault"
    result = run_script("creator", str(folder), PASSPHRASE, "kill-before-keys")
    assert result.returncode == -9, result.stderr
    assert not folder.exists()
    assert _whole_or_none(folder, fast_kdf) == "none"


def test_killed_mid_move_into_a_folder_with_other_files(
    tmp_path: Path, fast_kdf: KdfParams
) -> None:
    folder = tmp_path / "vault"
    folder.mkdir()
    (folder / "notes.txt").write_text("someone else's file")
    result = run_script("creator", str(folder), PASSPHRASE, "kill-mid-move")
    assert result.returncode == -9, result.stderr
    assert (folder / "peerdesk.db").exists()
    assert not (folder / "keys.json").exists()
    assert _whole_or_none(folder, fast_kdf) == "none"
    assert (folder / "notes.txt").read_text() == "someone else's file"
    assert not (folder / "creating-vault").exists()


@pytest.mark.slow
def test_kill_9_at_random_during_creation(
    tmp_path: Path, fast_kdf: KdfParams, figures: Figures
) -> None:
    rng, seed = trial_random("create")
    proc = start_script("creator", str(tmp_path / "timing"), PASSPHRASE)
    expect_line(proc, "READY")
    ready = time.perf_counter()
    expect_line(proc, "DONE")
    took = time.perf_counter() - ready
    proc.communicate()
    outcomes = {"whole": 0, "none": 0}
    for trial in range(TRIALS):
        folder = tmp_path / f"v{trial}"
        if trial % 2:
            folder.mkdir()  # an empty folder chosen in the wizard
        proc = start_script("creator", str(folder), PASSPHRASE)
        expect_line(proc, "READY")
        time.sleep(rng.uniform(0.0, 1.3 * took))
        _lines, err = kill_and_collect(proc)
        assert "Traceback" not in err, err
        outcomes[_whole_or_none(folder, fast_kdf)] += 1
    figures.set(trials=TRIALS, creation_seconds=round(took, 3), seed=seed, **outcomes)
