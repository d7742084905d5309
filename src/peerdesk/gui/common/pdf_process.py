"""A Markdown PDF written by a child process, so the window never freezes.

Qt's Markdown parsing, text layout and PDF printing of a 100 000-entry journal take most of
a minute and keep Python's GIL for seconds at a time, so a worker thread would still stall
the window (issue 14). Here a spawned child (``ProcessWork``) does all of it:

* the text goes to the child through a pipe (memory only): no plaintext file is made;
* the child writes one file: a hidden ``.peerdesk-*.part`` next to the chosen one, created
  owner-only beforehand by this process (no user text in its name), and syncs it;
* the part file then replaces the chosen file, which was reserved empty and owner-only
  first (an existing file is refused, as ``services/export_files`` does);
* Cancel (or a lock) kills the child; the part file and the reserved file are removed.

``child_main`` is what runs in the child: no window, the offscreen Qt platform.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Callable, Iterable, Iterator
from multiprocessing.connection import Connection
from pathlib import Path
from typing import TYPE_CHECKING

from peerdesk.services.export_files import ExportFileError, create_export_file

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

PART_PREFIX = ".peerdesk-"
PART_SUFFIX = ".part"


def child_main(inbox: Connection, outbox: Connection, part: str, title: str, font: str) -> None:
    """Entry point of the spawned process: read the Markdown, print it into ``part``,
    answer once, exit."""
    from peerdesk.gui.common.long_work import receive_all

    answer: tuple[str, object]
    try:
        markdown = receive_all(inbox).decode("utf-8")
        inbox.close()
        print_in_this_process(markdown, Path(part), title, font)
        answer = ("ok", None)
    except OSError as exc:
        answer = ("error", exc.strerror or "")
    except Exception:  # never send a message that could quote the text
        answer = ("error", "")
    try:
        outbox.send(answer)
    finally:
        outbox.close()


def print_in_this_process(markdown: str, part: Path, title: str, font: str = "") -> None:
    """The child's work (also callable in-process, for tests): an offscreen Qt, the app's
    font, the PDF printed into ``part`` and synced to disk."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window, whatever the app used
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QFont, QGuiApplication

    from peerdesk.gui.common.pdf import print_markdown_pdf

    if QCoreApplication.instance() is None:
        app = QGuiApplication(["peerdesk"])
        app.setApplicationName("PeerDesk")
        chosen = QFont()
        if font and chosen.fromString(font):
            QGuiApplication.setFont(chosen)
    print_markdown_pdf(markdown, part, title)
    fd = os.open(part, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def new_part_file(beside: Path) -> Path:
    """An empty owner-only file next to ``beside`` (same folder: the rename stays on one
    file system); its name says nothing of its content."""
    fd, name = tempfile.mkstemp(prefix=PART_PREFIX, suffix=PART_SUFFIX, dir=beside.parent)
    os.close(fd)
    return Path(name)


def write_pdf_in_child(
    make_markdown: Callable[[], str | Iterable[str]],
    path: Path,
    title: str,
    label: str,
    parent: QWidget | None = None,
) -> bool:
    """Write the already-escaped Markdown that ``make_markdown()`` returns, whole or in
    pieces (called in a worker thread), as an A4 PDF at ``path``, a new owner-only file,
    with a busy dialog and Cancel. True when written; False when cancelled (nothing is
    left). Raises ``ExportFileError`` when it cannot be written (nothing is left either)."""
    from PySide6.QtGui import QGuiApplication

    from peerdesk.gui.common.long_work import ProcessWork

    create_export_file(path)  # refuses an existing file; owner-only from the start
    part: Path | None = None
    written = False
    try:
        try:
            part = new_part_file(path)
        except OSError as exc:
            raise ExportFileError(path, f"cannot create the file ({exc.strerror})") from exc
        work = ProcessWork(
            child_main,
            (str(part), title, QGuiApplication.font().toString()),
            label,
            parent,
            payload=lambda: _encoded(make_markdown()),
        )
        try:
            work.run()
        except ExportFileError:
            raise
        except Exception as exc:
            raise ExportFileError(path, f"cannot write the PDF ({exc})") from exc
        if work.state != "finished":
            return False
        try:
            if part.stat().st_size == 0:
                raise ExportFileError(path, "the PDF could not be written")
            os.replace(part, path)
        except ExportFileError:
            raise
        except OSError as exc:
            raise ExportFileError(path, f"cannot write the PDF ({exc.strerror})") from exc
        part = None
        written = True
        return True
    finally:
        if part is not None:
            with contextlib.suppress(OSError):
                part.unlink()
        if not written:
            with contextlib.suppress(OSError):
                path.unlink()


def _encoded(markdown: str | Iterable[str]) -> Iterator[bytes]:
    pieces = [markdown] if isinstance(markdown, str) else markdown
    for piece in pieces:
        yield piece.encode("utf-8")


def check_helper(folder: Path, timeout: float = 120.0) -> int:
    """Print a short PDF in a spawned helper, the way a window does, and wait for it
    (``peerdesk self-test``: proves an installed or frozen build can start the helper).
    The size of the PDF written into ``folder``."""
    import multiprocessing

    target = folder / "self-test.pdf"
    create_export_file(target)
    context = multiprocessing.get_context("spawn")
    inbox_reader, inbox_writer = context.Pipe(duplex=False)
    answers, outbox = context.Pipe(duplex=False)
    process = context.Process(
        target=child_main, args=(inbox_reader, outbox, str(target), "Self-test", ""), daemon=True
    )
    process.start()
    inbox_reader.close()
    outbox.close()
    try:
        inbox_writer.send_bytes(b"# Self-test\n\nA page printed by the helper process.\n")
        inbox_writer.send_bytes(b"")  # the end
        inbox_writer.close()
        if not answers.poll(timeout):
            raise RuntimeError("the helper process did not answer")
        answer = answers.recv()
    except (EOFError, OSError) as exc:
        raise RuntimeError("the helper process stopped") from exc
    finally:
        answers.close()
        if process.is_alive():
            process.kill()
        process.join(10)
    if answer[0] != "ok":
        raise RuntimeError(f"the helper process failed ({answer[1] or 'no reason given'})")
    if not target.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("the helper process wrote no PDF")
    return target.stat().st_size
