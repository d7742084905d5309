"""Canary sweep: 50 distinctive strings go through a whole session; afterwards none of
them is anywhere outside the encrypted database and its encrypted backups.

The session runs as a child process with HOME, the XDG folders, TMPDIR and
SQLITE_TMPDIR all inside this test's tmp_path, so the sweep sees every file it could
have written (QSettings included: it lives in XDG_CONFIG_HOME). The encrypted files are
swept too: the strings must not appear in them in clear either.
"""

from __future__ import annotations

import secrets
import zipfile
from pathlib import Path

from _canaries import canaries, scan_text, sweep
from _pages import decrypted_text
from conftest import PASSPHRASE, Figures, run_script

from peerdesk.vault.vault import Vault


def _live_strings(vault: Path, strings: list[str]) -> set[str]:
    opened = Vault.open(vault)
    try:
        opened.unlock_with_passphrase(PASSPHRASE)
        data_key = opened._require_data_key()
        opened.lock()  # checkpoints the WAL into peerdesk.db
        text = decrypted_text(vault / "peerdesk.db", data_key)
    finally:
        opened.close()
    return {s for s in strings if s.encode() in text}


def test_sweep_finds_a_planted_canary(tmp_path: Path) -> None:
    """The sweep itself can fail: hidden folders, UTF-16 and binary files are searched."""
    planted = canaries("control")
    hidden = tmp_path / ".config" / "x" / ".hidden.bin"
    hidden.parent.mkdir(parents=True)
    hidden.write_bytes(b"\x00\xff" + planted[3].encode("utf-16-le") + b"\x00")
    (tmp_path / "plain.txt").write_text(planted[7])
    found = sweep([tmp_path], planted)
    assert [s for _f, s in found] == [planted[3], planted[7]]


def test_no_canary_outside_the_encrypted_database(
    tmp_path: Path, isolated_home: Path, figures: Figures
) -> None:
    token = secrets.token_hex(4)
    strings = canaries(token)
    temp = tmp_path / "tmpdir"
    temp.mkdir()
    runtime = isolated_home / ".runtime"
    runtime.mkdir(mode=0o700)
    passphrase_file = tmp_path / "pass.txt"
    passphrase_file.write_text(PASSPHRASE + "\n")

    import_dir = tmp_path / "files-to-import"  # the user's own files: not swept
    import_dir.mkdir()
    done = run_script(
        "canary_session",
        token,
        str(passphrase_file),
        str(import_dir),
        timeout=300,
        TMPDIR=str(temp),
        SQLITE_TMPDIR=str(temp),
        XDG_RUNTIME_DIR=str(runtime),
        QT_QPA_PLATFORM="offscreen",
    )
    assert done.returncode == 0, done.stderr
    assert "session finished" in done.stdout

    assert scan_text(done.stdout, strings) == [], "canary on stdout"
    assert scan_text(done.stderr, strings) == [], "canary on stderr"
    roots = [isolated_home, temp]
    leaks = sweep(roots, strings)
    figures.set(leaks=len(leaks))
    assert leaks == [], f"canaries found on disk: {leaks}"

    vault = isolated_home / ".local" / "share" / "PeerDesk" / "vault"
    assert (vault / "peerdesk.db").is_file(), sorted(p.name for p in vault.iterdir())
    assert not (vault / "peerdesk.db").read_bytes().startswith(b"SQLite format 3")
    backups = sorted((vault / "backups").glob("*.pdbackup"))
    assert len(backups) == 2
    for backup in backups:
        with zipfile.ZipFile(backup) as archive:
            assert not archive.read("peerdesk.db").startswith(b"SQLite format 3")
    # The sweep is not vacuous: the live strings are really in the (decrypted) database.
    live = _live_strings(vault, strings)
    assert strings[3] in live  # a person's name
    assert strings[41] in live  # an entry body
    assert strings[31] in live  # the last setting
    swept = sum(1 for root in roots for p in root.rglob("*") if p.is_file())
    qsettings = list((isolated_home / ".config").rglob("*.conf"))
    figures.set(
        canaries=len(strings),
        files_swept=swept,
        qsettings_files=len(qsettings),
    )
