"""The shape every main-window page shares, so the window can wire them alike."""

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from casedesk.domain.changes import Changes
from casedesk.ui.bus import Bus

if TYPE_CHECKING:
    from casedesk.services.registry import Services


class Page(QWidget):
    """A main-window page. Subclasses set ``title`` and override what they need."""

    #: Ask the window to go somewhere: ("client", id), ("matter", id), ("order", id),
    #: ("clients_filter", {"status": ..., "whereabouts": ...}), ("deadlines", None).
    navigate = Signal(str, object)

    def __init__(self, services: "Services", bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        bus.operation_did_execute.connect(self.on_changes)

    def title(self) -> str:
        raise NotImplementedError

    def activate(self) -> None:
        """Called each time the page is shown: load or refresh lazily here."""

    def show_item(self, key: object) -> None:
        """Select and show one record (a client, matter or order id)."""

    def on_changes(self, changes: Changes, initiator: object) -> None:
        """Refresh what ``changes`` touched; ``initiator`` made them."""
