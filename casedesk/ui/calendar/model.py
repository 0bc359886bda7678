"""The calendar grid: one cell per day (weeks as rows, Monday first), each holding the
agenda items due that day on the user's clock, coloured by state.

The items come from the services (``ReminderService.calendar``), which apply the one
definition of overdue; this model only places them on days.
"""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta, tzinfo

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from casedesk.services.deadlines import AgendaItem

#: The items of a cell (list[AgendaItem]).
ITEMS_ROLE = Qt.ItemDataRole.UserRole + 1
#: The cell's date.
DATE_ROLE = Qt.ItemDataRole.UserRole + 2
#: Whether the day belongs to the month shown (False for the spill-over days).
IN_RANGE_ROLE = Qt.ItemDataRole.UserRole + 3

#: Colour of each state, shared with the legend.
STATE_COLOURS: dict[str, QColor] = {
    "overdue": QColor(198, 40, 40),
    "due": QColor(21, 101, 192),
    "suspended": QColor(142, 110, 0),
    "moot": QColor(130, 130, 130),
    "done": QColor(46, 125, 50),
    # Hearings: appointments, not duties (purple: none of the duty states' colours).
    "hearing": QColor(106, 27, 154),
    "held": QColor(149, 117, 205),
}

Index = QModelIndex | QPersistentModelIndex


@dataclass
class DayCell:
    day: date
    in_range: bool
    items: list[AgendaItem] = field(default_factory=list)


def month_grid(anchor: date) -> tuple[date, date, date, date]:
    """(first shown, last shown, first of month, last of month) for a month view."""
    first = anchor.replace(day=1)
    following = (first + timedelta(days=32)).replace(day=1)
    last = following - timedelta(days=1)
    start = first - timedelta(days=first.weekday())
    end = last + timedelta(days=6 - last.weekday())
    return start, end, first, last


def week_grid(anchor: date) -> tuple[date, date]:
    start = anchor - timedelta(days=anchor.weekday())
    return start, start + timedelta(days=6)


def local_day(item: AgendaItem, zone: tzinfo) -> date:
    return datetime.fromisoformat(item.due_at).astimezone(UTC).astimezone(zone).date()


class CalendarModel(QAbstractTableModel):
    """Weeks × 7 days; ``set_range`` then ``set_items``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.cells: list[list[DayCell]] = []
        self.headers = (
            self.tr("Monday"),
            self.tr("Tuesday"),
            self.tr("Wednesday"),
            self.tr("Thursday"),
            self.tr("Friday"),
            self.tr("Saturday"),
            self.tr("Sunday"),
        )

    def set_range(self, start: date, end: date, first: date, last: date) -> None:
        """Show the weeks from ``start`` to ``end``; days outside [first, last] are dimmed."""
        self.beginResetModel()
        self.cells = []
        day = start
        while day <= end:
            week = [
                DayCell(day + timedelta(days=i), first <= day + timedelta(days=i) <= last)
                for i in range(7)
            ]
            self.cells.append(week)
            day += timedelta(days=7)
        self.endResetModel()

    def set_items(self, items: list[AgendaItem], zone: tzinfo) -> None:
        by_day: dict[date, list[AgendaItem]] = defaultdict(list)
        for item in items:
            by_day[local_day(item, zone)].append(item)
        for week in self.cells:
            for cell in week:
                cell.items = sorted(by_day.get(cell.day, []), key=lambda i: i.due_at)
        if self.cells:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.cells) - 1, 6))

    def cell(self, index: Index) -> DayCell | None:
        if not index.isValid() or not 0 <= index.row() < len(self.cells):
            return None
        return self.cells[index.row()][index.column()]

    def index_of(self, day: date) -> QModelIndex:
        for row, week in enumerate(self.cells):
            for column, cell in enumerate(week):
                if cell.day == day:
                    return self.index(row, column)
        return QModelIndex()

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.cells)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else 7

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < 7:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        cell = self.cell(index)
        if cell is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return str(cell.day.day)
        if role == Qt.ItemDataRole.ToolTipRole:
            return "\n".join(f"{i.due_display} — {i.title}" for i in cell.items) or None
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{cell.day.isoformat()}: " + "; ".join(i.title for i in cell.items)
        if role == ITEMS_ROLE:
            return list(cell.items)
        if role == DATE_ROLE:
            return cell.day
        if role == IN_RANGE_ROLE:
            return cell.in_range
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def local_time(item: AgendaItem, zone: tzinfo) -> str:
    """ "17:00" on ``zone``'s clock; "" for a moment at the end of the day (23:59)."""
    moment = datetime.fromisoformat(item.due_at).astimezone(UTC).astimezone(zone)
    if (moment.hour, moment.minute) == (23, 59):
        return ""
    return f"{moment:%H:%M}"
