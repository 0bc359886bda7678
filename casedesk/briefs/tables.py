"""Tables that stay linear in the number of rows, and cells that wrap only when needed.

ReportLab's ``Table.split`` re-measures every remaining row on each page, so one
1,000-row table costs seconds and 4,000 rows tens of seconds. ``ChunkedTable`` measures
each row once, then on each page emits a small ``Table`` holding the header and just the
rows that fit, with their heights given, so ReportLab has nothing left to measure. It
reads its rows a page ahead of the layout, so memory stays flat however long the table.

``cell`` returns a plain string when the text fits on one line (drawn directly, cheap)
and a wrapping ``Paragraph`` otherwise, so long names and notes wrap inside the column
instead of running over the margin, without paying for thousands of paragraphs.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from xml.sax.saxutils import escape

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.platypus import Flowable, Paragraph, Table, TableStyle

from casedesk.briefs import fonts
from casedesk.briefs.progress import rows_placed
from casedesk.briefs.styles import CELL, CELL_H_PAD, CELL_LEADING, CELL_PAD, styles

Cell = str | Flowable
Row = Sequence[Cell]

#: Horizontal padding on each side of a grid cell (see ``styles.grid_style``).
H_PAD = CELL_H_PAD
_FUZZ = 1.0  # slack so text exactly at the column width is not wrapped by rounding
#: How far ahead of the layout rows are read, in points: more than any page is tall.
_LOOKAHEAD = 2000.0


def markup(text: str) -> str:
    """Escape text for Paragraph markup and keep the author's line breaks; letters the
    regular face lacks (Arabic, CJK) are set in a bundled fallback font."""
    return fonts.with_fallbacks(escape(text).replace("\n", "<br/>"))


def cell(text: str, width: float, style: ParagraphStyle | None = None) -> Cell:
    """A table cell for ``text`` in a column ``width`` points wide.

    Without ``style`` (plain body text) a one-line fit is returned as a string, which
    the table draws in its own font; anything longer, or styled, becomes a Paragraph.
    """
    if style is None:
        if not text:
            return ""
        plain = _plain(text, width)
        if plain is not None:
            return plain
        style = styles().cell
    return Paragraph(markup(text), style)


@lru_cache(maxsize=4096)  # a roster repeats its statuses, places and labels on every row
def _plain(text: str, width: float) -> str | None:
    """``text`` as lines a table draws directly in a column ``width`` wide, or None
    when it needs a Paragraph (a fallback font, or a word wider than the column)."""
    if fonts.needs_fallback(text):
        return None
    if (
        "\n" not in text
        and fonts.text_width(text, fonts.REGULAR, CELL) <= width - 2 * H_PAD - _FUZZ
    ):
        return text
    return _wrapped(text, width - 2 * H_PAD)


def _wrapped(text: str, inner: float) -> str | None:
    """``text`` broken into lines at spaces to fit ``inner`` points, as a Paragraph
    would break it, or None when a single word is wider than the column.

    A table draws a string of lines directly; a Paragraph parses markup, is measured
    again by the table and draws fragment by fragment: in a long roster, where a few
    cells of every row wrap, that was half the time of the whole brief."""
    lines = simpleSplit(text, fonts.REGULAR, CELL, inner)
    if any(fonts.text_width(line, fonts.REGULAR, CELL) > inner for line in lines):
        return None  # a Paragraph splits an over-long word; leave it to one
    return "\n".join(lines)


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


class _RowSource:
    """Rows pulled from an iterable only as pages need them, each measured once.

    The buffer holds about one page of rows: the rows already placed are dropped, so a
    table of 100,000 rows never holds more than a page of cells and paragraphs.
    """

    def __init__(self, rows: Iterable[Row], col_widths: Sequence[float]) -> None:
        self._rows = iter(rows)
        self._widths = col_widths
        self.buffer: deque[tuple[Row, float]] = deque()
        self.buffered = 0.0  # total height of the buffer
        self.exhausted = False

    def fill(self, height: float) -> None:
        """Buffer rows until they are taller than ``height`` or the rows run out."""
        height = min(height, _LOOKAHEAD)
        while not self.exhausted and self.buffered <= height:
            try:
                row = next(self._rows)
            except StopIteration:
                self.exhausted = True
                break
            tall = row_height(row, self._widths)
            self.buffer.append((row, tall))
            self.buffered += tall

    def take(self, count: int) -> list[tuple[Row, float]]:
        taken = [self.buffer.popleft() for _ in range(count)]
        self.buffered -= sum(h for _, h in taken)
        rows_placed(count)
        return taken

    @property
    def empty(self) -> bool:
        return self.exhausted and not self.buffer


class ChunkedTable(Flowable):
    """A long grid split page by page in linear time, its header repeated on every page.

    ``rows`` may be any iterable (a generator over a streamed roster): it is read once,
    a page ahead of the layout. After a split, only the continuation may be used.
    """

    def __init__(
        self,
        header: Row | None,
        rows: Iterable[Row],
        col_widths: Sequence[float],
        style: Callable[[], TableStyle],
        *,
        _source: _RowSource | None = None,
        _header_tall: float | None = None,
    ) -> None:
        super().__init__()
        self._header = header
        self._widths = list(col_widths)
        self._style = style
        self._source = _source if _source is not None else _RowSource(rows, self._widths)
        self._stuck = False  # set when a split placed no row; see split()
        self._header_tall = _header_tall

    def _header_height(self) -> float:
        # Measured once: the header's paragraphs would otherwise be wrapped again on
        # every page, twice (a tenth of a long roster's time).
        if self._header_tall is None:
            tall = 0.0 if self._header is None else row_height(self._header, self._widths)
            self._header_tall = tall
        return self._header_tall

    def _table(self, rows: Sequence[tuple[Row, float]], *, split_in_row: bool = False) -> Table:
        body = [list(r) for r, _ in rows]
        data = body if self._header is None else [list(self._header), *body]
        row_heights: list[float | None] = [h for _, h in rows]
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
        # Taller than the space whenever rows remain beyond it, so the frame splits.
        self._source.fill(avail_height)
        self.width = sum(self._widths)
        self.height = self._header_height() + self._source.buffered
        if not self._source.exhausted:
            self.height = max(self.height, avail_height + 1)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        source = self._source
        source.fill(avail_height)
        room = avail_height - self._header_height()
        count = 0
        for _, tall in source.buffer:
            if tall > room:
                break
            room -= tall
            count += 1
        if count == 0:
            if source.empty:
                return []
            if not self._stuck:
                # Probably the page is nearly full: ask for a fresh page first.
                self._stuck = True
                return []
            # Even a fresh page cannot hold this row: let ReportLab split inside it (a
            # Table with splitInRow can break a row of paragraphs), then carry on.
            tall_table = self._table(source.take(1), split_in_row=True)
            tall_table.canv = self.canv
            return [*tall_table.split(avail_width, avail_height), *self._rest()]
        return [self._table(source.take(count)), *self._rest()]

    def _rest(self) -> list[Flowable]:
        source = self._source
        source.fill(0)  # learn whether any row is left
        if source.empty:
            return []
        return [
            ChunkedTable(
                self._header,
                (),
                self._widths,
                self._style,
                _source=source,
                _header_tall=self._header_tall,
            )
        ]

    def draw(self) -> None:
        # Reached only when everything left fits in the frame.
        source = self._source
        table = self._table(source.take(len(source.buffer)))
        table.wrapOn(self.canv, self.width, self.height)
        table.drawOn(self.canv, 0, 0)
