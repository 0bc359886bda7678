"""The Deadlines page."""

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.pages import Page


class DeadlinesPage(Page):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deadlines")))

    def title(self) -> str:
        return self.tr("Deadlines")
