"""PDF pages as images, through PDFium (pypdfium2), for the preview and for printing.

QtPdf would do this too, but its wheel (PySide6-Pdf) exists only for PySide6 6.12.0,
whose bindings drop a reference to None on every void call under Python 3.11 and crash
a long-running window; PDFium renders the same pages with no Qt version tie.
"""

from pathlib import Path

import pypdfium2 as pdfium
from PySide6.QtCore import QSize, QSizeF
from PySide6.QtGui import QImage

POINTS_PER_INCH = 72.0


class PdfPages:
    """A loaded PDF file whose pages render to QImage at any size."""

    def __init__(self) -> None:
        self._doc: pdfium.PdfDocument | None = None

    def load(self, path: Path) -> int:
        self.close()
        self._doc = pdfium.PdfDocument(str(path))
        return len(self._doc)

    def close(self) -> None:
        if self._doc is not None:
            self._doc.close()
            self._doc = None

    def page_count(self) -> int:
        return len(self._doc) if self._doc is not None else 0

    def page_points(self, index: int) -> QSizeF:
        """The page's size in PDF points (1/72 inch), read without loading the page."""
        assert self._doc is not None
        width, height = self._doc.get_page_size(index)
        return QSizeF(width, height)

    def page_sizes(self) -> list[tuple[float, float]]:
        """Every page's (width, height) in points: the preview's geometry, no page loaded."""
        if self._doc is None:
            return []
        return [tuple(self._doc.get_page_size(i)) for i in range(len(self._doc))]

    def render(self, index: int, size: QSize) -> QImage:
        """Page ``index`` drawn to fit ``size`` pixels, white background."""
        assert self._doc is not None
        page = self._doc[index]
        width, _height = page.get_size()
        scale = max(0.05, size.width() / width)
        try:
            bitmap = page.render(scale=scale, rev_byteorder=True)  # RGB, 3 bytes a pixel
            image = QImage(
                bitmap.buffer,
                bitmap.width,
                bitmap.height,
                bitmap.stride,
                QImage.Format.Format_RGB888,
            )
            return image.copy()  # own the pixels: the bitmap's buffer goes with it
        finally:
            page.close()  # PDFium keeps a loaded page until closed: release it now
