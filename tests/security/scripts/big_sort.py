"""Run a sort far larger than the page cache and report files opened in SQLITE_TMPDIR.

Usage: big_sort.py vault FOLDER PASSPHRASE | big_sort.py plain FOLDER
SQLite unlinks its temp files right after opening them, so watching the folder shows
nothing; /proc/self/fd still lists them (as ".../etilqs_... (deleted)") while the
statement is open. ``plain`` is the control: stock sqlite3 with temp_store=FILE spills.
"""

from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Any

from _support import say

ROWS = 60_000


def open_files_in(folder: str) -> list[str]:
    found = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{fd}")
        except OSError:
            continue
        if target.startswith(folder):
            found.append(target)
    return found


def sort_and_look(conn: Any, folder: str) -> None:
    conn.execute("PRAGMA cache_size = -256")  # 256 KiB: a 12 MB sort cannot fit
    conn.execute("CREATE TABLE IF NOT EXISTS big(v TEXT)")
    conn.execute("BEGIN")
    conn.executemany(
        "INSERT INTO big(v) VALUES (?)",
        ((f"{(i * 7919) % ROWS:08d}" + "x" * 200,) for i in range(ROWS)),
    )
    conn.execute("COMMIT")
    cursor = conn.execute("SELECT v FROM big ORDER BY substr(v, 3) DESC, v")
    cursor.fetchone()  # the sorter has run; its temp files (if any) are open now
    say("TEMPFILES " + repr(open_files_in(folder)))
    cursor.close()
    cursor = conn.execute("CREATE INDEX IF NOT EXISTS big_v ON big(substr(v, 2))")
    say("INDEXED " + repr(open_files_in(folder)))


def main() -> None:
    mode, folder = sys.argv[1], sys.argv[2]
    tmpdir = os.environ["SQLITE_TMPDIR"]
    if mode == "plain":
        conn = sqlite3.connect(Path(folder) / "plain.db", isolation_level=None)
        conn.execute("PRAGMA temp_store = FILE")
        sort_and_look(conn, tmpdir)
        return
    from peerdesk.vault.vault import Vault

    vault = Vault.open(Path(folder))
    vault.unlock_with_passphrase(sys.argv[3])
    sort_and_look(vault.database.connection(), tmpdir)
    vault.close()


if __name__ == "__main__":
    main()
