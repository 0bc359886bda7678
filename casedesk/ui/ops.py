"""Running use cases from the GUI.

- ``mutate``: a quick change on the GUI thread; expected errors become a message, and the
  resulting ``Changes`` go out on the bus.
- ``run_in_background``: long work (briefs, imports, big reads) on a worker thread with a
  progress dialog and cancel; the worker never touches widgets, results come back to the
  GUI thread through a queued signal.
"""

import contextlib
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.ui.bus import Bus
from casedesk.ui.errors import show_error


def mutate(
    parent: QWidget, bus: Bus, fn: Callable[[], Changes], *, initiator: object = None
) -> Changes | None:
    """Run ``fn``; on a CasedeskError show it and return None, else announce and return."""
    try:
        changes = fn()
    except CasedeskError as exc:
        show_error(parent, exc)
        return None
    bus.announce(changes, initiator)
    return changes


class Progress:
    """Handed to background work: report progress, ask whether to stop."""

    def __init__(self, signal: Any) -> None:
        self._signal = signal
        self.cancelled = threading.Event()

    def __call__(self, done: int, total: int) -> None:
        self._signal.emit(done, total)

    @property
    def should_stop(self) -> bool:
        return self.cancelled.is_set()


class _Signals(QObject):
    finished = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Job(QRunnable):
    def __init__(self, fn: Callable[[Progress], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self.progress = Progress(self.signals.progress)
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.progress)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self._emit(self.signals.failed, exc)
        else:
            self._emit(self.signals.finished, result)

    @staticmethod
    def _emit(signal: Any, value: object) -> None:
        # The application may be shutting down: nobody is left to take the answer.
        with contextlib.suppress(RuntimeError):
            signal.emit(value)


_running: set[_Job] = set()  # keep jobs (and their signal objects) alive until done


def run_quietly(
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: Callable[[int, int], None] | None = None,
) -> _Job:
    """Run ``fn(progress)`` on the pool with no dialog (the caller shows its own busy
    state); ``on_done``/``on_error``/``on_progress`` run on the GUI thread."""
    job = _Job(fn)

    def done(result: object) -> None:
        _running.discard(job)
        on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(job)
        on_error(exc)

    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    if on_progress is not None:
        job.signals.progress.connect(on_progress)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job


def run_in_background(
    parent: QWidget,
    fn: Callable[[Progress], Any],
    *,
    on_done: Callable[[Any], None],
    label: str,
    on_error: Callable[[BaseException], None] | None = None,
    show_after_ms: int = 400,
) -> _Job:
    """Run ``fn(progress)`` on the pool; a progress dialog appears if it takes a while."""
    job = _Job(fn)
    dialog = QProgressDialog(label, parent.tr("Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(10**9)  # shown by our timer, not Qt's guess
    dialog.reset()
    timer = QTimer(dialog, singleShot=True, interval=show_after_ms)
    timer.timeout.connect(dialog.show)
    timer.start()
    dialog.canceled.connect(job.progress.cancelled.set)

    def progress(done: int, total: int) -> None:
        dialog.setMaximum(total)
        dialog.setValue(done)

    def finish() -> bool:
        """Clean up; False when the widget that asked is gone (its window closed while
        the work ran), so nobody is left to show the result to."""
        _running.discard(job)
        if not isValid(parent) or not isValid(dialog):
            return False
        timer.stop()
        dialog.reset()
        dialog.deleteLater()
        return True

    def done(result: object) -> None:
        if finish():
            on_done(result)

    def failed(exc: BaseException) -> None:
        if not finish():
            return
        if on_error is not None:
            on_error(exc)
        else:
            show_error(parent, exc)

    job.signals.progress.connect(progress)
    job.signals.finished.connect(done)
    job.signals.failed.connect(failed)
    _running.add(job)
    QThreadPool.globalInstance().start(job)
    return job
