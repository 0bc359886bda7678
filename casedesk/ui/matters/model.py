"""Table models of the matters page: the matters list and a matter's roster.

The roster is paged (``RosterModel`` asks ``services.matters.roster`` for a few hundred
people at a time) because a class action's roster can hold tens of thousands.
"""

from typing import Any

from PySide6.QtCore import Qt

from casedesk.domain.enums import CustodyKind, LegalStatus, MatterKind, PartyRole
from casedesk.services.matters import MatterSummary
from casedesk.services.registry import Services
from casedesk.services.schemas import PartyView
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.paged import PagedTableModel

COL_TITLE, COL_KIND, COL_COURT, COL_DOCKET, COL_JUDGE, COL_PEOPLE, COL_ORDERS = range(7)
ROSTER_NAME, ROSTER_ROLE, ROSTER_STATUS, ROSTER_WHEREABOUTS, ROSTER_CONTACT = range(5)

_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class MatterListModel(PagedTableModel):
    """Every matter with its head count and number of orders."""

    def __init__(self) -> None:
        super().__init__(
            (
                self.tr("Title"),
                self.tr("Kind"),
                self.tr("Court"),
                self.tr("Docket"),
                self.tr("Judge"),
                self.tr("People"),
                self.tr("Orders"),
            )
        )

    def cell(self, row: MatterSummary, column: int) -> str:
        if column == COL_TITLE:
            return row.title
        if column == COL_KIND:
            return tr_label(MatterKind(row.kind))
        if column == COL_COURT:
            return row.court
        if column == COL_DOCKET:
            return row.docket
        if column == COL_JUDGE:
            return row.judge
        if column == COL_PEOPLE:
            return f"{row.people:,}"
        if column == COL_ORDERS:
            return str(row.orders)
        return ""

    def style(self, row: Any, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_PEOPLE, COL_ORDERS):
            return _RIGHT
        return None


class RosterModel(PagedTableModel):
    """The people on one matter, in name order, fetched page by page."""

    def __init__(self, services: Services) -> None:
        super().__init__(
            (
                self.tr("Name"),
                self.tr("Role"),
                self.tr("Status"),
                self.tr("Whereabouts"),
                self.tr("Last contact"),
            )
        )
        self._services = services
        self.matter_id: int | None = None

    def show_matter(self, matter_id: int | None) -> None:
        self.matter_id = matter_id
        if matter_id is None:
            self.set_fetch(None)
            return

        def fetch(offset: int, limit: int) -> tuple[list[PartyView], int]:
            page = self._services.matters.roster(matter_id, offset=offset, limit=limit)
            return page.rows, page.total

        self.set_fetch(fetch)

    def key(self, row: PartyView) -> int:
        return row.client_id

    def cell(self, row: PartyView, column: int) -> str:
        if column == ROSTER_NAME:
            return row.display_name
        if column == ROSTER_ROLE:
            return tr_label(PartyRole(row.role))
        if column == ROSTER_STATUS:
            return tr_label(LegalStatus(row.status))
        if column == ROSTER_WHEREABOUTS:
            return tr_label(CustodyKind(row.whereabouts)) if row.whereabouts else ""
        if column == ROSTER_CONTACT:
            return row.last_contact or ""
        return ""
