"""Search and CLI edges (issue 14): symbol-only queries, --limit, usage errors, closed pipes,
quick capture with ``peerdesk checkin`` and ``peerdesk write``."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from peerdesk.cli.main import main
from peerdesk.services.journal import EntryFields
from peerdesk.services.library import LibraryQuery
from peerdesk.services.session import Services
from tests.unit.library.library_helpers import sample_content

PASS = "a long enough test passphrase"


@pytest.fixture
def cli_vault(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> list[str]:
    secret = tmp_path / "pass.txt"
    secret.write_text(PASS + "\n")
    folder = tmp_path / "vault"
    assert main(["vault", "init", "--vault", str(folder), "--passphrase-file", str(secret)]) == 0
    capsys.readouterr()
    return ["--vault", str(folder), "--passphrase-file", str(secret)]


def test_symbol_only_query_finds_the_entries_that_hold_it_never_all(services: Services) -> None:
    journal = services.journal
    party = journal.create(EntryFields(title="Sober birthday", body="A year today 🎉 cake"))
    journal.create(EntryFields(title="Plain day", body="Nothing special."))
    journal.create(EntryFields(title="Another", body="Rain and tea."))
    hits = journal.search("🎉")
    assert [h.id for h in hits] == [party]
    assert "🎉" in hits[0].snippet
    assert journal.search_count("🎉") == 1
    assert journal.search("💔") == []
    assert journal.search_count("💔") == 0
    assert journal.search("%%% ***") == []
    assert journal.search('"🎉"') == [hits[0]]
    assert len(journal.search("   ")) == 3  # a blank box still lists everything


def test_library_symbol_only_query(services: Services) -> None:
    star = services.library.create(sample_content("Star card", summary="Look up ★ tonight."))
    services.library.create(sample_content("Plain card"))
    assert services.library.query_ids(LibraryQuery(text="★")) == [star]
    assert services.library.query_ids(LibraryQuery(text="🎉")) == []


def test_search_limit_zero_lists_every_match_and_no_ceiling(
    cli_vault: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    for n in range(25):
        assert main(["write", *cli_vault, "--title", f"Walk {n}", f"A walk by the river {n}."]) == 0
    capsys.readouterr()
    assert main(["search", *cli_vault, "--json", "river"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 20
    assert main(["search", *cli_vault, "--json", "--limit", "0", "river"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 25
    assert main(["search", *cli_vault, "--json", "--limit", "50000", "river"]) == 0
    assert len(json.loads(capsys.readouterr().out)) == 25


@pytest.mark.parametrize(
    "argv",
    [
        ["search", "--limit", "-1", "x"],
        ["search", "--limit", "many", "x"],
        ["checkin", "--mood", "11"],
        ["checkin"],
        ["write", "--nope"],
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(argv)
    assert raised.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_checkin_and_write_go_through_the_journal_service(
    cli_vault: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    argv = ["checkin", *cli_vault, "--mood", "7", "--emotion", "Peaceful", "--note", "ok"]
    assert main(argv) == 0
    assert "Check-in saved" in capsys.readouterr().out
    assert main(["checkin", *cli_vault, "--mood", "5", "--emotion", "nonsenseword"]) == 2
    err = capsys.readouterr().err
    assert "unknown emotion" in err
    assert "nonsenseword" not in err  # no user content on stderr
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO("From the pipe.\nSecond line.\n"))
    assert main(["write", *cli_vault, "--title", "Piped", "-"]) == 0
    assert main(["write", *cli_vault, "--title", "", ""]) == 2
    assert "empty" in capsys.readouterr().err
    assert main(["write", *cli_vault, "--title", "x" * 1000, "body"]) == 2
    capsys.readouterr()

    from peerdesk.cli.common import unlocked_session
    from peerdesk.cli.main import build_parser

    args = build_parser().parse_args(["search", *cli_vault, "x"])
    with unlocked_session(args) as services:
        rows = services.journal.timeline_page(limit=10)
        assert len(rows) == 2
        entry = services.journal.get(next(r.id for r in rows if r.kind == "entry"))
        assert entry.title == "Piped"
        assert entry.body == "From the pipe.\nSecond line."
        checkin = services.journal.get(next(r.id for r in rows if r.kind == "checkin"))
        assert checkin.mood == 7
        assert checkin.emotions == ("peaceful",)
        assert checkin.body == "ok"


def test_a_closed_pipe_ends_quietly(cli_vault: list[str], tmp_path: Path) -> None:
    for n in range(3):
        assert main(["write", *cli_vault, f"The river walk number {n}."]) == 0
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    reader = subprocess.Popen(
        [sys.executable, "-m", "peerdesk", "search", *cli_vault, "--limit", "0", "river"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env=env,
    )
    assert reader.stdout is not None
    reader.stdout.close()  # like `head -n 0`: the reader is gone before anything is written
    _out, err = reader.communicate(timeout=120)
    assert b"Traceback" not in err
    assert b"BrokenPipeError" not in err
    assert reader.returncode == 0


def test_help_into_a_closed_pipe_ends_quietly() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=os.pathsep.join(sys.path))
    for argv in (["--help"], ["search", "--help"], ["--version"]):
        reader = subprocess.Popen(
            [sys.executable, "-m", "peerdesk", *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            env=env,
        )
        assert reader.stdout is not None
        reader.stdout.close()
        _out, err = reader.communicate(timeout=60)
        assert b"Traceback" not in err
        assert b"BrokenPipeError" not in err
