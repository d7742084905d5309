"""A scripted session that puts 50 canary strings everywhere the app keeps content.

Usage: canary_session.py TOKEN PASSPHRASE_FILE IMPORT_DIR (outside the swept folders)
Uses the default vault location (the data folder), the command line, the services and
records of every area, search, edits, deletes, drafts, backups, lock/unlock, and the GUI
shell (offscreen). Prints only what the commands print; the parent sweeps every folder
and both output streams for the canaries afterwards.
"""

from __future__ import annotations

import json
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
        # Raw rows only: the library service (when present) owns the full-text row ids.
        strategy = Strategy.create(title=c[20], summary=c[21], steps=c[22], when_to_use=c[23])
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


def through_area_services(services: Services, c: list[str]) -> None:
    """The same kind of work through each area's own service, where this build has it."""
    if getattr(services, "journal", None) is not None:
        from peerdesk.services.journal.model import EntryFields

        kept = services.journal.create(EntryFields(title=c[42], body=f"{c[43]} #{c[44]}"))
        assert services.journal.search(c[43]), "journal search finds the canary"
        gone = services.journal.create(EntryFields(title="to delete", body=c[45]))
        services.journal.update(kept, EntryFields(title=c[42], body=f"{c[43]} {c[46]}"))
        services.journal.delete([gone])
    if getattr(services, "library", None) is not None:
        from peerdesk.services.library.cards import CardContent

        card = services.library.create(CardContent(title=c[47], steps=c[48]))
        services.library.log_use(card, 7, 3, note=c[49])
    if getattr(services, "roadmap", None) is not None and hasattr(services, "people"):
        owner = services.people.create(c[3], "self", is_owner=True, notes=c[4])
        goal = services.roadmap.create_goal(owner.id, c[14], vision=c[15])
        services.roadmap.add_milestone(goal.id, c[16])
        services.roadmap.add_checkin(goal.id, person_id=owner.id, what_happened=c[17])
        services.roadmap.log_win(c[19], person_id=owner.id, goal_id=goal.id)


def import_files(pass_args: list[str], import_dir: Path, c: list[str]) -> None:
    """Imports through the command line: their output may count, never quote."""
    from peerdesk.cli.main import COMMAND_MODULES

    formats: set[str] = set()
    for module in COMMAND_MODULES:
        formats.update(getattr(module, "IMPORT_FORMATS", {}))
    if "jrnl" in formats:
        source = import_dir / "entries.json"
        entry = {"title": c[20], "body": c[21], "date": "2025-03-03", "time": "21:40"}
        source.write_text(json.dumps({"tags": {}, "entries": [{**entry, "tags": []}]}))
        assert cli_main(["import", *pass_args, "--from", "jrnl", str(source)]) == 0


def gui_round(folder: Path, passphrase: str, c: list[str]) -> None:
    """The shell offscreen: unlock, visit every area, lock (drafts), unlock, quit."""
    from peerdesk.app import AppController, _make_application

    app = _make_application()
    controller = AppController(folder)
    assert controller.open_vault()
    assert controller.unlock(passphrase), "the GUI did not unlock"
    window = controller.window
    window.show()
    from PySide6.QtWidgets import QAbstractItemView

    for index, spec in enumerate(window.specs):
        window.show_area_at(index)
        app.processEvents()
        for view in window.pages[spec.key].findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and view.isVisible():
                for row in range(min(model.rowCount(), 5)):
                    view.setCurrentIndex(model.index(row, 0))  # detail panes show the text
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
    token, passphrase_file, import_dir = sys.argv[1], sys.argv[2], Path(sys.argv[3])
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
    through_area_services(services, c)
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
    import_files(pass_args, import_dir, c)
    gui_round(folder, passphrase, c)
    print("session finished")


if __name__ == "__main__":
    main()
