"""The Calendar page: deadlines, court-order duties and hearings by month or week.

Each day lists what falls due on it (on the user's clock), coloured by state: due,
overdue, suspended (order stayed), moot (order no longer in force), done. Clicking a
day with one item opens it; with several, a menu names them. The agenda list on the
Deadlines page stays the place to work through them; this is the overview.
"""

from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.dates import MONTH_NAMES
from casedesk.services.deadlines import AgendaItem
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.calendar.model import (
    DATE_ROLE,
    IN_RANGE_ROLE,
    ITEMS_ROLE,
    STATE_COLOURS,
    CalendarModel,
    local_time,
    month_grid,
    week_grid,
)
from casedesk.ui.pages import Page

Index = QModelIndex | QPersistentModelIndex
LINE_GAP = 2


class DayDelegate(QStyledItemDelegate):
    """Paints the day number, then one coloured line per item, "+N more" when full."""

    def __init__(self, page: "CalendarPage") -> None:
        super().__init__(page)
        self.page = page

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        rect: QRect = option.rect
        palette: QPalette = option.palette
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        in_range = bool(index.data(IN_RANGE_ROLE))
        day: date = index.data(DATE_ROLE)
        base = palette.color(QPalette.ColorRole.Base)
        painter.fillRect(
            rect, palette.color(QPalette.ColorRole.AlternateBase) if not in_range else base
        )
        if selected:
            painter.fillRect(rect, QColor(25, 118, 210, 40))
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        font = QFont(painter.font())
        metrics = painter.fontMetrics()
        line = metrics.height() + LINE_GAP
        today = day == self.page.services.ctx.today()
        font.setBold(today)
        painter.setFont(font)
        painter.setPen(
            QColor(21, 101, 192)
            if today
            else palette.color(
                QPalette.ColorRole.Text if in_range else QPalette.ColorRole.PlaceholderText
            )
        )
        painter.drawText(rect.adjusted(6, 3, -6, 0), Qt.AlignmentFlag.AlignLeft, str(day.day))
        font.setBold(False)
        painter.setFont(font)
        items: list[AgendaItem] = index.data(ITEMS_ROLE) or []
        top = rect.top() + 3 + line
        room = max(0, (rect.bottom() - top) // line)
        shown = items if len(items) <= room else items[: max(0, room - 1)]
        wrap = self.page.mode == "week"  # a week has room for whole titles
        for item in shown:
            colour = STATE_COLOURS.get(item.state, STATE_COLOURS["due"])
            painter.setPen(colour)
            text = f"{self.page.clock(item)} {item.title}".strip()
            if wrap:
                box = QRect(rect.left() + 13, top, rect.width() - 18, line * 4)
                flags = Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap
                used = painter.boundingRect(box, flags, text).height()
                painter.fillRect(
                    QRect(rect.left() + 5, top + 3, 4, min(used, line * 4) - 6), colour
                )
                painter.drawText(box, flags, text)
                top += min(used, line * 4) + LINE_GAP * 2
                continue
            painter.fillRect(QRect(rect.left() + 5, top + 3, 4, line - 6), colour)
            elided = metrics.elidedText(text, Qt.TextElideMode.ElideRight, rect.width() - 18)
            painter.drawText(rect.left() + 13, top + metrics.ascent(), elided)
            top += line
        if len(shown) < len(items):
            painter.setPen(palette.color(QPalette.ColorRole.Text))
            more = self.page.tr("+%1 more").replace("%1", str(len(items) - len(shown)))
            painter.drawText(rect.left() + 13, top + metrics.ascent(), more)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:  # noqa: N802
        return QSize(120, 90)


class CalendarPage(Page):
    """Month or week; ``loaded`` fires after each read (tests wait on it)."""

    loaded = Signal()

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.anchor = services.ctx.today()
        self.mode = "month"
        self._dirty = True
        self.model = CalendarModel(self)
        self.view = QTableView()
        self.view.setObjectName("calendar")
        self.view.setModel(self.model)
        self.view.setItemDelegate(DayDelegate(self))
        self.view.verticalHeader().hide()
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.clicked.connect(self.open_day)
        self.view.activated.connect(self.open_day)

        self.caption = QLabel()
        self.caption.setObjectName("calendar-caption")
        self.caption.setStyleSheet("font-size: 15pt; font-weight: bold;")
        previous = QPushButton("‹")
        previous.setToolTip(self.tr("Previous (Page Up)"))
        previous.setShortcut("PgUp")
        following = QPushButton("›")
        following.setToolTip(self.tr("Next (Page Down)"))
        following.setShortcut("PgDown")
        today = QPushButton(self.tr("&Today"))
        previous.clicked.connect(lambda: self.step(-1))
        following.clicked.connect(lambda: self.step(1))
        today.clicked.connect(self.go_today)
        self.month_button = QPushButton(self.tr("&Month"))
        self.week_button = QPushButton(self.tr("&Week"))
        for button in (self.month_button, self.week_button):
            button.setCheckable(True)
        self.month_button.setChecked(True)
        modes = QButtonGroup(self)
        modes.setExclusive(True)
        modes.addButton(self.month_button)
        modes.addButton(self.week_button)
        self.month_button.clicked.connect(lambda: self.set_mode("month"))
        self.week_button.clicked.connect(lambda: self.set_mode("week"))
        controls = QHBoxLayout()
        for widget in (previous, today, following):
            controls.addWidget(widget)
        controls.addSpacing(12)
        controls.addWidget(self.caption, 1)
        controls.addWidget(self.month_button)
        controls.addWidget(self.week_button)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._legend())

    def _legend(self) -> QHBoxLayout:
        row = QHBoxLayout()
        labels = {
            "due": self.tr("Due"),
            "overdue": self.tr("Overdue"),
            "suspended": self.tr("Suspended (order stayed)"),
            "moot": self.tr("Moot (order not in force)"),
            "done": self.tr("Done"),
            "hearing": self.tr("Hearing"),
        }
        for state, text in labels.items():
            swatch = QLabel(f"■ {text}")
            swatch.setStyleSheet(f"color: {STATE_COLOURS[state].name()};")
            row.addWidget(swatch)
        row.addStretch(1)
        note = QLabel(self.tr("Times on your clock; hover a day for each court's."))
        note.setStyleSheet("color: palette(mid);")
        row.addWidget(note)
        return row

    def title(self) -> str:
        return self.tr("Calendar")

    # ------------------------------------------------------------------ navigation
    def set_mode(self, mode: str) -> None:
        self.mode = mode
        self.month_button.setChecked(mode == "month")
        self.week_button.setChecked(mode == "week")
        self.reload()

    def step(self, direction: int) -> None:
        if self.mode == "week":
            self.anchor += timedelta(days=7 * direction)
        else:
            month = self.anchor.month - 1 + direction
            self.anchor = date(self.anchor.year + month // 12, month % 12 + 1, 1)
        self.reload()

    def go_today(self) -> None:
        self.anchor = self.services.ctx.today()
        self.reload()

    def show_date(self, day: date) -> None:
        self.anchor = day
        self.reload()

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if self._dirty:
            self.reload()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # Hearings hang on matters: a matter's change may be a hearing added or moved.
        if (
            changes.everything
            or changes.deadlines
            or changes.obligations
            or changes.orders
            or changes.matters
        ):
            self._dirty = True
            if self.isVisible():
                self.reload()

    def reload(self) -> None:
        self._dirty = False
        if self.mode == "week":
            start, end = week_grid(self.anchor)
            first, last = start, end
            self.caption.setText(
                self.tr("Week of %1").replace(
                    "%1", f"{start.day} {MONTH_NAMES[start.month - 1]} {start.year}"
                )
            )
        else:
            start, end, first, last = month_grid(self.anchor)
            self.caption.setText(f"{MONTH_NAMES[first.month - 1]} {first.year}")
        self.model.set_range(start, end, first, last)
        # One month of items: a small read, done in place.
        items = self.services.reminders.calendar(start, end)
        self.model.set_items(items, self.services.ctx.zone)
        chosen = self.model.index_of(self.anchor)
        if chosen.isValid():
            self.view.setCurrentIndex(chosen)
        self.loaded.emit()

    # ------------------------------------------------------------------ opening
    def clock(self, item: AgendaItem) -> str:
        """The time of day on the user's clock ("" for the end of the day)."""
        return local_time(item, self.services.ctx.zone)

    def open_day(self, index: QModelIndex) -> None:
        items: list[AgendaItem] = index.data(ITEMS_ROLE) or []
        if len(items) == 1:
            self.open_item(items[0])
        elif items:
            menu = QMenu(self)
            for item in items:
                action = menu.addAction(f"{item.due_display} — {item.title}")
                action.triggered.connect(lambda _=False, i=item: self.open_item(i))
            menu.popup(self.view.viewport().mapToGlobal(self.view.visualRect(index).center()))
            self.menu = menu

    def open_item(self, item: AgendaItem) -> None:
        if item.kind == "obligation" and item.order_id is not None:
            self.navigate.emit("order", item.order_id)
        elif item.kind == "hearing" and item.matter_id is not None:
            self.navigate.emit("matter", item.matter_id)
        else:
            self.navigate.emit("deadlines", f"deadline:{item.id}")
