"""Long work without a frozen window: step generators run in time slices, with progress.

Why chunked work on the GUI thread (and not a worker thread): the vault has exactly one
SQLCipher connection, owned by the GUI thread (``thread_safe=False``), so every lock closes
one connection and forgets one key. A second connection in a worker would need the key
handed to another thread and would have to be closed and awaited on every lock. Instead a
long operation is a Qt-free generator (``peerdesk.services.steps``) that does its work in
one transaction and yields its progress every few dozen milliseconds of work. ``LongWork``
calls it from a zero-interval QTimer for at most ``slice_ms`` at a time, so the event loop
runs between slices (repaints, the Cancel button, the idle lock). Cancel — or a lock while
the work runs — throws ``Cancelled`` into the generator: its transaction rolls back and the
vault is exactly as before. A step may hand over one blocking call that releases the GIL
(``Progress.offload``: an import's final COMMIT), made in a worker thread.

``ThreadWork`` runs work that shares no connection in a worker thread; ``ProcessWork`` runs
work that keeps the GIL for seconds (Qt's layout of a huge PDF) in a spawned child process.
While any of them runs, Python's full garbage collections are held back
(``hold_full_collections``). See docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import gc
import multiprocessing
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from peerdesk.services.steps import Cancelled, Progress, Steps

SLICE_MS = 40  # work per event-loop turn; the longest stall is about one step beyond it
SHOW_AFTER_MS = 400  # quick work never flashes a dialog
POLL_MS = 25  # how often a ProcessWork looks for its child's answer

# While long work runs, Python's cyclic garbage collector makes no full collection (see
# hold_full_collections); young collections go on as usual.
NO_FULL_COLLECTION = 1_000_000_000
_holding_full_collections: list[object] = []
_threshold_before: tuple[int, int, int] | None = None

_running: set[LongWork] = set()
_threads: set[ThreadWork] = set()
_processes: set[ProcessWork] = set()


def hold_full_collections(holder: object) -> None:
    """No full garbage collection until ``holder`` lets go (``release_full_collections``).

    A full collection walks every object of the process while holding the GIL: with a
    100 000-entry journal in memory (an import's preview, an export's entries) each one
    froze the window 40-400 ms, several times per long operation, and freed nothing (the
    work makes no reference cycles worth the walk). While any long work runs, the oldest
    generation's threshold is out of reach; afterwards it is as before, and the next full
    collection finds the work's data gone.
    """
    global _threshold_before
    if any(h is holder for h in _holding_full_collections):
        return
    if not _holding_full_collections:
        _threshold_before = gc.get_threshold()
        young, middle, _old = _threshold_before
        gc.set_threshold(young, middle, NO_FULL_COLLECTION)
    _holding_full_collections.append(holder)


def release_full_collections(holder: object) -> None:
    global _threshold_before
    for index, held in enumerate(_holding_full_collections):
        if held is holder:
            del _holding_full_collections[index]
            break
    else:
        return
    if not _holding_full_collections and _threshold_before is not None:
        gc.set_threshold(*_threshold_before)
        _threshold_before = None


@contextmanager
def full_collections_held() -> Iterator[None]:
    """Hold full collections across several pieces of long work that share big data
    (the export dialog reads 100 000 entries in steps, then hands them to the PDF helper):
    released between the two, the held-back collection would walk them all at once."""
    holder = object()
    hold_full_collections(holder)
    try:
        yield
    finally:
        release_full_collections(holder)


def _unit(what: str) -> str:
    units = {
        "entries": QCoreApplication.translate("LongWork", "entries"),
        "cards": QCoreApplication.translate("LongWork", "cards"),
        "pages": QCoreApplication.translate("LongWork", "pages"),
    }
    return units.get(what, "")


def progress_text(progress: Progress) -> str:
    unit = _unit(progress.what)
    if progress.total:
        return QCoreApplication.translate("LongWork", "{done} of {total} {unit}").format(
            done=f"{progress.done:,}", total=f"{progress.total:,}", unit=unit
        )
    return QCoreApplication.translate("LongWork", "{done} {unit}").format(
        done=f"{progress.done:,}", unit=unit
    )


def _progress_dialog(
    parent: QWidget | None, title: str, show_after_ms: int, cancel: QPushButton | None
) -> QProgressDialog:
    """The modal progress dialog of long work: busy (no count yet), shown only if the work
    lasts ``show_after_ms``, with ``cancel`` as its button (None: no button)."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    dialog.setLabelText(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setCancelButton(cancel)
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(show_after_ms)
    dialog.reset()  # no dialog before the work starts (its show timer runs from here)
    return dialog


class LongWork(QObject):
    """One long operation: a progress dialog with counts and Cancel while ``steps`` run."""

    progressed = Signal(int, int)  # done, total
    finished = Signal(object)  # the generator's result
    failed = Signal(object)  # the exception it raised
    cancelled = Signal()

    def __init__(
        self,
        steps: Steps[Any],
        title: str,
        parent: QWidget | None = None,
        *,
        slice_ms: int = SLICE_MS,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self._steps = steps
        self._slice = slice_ms / 1000
        self.state = "ready"  # ready | running | finished | failed | cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self.last = Progress(0, 0)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._tick)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: nothing is changed"))
        self.dialog = _progress_dialog(parent, title, show_after_ms, cancel)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)
        self._cancel_button = cancel
        self._title = title
        self._offloaded: _Call | None = None  # a step's blocking call, in a worker thread
        self._offload_error: BaseException | None = None

    @property
    def running(self) -> bool:
        return self.state == "running"

    def start(self) -> None:
        if self.state != "ready":
            return
        self.state = "running"
        _running.add(self)
        hold_full_collections(self)
        self.dialog.setValue(0)
        self._timer.start()

    def run(self) -> Any:
        """Start and wait in a local event loop (the window keeps repainting); the result,
        or None when cancelled. An error of the work is raised here."""
        loop = QEventLoop()
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(loop.quit)
        self.start()
        if self.running:
            loop.exec()
        if self.state == "failed" and self.error is not None:
            raise self.error
        return self.result if self.state == "finished" else None

    def cancel(self) -> None:
        """Stop and roll back: the vault is as it was before the work started. Once a
        step's blocking call (the final commit) has started it is too late: the work is
        waited for and run to its end instead."""
        if not self.running:
            return
        if self._offloaded is not None:
            self._offloaded.wait()
            self._resume()
            self._advance(None)
            return
        self._timer.stop()
        error: BaseException | None = None
        try:
            self._steps.throw(Cancelled())
        except (Cancelled, StopIteration):
            pass
        except Exception as exc:
            error = exc
        finally:
            self._steps.close()
        if error is not None:
            self._end("failed")
            self.error = error
            self.failed.emit(error)
            return
        self._end("cancelled")
        self.cancelled.emit()

    def _tick(self) -> None:
        self._advance(time.perf_counter() + self._slice)

    def _advance(self, deadline: float | None) -> None:
        """Run steps until ``deadline`` (None: to the end, blocking calls made here)."""
        try:
            while True:
                error, self._offload_error = self._offload_error, None
                progress = next(self._steps) if error is None else self._steps.throw(error)
                self.last = progress
                if progress.offload is not None:
                    if deadline is not None:
                        self._offload(progress.offload)
                        break
                    try:
                        progress.offload()
                    except Exception as exc:
                        self._offload_error = exc
                    continue
                if deadline is not None and time.perf_counter() >= deadline:
                    break
        except StopIteration as stop:
            self.result = stop.value
            self._end("finished")
            self.finished.emit(stop.value)
            return
        except Exception as exc:
            self.error = exc
            self._end("failed")
            self.failed.emit(exc)
            return
        self._show(self.last)

    def _offload(self, call: Callable[[], object]) -> None:
        """Make a step's blocking call in a worker thread (it releases the GIL, and this
        thread leaves the database alone meanwhile); the steps go on when it returns."""
        self._timer.stop()
        self._cancel_button.setEnabled(False)  # too late to roll back
        thread = _Call(call, self)
        thread.finished.connect(self._offload_done)
        self._offloaded = thread
        thread.start()

    def _offload_done(self) -> None:
        if self._offloaded is None:
            return  # cancel() already waited for it and finished the work
        self._resume()
        if self.running:
            self._timer.start()

    def _resume(self) -> None:
        thread, self._offloaded = self._offloaded, None
        if thread is not None:
            thread.wait()
            self._offload_error = thread.error
        self._cancel_button.setEnabled(True)

    def _show(self, progress: Progress) -> None:
        if progress.total:
            if self.dialog.maximum() != progress.total:
                self.dialog.setRange(0, progress.total)
            self.dialog.setValue(min(progress.done, progress.total))
        self.dialog.setLabelText(f"{self._title}\n{progress_text(progress)}")
        self.progressed.emit(progress.done, progress.total)

    def _end(self, state: str) -> None:
        self._timer.stop()
        self.state = state
        _running.discard(self)
        release_full_collections(self)
        self.dialog.reset()
        self.dialog.hide()


def running_work() -> list[LongWork]:
    return list(_running)


def cancel_all() -> int:
    """Cancel (and roll back) every running long operation; how many there were. Called
    before locking: nothing half-done may stay in the transaction of a closing vault."""
    works = list(_running)
    for work in works:
        work.cancel()
    threads = list(_threads)
    for thread_work in threads:
        thread_work.wait()  # cannot be cut halfway: finish (its own connection) first
    processes = list(_processes)
    for process_work in processes:
        process_work.cancel()  # the child holds the plaintext it was given: it ends now
    return len(works) + len(threads) + len(processes)


class _Call(QThread):
    """One blocking call in a worker thread; its error is kept for the steps."""

    def __init__(self, call: Callable[[], object], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._call = call
        self.error: BaseException | None = None

    def run(self) -> None:
        try:
            self._call()
        except Exception as exc:
            self.error = exc


class _Runner(QObject):
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[], Any]) -> None:
        super().__init__()
        self._job = job

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class ThreadWork(QObject):
    """Work that touches no open connection (restoring a backup into a *locked* vault: it
    opens the backup's copy with a connection of its own), run in a worker thread with a
    busy dialog, so the window keeps repainting. It cannot be cancelled halfway (a restore
    is made crash-safe by its own marker file, not by a transaction)."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        job: Callable[[], Any],
        title: str,
        parent: QWidget | None = None,
        *,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.state = "ready"
        self.result: Any = None
        self.error: BaseException | None = None
        self._thread = QThread(self)
        self._runner = _Runner(job)
        self._runner.moveToThread(self._thread)
        self._thread.started.connect(self._runner.run)
        self._runner.done.connect(self._done)
        self._runner.failed.connect(self._failed)
        self.dialog = _progress_dialog(parent, title, show_after_ms, None)

    def run(self) -> Any:
        """Start and wait in a local event loop; the result, or the job's error raised."""
        loop = QEventLoop()
        self.finished.connect(loop.quit)
        self.failed.connect(loop.quit)
        self.state = "running"
        _threads.add(self)
        hold_full_collections(self)
        self.dialog.setValue(0)
        self._thread.start()
        if self.state == "running":
            loop.exec()
        self.wait()
        if self.error is not None:
            raise self.error
        return self.result

    def start_quietly(self) -> None:
        """Start without a dialog or waiting (background work such as the daily backup);
        ``finished`` or ``failed`` tells the end."""
        self.state = "running"
        _threads.add(self)
        hold_full_collections(self)
        self.finished.connect(lambda _r: self.wait())
        self.failed.connect(lambda _e: self.wait())
        self._thread.start()

    def wait(self) -> None:
        """Block until the worker thread has ended."""
        self._thread.quit()
        self._thread.wait()
        _threads.discard(self)
        release_full_collections(self)

    def _done(self, result: Any) -> None:
        self.result = result
        self.state = "finished"
        self.dialog.reset()
        self.dialog.hide()
        self.finished.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.error = error
        self.state = "failed"
        self.dialog.reset()
        self.dialog.hide()
        self.failed.emit(error)


class ProcessWork(QObject):
    """Work that keeps Python's GIL for seconds (Qt's Markdown parsing, text layout and PDF
    printing of a 100 000-entry journal), run in a spawned child process with a busy
    dialog and Cancel, so the window keeps repainting.

    ``target(inbox, outbox, *args)`` runs in the child (a module-level function; its
    module must start without the app). ``payload()`` is called in a worker thread of this
    process; the pieces of bytes it yields go to the child through ``inbox`` (a pipe:
    memory only, never a file), one message each, then an empty message (``receive_all``
    reads them). Small pieces: no single call on a 30 MB text holds the GIL for long. The
    child answers once through ``outbox``: ``("ok", value)`` or ``("error", text)`` (text
    never quotes the payload). Cancel, or a lock while it runs,
    ends the child at once; whoever started the work removes what it may have left. The
    frozen build runs the child through ``multiprocessing.freeze_support()`` (__main__.py).
    """

    finished = Signal(object)  # the child's value
    failed = Signal(object)  # an Exception
    cancelled = Signal()

    def __init__(
        self,
        target: Callable[..., None],
        args: tuple[Any, ...],
        title: str,
        parent: QWidget | None = None,
        *,
        payload: Callable[[], Iterable[bytes]] | None = None,
        show_after_ms: int = SHOW_AFTER_MS,
    ) -> None:
        super().__init__(parent)
        self.state = "ready"  # ready | running | finished | failed | cancelled
        self.result: Any = None
        self.error: BaseException | None = None
        self._target = target
        self._args = args
        self._payload = payload
        self._payload_error: BaseException | None = None
        self._answers: Connection | None = None
        self._process: BaseProcess | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.setAccessibleName(self.tr("Cancel: nothing is written"))
        self.dialog = _progress_dialog(parent, title, show_after_ms, cancel)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        self.dialog.canceled.connect(self.cancel)

    @property
    def running(self) -> bool:
        return self.state == "running"

    @property
    def pid(self) -> int | None:
        """The child's process id while it runs (tests watch it end)."""
        return self._process.pid if self._process is not None else None

    def start(self) -> None:
        if self.state != "ready":
            return
        context = multiprocessing.get_context("spawn")
        inbox_reader, inbox_writer = context.Pipe(duplex=False)
        answers, outbox = context.Pipe(duplex=False)
        process = context.Process(
            target=self._target, args=(inbox_reader, outbox, *self._args), daemon=True
        )
        process.start()
        inbox_reader.close()
        outbox.close()
        self._answers, self._process = answers, process
        self.state = "running"
        _processes.add(self)
        hold_full_collections(self)
        if self._payload is None:
            inbox_writer.close()
        else:
            # A pipe holds a few kB: the bytes go in a worker thread (it waits on the child
            # with the GIL released) while this thread keeps the window alive.
            threading.Thread(
                target=self._send, args=(self._payload, inbox_writer), daemon=True
            ).start()
        self._payload = None
        self.dialog.setValue(0)
        self._timer.start()

    def _send(self, payload: Callable[[], Iterable[bytes]], conn: Connection) -> None:
        try:
            for piece in payload():
                if piece:
                    conn.send_bytes(piece)
                if not self.running:
                    return  # cancelled: stop making pieces
            conn.send_bytes(b"")
        except OSError:
            pass  # the child ended (Cancel): nothing more to send
        except Exception as exc:
            self._payload_error = exc
        finally:
            conn.close()

    def run(self) -> Any:
        """Start and wait in a local event loop (the window keeps repainting); the child's
        value, or None when cancelled. An error of the work is raised here."""
        loop = QEventLoop()
        for signal in (self.finished, self.failed, self.cancelled):
            signal.connect(loop.quit)
        self.start()
        if self.running:
            loop.exec()
        if self.state == "failed" and self.error is not None:
            raise self.error
        return self.result if self.state == "finished" else None

    def cancel(self) -> None:
        """End the child now; nothing it was doing is finished."""
        if not self.running:
            return
        self._end("cancelled")
        self.cancelled.emit()

    def _poll(self) -> None:
        answers, process = self._answers, self._process
        if not self.running or answers is None or process is None:
            return
        answer: Any = None
        try:
            if answers.poll():
                answer = answers.recv()
            elif self._payload_error is not None:
                self._fail(self._payload_error)
                return
            elif not process.is_alive() and not answers.poll():
                raise EOFError
            else:
                return
        except (EOFError, OSError):
            answer = ("error", "")
        if isinstance(answer, tuple) and answer and answer[0] == "ok":
            self.result = answer[1] if len(answer) > 1 else None
            self._end("finished")
            self.finished.emit(self.result)
            return
        text = str(answer[1]) if isinstance(answer, tuple) and len(answer) > 1 else ""
        stopped = QCoreApplication.translate("LongWork", "The helper process stopped.")
        self._fail(RuntimeError(text or stopped))

    def _fail(self, error: BaseException) -> None:
        self.error = error
        self._end("failed")
        self.failed.emit(error)

    def _end(self, state: str) -> None:
        self._timer.stop()
        self.state = state
        _processes.discard(self)
        release_full_collections(self)
        if self._answers is not None:
            self._answers.close()
            self._answers = None
        process, self._process = self._process, None
        if process is not None:
            if process.is_alive():
                process.kill()  # done or cancelled: nothing of the child is needed now
            if state == "finished":
                # A child that held a big document takes a moment to go: not on this thread.
                threading.Thread(target=_reap, args=(process,), daemon=True).start()
            else:
                _reap(process)  # gone before whoever started it removes its files
        self.dialog.reset()
        self.dialog.hide()


def _reap(process: BaseProcess) -> None:
    process.join(10)
    if process.exitcode is not None:
        process.close()


def receive_all(inbox: Connection) -> bytes:
    """In a ProcessWork child: the payload's pieces, up to the empty message, joined."""
    pieces: list[bytes] = []
    while piece := inbox.recv_bytes():
        pieces.append(piece)
    return b"".join(pieces)
