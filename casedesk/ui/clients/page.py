"""The Clients page: the searchable, filterable client list."""

from PySide6.QtWidgets import QLabel, QTableView, QVBoxLayout, QWidget

from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.clients.model import (
    COL_ANUMBER,
    COL_NAME,
    COL_NATIONALITY,
    COL_STATUS,
    COL_WHEREABOUTS,
    ClientTableModel,
)
from casedesk.ui.pages import Page


class ClientsPage(Page):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = ClientTableModel(services)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        for column, width in (
            (COL_NAME, 300),
            (COL_ANUMBER, 120),
            (COL_NATIONALITY, 90),
            (COL_STATUS, 190),
            (COL_WHEREABOUTS, 260),
        ):
            self.table.setColumnWidth(column, width)
        self.empty = QLabel(
            self.tr("No clients yet. Add one with “casedesk clients add”, or open the demo.")
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(self.empty)
        self._query = ""
        self.search("")

    def title(self) -> str:
        return self.tr("Clients")

    def search(self, text: str) -> None:
        self._query = text
        self.model.set_search(text)
        self.empty.setVisible(self.model.total == 0 and not text.strip())
