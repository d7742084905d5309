"""Write COUNT journal entries, one transaction each, and acknowledge each after commit.

Usage: writer.py VAULT PASSPHRASE TRIAL COUNT. Prints ``ACK <id>`` only once the
transaction (entry row plus its full-text row) has committed. The parent kills us anywhere.
"""

from __future__ import annotations

import sys
from datetime import datetime

from _support import open_session, say

from peerdesk.store.records import JournalEntry


def main() -> None:
    folder, passphrase, trial, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    services = open_session(folder, passphrase)
    database = services.vault.database
    next_rowid = int(
        database.execute_sql("SELECT coalesce(max(search_rowid), 0) FROM journal_entry").fetchone()[
            0
        ]
    )
    say("READY")
    for i in range(count):
        next_rowid += 1
        title = f"trial {trial} write {i}"
        body = f"body of {title} " * 20
        with database.atomic():
            entry = JournalEntry.create(
                occurred_at=datetime(2026, 1, 1),
                title=title,
                body=body,
                search_rowid=next_rowid,
            )
            database.execute_sql(
                "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (?, ?, ?, '')",
                (next_rowid, title, body),
            )
        say(f"ACK {entry.id}")
    say("DONE")


if __name__ == "__main__":
    main()
