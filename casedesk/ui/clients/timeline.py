"""A drawn whereabouts timeline: where a person has been, across countries, over time.

One lane per country (in the order the person reached them), a coloured bar for each
stay from its event to the next, a labelled marker for each event, contact events on a
lane of their own (a call is news, not a location), and a dashed line at today. The
question it answers at a glance: where is this person now, since when, and when did
anyone last hear from them.
"""

from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetrics, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import CustodyKind
from casedesk.domain.errors import ValidationError
from casedesk.services.schemas import CustodyView
from casedesk.ui.labels import label as tr_label

LANE_HEIGHT = 40
BAR_HEIGHT = 12
AXIS_HEIGHT = 26
MARGIN = 10
#: Colours for country lanes, in order of appearance; chosen to read on light and dark.
PALETTE = ("#1565c0", "#c62828", "#2e7d32", "#6a1b9a", "#ef6c00", "#00838f", "#5d4037")
CONTACT_COLOUR = QColor("#f9a825")
UNKNOWN_COLOUR = QColor("#9e9e9e")
CONTACT_LANE = "\x00contact"
UNKNOWN_LANE = "\x00unknown"


@dataclass(frozen=True)
class Mark:
    """One event placed on the timeline."""

    event: CustodyView
    start: date
    end: date  # when the next location event starts (or today)
    lane: str


def layout_marks(events: list[CustodyView], today: date) -> tuple[list[Mark], list[str]]:
    """Place ``events`` (any order) into lanes; returns marks and the lane keys, top first."""
    dated: list[tuple[date, CustodyView]] = []
    for event in events:
        if event.date is None:
            continue  # date unknown: listed in the table, but it has no place in time
        try:
            dated.append((PartialDate.parse(event.date).earliest(), event))
        except ValidationError:
            continue  # a stored date always parses; skip rather than break the view
    dated.sort(key=lambda pair: pair[0])
    places = [(d, e) for d, e in dated if e.kind != CustodyKind.CONTACT.value]
    marks: list[Mark] = []
    lanes: list[str] = []
    for number, (start, event) in enumerate(places):
        end = places[number + 1][0] if number + 1 < len(places) else max(today, start)
        if event.kind == CustodyKind.WHEREABOUTS_UNKNOWN.value or not event.country:
            lane = UNKNOWN_LANE
        else:
            lane = event.country
        if lane not in lanes:
            lanes.append(lane)
        marks.append(Mark(event, start, end, lane))
    contacts = [
        Mark(e, d, d, CONTACT_LANE) for d, e in dated if e.kind == CustodyKind.CONTACT.value
    ]
    if contacts:
        lanes.insert(0, CONTACT_LANE)
    return marks + contacts, lanes


@dataclass(frozen=True)
class Scale:
    """Maps days onto the x axis between ``left`` and ``right``."""

    first: date
    last: date
    left: float
    right: float

    def x(self, day: date) -> float:
        span = max(1, (self.last - self.first).days)
        return self.left + (self.right - self.left) * (day - self.first).days / span


class WhereaboutsTimeline(QWidget):
    """Paints a client's custody events along a time axis, one lane per country."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.marks: list[Mark] = []
        self.lanes: list[str] = []
        self.today = date.today()
        self._hit: list[tuple[QRectF, str]] = []  # marker areas and their tooltips
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setMouseTracking(True)
        self.setMinimumHeight(self._height())

    def set_events(self, events: list[CustodyView], today: date) -> None:
        self.today = today
        self.marks, self.lanes = layout_marks(events, today)
        self.setMinimumHeight(self._height())
        self.updateGeometry()
        self.update()

    def _height(self) -> int:
        return MARGIN * 2 + max(1, len(self.lanes)) * LANE_HEIGHT + AXIS_HEIGHT

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, self._height())

    def lane_label(self, lane: str) -> str:
        if lane == CONTACT_LANE:
            return self.tr("Contact")
        if lane == UNKNOWN_LANE:
            return self.tr("Unknown")
        return COUNTRIES.get(lane, lane)

    def lane_colour(self, lane: str) -> QColor:
        if lane == CONTACT_LANE:
            return CONTACT_COLOUR
        if lane == UNKNOWN_LANE:
            return UNKNOWN_COLOUR
        countries = [key for key in self.lanes if key not in (CONTACT_LANE, UNKNOWN_LANE)]
        return QColor(PALETTE[countries.index(lane) % len(PALETTE)])

    # ------------------------------------------------------------------ painting
    def paintEvent(self, _event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_colour = self.palette().windowText().color()
        self._hit = []
        if not self.marks:
            painter.setPen(text_colour)
            painter.drawText(
                self.rect(),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.tr("No whereabouts recorded yet. Add an event to start the timeline."),
            )
            return
        metrics = QFontMetrics(self.font())
        label_width = max(metrics.horizontalAdvance(self.lane_label(k)) for k in self.lanes) + 16
        first = min(m.start for m in self.marks)
        last = max(self.today, *(m.end for m in self.marks))
        first -= timedelta(days=max(3, (last - first).days // 30))  # room before the first
        scale = Scale(first, last, MARGIN + label_width, self.width() - MARGIN - 8)
        lane_top = {key: MARGIN + n * LANE_HEIGHT for n, key in enumerate(self.lanes)}
        axis_y = MARGIN + len(self.lanes) * LANE_HEIGHT
        # lanes: alternating bands with their names on the left
        for n, key in enumerate(self.lanes):
            top = lane_top[key]
            if n % 2:
                painter.fillRect(QRectF(0, top, self.width(), LANE_HEIGHT), QColor(0, 0, 0, 12))
            painter.setPen(text_colour)
            painter.drawText(
                QRectF(MARGIN, top, label_width - 8, LANE_HEIGHT),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                self.lane_label(key),
            )
        self._draw_axis(painter, scale, axis_y, text_colour)
        label_ends: dict[str, float] = {}
        for mark in sorted(self.marks, key=lambda m: m.start):
            mid = lane_top[mark.lane] + LANE_HEIGHT / 2
            self._draw_mark(painter, mark, scale, mid, label_ends)
        painter.end()

    def _draw_mark(
        self,
        painter: QPainter,
        mark: Mark,
        scale: "Scale",
        mid: float,
        label_ends: dict[str, float],
    ) -> None:
        """A stay's bar, its marker, and its label above (or else below) the bar."""
        colour = self.lane_colour(mark.lane)
        x = scale.x(mark.start)
        if mark.lane != CONTACT_LANE:
            bar = QRectF(x, mid - BAR_HEIGHT / 2, max(3.0, scale.x(mark.end) - x), BAR_HEIGHT)
            fill = QColor(colour)
            fill.setAlpha(150)
            brush = QBrush(fill)
            if mark.lane == UNKNOWN_LANE:
                brush = QBrush(colour, Qt.BrushStyle.BDiagPattern)
            painter.fillRect(bar, brush)
        painter.setPen(QPen(colour.darker(130), 1.5))
        painter.setBrush(colour)
        if mark.lane == CONTACT_LANE:
            painter.drawPolygon(
                [QPointF(x, mid - 6), QPointF(x + 6, mid), QPointF(x, mid + 6), QPointF(x - 6, mid)]
            )
        else:
            painter.drawEllipse(QPointF(x, mid), 5, 5)
        metrics = QFontMetrics(self.font())
        label = tr_label(CustodyKind(mark.event.kind))
        if mark.event.place and mark.lane != CONTACT_LANE:
            label = f"{label} · {mark.event.place}"
        label = metrics.elidedText(label, Qt.TextElideMode.ElideRight, 220)
        width = metrics.horizontalAdvance(label)
        # Above the bar if free, else below it; when both are taken the label is left out
        # (the tooltip and the list below still give it).
        text_x = max(0.0, min(x - 4, scale.right - width))
        slots = (
            (mark.lane + "^", mid - BAR_HEIGHT / 2 - 4),
            (mark.lane + "v", mid + BAR_HEIGHT / 2 + metrics.ascent() + 2),
        )
        painter.setPen(self.palette().windowText().color())
        for key, y in slots:
            if label_ends.get(key, -1e9) < text_x:
                painter.drawText(QPointF(text_x, y), label)
                label_ends[key] = text_x + width + 6
                break
        self._hit.append((QRectF(x - 7, mid - 7, 14, 14), self._tooltip(mark)))

    def _draw_axis(self, painter: QPainter, scale: "Scale", axis_y: float, colour: QColor) -> None:
        first, last, left, right = scale.first, scale.last, scale.left, scale.right
        x_of = scale.x
        painter.setPen(QPen(colour, 1))
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        metrics = QFontMetrics(self.font())
        months = (last.year - first.year) * 12 + last.month - first.month
        step = 1 if months <= 8 else 3 if months <= 30 else 12
        tick = date(first.year, first.month, 1)
        previous_end = -1e9
        while tick <= last:
            if tick >= first and (tick.month - 1) % step == 0:
                x = x_of(tick)
                painter.drawLine(QPointF(x, axis_y), QPointF(x, axis_y + 4))
                text = str(tick.year) if step == 12 else tick.strftime("%b %Y")
                width = metrics.horizontalAdvance(text)
                if x - width / 2 > previous_end + 6:
                    painter.drawText(QPointF(x - width / 2, axis_y + 6 + metrics.ascent()), text)
                    previous_end = x + width / 2
            tick = date(tick.year + tick.month // 12, tick.month % 12 + 1, 1)
        today_x = x_of(self.today)
        painter.setPen(QPen(QColor("#c62828"), 1, Qt.PenStyle.DashLine))
        painter.drawLine(QPointF(today_x, MARGIN), QPointF(today_x, axis_y))
        painter.drawText(
            QPointF(
                min(today_x + 3, right - metrics.horizontalAdvance(self.tr("Today"))),
                MARGIN + metrics.ascent(),
            ),
            self.tr("Today"),
        )

    def _tooltip(self, mark: Mark) -> str:
        parts = [f"{mark.event.date}: {tr_label(CustodyKind(mark.event.kind))}"]
        if mark.event.place:
            parts.append(mark.event.place)
        if mark.event.country:
            parts.append(COUNTRIES.get(mark.event.country, mark.event.country))
        if mark.event.source:
            parts.append(self.tr("Source: %1").replace("%1", mark.event.source))
        return "\n".join(parts)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            for area, text in self._hit:
                if area.contains(QPointF(event.pos())):
                    QToolTip.showText(event.globalPos(), text, self)
                    return True
            QToolTip.hideText()
            return True
        return super().event(event)
