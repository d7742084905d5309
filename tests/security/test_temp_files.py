"""No plaintext temp files: temp_store is MEMORY on every connection, and a sort far
larger than the page cache opens nothing in the temp folder."""

from __future__ import annotations

import ast
from pathlib import Path
from typing import Any

import pytest
from conftest import PASSPHRASE, Figures, run_script

import peerdesk.vault.database as database_module
from peerdesk.services.backup import restore_backup
from peerdesk.services.session import end_session, start_session
from peerdesk.store.records import Person
from peerdesk.vault.keys import KdfParams
from peerdesk.vault.vault import Vault


class _Recorder:
    """Wraps sqlcipher3's connect: every connection reports its temp_store when closed."""

    def __init__(self, module: Any) -> None:
        self._module = module
        self.opened: list[str] = []
        self.temp_store_at_close: list[tuple[str, int]] = []
        recorder = self

        class RecordingConnection(module.Connection):  # type: ignore[misc, name-defined]
            def close(self) -> None:
                try:
                    value = int(self.execute("PRAGMA temp_store").fetchone()[0])
                except module.Error:
                    value = -1
                recorder.temp_store_at_close.append((self._peerdesk_path, value))
                super().close()

        self._connection_class = RecordingConnection

    def connect(self, database: str, *args: Any, **kwargs: Any) -> Any:
        kwargs["factory"] = self._connection_class
        conn = self._module.connect(database, *args, **kwargs)
        conn._peerdesk_path = str(database)
        self.opened.append(str(database))
        return conn

    def __getattr__(self, name: str) -> Any:
        return getattr(self._module, name)


def test_every_connection_of_a_whole_session_uses_memory_temp_store(
    tmp_path: Path, fast_kdf: KdfParams, monkeypatch: pytest.MonkeyPatch, figures: Figures
) -> None:
    recorder = _Recorder(database_module.sqlcipher)
    monkeypatch.setattr(database_module, "sqlcipher", recorder)

    folder = tmp_path / "vault"
    vault, _code = Vault.create(folder, PASSPHRASE, kdf=fast_kdf)
    services = start_session(vault)
    Person.create(name="Robin")
    backup = services.backups.automatic("test")
    services.backups.backup_to(tmp_path / "manual.pdbackup")
    vault.rotate_data_key(PASSPHRASE, kdf=fast_kdf)
    end_session(services)
    vault.change_passphrase(PASSPHRASE, "second passphrase", kdf=fast_kdf)
    restore_backup(vault, backup.path, PASSPHRASE)  # opens the staged copy too
    vault.unlock_with_passphrase(PASSPHRASE)
    assert vault.database.integrity_problems() == []
    vault.close()

    file_connections = [p for p in recorder.opened if p != ":memory:"]
    assert len(file_connections) >= 5
    closed = [(p, v) for p, v in recorder.temp_store_at_close if p != ":memory:"]
    assert len(closed) == len(file_connections), "a connection was left open"
    wrong = [(p, v) for p, v in closed if v != 2]
    figures.set(connections_checked=len(closed), without_memory_temp_store=len(wrong))
    assert wrong == [], f"connections without temp_store=MEMORY: {wrong}"


@pytest.mark.slow
def test_a_large_sort_creates_no_temp_file(tmp_path: Path, new_vault: tuple[Vault, str]) -> None:
    vault, _code = new_vault
    vault.close()
    temp = tmp_path / "sqlite-tmp"
    temp.mkdir()
    env = {"SQLITE_TMPDIR": str(temp), "TMPDIR": str(temp)}

    control = run_script("big_sort", "plain", str(tmp_path), **env)
    assert control.returncode == 0, control.stderr
    control_files = ast.literal_eval(control.stdout.split("TEMPFILES ", 1)[1].splitlines()[0])
    assert control_files, "control: stock SQLite with temp_store=FILE should spill to disk"

    done = run_script("big_sort", "vault", str(vault.folder), PASSPHRASE, **env)
    assert done.returncode == 0, done.stderr
    for label in ("TEMPFILES ", "INDEXED "):
        files = ast.literal_eval(done.stdout.split(label, 1)[1].splitlines()[0])
        assert files == [], f"the vault's sort opened temp files: {files}"
    assert list(temp.iterdir()) == []


def test_a_pdf_printed_by_the_helper_process_leaves_no_plaintext(
    qapp: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A window's journal PDF is printed by a spawned child (gui/common/pdf_process.py):
    the text goes to it through a pipe, so no file but the chosen PDF ever holds it — not
    in the export folder while it is written, not in TMPDIR, the runtime folder, /tmp or
    /dev/shm."""
    import secrets
    import time

    from _canaries import canaries, files_under, sweep_files
    from PySide6.QtCore import QTimer
    from PySide6.QtPdf import QPdfDocument

    from peerdesk.gui.journal.pdf import write_journal_pdf_in_child

    strings = canaries(secrets.token_hex(4))[:10]
    temp, runtime, out = tmp_path / "tmpdir", tmp_path / "runtime", tmp_path / "Documents"
    for folder in (temp, runtime, out):
        folder.mkdir(mode=0o700)
    monkeypatch.setenv("TMPDIR", str(temp))  # the child inherits these
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    markdown = "# Journal\n\n" + "".join(
        f"## Day {n}\n\n### 09:00 · Entry\n\n{s} and some more words.\n\n"
        for n, s in enumerate(strings)
    )
    seen_while_writing: set[str] = set()

    def look() -> None:
        seen_while_writing.update(p.name for p in out.iterdir())

    started = time.time() - 1
    timer = QTimer()
    timer.timeout.connect(look)
    timer.start(5)
    target = out / "journal.pdf"
    assert write_journal_pdf_in_child(lambda: markdown, target, "Writing the PDF") is True
    timer.stop()

    # While written: the reserved file and one part file, named without any user text.
    assert "journal.pdf" in seen_while_writing
    parts = [name for name in seen_while_writing if name != "journal.pdf"]
    assert all(name.startswith(".peerdesk-") and name.endswith(".part") for name in parts)
    assert [p.name for p in out.iterdir()] == ["journal.pdf"]
    files = files_under([temp, runtime]) + files_under(
        [Path("/tmp"), Path("/dev/shm")], since=started, skip=(tmp_path,)
    )
    leaks = sweep_files(files, strings)
    assert leaks == [], f"the text of the PDF was found on disk: {leaks}"
    pdf = QPdfDocument()
    pdf.load(str(target))
    text = "".join(pdf.getAllText(page).text() for page in range(pdf.pageCount()))
    pdf.close()
    words = "".join(text.split())  # the extraction breaks some runs of glyphs
    assert all(s in words for s in strings), "the sweep is not vacuous: the PDF holds them"
