"""The in-dialog preview: every page stacked in a scroll area, rendered at the width of
the view (or a chosen zoom), pages drawn only as they scroll into sight."""

from PySide6.QtCore import QSize, Qt, QTimer
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from casedesk.ui.briefs.pdf_pages import PdfPages

GAP = 12


class PdfPreview(QScrollArea):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        self.setStyleSheet("QScrollArea { background: #808080; }")
        self._pages: PdfPages | None = None
        self._labels: list[QLabel] = []
        self._drawn: set[int] = set()
        self.fit = True
        self.zoom_factor = 1.0
        self._relayout = QTimer(self, singleShot=True, interval=120)
        self._relayout.timeout.connect(self._layout_pages)
        self.verticalScrollBar().valueChanged.connect(lambda _v: self._draw_visible())
        self._canvas = QWidget()
        self._canvas.setStyleSheet("background: #808080;")
        self._column = QVBoxLayout(self._canvas)
        self._column.setSpacing(GAP)
        self._column.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._canvas)

    def set_document(self, pages: PdfPages | None) -> None:
        for label in self._labels:
            label.deleteLater()
        self._labels = []
        self._drawn.clear()
        self._pages = pages
        if pages is None:
            return
        for _ in range(pages.page_count()):
            label = QLabel()
            label.setStyleSheet("background: white;")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self._column.addWidget(label)
            self._labels.append(label)
        self._layout_pages()

    def page_width(self) -> int:
        if self.fit:
            return max(200, self.viewport().width() - 2 * GAP - 4)
        return max(100, round(612 * self.zoom_factor * self.logicalDpiX() / 72))

    def fit_width(self) -> None:
        self.fit = True
        self._layout_pages()

    def zoom(self, factor: float) -> None:
        if self.fit:
            self.zoom_factor = self.page_width() / (612 * self.logicalDpiX() / 72)
            self.fit = False
        self.zoom_factor = max(0.25, min(4.0, self.zoom_factor * factor))
        self._layout_pages()

    def _layout_pages(self) -> None:
        if self._pages is None or self._pages.page_count() != len(self._labels):
            return
        width = self.page_width()
        self._drawn.clear()
        for index, label in enumerate(self._labels):
            points = self._pages.page_points(index)
            height = round(width * points.height() / points.width())
            label.setFixedSize(QSize(width, height))
            label.clear()
        QTimer.singleShot(0, self._draw_visible)

    def _draw_visible(self) -> None:
        # Queued draws may arrive after the file was closed or replaced.
        if self._pages is None or self._pages.page_count() != len(self._labels):
            return
        top = self.verticalScrollBar().value()
        bottom = top + self.viewport().height()
        ratio = self.devicePixelRatioF()
        for index, label in enumerate(self._labels):
            if index in self._drawn:
                continue
            y = label.y()
            if y + label.height() < top - 200 or y > bottom + 200:
                continue
            size = QSize(round(label.width() * ratio), round(label.height() * ratio))
            pixmap = QPixmap.fromImage(self._pages.render(index, size))
            pixmap.setDevicePixelRatio(ratio)
            label.setPixmap(pixmap)
            self._drawn.add(index)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        if self.fit:
            self._relayout.start()
