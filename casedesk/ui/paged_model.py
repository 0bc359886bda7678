"""The base table model, paged by keyset on a worker thread of its own.

A list of a million rows cannot be read at once, nor page by page on the GUI thread
(every scroll step would freeze the window while the store answers). This model holds
the rows the view has scrolled through; when the view asks for more (``fetchMore``), a
worker reads the page after the last row (a keyset cursor, so a page deep in the list
costs what the first does) and the rows arrive on the GUI thread by a queued signal.

The worker is this model's own one-thread pool, not the application's shared pool:
a backup or an export running there never makes the list wait for a free thread.
A new list (filters, sort, a change) invalidates any page still on its way.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QRunnable, QThreadPool, Signal

from casedesk.ui.table_model import BaseTableModel, Index

#: Reads the page after ``cursor`` (None: the first page) of at most ``limit`` rows and
#: returns them with the cursor after the last one. Runs on the worker: it must not
#: touch Qt objects or the model.
PageReader = Callable[[Any, int], tuple[Sequence[Any], Any]]


class _Delivery(QObject):
    arrived = Signal(int, object, object)  # request number, rows, cursor
    failed = Signal(int, object)  # request number, exception


class _PageJob(QRunnable):
    def __init__(self, request: int, read: PageReader, cursor: Any, limit: int) -> None:
        super().__init__()
        self.delivery = _Delivery()  # created on the GUI thread: slots run there
        self._request, self._read, self._cursor, self._limit = request, read, cursor, limit

    def run(self) -> None:
        try:
            rows, cursor = self._read(self._cursor, self._limit)
        except Exception as exc:  # handed to the GUI thread, which reports it
            self.delivery.failed.emit(self._request, exc)
        else:
            self.delivery.arrived.emit(self._request, list(rows), cursor)


class BackgroundPagedModel(BaseTableModel):
    """Rows read by keyset a page at a time on a worker; subclasses supply the reader.

    ``start(reader, rows, cursor)`` shows a new list whose first rows were read already
    (on the GUI thread: one cheap page, so the window shows something at once); every
    later page is read by ``reader`` on the worker.
    """

    #: Rows of a page, arrived and inserted (their number).
    page_loaded = Signal(int)
    #: A page could not be read (the exception); scrolling stops asking until a new list.
    page_failed = Signal(object)

    def __init__(
        self, headers: Sequence[str] = (), parent: QObject | None = None, *, page_size: int = 200
    ) -> None:
        super().__init__(headers, parent)
        self.page_size = page_size
        self._reader: PageReader | None = None
        self._cursor: Any = None
        self._exhausted = True
        self._requests = 0  # requests made so far (each page request gets the next number)
        self._awaited = -1  # the request whose answer is awaited; other answers are dropped
        self._jobs: dict[int, _PageJob] = {}  # alive until their answer is delivered
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # pages in order, one at a time

    # ------------------------------------------------------------------ state
    @property
    def loading(self) -> bool:
        """True while a page is being read on the worker."""
        return self._awaited >= 0

    @property
    def pages_in_flight(self) -> int:
        """Page reads started and not yet answered (dropped ones included)."""
        return len(self._jobs)

    @property
    def complete(self) -> bool:
        """True when every row of the list is loaded."""
        return self._exhausted

    def start(self, reader: PageReader | None, rows: Sequence[Any], cursor: Any) -> None:
        """Show a new list: ``rows`` (its first page, already read) with ``cursor`` after
        them; ``reader`` reads the rest (None: the list is complete)."""
        self.beginResetModel()
        self._invalidate()
        self._reader = reader
        self._rows = list(rows)
        self._cursor = cursor
        self._exhausted = reader is None or len(self._rows) == 0
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """A complete list loaded elsewhere (no more pages)."""
        self.start(None, rows, None)

    def stop_paging(self) -> None:
        """No more pages for this list (its rows stay)."""
        self._invalidate()
        self._exhausted = True

    def shutdown(self) -> None:
        """Drop any page on its way and wait for the worker (before the store closes)."""
        self._invalidate()
        self._pool.clear()
        self._pool.waitForDone()

    def _invalidate(self) -> None:
        self._awaited = -1

    # ------------------------------------------------------------------ reading
    def fetch_more_now(self) -> int:
        """Read the next page on this thread (for navigation that must find a row at
        once); any page on its way is dropped. Returns the rows added."""
        if self._exhausted or self._reader is None:
            return 0
        self._invalidate()
        rows, cursor = self._reader(self._cursor, self.page_size)
        return self._append(rows, cursor)

    def _append(self, rows: Sequence[Any], cursor: Any) -> int:
        if len(rows) < self.page_size:
            self._exhausted = True
        if not rows:
            return 0
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self._cursor = cursor
        self.endInsertRows()
        return len(rows)

    def _arrived(self, request: int, rows: list[Any], cursor: Any) -> None:
        self._jobs.pop(request, None)
        if request != self._awaited:
            return  # a page of a list no longer shown
        self._awaited = -1
        added = self._append(rows, cursor)
        self.page_loaded.emit(added)

    def _failed(self, request: int, exc: BaseException) -> None:
        self._jobs.pop(request, None)
        if request != self._awaited:
            return
        self._awaited = -1
        self._exhausted = True
        self.page_failed.emit(exc)

    # ------------------------------------------------------------------ Qt model API
    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return (
            not parent.isValid()
            and self._reader is not None
            and not self._exhausted
            and not self.loading
        )

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._reader is None:
            return  # views and testers may call it regardless
        self._requests += 1
        request = self._awaited = self._requests
        job = _PageJob(request, self._reader, self._cursor, self.page_size)
        # Bound methods: the model is the receiver, so a model deleted meanwhile gets
        # nothing, and the answer is queued to the GUI thread the model lives in.
        job.delivery.arrived.connect(self._arrived)
        job.delivery.failed.connect(self._failed)
        self._jobs[request] = job
        self._pool.start(job)
