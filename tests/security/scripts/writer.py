"""Write COUNT journal entries through ``JournalService`` and acknowledge each one.

Usage: writer.py VAULT PASSPHRASE TRIAL COUNT. Each ``JournalService.create`` is one
transaction (the entry, its tags, its full-text row); ``ACK <id>`` is printed only after
it returned. The parent kills us anywhere.
"""

from __future__ import annotations

import sys
from datetime import datetime

from _support import open_session, say

from peerdesk.services.journal.model import EntryFields


def main() -> None:
    folder, passphrase, trial, count = sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4])
    services = open_session(folder, passphrase)
    say("READY")
    for i in range(count):
        title = f"trial {trial} write {i}"
        entry_id = services.journal.create(
            EntryFields(
                occurred_at=datetime(2026, 1, 1, 12, 0),
                title=title,
                body=f"body of {title} #killtrial " * 20,
                mood=1 + i % 5,
            )
        )
        say(f"ACK {entry_id}")
    say("DONE")


if __name__ == "__main__":
    main()
