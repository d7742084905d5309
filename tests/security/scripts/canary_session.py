"""A scripted session that puts 50 canary strings everywhere the app keeps content.

Usage: canary_session.py TOKEN PASSPHRASE_FILE
Uses the default vault location (the data folder), the command line, the services and
records of every area, search, edits, deletes, drafts, backups, lock/unlock, and the GUI
shell (offscreen). Prints only what the commands print; the parent sweeps every folder
and both output streams for the canaries afterwards.
"""

from __future__ import annotations

import sys
from datetime import date, datetime
from pathlib import Path

from peerdesk.cli.common import default_vault_dir
from peerdesk.cli.main import main as cli_main
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records import (
    CrisisPlanItem,
    Goal,
    GoalCheckin,
    JournalEntry,
    Milestone,
    Person,
    Strategy,
    StrategyUse,
    Tag,
    Victory,
)
from peerdesk.vault.vault import Vault

CANARY_COUNT = 50


def canaries(token: str) -> list[str]:
    return [f"canary{token}n{n:02d}quill" for n in range(CANARY_COUNT)]


def fill(services: Services, c: list[str]) -> None:
    """Write canaries 0-39 into every kind of record, through one transaction per step."""
    db = services.vault.database
    services.settings.set("people.owner_name", c[0])
    services.drafts.save("area:journal", {"title": c[1], "body": c[2]})
    with db.atomic():
        owner = Person.create(name=c[3], role="self", notes=c[4], is_owner=True)
        helper = Person.create(name=c[5], contact=c[6])
    for i, (title, body) in enumerate([(c[7], c[8]), (c[9], c[10]), (c[11], c[12])]):
        with db.atomic():
            entry = JournalEntry.create(
                occurred_at=datetime(2026, 3, i + 1), title=title, body=body, search_rowid=i + 1
            )
            db.execute_sql(
                "INSERT INTO journal_fts(rowid, title, body, tags) VALUES (?, ?, ?, ?)",
                (entry.search_rowid, title, body, c[13]),
            )
    Tag.create(name=c[13])
    with db.atomic():
        goal = Goal.create(person=owner, title=c[14], vision=c[15])
        Milestone.create(goal=goal, title=c[16], owner=helper, due_date=date(2026, 5, 1))
        GoalCheckin.create(
            goal=goal, occurred_at=datetime(2026, 3, 2), what_happened=c[17], next_step=c[18]
        )
        Victory.create(occurred_at=datetime(2026, 3, 3), goal=goal, text=c[19])
    with db.atomic():
        strategy = Strategy.create(
            title=c[20], summary=c[21], steps=c[22], when_to_use=c[23], search_rowid=1_000_001
        )
        db.execute_sql(
            "INSERT INTO strategy_fts(rowid, title, summary, steps, when_to_use, tags) "
            "VALUES (1000001, ?, ?, ?, ?, '')",  # past the starter library's rows
            (c[20], c[21], c[22], c[23]),
        )
        StrategyUse.create(strategy=strategy, used_at=datetime(2026, 3, 4), note=c[24])
        CrisisPlanItem.create(section="reasons", text=c[25], contact=c[26])


def search_edit_delete(services: Services, c: list[str]) -> None:
    db = services.vault.database
    hits = db.execute_sql(
        "SELECT rowid FROM journal_fts WHERE journal_fts MATCH ?", (c[8],)
    ).fetchall()
    assert hits == [(1,)], hits  # search works (nothing printed)
    with db.atomic():  # edit: c[9]/c[10] replaced by c[27]/c[28]
        JournalEntry.update(title=c[27], body=c[28]).where(JournalEntry.search_rowid == 2).execute()
        db.execute_sql("UPDATE journal_fts SET title = ?, body = ? WHERE rowid = 2", (c[27], c[28]))
    with db.atomic():  # soft delete (tombstone) of entry 3
        JournalEntry.update(deleted_at=datetime(2026, 3, 5)).where(
            JournalEntry.search_rowid == 3
        ).execute()
    services.drafts.discard("area:journal")
    services.drafts.save("area:roadmap", {"text": c[29]})
    with db.atomic():  # 18 more entries, then a hard delete of half of them
        for n in range(32, CANARY_COUNT):
            JournalEntry.create(occurred_at=datetime(2026, 4, 1), title=f"entry {n}", body=c[n])
        doomed = [f"entry {n}" for n in range(32, 41)]
        JournalEntry.delete().where(JournalEntry.title.in_(doomed)).execute()


def gui_round(folder: Path, passphrase: str, c: list[str]) -> None:
    """The shell offscreen: unlock, visit every area, lock (drafts), unlock, quit."""
    from peerdesk.app import AppController, _make_application

    app = _make_application()
    controller = AppController(folder)
    assert controller.open_vault()
    assert controller.unlock(passphrase), "the GUI did not unlock"
    window = controller.window
    window.show()
    for index in range(len(window.specs)):
        window.show_area_at(index)
        app.processEvents()
    assert controller.services is not None
    controller.services.settings.set("security.note", c[30])
    controller.lock()
    assert controller.unlock(passphrase)
    app.processEvents()
    window.close()
    controller.shutdown()
    app.processEvents()


def main() -> None:
    token, passphrase_file = sys.argv[1], sys.argv[2]
    c = canaries(token)
    passphrase = Path(passphrase_file).read_text().splitlines()[0]
    pass_args = ["--passphrase-file", passphrase_file]
    assert cli_main(["vault", "init", *pass_args]) == 0
    folder = default_vault_dir()

    vault = Vault.open(folder)
    vault.unlock_with_passphrase(passphrase)
    services = start_session(vault)
    fill(services, c)
    search_edit_delete(services, c)
    services.backups.automatic("canary")
    end_session(services)
    vault.unlock_with_passphrase(passphrase)  # lock and unlock again
    services = start_session(vault)
    services.settings.set("people.owner_name", c[31])
    end_session(services)
    vault.close()

    backup = folder / "backups" / "manual.pdbackup"
    assert cli_main(["vault", "backup", "--out", str(backup), *pass_args]) == 0
    assert cli_main(["vault", "check", *pass_args]) == 0
    gui_round(folder, passphrase, c)
    print("session finished")


if __name__ == "__main__":
    main()
