"""Printing a rendered PDF: each page is rasterised by PDFium at the printer's resolution
and drawn centred on the printer page, keeping its proportions."""

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtGui import QPainter
from PySide6.QtPrintSupport import QPrinter

from casedesk.ui.briefs.pdf_pages import PdfPages

POINTS_PER_INCH = 72.0
RASTER_DPI = 300  # sharp on paper; higher only costs memory


def page_range(printer: QPrinter, pages: int) -> range:
    """The 0-based pages the person chose in the print dialog (all when none chosen)."""
    first, last = printer.fromPage(), printer.toPage()
    if first <= 0 or last <= 0:
        return range(pages)
    return range(max(0, first - 1), min(pages, last))


def print_document(document: PdfPages, printer: QPrinter) -> int:
    """Print ``document`` on ``printer``; returns the number of pages sent."""
    chosen = page_range(printer, document.page_count())
    if not chosen:
        return 0
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
        dpi = printer.resolution()
        for n, page in enumerate(chosen):
            if n:
                printer.newPage()
            points = document.page_points(page)
            wanted = QSize(
                round(points.width() / POINTS_PER_INCH * dpi),
                round(points.height() / POINTS_PER_INCH * dpi),
            )
            # A Letter brief on A4 paper (or the reverse) is scaled down to fit, never cut.
            size = wanted
            if size.width() > area.width() or size.height() > area.height():
                size = wanted.scaled(area.size(), Qt.AspectRatioMode.KeepAspectRatio)
            # Rasterise at no more than RASTER_DPI: a 1200 dpi page image would take
            # half a gigabyte; the painter scales it up to the printer's resolution.
            shrink = min(1.0, RASTER_DPI / dpi) if dpi else 1.0
            image = document.render(
                page, QSize(round(size.width() * shrink), round(size.height() * shrink))
            )
            target = QRect(QPoint(0, 0), size)
            target.moveCenter(QRect(QPoint(0, 0), area.size()).center())
            painter.drawImage(target, image)
    finally:
        painter.end()
    return len(chosen)
