"""A window's journal PDF is laid out and printed by a child process (issue 14): the same
pages as printed in one process, the text handed over through a pipe, Cancel or a lock
ends the child and leaves no file, and the window keeps repainting meanwhile."""

from __future__ import annotations

import itertools
import os
import stat
import time
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from peerdesk.gui.common import long_work
from peerdesk.gui.common.pdf_process import PART_PREFIX, print_in_this_process
from peerdesk.gui.journal.pdf import write_journal_pdf, write_journal_pdf_in_child
from peerdesk.services.export_files import ExportFileError
from peerdesk.services.journal.formats import journal_markdown, journal_markdown_parts
from peerdesk.services.journal.model import Entry


def _markdown(n: int) -> str:
    return journal_markdown(_entries(n), {})


def _entries(n: int) -> list[Entry]:
    return [
        Entry(
            occurred_at=datetime(2024, 1, 1, 8) + timedelta(hours=7 * i),
            title=f"Walk {i:05d}",
            body=f"MARK{i:05d} a walk by the river, then tea with a friend. " * 3,
            mood=1 + i % 10,
            id=str(i),
        )
        for i in range(n)
    ]


def _pages(path: Path) -> list[str]:
    pdf = QPdfDocument()
    pdf.load(str(path))
    try:
        return [pdf.getAllText(page).text() for page in range(pdf.pageCount())]
    finally:
        pdf.close()


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


def test_the_child_prints_the_same_pages_as_one_process(qapp: object, tmp_path: Path) -> None:
    entries = _entries(150)
    here = tmp_path / "here.pdf"
    write_journal_pdf(journal_markdown(entries, {}), here)
    there = tmp_path / "there.pdf"
    # The text goes over in pieces of 7 entries, as the export dialog sends it.
    pieces = lambda: journal_markdown_parts(entries, {}, entries_per_part=7)  # noqa: E731
    assert write_journal_pdf_in_child(pieces, there, "Writing the PDF") is True

    assert there.read_bytes().startswith(b"%PDF")
    assert stat.S_IMODE(there.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir()) == ["here.pdf", "there.pdf"]  # no part
    pages = _pages(there)
    assert len(pages) >= 5  # long enough for page breaks
    assert pages == _pages(here)  # same page breaks, headings, text and page numbers
    text = "\n".join(pages)
    assert "Monday 01 January 2024" in text  # a day's heading
    for i in (0, 77, 149):
        assert f"Walk {i:05d}" in text
        assert f"MARK{i:05d}" in text
    assert pages[-1].split()[-1] == str(len(pages))  # the last page is numbered


def test_an_existing_file_is_refused_and_kept(qapp: object, tmp_path: Path) -> None:
    target = tmp_path / "journal.pdf"
    target.write_text("keep me")
    with pytest.raises(ExportFileError, match="already exists"):
        write_journal_pdf_in_child(lambda: "# Journal\n", target, "Writing the PDF")
    assert target.read_text() == "keep me"
    assert [p.name for p in tmp_path.iterdir()] == ["journal.pdf"]


def test_a_failure_while_making_the_text_leaves_nothing(qapp: object, tmp_path: Path) -> None:
    def broken() -> str:
        raise ValueError("no text")

    target = tmp_path / "journal.pdf"
    with pytest.raises(ExportFileError, match="no text"):
        write_journal_pdf_in_child(broken, target, "Writing the PDF")
    assert list(tmp_path.iterdir()) == []
    assert long_work._processes == set()


def test_cancel_while_printing_ends_the_child_and_leaves_nothing(
    qapp: object, tmp_path: Path
) -> None:
    markdown = _markdown(3000)
    target = tmp_path / "journal.pdf"
    seen: dict[str, object] = {}
    started = time.monotonic()

    def cancel_once_printing() -> None:
        works = list(long_work._processes)
        parts = list(tmp_path.glob(PART_PREFIX + "*"))
        if not works or not parts:
            return
        # Cancel as soon as the child has begun writing pages (the fallback: after 20 s).
        if parts[0].stat().st_size == 0 and time.monotonic() - started < 20:
            return
        seen["pid"] = works[0].pid
        seen["part size"] = parts[0].stat().st_size
        timer.stop()
        long_work.cancel_all()  # what a lock does

    timer = QTimer()
    timer.timeout.connect(cancel_once_printing)
    timer.start(20)
    written = write_journal_pdf_in_child(lambda: markdown, target, "Writing the PDF")
    timer.stop()

    assert written is False
    assert isinstance(seen.get("pid"), int)
    assert not _alive(int(seen["pid"]))  # type: ignore[call-overload]
    assert list(tmp_path.iterdir()) == []  # neither the part file nor the chosen one
    assert long_work._processes == set()


def test_the_cancel_button_of_the_dialog_stops_the_child(qtbot: QtBot, tmp_path: Path) -> None:
    work = long_work.ProcessWork(
        _sleeper, (), "Writing the PDF", payload=lambda: [b"x" * 1_000_000], show_after_ms=0
    )
    outcome: list[str] = []
    work.cancelled.connect(lambda: outcome.append("cancelled"))
    work.start()
    pid = work.pid
    assert pid is not None
    assert work.running
    qtbot.waitUntil(lambda: work.dialog.isVisible(), timeout=5000)
    button = work.dialog.findChild(QPushButton)
    assert button is not None
    button.click()
    assert outcome == ["cancelled"]
    assert work.state == "cancelled"
    assert not _alive(pid)


def test_the_window_keeps_repainting_while_the_child_works(qtbot: QtBot, tmp_path: Path) -> None:
    markdown = _markdown(1500)
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    assert write_journal_pdf_in_child(lambda: markdown, tmp_path / "j.pdf", "Writing") is True
    timer.stop()
    gaps = [b - a for a, b in itertools.pairwise(ticks)]
    assert len(ticks) > 50  # the work took a while and the timer kept running
    # Generous against a loaded test machine; in one process it is seconds.
    assert max(gaps) < 0.5, f"the event loop stalled {max(gaps) * 1000:.0f} ms"


def test_the_child_work_prints_in_process_too(qapp: object, tmp_path: Path) -> None:
    part = tmp_path / "part.pdf"
    part.touch(mode=0o600)
    print_in_this_process(_markdown(3), part, "Journal")
    assert part.read_bytes().startswith(b"%PDF")
    assert "Walk 00002" in "\n".join(_pages(part))


def _sleeper(inbox: object, outbox: object) -> None:
    """A child that reads its payload and then works for a long time."""
    long_work.receive_all(inbox)  # type: ignore[arg-type]
    time.sleep(60)
