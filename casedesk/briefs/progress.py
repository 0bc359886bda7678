"""Progress and cancel for a brief being laid out.

A renderer announces how many rows its long tables hold (``units``); the tables report
rows as they place them and the page template reports each finished page. The caller's
``Progress`` callback receives ``(rows placed, rows in all)`` and may raise
``BriefCancelledError`` (or any exception) to stop the layout: nothing has been written to the
output by then, because the PDF is only written when the last page is done.

The meter travels in a context variable, so the tables deep in the story need no extra
parameter and two briefs on two worker threads never see each other's meter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar

#: ``(done, total)``: rows placed so far and rows in all (total 0 when unknown).
Progress = Callable[[int, int], None]


class BriefCancelledError(Exception):
    """Raised by a progress callback to stop a brief; the caller removes any partial file."""

    def __init__(self) -> None:
        super().__init__("the brief was cancelled")


class Meter:
    """Counts placed rows and pages; calls the caller's callback once per page."""

    def __init__(self, total: int, progress: Progress | None) -> None:
        self.total = total
        self.done = 0
        self.pages = 0
        self._progress = progress

    def rows(self, count: int) -> None:
        self.done = min(self.total, self.done + count) if self.total else self.done + count

    def page(self) -> None:
        self.pages += 1
        if self._progress is not None:
            self._progress(self.done, self.total)


_CURRENT: ContextVar[Meter | None] = ContextVar("casedesk_brief_meter", default=None)


def rows_placed(count: int) -> None:
    """Called by the tables: ``count`` more rows are on a page."""
    meter = _CURRENT.get()
    if meter is not None:
        meter.rows(count)


@contextmanager
def metering(meter: Meter) -> Iterator[Meter]:
    token = _CURRENT.set(meter)
    try:
        yield meter
    finally:
        _CURRENT.reset(token)
