"""Tables that stay linear in the number of rows, and cells that wrap only when needed.

ReportLab's ``Table.split`` re-measures every remaining row on each page, so one
1,000-row table costs seconds and 4,000 rows tens of seconds. ``ChunkedTable`` measures
each row once, then on each page emits a small ``Table`` holding the header and just the
rows that fit, with their heights given, so ReportLab has nothing left to measure.

``cell`` returns a plain string when the text fits on one line (drawn directly, cheap)
and a wrapping ``Paragraph`` otherwise, so long names and notes wrap inside the column
instead of running over the margin, without paying for thousands of paragraphs.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from casedesk.briefs import fonts
from casedesk.briefs.styles import CELL, CELL_H_PAD, CELL_LEADING, CELL_PAD, styles

Cell = str | Flowable
Row = Sequence[Cell]

#: Horizontal padding on each side of a grid cell (see ``styles.grid_style``).
H_PAD = CELL_H_PAD
_FUZZ = 1.0  # slack so text exactly at the column width is not wrapped by rounding


def markup(text: str) -> str:
    """Escape text for Paragraph markup and keep the author's line breaks."""
    return escape(text).replace("\n", "<br/>")


def cell(text: str, width: float, style: ParagraphStyle | None = None) -> Cell:
    """A table cell for ``text`` in a column ``width`` points wide.

    Without ``style`` (plain body text) a one-line fit is returned as a string, which
    the table draws in its own font; anything longer, or styled, becomes a Paragraph.
    """
    if style is None:
        if not text:
            return ""
        if "\n" not in text and (
            fonts.text_width(text, fonts.REGULAR, CELL) <= width - 2 * H_PAD - _FUZZ
        ):
            return text
        style = styles().cell
    return Paragraph(markup(text), style)


def _cell_height(value: Cell, inner_width: float) -> float:
    if isinstance(value, str):
        return CELL_LEADING * (value.count("\n") + 1)
    return float(value.wrap(inner_width, 1e6)[1])


def row_height(row: Row, col_widths: Sequence[float]) -> float:
    """Height of one grid row: its tallest cell plus the vertical padding."""
    tallest = max(
        (_cell_height(v, w - 2 * H_PAD) for v, w in zip(row, col_widths, strict=True)),
        default=CELL_LEADING,
    )
    return tallest + 2 * CELL_PAD


class ChunkedTable(Flowable):
    """A long grid split page by page in linear time, its header repeated on every page."""

    def __init__(
        self,
        header: Row | None,
        rows: Sequence[Row],
        col_widths: Sequence[float],
        style: Callable[[], TableStyle],
        *,
        _start: int = 0,
        _heights: list[float] | None = None,
    ) -> None:
        super().__init__()
        self._header = header
        self._rows = rows
        self._widths = list(col_widths)
        self._style = style
        self._start = _start
        self._heights_cache = _heights
        self._stuck = False  # set when a split placed no row; see split()

    def _heights(self) -> list[float]:
        if self._heights_cache is None:
            self._heights_cache = [row_height(r, self._widths) for r in self._rows]
        return self._heights_cache

    def _header_height(self) -> float:
        return 0.0 if self._header is None else row_height(self._header, self._widths)

    def _table(self, start: int, stop: int, *, split_in_row: bool = False) -> Table:
        body = [list(r) for r in self._rows[start:stop]]
        heights = self._heights()[start:stop]
        data = body if self._header is None else [list(self._header), *body]
        row_heights: list[float | None] = list(heights)
        if self._header is not None:
            row_heights.insert(0, self._header_height())
        if split_in_row:
            # Only for a row taller than a page: let ReportLab measure and split it.
            row_heights = [None] * len(data)
        return Table(
            data,
            colWidths=self._widths,
            rowHeights=row_heights,
            style=self._style(),
            repeatRows=0 if self._header is None else 1,
            splitInRow=1 if split_in_row else 0,
            hAlign="LEFT",
        )

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        total = self._header_height() + sum(self._heights()[self._start :])
        self.width, self.height = sum(self._widths), total
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        heights = self._heights()
        room = avail_height - self._header_height()
        stop = self._start
        while stop < len(heights) and heights[stop] <= room:
            room -= heights[stop]
            stop += 1
        if stop == self._start:
            if not self._stuck:
                # Probably the page is nearly full: ask for a fresh page first.
                self._stuck = True
                return []
            # Even a fresh page cannot hold this row: let ReportLab split inside it (a
            # Table with splitInRow can break a row of paragraphs), then carry on.
            stop = self._start + 1
            tall = self._table(self._start, stop, split_in_row=True)
            tall.canv = self.canv
            return [*tall.split(avail_width, avail_height), *self._rest(stop)]
        return [self._table(self._start, stop), *self._rest(stop)]

    def _rest(self, stop: int) -> list[Flowable]:
        if stop >= len(self._rows):
            return []
        return [
            ChunkedTable(
                self._header,
                self._rows,
                self._widths,
                self._style,
                _start=stop,
                _heights=self._heights(),
            )
        ]

    def draw(self) -> None:
        # Reached only when everything left fits in the frame.
        table = self._table(self._start, len(self._rows))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
