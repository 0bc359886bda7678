"""The History tab: the audit trail about one client, newest first, read-only, in the
user's language ("Changed legal status — Status date: 15 Mar 2052 → 15 Mar 2025")."""

from typing import Any

from PySide6.QtCore import QDateTime, QLocale, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from casedesk.services.audit import AuditRow
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail
from casedesk.ui.bus import Bus
from casedesk.ui.clients.tabs import ClientTab
from casedesk.ui.history_text import changes_text, what_text
from casedesk.ui.table_model import BaseTableModel

COL_WHEN, COL_WHO, COL_WHAT, COL_CHANGES = range(4)
LIMIT = 500


def when_text(iso: str) -> str:
    """The moment of an entry in the user's local time ("15 Mar 2025 14:03")."""
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODateWithMs)
    if not moment.isValid():
        return iso[:19].replace("T", " ")
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy HH:mm")


class HistoryModel(BaseTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"))

    @property
    def rows(self) -> list[AuditRow]:
        return list(self._rows)

    def cell(self, row: AuditRow, column: int) -> str | None:
        if column == COL_WHEN:
            return when_text(row.at)
        if column == COL_WHO:
            return row.actor
        if column == COL_WHAT:
            return what_text(row)
        if column == COL_CHANGES:
            return changes_text(row)
        return None

    def style(self, row: Any, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(row, column)
        return None


class HistoryTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = HistoryModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().setVisible(False)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setSectionResizeMode(
            COL_CHANGES, QHeaderView.ResizeMode.Stretch
        )
        for column, width in ((COL_WHEN, 150), (COL_WHO, 110), (COL_WHAT, 170)):
            self.table.setColumnWidth(column, width)
        self.layout_.addWidget(self.table, 1)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        rows = self.services.audit.history(client_id=detail.id, limit=LIMIT) if detail else []
        self.model.set_rows(rows)
