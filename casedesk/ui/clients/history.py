"""The History tab: the audit trail about one client, newest first, read-only."""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from casedesk.services.audit import AuditRow, describe
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail
from casedesk.ui.bus import Bus
from casedesk.ui.clients.tabs import ClientTab

Index = QModelIndex | QPersistentModelIndex
COL_WHEN, COL_WHO, COL_WHAT, COL_CHANGES = range(4)
LIMIT = 500


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[AuditRow] = []
        self.headers = (self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("Changes"))

    def set_rows(self, rows: list[AuditRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        column = index.column()
        if column == COL_WHEN:
            return row.at[:19].replace("T", " ")
        if column == COL_WHO:
            return row.actor
        if column == COL_WHAT:
            return f"{row.action} {row.entity.replace('_', ' ')}"
        if column == COL_CHANGES:
            return describe(row)
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
