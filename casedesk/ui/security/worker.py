"""Key derivation and re-encryption off the GUI thread: ``run`` calls ``fn(progress)`` on
the thread pool and hands the result (or the error) back on the GUI thread. The worker
never touches a widget; each dialog shows its own busy indicator."""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

ProgressFn = Callable[[int, int], None]


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, fn: Callable[[ProgressFn], Any]) -> None:
        super().__init__()
        self.signals = _Signals()
        self._fn = fn

    def run(self) -> None:
        try:
            result = self._fn(self.signals.progress.emit)
        except BaseException as exc:  # handed to the GUI thread, which decides
            self.signals.failed.emit(exc)
        else:
            self.signals.done.emit(result)


_running: set[_Task] = set()  # keep tasks (and their signal objects) alive until done


def run(
    fn: Callable[[ProgressFn], Any],
    *,
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
    on_progress: ProgressFn | None = None,
) -> None:
    """Run ``fn(progress)`` on the pool; ``on_done``/``on_error`` run on the GUI thread."""
    task = _Task(fn)

    def done(result: object) -> None:
        _running.discard(task)
        on_done(result)

    def failed(exc: BaseException) -> None:
        _running.discard(task)
        on_error(exc)

    task.signals.done.connect(done)
    task.signals.failed.connect(failed)
    if on_progress is not None:
        task.signals.progress.connect(on_progress)
    _running.add(task)
    QThreadPool.globalInstance().start(task)


def idle() -> bool:
    """True when no task started here is still running (for tests and shutdown)."""
    return not _running
