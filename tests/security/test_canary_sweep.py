"""Canary sweep: 50 distinctive strings go through a whole session; afterwards none of
them is anywhere outside the encrypted database and its encrypted backups.

The session runs as a child process with HOME, the XDG folders, TMPDIR and
SQLITE_TMPDIR all inside this test's tmp_path, so the sweep sees every file it could
have written (QSettings included: it lives in XDG_CONFIG_HOME). The encrypted files are
swept too: the strings must not appear in them in clear either.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import time
import zipfile
from pathlib import Path

from _canaries import canaries, files_under, scan_text, sweep, sweep_files
from _pages import decrypted_text
from conftest import PASSPHRASE, SCRIPTS, Figures, child_env

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


def _core_dump_places() -> list[Path]:
    """Where a crash of the session would leave a core file."""
    places = [Path("/var/crash"), Path("/var/lib/systemd/coredump")]
    pattern = Path("/proc/sys/kernel/core_pattern")
    text = pattern.read_text().strip() if pattern.exists() else ""
    if text.startswith("/"):
        places.append(Path(text).parent)
    return [p for p in places if p.is_dir()]


# Sweeps every file written under /tmp during the session: under pytest-xdist, on the same
# worker as the tests that write hundreds of MB there (XDIST_GROUPS in tests/conftest.py).
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
    import_dir = tmp_path / "files-to-import"  # the user's own file: not swept
    import_dir.mkdir()
    export_dir = isolated_home / "Documents"  # the user's export, deleted by them
    export_dir.mkdir()
    workdir = tmp_path / "cwd"  # where a core file of the session would land
    workdir.mkdir()
    started = time.time() - 1

    done = subprocess.run(
        [sys.executable, str(SCRIPTS / "canary_session.py"), token, str(passphrase_file),
         str(import_dir), str(export_dir)],
        capture_output=True, text=True, timeout=300, cwd=workdir, check=False,
        env=child_env(
            TMPDIR=str(temp), SQLITE_TMPDIR=str(temp), XDG_RUNTIME_DIR=str(runtime),
            QT_QPA_PLATFORM="offscreen",
        ),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "session finished" in done.stdout

    streams = {"stdout": done.stdout, "stderr": done.stderr}
    on_streams = {name: scan_text(text, strings) for name, text in streams.items()}
    # Everything the session could write to: the HOME the test and the child see (in CI,
    # under tools/dev check, the real keyring's HOME with its keyring store), the XDG
    # folders (QSettings lives in XDG_CONFIG_HOME), TMPDIR, the working folder; and the
    # shared /tmp, /dev/shm and core-dump folders for files written during the session.
    everything = [isolated_home, temp, workdir, runtime]
    home = Path(os.environ.get("HOME", str(isolated_home)))
    recent = [Path("/tmp"), Path("/dev/shm"), *_core_dump_places()]
    if home != isolated_home:
        recent.append(home)
    files = files_under(everything) + files_under(recent, since=started, skip=(import_dir,))
    files = sorted(set(files))
    leaks = sweep_files(files, strings)
    figures.set(leaks=len(leaks) + sum(len(v) for v in on_streams.values()))
    assert on_streams == {"stdout": [], "stderr": []}, f"canaries on the output: {on_streams}"
    assert leaks == [], f"canaries found on disk: {leaks}"

    vault = isolated_home / ".local" / "share" / "PeerDesk" / "vault"
    assert (vault / "peerdesk.db").is_file(), sorted(p.name for p in vault.iterdir())
    assert not (vault / "peerdesk.db").read_bytes().startswith(b"SQLite format 3")
    backups = sorted((vault / "backups").glob("*.pdbackup"))
    assert len(backups) == 2
    for backup in backups:
        with zipfile.ZipFile(backup) as archive:
            assert not archive.read("peerdesk.db").startswith(b"SQLite format 3")
    assert not list(export_dir.iterdir()), "the export was deleted by the user"
    # The sweep is not vacuous: the words are really in the (decrypted) database, the
    # ones typed into the GUI included (the draft kept through the lock among them).
    live = _live_strings(vault, strings)
    for n in (3, 8, 31, 1, 2, 41, 42, 43, 20, 45):
        assert strings[n] in live, f"canary {n} is not in the database"
    qsettings = list((isolated_home / ".config").rglob("*.conf"))
    assert qsettings, "the GUI wrote its QSettings file (swept above)"
    places = ["HOME" + (" (the real keyring's)" if home != isolated_home else ""),
              "XDG config/data/cache/state/runtime", "TMPDIR", "the working folder",
              "/tmp and /dev/shm (files of the session)", "core-dump folders"]  # fmt: skip
    figures.set(
        canaries=len(strings),
        files_swept=len(files),
        qsettings_files=len(qsettings),
        output_streams=len(streams),
        live_canaries_in_database=len(live),
        places=places,
    )
