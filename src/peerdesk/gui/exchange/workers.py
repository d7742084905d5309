"""Long work without a frozen window.

* :class:`ScryptJob` runs age's passphrase encryption or decryption in a spawned process
  (pyrage keeps the GIL during scrypt, so a thread would not help) and reports back on the
  GUI thread; ``cancel()`` ends the process.
* :func:`busy_dialog` is the progress dialog with a Cancel button shown meanwhile.
* :class:`ApplyRunner` runs the merge on the GUI thread (the database stays on its one
  thread) and keeps the window alive between steps; Cancel rolls the merge back.
"""

from __future__ import annotations

import multiprocessing
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from peerdesk.gui.exchange import scrypt_process
from peerdesk.services.exchange import errors as bundle_errors

POLL_MS = 25


def bundle_error(class_name: str, message: str) -> bundle_errors.BundleError:
    """The refusal a child reported, rebuilt here (so it is translated here)."""
    cls = getattr(bundle_errors, class_name, None)
    if isinstance(cls, type) and issubclass(cls, bundle_errors.BundleError):
        try:
            return cls()  # type: ignore[call-arg]
        except TypeError:
            made = cls.__new__(cls)
            bundle_errors.BundleError.__init__(made, message)
            return made
    return bundle_errors.BundleError(message)


class ScryptJob(QObject):
    """One passphrase job in a helper process. Emits exactly one of the three signals."""

    succeeded = Signal(object)
    failed = Signal(object)  # an Exception (a BundleError for a refusal)
    cancelled = Signal()

    def __init__(self, kind: str, args: tuple[Any, ...], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.kind = kind
        self._args: tuple[Any, ...] | None = args
        self._conn: Connection | None = None
        self._process: BaseProcess | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._poll)
        self.finished = False

    def start(self) -> None:
        assert self._args is not None
        context = multiprocessing.get_context("spawn")
        mine, theirs = context.Pipe(duplex=False)
        process = context.Process(
            target=scrypt_process.child_main, args=(theirs, self.kind, self._args), daemon=True
        )
        self._args = None  # the passphrase lives on in the child only
        process.start()
        theirs.close()
        self._conn, self._process = mine, process
        self._timer.start()

    def cancel(self) -> None:
        if self.finished:
            return
        self._end_process()
        self.finished = True
        self.cancelled.emit()

    def _poll(self) -> None:
        conn = self._conn
        if conn is None or self.finished:
            return
        try:
            if not conn.poll():
                if self._process is not None and not self._process.is_alive() and not conn.poll():
                    raise EOFError
                return
            answer = conn.recv()
        except (EOFError, OSError):
            answer = ("error", "")
        self._end_process()
        self.finished = True
        if answer[0] == "ok":
            self.succeeded.emit(answer[1])
        elif answer[0] == "refused":
            self.failed.emit(bundle_error(answer[1], answer[2]))
        else:
            self.failed.emit(
                RuntimeError(
                    answer[1]
                    or QCoreApplication.translate("Exchange", "The helper process stopped.")
                )
            )

    def _end_process(self) -> None:
        self._timer.stop()
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        process = self._process
        self._process = None
        if process is not None:
            if process.is_alive():
                process.terminate()
            process.join(2)
            process.close()


def busy_dialog(parent: QWidget | None, text: str) -> QProgressDialog:
    """A window-modal "working…" dialog with Cancel, shown at once."""
    dialog = QProgressDialog(parent)
    dialog.setWindowTitle(QCoreApplication.translate("Exchange", "Please wait"))
    dialog.setLabelText(text)
    dialog.setCancelButtonText(QCoreApplication.translate("Exchange", "Cancel"))
    dialog.setAccessibleName(text)
    dialog.setRange(0, 0)
    dialog.setMinimumDuration(0)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumWidth(380)
    return dialog


def run_scrypt(
    parent: QWidget | None, kind: str, args: tuple[Any, ...], text: str
) -> tuple[ScryptJob, QProgressDialog]:
    """Start a job with its progress dialog; Cancel ends the job, the end closes the dialog."""
    job = ScryptJob(kind, args, parent)
    dialog = busy_dialog(parent, text)
    dialog.canceled.connect(job.cancel)
    for signal in (job.succeeded, job.failed):
        signal.connect(lambda _value, d=dialog: d.close())
    job.cancelled.connect(dialog.close)
    dialog.show()
    job.start()
    return job, dialog


class ApplyRunner(QObject):
    """Calls ``work(progress, cancelled)`` on this thread; keeps the window responsive.

    The progress callback updates the dialog and processes pending events, so Cancel can be
    clicked; ``cancelled()`` then turns true and the service rolls its transaction back.
    """

    started = Signal()

    def __init__(self, parent: QWidget | None, text: str, *, cancellable: bool = True) -> None:
        super().__init__(parent)
        self.dialog = busy_dialog(parent, text)
        self.dialog.setRange(0, 100)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self._cancel = False
        self.dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self._cancel = True

    def is_cancelled(self) -> bool:
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return self._cancel or self.dialog.wasCanceled()

    def progress(self, done: int, total: int) -> None:
        self.dialog.setValue(int(100 * done / total) if total else 100)
        QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)

    def run(self, work: Any) -> Any:
        self.dialog.show()
        QCoreApplication.processEvents()
        self.started.emit()
        try:
            return work(self.progress, self.is_cancelled)
        finally:
            self.dialog.close()
