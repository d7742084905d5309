"""A scripted session: 50 canary strings enter the way a user's words do.

Usage: canary_session.py TOKEN PASSPHRASE_FILE IMPORT_DIR EXPORT_DIR
- the command line: ``vault init`` at the default location, a jrnl import, a journal
  export to EXPORT_DIR that the user then deletes, backups, ``vault check``;
- the services of every area (journal, roadmap, people, library, crisis plan, settings),
  with search, edits, deletes (tombstones purged on lock);
- the GUI (offscreen) by typing into its widgets: the unlock field, the journal editor
  (an entry saved; a draft kept through a lock and found again after unlocking), the
  check-in note, the journal's search box.
Prints only what the commands print; the parent sweeps the folders and both streams.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from _support import say

from peerdesk.cli.common import default_vault_dir
from peerdesk.cli.main import main as cli_main
from peerdesk.services.journal.model import EntryFields
from peerdesk.services.session import Services, end_session, start_session
from peerdesk.store.records.library import CRISIS_SECTIONS
from peerdesk.vault.vault import Vault

CANARY_COUNT = 50


def canaries(token: str) -> list[str]:
    return [f"canary{token}n{n:02d}quill" for n in range(CANARY_COUNT)]


def journal_step(services: Services, c: list[str]) -> None:
    """Canaries 7-13, 29, 32-40, 44: entries, an edit, deletes, a check-in, search."""
    journal = services.journal
    journal.create(EntryFields(title=c[7], body=c[8], occurred_at=datetime(2026, 3, 1, 9)))
    edited = journal.create(EntryFields(title=c[9], body=f"{c[10]} #{c[13]}"))
    journal.update(edited, EntryFields(title=c[27], body=c[28]))  # c[9], c[10] replaced
    gone = journal.create(EntryFields(title=c[11], body=c[12]))
    journal.delete([gone])
    assert journal.search(c[8]), "journal search finds the canary"
    assert journal.search_count(c[44]) == 0
    journal.check_in(6, note=c[29])
    doomed = [journal.create(EntryFields(title=f"entry {n}", body=c[n])) for n in range(32, 41)]
    journal.delete(doomed)  # tombstones: their words are blanked when the vault locks


def people_and_roadmap_step(services: Services, c: list[str]) -> None:
    """Canaries 0, 3-6, 14-19: settings, the owner and a supporter, a goal and its plan."""
    services.settings.set("people.owner_name", c[0])
    owner = services.people.create(c[3], "self", is_owner=True, notes=c[4])
    services.people.create(c[5], "supporter", contact=c[6])
    goal = services.roadmap.create_goal(owner.id, c[14], vision=c[15])
    services.roadmap.add_milestone(goal.id, c[16])
    services.roadmap.add_checkin(goal.id, person_id=owner.id, what_happened=c[17])
    services.roadmap.log_win(c[19], person_id=owner.id, goal_id=goal.id)
    services.settings.set("security.next_step", c[18])


def library_step(services: Services, c: list[str]) -> None:
    """Canaries 22-26: a strategy card, its use log, the crisis plan."""
    from peerdesk.services.library.cards import CardContent

    card = services.library.create(CardContent(title=c[22], steps=c[23]))
    services.library.log_use(card, 7, 3, note=c[24])
    services.crisis_plan.add(CRISIS_SECTIONS[0], c[25], contact=c[26])


# Every area's user words, through its own service. A new area (agency notes, exchange
# bundles) joins the sweep with one entry here, using canaries of its own (raise
# CANARY_COUNT here and in tests/security/_canaries.py).
SERVICE_STEPS: list[Callable[[Services, list[str]], None]] = [
    people_and_roadmap_step,
    journal_step,
    library_step,
]


def import_and_export(
    pass_args: list[str], import_dir: Path, export_dir: Path, c: list[str]
) -> None:
    """A jrnl import (c20, c21) and an export the user deletes afterwards (c45, c46)."""
    source = import_dir / "entries.json"
    entry = {"title": c[20], "body": c[21], "date": "2025-03-03", "time": "21:40", "tags": []}
    source.write_text(json.dumps({"tags": {}, "entries": [entry]}))
    assert cli_main(["import", *pass_args, "--from", "jrnl", str(source)]) == 0
    folder = default_vault_dir()
    vault = Vault.open(folder)
    vault.unlock_with_passphrase(Path(pass_args[1]).read_text().splitlines()[0])
    services = start_session(vault)
    services.journal.create(EntryFields(title=c[45], body=c[46]))
    end_session(services)
    vault.close()
    exported = export_dir / "my-journal.md"
    code = cli_main(
        ["export", "journal", *pass_args, "--format", "markdown", "--out", str(exported)]
    )
    assert code == 0
    assert c[46] in exported.read_text(encoding="utf-8"), "the export holds the user's words"
    exported.unlink()  # the user deletes the export


def _wait(app: object, condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 20
    while not condition():
        app.processEvents()  # type: ignore[attr-defined]
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        time.sleep(0.01)


def gui_round(folder: Path, passphrase: str, c: list[str]) -> None:
    """Typing into the widgets (canaries 1, 2, 30, 41, 42, 43, 47)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractItemView

    from peerdesk.app import AppController
    from peerdesk.gui.journal.entry_editor import AUTOSAVE_KEY
    from peerdesk.launch import _make_application

    app = _make_application()
    controller = AppController(folder)
    assert controller.open_vault()
    window = controller.window
    window.show()

    def unlock_by_typing() -> None:
        panel = window.unlock_panel
        panel.ui.secretEdit.clear()
        QTest.keyClicks(panel.ui.secretEdit, passphrase)
        QTest.mouseClick(panel.ui.unlockButton, Qt.MouseButton.LeftButton)
        _wait(app, lambda: not controller.is_locked, "the unlock")

    unlock_by_typing()
    window.show_area("journal")
    page = window.pages["journal"]
    editor = page.editor  # type: ignore[attr-defined]
    QTest.keyClicks(editor.ui.titleEdit, c[1])
    QTest.keyClicks(editor.ui.bodyEdit, c[2])
    assert editor.save(), "the typed entry was not saved"

    panel = page.checkin_panel  # type: ignore[attr-defined]
    QTest.mouseClick(panel.mood_group.button(7), Qt.MouseButton.LeftButton)
    QTest.keyClicks(panel.ui.noteEdit, c[41])
    QTest.mouseClick(panel.ui.saveButton, Qt.MouseButton.LeftButton)

    QTest.keyClicks(page.search_edit, c[47])  # type: ignore[attr-defined]
    app.processEvents()
    page.search_edit.clear()  # type: ignore[attr-defined]

    # A draft: typed, autosaved, kept through a lock, there again after unlocking.
    editor.new_entry()
    editor.autosave_timer.setInterval(10)
    QTest.keyClicks(editor.ui.titleEdit, c[42])
    QTest.keyClicks(editor.ui.bodyEdit, c[43])
    services = controller.services
    assert services is not None
    _wait(app, lambda: (services.drafts.load(AUTOSAVE_KEY) or {}).get("body") == c[43], "autosave")
    services.settings.set("security.note", c[30])
    controller.lock()
    assert editor.ui.titleEdit.text() == "", "the lock left the draft on screen"
    unlock_by_typing()
    _wait(app, lambda: editor.ui.bodyEdit.toPlainText() == c[43], "the draft after unlocking")
    assert editor.ui.titleEdit.text() == c[42]

    for index, spec in enumerate(window.specs):  # every area shown, rows selected
        window.show_area_at(index)
        app.processEvents()
        for view in window.pages[spec.key].findChildren(QAbstractItemView):
            model = view.model()
            if model is not None and view.isVisible():
                for row in range(min(model.rowCount(), 5)):
                    view.setCurrentIndex(model.index(row, 0))
                    app.processEvents()
    controller.lock()  # the draft stays in the database, encrypted
    window.close()
    controller.shutdown()
    app.processEvents()


def main() -> None:
    token, passphrase_file = sys.argv[1], sys.argv[2]
    import_dir, export_dir = Path(sys.argv[3]), Path(sys.argv[4])
    c = canaries(token)
    passphrase = Path(passphrase_file).read_text().splitlines()[0]
    pass_args = ["--passphrase-file", passphrase_file]
    assert cli_main(["vault", "init", *pass_args]) == 0
    folder = default_vault_dir()

    vault = Vault.open(folder)
    vault.unlock_with_passphrase(passphrase)
    services = start_session(vault)
    for step in SERVICE_STEPS:
        step(services, c)
    services.backups.automatic("canary")
    end_session(services)
    vault.lock()
    vault.unlock_with_passphrase(passphrase)  # lock and unlock again
    services = start_session(vault)
    services.settings.set("people.owner_name", c[31])
    end_session(services)
    vault.close()

    backup = folder / "backups" / "manual.pdbackup"
    assert cli_main(["vault", "backup", "--out", str(backup), *pass_args]) == 0
    assert cli_main(["vault", "check", *pass_args]) == 0
    import_and_export(pass_args, import_dir, export_dir, c)
    gui_round(folder, passphrase, c)
    say("session finished")


if __name__ == "__main__":
    main()
