"""The client table model: ``ClientRow`` views fetched a page at a time from the service.

Filtering and sorting happen in SQL (``ClientQuery``); the model only holds the pages
the view has scrolled through, so 100,000 clients open as fast as 100.
"""

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery, ClientRow

COL_NAME, COL_ANUMBER, COL_NATIONALITY, COL_STATUS, COL_WHEREABOUTS, COL_CONTACT = range(6)
PAGE = 200

Index = QModelIndex | QPersistentModelIndex


class ClientTableModel(QAbstractTableModel):
    """Rows are ``ClientRow`` views fetched page by page from the client service."""

    def __init__(self, services: Services) -> None:
        super().__init__()
        self._services = services
        self._rows: list[ClientRow] = []
        self._total = 0
        self._search = ""
        self.headers = (
            self.tr("Name"),
            self.tr("A-Number"),
            self.tr("Nationality"),
            self.tr("Status"),
            self.tr("Whereabouts"),
            self.tr("Last contact"),
        )

    def set_search(self, text: str) -> None:
        self.beginResetModel()
        self._search = text.strip()
        self._rows = []
        self._total = 0
        if self._search:
            self._rows = list(self._services.search.clients(self._search, limit=PAGE))
            self._total = len(self._rows)
        else:
            page = self._services.clients.list(ClientQuery(limit=PAGE))
            self._rows, self._total = list(page.rows), page.total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._search and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):  # views and testers may call it regardless
            return
        page = self._services.clients.list(ClientQuery(offset=len(self._rows), limit=PAGE))
        if not page.rows:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)
        self._rows.extend(page.rows)
        self.endInsertRows()

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self._rows[index.row()]
        column = index.column()
        if column == COL_NAME:
            return row.display_name
        if column == COL_ANUMBER:
            return row.a_number_display or ""
        if column == COL_NATIONALITY:
            return row.nationality or ""
        if column == COL_STATUS:
            return LegalStatus(row.status).label
        if column == COL_WHEREABOUTS:
            if not row.whereabouts:
                return ""
            return f"{CustodyKind(row.whereabouts).label} — {row.whereabouts_place}".rstrip(" —")
        if column == COL_CONTACT:
            if row.days_since_contact is None:
                return ""
            days = row.days_since_contact
            return (
                self.tr("1 day ago")
                if days == 1
                else self.tr("%1 days ago").replace("%1", str(days))
            )
        return None
