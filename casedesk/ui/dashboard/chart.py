"""A horizontal bar chart drawn with QPainter: one row per bar (label, bar, count).

Kept deliberately plain (no chart library): bars are easy to compare, labels are never
rotated, and long (for example Spanish) labels are elided rather than clipped. Bars with
a ``key`` are clickable with the mouse or the keyboard (arrows, then Enter).
"""

from dataclasses import dataclass, field

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
)
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

LABEL_SHARE = 0.42  # at most this share of the width goes to labels
BAR_COLOUR = QColor(46, 108, 164)


@dataclass(frozen=True)
class Bar:
    label: str
    value: int
    colour: QColor = field(default_factory=lambda: QColor(BAR_COLOUR))
    key: str | None = None  # None: not clickable


class BarChart(QWidget):
    """Set ``bars`` with ``set_bars``; ``bar_clicked(key)`` fires for clickable bars."""

    bar_clicked = Signal(str)

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = title
        self.units = ("", "")  # (one, many), e.g. ("client", "clients"), for tooltips
        self.bars: list[Bar] = []
        self.empty_text = ""
        self._hover = -1
        self._focus = -1
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

    def set_bars(
        self, bars: list[Bar], *, units: tuple[str, str] = ("", ""), empty_text: str = ""
    ) -> None:
        self.bars = list(bars)
        self.units = units
        self.empty_text = empty_text
        self._hover = -1
        self._focus = min(self._focus, len(self.bars) - 1)
        self.updateGeometry()
        self.update()

    # ------------------------------------------------------------------ geometry
    def _row_height(self) -> int:
        return int(self.fontMetrics().height() * 1.9)

    def _title_height(self) -> int:
        return int(self.fontMetrics().height() * 2.2)

    def sizeHint(self) -> QSize:  # noqa: N802
        rows = max(1, len(self.bars))
        return QSize(420, self._title_height() + rows * self._row_height() + 8)

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        return QSize(260, self.sizeHint().height())

    def _label_width(self) -> int:
        metrics = self.fontMetrics()
        widest = max((metrics.horizontalAdvance(b.label) for b in self.bars), default=0)
        return min(widest + 12, int(self.width() * LABEL_SHARE))

    def bar_rect(self, row: int) -> QRect:
        """The whole clickable row of bar ``row`` (label, bar and count)."""
        top = self._title_height() + row * self._row_height()
        return QRect(0, top, self.width(), self._row_height())

    def bar_at(self, point: QPoint) -> int:
        for row in range(len(self.bars)):
            if self.bar_rect(row).contains(point):
                return row
        return -1

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        text_colour = palette.color(QPalette.ColorRole.WindowText)
        metrics = self.fontMetrics()
        title_font = self.font()
        title_font.setBold(True)
        title_font.setPointSizeF(title_font.pointSizeF() * 1.1)
        painter.setFont(title_font)
        painter.setPen(text_colour)
        painter.drawText(
            QRect(0, 0, self.width(), self._title_height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self.title,
        )
        painter.setFont(self.font())
        if not self.bars or not any(b.value for b in self.bars):
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                QRect(0, self._title_height(), self.width(), self._row_height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                self.empty_text,
            )
            return
        label_w = self._label_width()
        count_w = metrics.horizontalAdvance(f"{max(b.value for b in self.bars):,}") + 12
        span = max(10, self.width() - label_w - count_w - 8)
        biggest = max(b.value for b in self.bars)
        for row, bar in enumerate(self.bars):
            rect = self.bar_rect(row)
            if row in (self._hover, self._focus) and bar.key is not None:
                painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
            if row == self._focus and self.hasFocus():
                painter.setPen(palette.color(QPalette.ColorRole.Highlight))
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
            painter.setPen(text_colour)
            label = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, label_w - 8)
            painter.drawText(
                QRect(0, rect.top(), label_w - 8, rect.height()),
                Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                label,
            )
            length = round(span * bar.value / biggest) if biggest else 0
            if bar.value and length < 2:
                length = 2  # a non-zero count stays visible next to a huge one
            inset = max(3, rect.height() // 5)
            painter.fillRect(
                QRect(label_w, rect.top() + inset, length, rect.height() - 2 * inset), bar.colour
            )
            painter.drawText(
                QRect(label_w + length + 6, rect.top(), count_w, rect.height()),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                f"{bar.value:,}",
            )

    # ------------------------------------------------------------------ interaction
    def tooltip_for(self, row: int) -> str:
        bar = self.bars[row]
        total = sum(b.value for b in self.bars)
        share = f" ({bar.value / total:.0%})" if total else ""
        unit = self.units[0] if bar.value == 1 else self.units[1]
        text = f"{bar.label}: {bar.value:,} {unit}".rstrip() + share
        if bar.key is not None:
            text += "\n" + self.tr("Click to list them")
        return text

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.bar_at(event.position().toPoint())
        if row != self._hover:
            self._hover = row
            self.update()
        clickable = row >= 0 and self.bars[row].key is not None
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if clickable else Qt.CursorShape.ArrowCursor
        )
        if row >= 0:
            QToolTip.showText(event.globalPosition().toPoint(), self.tooltip_for(row), self)
        else:
            QToolTip.hideText()

    def leaveEvent(self, _event: object) -> None:  # noqa: N802
        self._hover = -1
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        if event.button() == Qt.MouseButton.LeftButton:
            self.activate(self.bar_at(event.position().toPoint()))

    def activate(self, row: int) -> None:
        if 0 <= row < len(self.bars) and self.bars[row].key is not None:
            self.bar_clicked.emit(self.bars[row].key)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        key = event.key()
        if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.bars:
            step = 1 if key == Qt.Key.Key_Down else -1
            self._focus = max(0, min(len(self.bars) - 1, self._focus + step))
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space):
            self.activate(self._focus)
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        if self._focus < 0 and self.bars:
            self._focus = 0
        self.update()
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        self.update()
        super().focusOutEvent(event)
