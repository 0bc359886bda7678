"""The agenda model: ``AgendaItem`` views (deadlines and obligations) in the order the
service gives them, overdue first.

The list is small (an agenda window, not the whole store), so the model holds it all and
serves ``data()`` from precomputed display tuples; overdue rows are red and bold.
"""

from datetime import date, datetime, tzinfo

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont

from casedesk.domain.dates import format_datetime
from casedesk.services.deadlines import AgendaItem
from casedesk.ui.table_model import BaseTableModel, Index

COL_WHEN, COL_DUE, COL_KIND, COL_TITLE, COL_FOR, COL_PEOPLE = range(6)

#: The ``AgendaItem`` behind a row (any column).
ITEM_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the row is overdue (for delegates and tests).
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

OVERDUE_COLOUR = QColor(176, 0, 32)  # dark red: readable on white and on alternate rows
DONE_COLOUR = QColor(110, 110, 110)


def relative_due(owner: QObject, item: AgendaItem, today: date, zone: tzinfo) -> str:
    """ "Overdue by 3 days", "today", "tomorrow", "due in 5 days", or "done"."""
    if item.kind == "hearing":  # an appointment: held or to come, never due
        if item.state == "held":
            return owner.tr("Held")
        days = (datetime.fromisoformat(item.due_at).astimezone(zone).date() - today).days
        if days <= 0:
            return owner.tr("Hearing today")
        if days == 1:
            return owner.tr("Hearing tomorrow")
        return owner.tr("Hearing in %1 days").replace("%1", str(days))
    if item.done:
        return owner.tr("Done")
    if item.state == "suspended":
        return owner.tr("Suspended (order stayed)")
    if item.state == "moot":
        return owner.tr("Moot (order not in force)")
    if item.overdue:
        days = item.days_overdue
        if days == 0:
            return owner.tr("Overdue today")
        if days == 1:
            return owner.tr("Overdue by 1 day")
        return owner.tr("Overdue by %1 days").replace("%1", str(days))
    ahead = (datetime.fromisoformat(item.due_at).astimezone(zone).date() - today).days
    if ahead <= 0:
        return owner.tr("Due today")
    if ahead == 1:
        return owner.tr("Due tomorrow")
    return owner.tr("Due in %1 days").replace("%1", str(ahead))


class AgendaModel(BaseTableModel):
    """Rows are ``AgendaItem`` values; ``set_items`` replaces them all at once.

    Ticking a deadline's box does not change the model: it asks (``done_requested``) and
    the page runs the service, whose ``Changes`` then reload the agenda.
    """

    #: (deadline id, done wanted)
    done_requested = Signal(int, bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent=parent)
        self._cells: list[tuple[str, ...]] = []
        self.headers = (
            self.tr("When"),
            self.tr("Due"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("Client / matter"),
            self.tr("People open"),
        )

    # ------------------------------------------------------------------ contents
    def set_items(self, items: list[AgendaItem], today: date, zone: tzinfo) -> None:
        self._cells = [self._display(item, today, zone) for item in items]
        self.set_rows(items)

    def item(self, row: int) -> AgendaItem | None:
        found: AgendaItem | None = self.row_at(row)
        return found

    def row_of(self, kind: str, item_id: int) -> int:
        """The row showing (kind, id), or -1."""
        for row, item in enumerate(self._rows):
            if item.kind == kind and item.id == item_id:
                return row
        return -1

    @property
    def items(self) -> list[AgendaItem]:
        return list(self._rows)

    @property
    def overdue_count(self) -> int:
        return sum(1 for item in self._rows if item.overdue)

    def _display(self, item: AgendaItem, today: date, zone: tzinfo) -> tuple[str, ...]:
        # The court's clock, and the user's beside it when different (from the services).
        due = item.due_display or format_datetime(
            datetime.fromisoformat(item.due_at).astimezone(zone)
        )
        if item.kind == "deadline":
            kind = self.tr("Deadline")
            who = " · ".join(p for p in (item.client_name, item.matter_title) if p)
            people = ""
        elif item.kind == "hearing":
            kind = self.tr("Hearing")
            who = item.matter_title
            people = ""
        else:
            kind = self.tr("Court order duty")
            who = item.matter_title
            people = (
                self.tr("%1 of %2")
                .replace("%1", str(item.open_people))
                .replace("%2", str(item.bound_people))
                if item.bound_people
                else self.tr("as a whole")
            )
        return (relative_due(self, item, today, zone), due, kind, item.title, who, people)

    # ------------------------------------------------------------------ Qt model API
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        item: AgendaItem | None = self.row_for(index)
        if item is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._cells[index.row()][column]
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_TITLE:
                return item.title  # long duty texts are elided in the cell
            if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE and item.working:
                return item.working
            return text if role == Qt.ItemDataRole.DisplayRole else None
        if role == Qt.ItemDataRole.ForegroundRole:
            if item.overdue:
                return OVERDUE_COLOUR
            if item.done or item.state in ("suspended", "moot"):
                return DONE_COLOUR
            return None
        if role == Qt.ItemDataRole.FontRole:
            if item.overdue and column in (COL_WHEN, COL_DUE):
                font = QFont()
                font.setBold(True)
                return font
            if item.done:
                font = QFont()
                font.setStrikeOut(column == COL_TITLE)
                return font
            return None
        if role == Qt.ItemDataRole.CheckStateRole and column == COL_WHEN:
            if item.kind != "deadline":
                return None  # obligations are met person by person, on the order page
            return Qt.CheckState.Checked if item.done else Qt.CheckState.Unchecked
        if role == ITEM_ROLE:
            return item
        if role == OVERDUE_ROLE:
            return item.overdue
        return None

    def setData(  # noqa: N802
        self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        item = self.item(index.row()) if index.isValid() else None
        if (
            item is None
            or item.kind != "deadline"
            or index.column() != COL_WHEN
            or role != Qt.ItemDataRole.CheckStateRole
        ):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked if value is not None else False
        if wanted != item.done:
            self.done_requested.emit(item.id, wanted)
        return True

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        item = self.item(index.row())
        if item is not None and item.kind == "deadline" and index.column() == COL_WHEN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags
