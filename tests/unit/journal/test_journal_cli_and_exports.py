"""``peerdesk import/search/export journal`` end to end, and the export formats."""

from __future__ import annotations

import json
import stat
import sys
from datetime import date, datetime
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.journal import EntryFields
from peerdesk.services.journal.formats import journal_json, journal_markdown
from peerdesk.services.session import Services

DATA = Path(__file__).parent / "data"
PASS = "a long enough test passphrase"


@pytest.fixture
def cli_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    """Arguments naming a fresh vault and its passphrase file."""
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    folder = tmp_path / "vault"
    assert main(["vault", "init", "--vault", str(folder), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    return ["--vault", str(folder), "--passphrase-file", str(secret)]


def test_cli_import_search_export(
    cli_vault: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["import", *cli_vault, "--from", "jrnl", str(DATA / "jrnl-export.json")]) == 0
    out = capsys.readouterr().out
    assert "3 entries found in jrnl-export.json, 2025-03-03 to 2025-03-11" in out
    assert "Imported 3 entries" in out
    assert main(["import", *cli_vault, "--from", "daylio", str(DATA / "daylio-export.csv")]) == 0
    out = capsys.readouterr().out
    assert "grumpy" in out  # the unmapped mood word is pointed out
    assert main(["import", *cli_vault, "--from", "jrnl", str(DATA / "jrnl-export.json")]) == 0
    assert "Imported 0 entries; 3 were already there" in capsys.readouterr().out

    assert main(["search", *cli_vault, "lunch", "priya"]) == 0
    out = capsys.readouterr().out
    assert "2025-03-03 21:40  First week back at work." in out
    assert "[Priya]" in out

    assert main(["search", *cli_vault, "--json", "--limit", "5", "work"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {r["title"] for r in rows} >= {"First week back at work.", "Meeting notes."}
    assert set(rows[0]) == {"id", "date", "title", "snippet"}

    md = tmp_path / "journal.md"
    assert main(["export", "journal", *cli_vault, "--format", "markdown", "--out", str(md)]) == 0
    assert "Exported 6 journal entries" in capsys.readouterr().out
    text = md.read_text()
    assert "Lunch with Priya helped." in text
    assert "&lt;b&gt;Not&lt;/b&gt;" in text  # raw HTML escaped
    assert stat.S_IMODE(md.stat().st_mode) == 0o600

    js = tmp_path / "journal.json"
    args = ["export", "journal", *cli_vault, "--format", "json", "--out", str(js)]
    assert main([*args, "--since", "2025-03-05", "--until", "2025-03-10"]) == 0
    document = json.loads(js.read_text())
    assert document["format"] == "peerdesk-journal"
    assert [e["title"] for e in document["entries"]] == ["Sunday dinner."]


def test_cli_errors_are_one_line_naming_the_file(
    cli_vault: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("full_date,date,weekday,time,mood\n2025-02-03,x,y,99:00,rad\n")
    assert main(["import", *cli_vault, "--from", "daylio", str(bad)]) == 1
    err = capsys.readouterr().err.strip()
    assert err.count("\n") == 0
    assert err.startswith(f"peerdesk: {bad}: line 2: column 'time'")
    assert err.endswith("nothing was imported")

    existing = tmp_path / "exists.md"
    existing.write_text("keep me")
    rc = main(["export", "journal", *cli_vault, "--format", "markdown", "--out", str(existing)])
    assert rc == 1
    assert "already exists" in capsys.readouterr().err
    assert existing.read_text() == "keep me"


def test_cli_pdf_export(cli_vault: list[str], tmp_path: Path, qapp: object) -> None:
    assert main(["import", *cli_vault, "--from", "jrnl", str(DATA / "jrnl-export.json")]) == 0
    pdf = tmp_path / "journal.pdf"
    assert main(["export", "journal", *cli_vault, "--format", "pdf", "--out", str(pdf)]) == 0
    data = pdf.read_bytes()
    assert data.startswith(b"%PDF")
    assert len(data) > 1000
    assert stat.S_IMODE(pdf.stat().st_mode) == 0o600


def test_cli_modules_import_no_qt() -> None:
    import subprocess

    code = (
        "import sys, peerdesk.cli.main, peerdesk.cli.journal_commands;"
        "sys.exit(any(m.startswith('PySide6') for m in sys.modules))"
    )
    src = str(Path(__file__).resolve().parents[3] / "src")
    result = subprocess.run([sys.executable, "-c", code], env={"PYTHONPATH": src}, check=False)
    assert result.returncode == 0


def test_markdown_and_json_exports(services: Services) -> None:
    j = services.journal
    tracker = j.add_tracker("Cravings")
    j.check_in(
        3,
        emotions=["anxious"],
        note="<img src=x onerror=alert(1)> rough",
        trackers={tracker: 7},
        occurred_at=datetime(2026, 2, 1, 9, 30),
    )
    j.create(
        EntryFields(
            title="Later", body="fine", occurred_at=datetime(2026, 2, 3, 20, 0), starred=True
        )
    )
    entries = j.entries_between(date(2026, 2, 1), date(2026, 2, 28))
    names = {t.id: t.name for t in j.trackers()}
    md = journal_markdown(entries, names, since=date(2026, 2, 1), until=date(2026, 2, 28))
    assert "## Sunday 01 February 2026" in md
    assert "### 09:30 · Check-in" in md
    assert "Mood 3/10 (low)" in md
    assert "Cravings: 7" in md
    assert "<img" not in md
    assert "&lt;img" in md
    document = json.loads(journal_json(entries, names))
    first = document["entries"][0]
    assert first["kind"] == "checkin"
    assert first["occurred_at"] == "2026-02-01T09:30"
    assert first["trackers"] == {"Cravings": 7.0}
    assert first["emotions"] == ["anxious"]
    assert document["entries"][1]["starred"] is True


def test_pdf_rendering_shows_user_html_as_text_once(qapp: object) -> None:
    from PySide6.QtGui import QTextDocument

    from peerdesk.gui.common.inert_text import set_inert_markdown

    entry = EntryFields(title="<b>T</b>", body="a <i>b</i> & c", occurred_at=datetime(2026, 1, 1))
    from peerdesk.services.journal.model import Entry

    md = journal_markdown([Entry(**entry.__dict__, id="x")], {})
    document = QTextDocument()
    set_inert_markdown(document, md, already_escaped=True)
    text = document.toPlainText()
    assert "a <i>b</i> & c" in text
    assert "<b>T</b>" in text


def test_entries_read_in_steps_page_by_page_with_equal_times(services: Services) -> None:
    """Each step reads the page after the last (time, id) read: entries sharing a time
    across a page boundary are all read, once, in the order of the one-call read."""
    from peerdesk.services.steps import Progress

    j = services.journal
    same = datetime(2026, 3, 1, 9, 0)
    for n in range(7):
        j.create(EntryFields(title=f"Same {n}", body="x", occurred_at=same))
    for day in (2, 3, 28):
        j.create(EntryFields(title=f"Day {day}", body="y", occurred_at=datetime(2026, 3, day)))
    deleted = j.create(EntryFields(title="Gone", body="z", occurred_at=same))
    j.delete([deleted])
    j.create(EntryFields(title="Before", body="w", occurred_at=datetime(2026, 2, 1)))

    steps = j.entries_between_steps(date(2026, 3, 1), date(2026, 3, 27), chunk=3)
    progress: list[Progress] = []
    while True:
        try:
            progress.append(next(steps))
        except StopIteration as stop:
            read = stop.value
            break
    titles = [e.title for e in read]
    assert sorted(titles) == sorted([f"Same {n}" for n in range(7)] + ["Day 2", "Day 3"])
    keys = [(e.occurred_at, e.id) for e in read]
    assert keys == sorted(keys)  # by time, then id (the index's order)
    assert [e.title for e in j.entries_between(date(2026, 3, 1), date(2026, 3, 27))] == titles
    assert [(p.done, p.total) for p in progress] == [(0, 9), (3, 9), (6, 9), (9, 9)]

    # What the export dialog says before reading: counts and the first day, no deleted.
    assert j.span_summary(date(2026, 3, 1), date(2026, 3, 27)) == (9, date(2026, 3, 1))
    assert j.span_summary(None, None) == (11, date(2026, 2, 1))
    assert j.span_summary(date(2026, 3, 29), None) == (0, None)

    # The count is made in steps too, a page of the index at a time.
    from peerdesk.services.journal.service import _count_steps
    from peerdesk.services.steps import run_to_end
    from peerdesk.store.records import JournalEntry

    alive = JournalEntry.alive()
    march = alive.where(JournalEntry.occurred_at >= datetime(2026, 3, 1))
    for step in (1, 2, 3, 4, 10, 11, 10_000):
        assert run_to_end(_count_steps(alive, alive, step=step)) == 11
        assert run_to_end(_count_steps(march, alive, step=step)) == 10


def test_the_markdown_in_pieces_is_the_same_text(services: Services) -> None:
    from peerdesk.services.journal.formats import journal_markdown_parts

    j = services.journal
    for day in range(1, 8):
        j.create(
            EntryFields(title=f"Day {day}", body="  body  ", occurred_at=datetime(2026, 3, day))
        )
        j.check_in(day, occurred_at=datetime(2026, 3, day, 21))
    entries = j.entries_between(None, None)
    for kwargs in ({}, {"since": date(2026, 3, 1)}, {"title": "Mine <b>"}):
        whole = journal_markdown(entries, {}, **kwargs)  # type: ignore[arg-type]
        assert whole.count("\n## ") == 7  # one heading a day
        for size in (1, 2, 5, 14, 500):
            pieces = list(journal_markdown_parts(entries, {}, entries_per_part=size, **kwargs))  # type: ignore[arg-type]
            assert len(pieces) == 1 + -(-len(entries) // size)  # the title, then the groups
            assert "".join(pieces) == whole
    assert list(journal_markdown_parts([], {})) == [journal_markdown([], {})]
