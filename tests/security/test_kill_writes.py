"""kill -9 a writer during acknowledged writes, 30 times: nothing acknowledged is lost.

Each write is one ``JournalService.create`` (a journal entry and its full-text row in
one transaction); the writer prints
``ACK <id>`` only after the commit returned. After every kill, ``peerdesk vault check``
must be clean and every acknowledged id must be there, with no entry missing its
full-text row or the other way round (no partial record).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from _trials import acks, expect_line, kill_and_collect, trial_random
from conftest import PASSPHRASE, Figures, start_script

from peerdesk.cli.main import main as cli_main
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import JournalEntry
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault

TRIALS = 30
WRITES_PER_TRIAL = 400  # the kill comes after 1 … 399 acknowledgements
WRITES_ASKED = 100_000


def _vault_check(folder: Path, passphrase_file: Path, capsys: pytest.CaptureFixture[str]) -> None:
    capsys.readouterr()
    code = cli_main(
        ["vault", "check", "--vault", str(folder), "--passphrase-file", str(passphrase_file)]
    )
    out, err = capsys.readouterr()
    assert code == 0, f"vault check failed: {err}"
    assert "ok (cipher, integrity and foreign keys)" in out


def _stored_state(folder: Path) -> tuple[set[str], int, int]:
    """(entry ids, entries without a full-text row, full-text rows without an entry)."""
    vault = Vault.open(folder)
    try:
        vault.unlock_with_passphrase(PASSPHRASE)
        services = start_session(vault)
        db = vault.database
        ids = {row.id for row in JournalEntry.select(JournalEntry.id)}
        orphan_entries = db.execute_sql(
            "SELECT count(*) FROM journal_entry WHERE search_rowid NOT IN "
            "(SELECT rowid FROM journal_fts)"
        ).fetchone()[0]
        orphan_fts = db.execute_sql(
            "SELECT count(*) FROM journal_fts WHERE rowid NOT IN "
            "(SELECT search_rowid FROM journal_entry)"
        ).fetchone()[0]
        end_session(services)
    finally:
        vault.close()
    return ids, orphan_entries, orphan_fts


@pytest.mark.slow
def test_kill_9_during_acknowledged_writes_loses_nothing(
    tmp_path: Path, fast_kdf: KdfParams, figures: Figures, capsys: pytest.CaptureFixture[str]
) -> None:
    rng, seed = trial_random("writes")
    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    end_session(start_session(vault))
    vault.close()
    passphrase_file = tmp_path / "passphrase.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")

    acknowledged: set[str] = set()
    kills_mid_run = 0
    lost_total = 0
    partial_total = 0
    for trial in range(TRIALS):
        # The writer is asked for far more writes than a trial lets it make: its
        # acknowledgements fill a 64 KiB pipe (about 1 600 lines) and then it waits for
        # the parent to read, so it can never reach its end before the kill. The kill
        # comes right after the parent read the target-th acknowledgement, the target
        # drawn over the whole run, so the child is somewhere inside a later
        # transaction (or its fsync) whatever the machine's load.
        proc = start_script("writer", str(folder), PASSPHRASE, str(trial), str(WRITES_ASKED))
        expect_line(proc, "READY")
        assert proc.stdout is not None
        target = rng.randrange(1, WRITES_PER_TRIAL)
        for _ in range(target):
            acknowledged.update(acks([proc.stdout.readline()]))
        lines, err = kill_and_collect(proc)
        kills_mid_run += "DONE" not in lines
        assert "Traceback" not in err, err
        acknowledged.update(acks(lines))

        _vault_check(folder, passphrase_file, capsys)
        stored, orphan_entries, orphan_fts = _stored_state(folder)
        lost = acknowledged - stored
        lost_total += len(lost)
        partial_total += orphan_entries + orphan_fts
        assert not lost, f"trial {trial} (seed {seed}): {len(lost)} acknowledged rows lost"
        assert (orphan_entries, orphan_fts) == (0, 0), f"partial records after trial {trial}"

    assert kills_mid_run == TRIALS, "every kill must land while the writer is writing"
    figures.set(
        trials=TRIALS,
        writes_per_trial_max=WRITES_PER_TRIAL,
        kills_mid_run=kills_mid_run,
        acknowledged_rows=len(acknowledged),
        stored_rows=len(stored),
        rows_lost=lost_total,
        partial_records=partial_total,
        vault_check_clean=TRIALS,
        seed=seed,
    )
