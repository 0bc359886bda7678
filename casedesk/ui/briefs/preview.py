"""The in-dialog preview: the brief's pages in one scrolling column, drawn page by page.

Only the pages in view are rendered (PDFium, at the view's width or a chosen zoom), and
only the last few rendered pages are kept, so a 5,000-page roster opens, scrolls and
holds memory like a 5-page brief. The column's geometry comes from the page sizes alone
(read from the file without loading the pages), and there are no per-page widgets.
"""

from bisect import bisect_right
from collections import OrderedDict

from PySide6.QtCore import QRect, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from casedesk.ui.briefs.pdf_pages import PdfPages

GAP = 12
#: Rendered pages kept for scrolling back and forth (a screen shows two or three).
CACHE_PAGES = 8
_BACKGROUND = QColor("#808080")
_LETTER_WIDTH_PT = 612


class PdfPreview(QAbstractScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pages: PdfPages | None = None
        self._sizes: list[tuple[float, float]] = []  # points, per page
        self._tops: list[int] = []  # pixel offset of each page's top in the column
        self._heights: list[int] = []
        self._cache: OrderedDict[tuple[int, int], QPixmap] = OrderedDict()
        #: Every page index rendered since the document was set, in order (for tests
        #: and for the curious: scrolling a long brief adds only the pages seen).
        self.rendered: list[int] = []
        self.fit = True
        self.zoom_factor = 1.0
        self._relayout = QTimer(self, singleShot=True, interval=120)
        self._relayout.timeout.connect(self._layout_pages)
        self.viewport().setAutoFillBackground(False)
        self.verticalScrollBar().setSingleStep(40)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)

    def set_document(self, pages: PdfPages | None) -> None:
        self._cache.clear()
        self.rendered = []
        self._pages = pages
        self._sizes = [] if pages is None else pages.page_sizes()
        self.verticalScrollBar().setValue(0)
        self._layout_pages()

    def page_count(self) -> int:
        return len(self._sizes)

    def page_width(self) -> int:
        if self.fit:
            return max(200, self.viewport().width() - 2 * GAP - 4)
        return max(100, round(_LETTER_WIDTH_PT * self.zoom_factor * self.logicalDpiX() / 72))

    def fit_width(self) -> None:
        self.fit = True
        self._layout_pages()

    def zoom(self, factor: float) -> None:
        if self.fit:
            self.zoom_factor = self.page_width() / (_LETTER_WIDTH_PT * self.logicalDpiX() / 72)
            self.fit = False
        self.zoom_factor = max(0.25, min(4.0, self.zoom_factor * factor))
        self._layout_pages()

    def _layout_pages(self) -> None:
        """Page positions for the current width; the scroll bars follow."""
        width = self.page_width()
        self._tops, self._heights = [], []
        y = GAP
        for w, h in self._sizes:
            height = round(width * h / w) if w else width
            self._tops.append(y)
            self._heights.append(height)
            y += height + GAP
        total = y if self._sizes else 0
        vbar, hbar = self.verticalScrollBar(), self.horizontalScrollBar()
        vbar.setRange(0, max(0, total - self.viewport().height()))
        vbar.setPageStep(self.viewport().height())
        hbar.setRange(0, max(0, width + 2 * GAP - self.viewport().width()))
        hbar.setPageStep(self.viewport().width())
        self.viewport().update()

    def visible_pages(self) -> range:
        """Indices of the pages that the viewport shows, even partly."""
        if not self._tops:
            return range(0)
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        first = max(0, bisect_right(self._tops, top) - 1)
        last = max(first, bisect_right(self._tops, bottom) - 1)
        return range(first, min(last, len(self._tops) - 1) + 1)

    def _pixmap(self, index: int, width: int) -> QPixmap | None:
        key = (index, width)
        pixmap = self._cache.get(key)
        if pixmap is not None:
            self._cache.move_to_end(key)
            return pixmap
        if self._pages is None or index >= self._pages.page_count():
            return None  # the file was closed or replaced under a queued paint
        ratio = self.devicePixelRatioF()
        size = QSize(round(width * ratio), round(self._heights[index] * ratio))
        pixmap = QPixmap.fromImage(self._pages.render(index, size))
        pixmap.setDevicePixelRatio(ratio)
        self.rendered.append(index)
        self._cache[key] = pixmap
        while len(self._cache) > CACHE_PAGES:
            self._cache.popitem(last=False)
        return pixmap

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt's name
        painter = QPainter(self.viewport())
        try:
            painter.fillRect(event.rect(), _BACKGROUND)
            width = self.page_width()
            left = (
                max(GAP, (self.viewport().width() - width) // 2)
                - self.horizontalScrollBar().value()
            )
            top = self.verticalScrollBar().value()
            for index in self.visible_pages():
                target = QRect(left, self._tops[index] - top, width, self._heights[index])
                painter.fillRect(target, Qt.GlobalColor.white)
                pixmap = self._pixmap(index, width)
                if pixmap is not None:
                    painter.drawPixmap(target, pixmap)
        finally:
            painter.end()

    def scrollContentsBy(self, dx: int, dy: int) -> None:  # noqa: N802 - Qt's name
        self.viewport().update()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt's name
        super().resizeEvent(event)
        if self.fit:
            self._relayout.start()
        else:
            self._layout_pages()
