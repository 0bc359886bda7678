"""Table models of the orders page: the orders, an order's status history, its
obligations (with a live countdown), and one obligation's per-person compliance.

Rows are View objects from ``services.orders``; anything overdue is red and bold in
every table, so a missed deadline cannot be overlooked.
"""

from collections.abc import Callable
from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casedesk.domain.enums import Compliance, OrderKind, OrderStatus
from casedesk.services.orders import ObligationSummary, OrderSummary
from casedesk.services.schemas import ComplianceView, OrderStatusView
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.paged import PagedTableModel
from casedesk.ui.orders.countdown import OVERDUE_COLOUR, countdown, format_due

COL_TITLE, COL_MATTER, COL_KIND, COL_ISSUED, COL_STATUS, COL_OBLIGATIONS, COL_OVERDUE = range(7)
HIST_DATE, HIST_STATUS, HIST_SOURCE, HIST_NOTE = range(4)
OB_TEXT, OB_DUE, OB_COUNTDOWN, OB_BINDS, OB_COMPLIED = range(5)
COMP_NAME, COMP_STATUS, COMP_EVIDENCE, COMP_DATE = range(4)

#: True when the row is overdue (tests and delegates read it instead of colours).
OVERDUE_ROLE = Qt.ItemDataRole.UserRole + 2

_RED = QBrush(QColor(OVERDUE_COLOUR))


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def _overdue_style(overdue: bool, role: int) -> object:
    if role == OVERDUE_ROLE:
        return overdue
    if not overdue:
        return None
    if role == Qt.ItemDataRole.ForegroundRole:
        return _RED
    if role == Qt.ItemDataRole.FontRole:
        return _bold()
    return None


class OrderListModel(PagedTableModel):
    """Every order (or one matter's) with obligation counts."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Title"),
                self.tr("Matter"),
                self.tr("Kind"),
                self.tr("Issued"),
                self.tr("Status"),
                self.tr("Obligations"),
                self.tr("Overdue"),
            )
        )

    def cell(self, row: OrderSummary, column: int) -> str:
        if column == COL_MATTER:
            return row.matter_title
        if column == COL_KIND:
            return tr_label(OrderKind(row.kind))
        if column == COL_TITLE:
            return row.title
        if column == COL_ISSUED:
            return row.issued_at[:10]
        if column == COL_STATUS:
            return tr_label(OrderStatus(row.status))
        if column == COL_OBLIGATIONS:
            return str(row.obligations)
        if column == COL_OVERDUE:
            if not row.overdue_obligations:
                return ""
            return self.tr("%1 overdue").replace("%1", str(row.overdue_obligations))
        return ""

    def style(self, row: OrderSummary, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.title}\n{row.matter_title} ({row.court} {row.docket})"
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_OBLIGATIONS,):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return _overdue_style(row.overdue_obligations > 0, role)


class HistoryModel(PagedTableModel):
    """An order's own status changes, oldest first."""

    def __init__(self) -> None:
        super().__init__((self.tr("Date"), self.tr("Status"), self.tr("Source"), self.tr("Note")))

    def key(self, row: Any) -> int:
        return 0  # history entries are not selected or navigated to

    def cell(self, row: OrderStatusView, column: int) -> str:
        if column == HIST_DATE:
            return row.date
        if column == HIST_STATUS:
            return tr_label(OrderStatus(row.status))
        if column == HIST_SOURCE:
            return row.source
        if column == HIST_NOTE:
            return row.note
        return ""


class ObligationModel(PagedTableModel):
    """An order's obligations; the countdown column follows the clock (see ``tick``)."""

    def __init__(self, now: Callable[[], datetime], zone: tzinfo) -> None:
        super().__init__(
            (
                self.tr("Obligation"),
                self.tr("Due"),
                self.tr("Countdown"),
                self.tr("Binds"),
                self.tr("Complied"),
            )
        )
        self._now = now
        self._zone = zone

    def _countdown(self, row: ObligationSummary) -> tuple[str, bool]:
        # The state comes from the services' one definition of overdue; only the words
        # ("due in 2 h 5 min") follow the clock between refreshes.
        if row.state == "suspended":
            return self.tr("Suspended: the order is stayed"), False
        if row.state == "moot":
            return self.tr("Moot: the order is no longer in force"), False
        if row.state == "done":
            return self.tr("Complied"), False
        found = countdown(row.due_at, self._now(), self._zone, open_people=1)
        return found.text, found.overdue

    def cell(self, row: ObligationSummary, column: int) -> str:
        if column == OB_TEXT:
            return row.text
        if column == OB_DUE:
            return row.due_display or format_due(row.due_at, self._zone)
        if column == OB_COUNTDOWN:
            return self._countdown(row)[0]
        if column == OB_BINDS:
            if row.bound == 0:
                return self.tr("No one on the roster: as a whole")
            if row.binds_whole_roster:
                return self.tr("Whole roster (%1)").replace("%1", f"{row.bound:,}")
            return self.tr("%1 named").replace("%1", f"{row.bound:,}")
        if column == OB_COMPLIED:
            if row.bound == 0:
                return tr_label(Compliance(row.whole_compliance or Compliance.PENDING.value))
            return (
                self.tr("%1 of %2")
                .replace("%1", f"{row.complied:,}")
                .replace("%2", f"{row.bound:,}")
            )
        return ""

    def style(self, row: ObligationSummary, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == OB_TEXT:
            return row.text
        return _overdue_style(self._countdown(row)[1], role)

    def tick(self) -> None:
        """Repaint the countdowns (called every minute by the page's timer)."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0),
                self.index(self.rowCount() - 1, self.columnCount() - 1),
            )


class ComplianceModel(PagedTableModel):
    """One obligation's people, a page at a time, each with their latest finding."""

    def __init__(self) -> None:
        super().__init__((self.tr("Name"), self.tr("Status"), self.tr("Evidence"), self.tr("Date")))
        #: Set by the page: whether the obligation's deadline has passed.
        self.past_due = False

    def key(self, row: ComplianceView) -> int:
        return row.client_id

    def cell(self, row: ComplianceView, column: int) -> str:
        if column == COMP_NAME:
            return row.display_name
        if column == COMP_STATUS:
            return tr_label(Compliance(row.status))
        if column == COMP_EVIDENCE:
            return row.evidence
        if column == COMP_DATE:
            return row.date or ""
        return ""

    def style(self, row: ComplianceView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column == COMP_EVIDENCE:
            return row.evidence or None
        return _overdue_style(self.past_due and row.status != Compliance.COMPLIED.value, role)

    def selected_ids(self, rows: list[QModelIndex]) -> list[int]:
        return [self.key(self.row(i.row())) for i in rows]
