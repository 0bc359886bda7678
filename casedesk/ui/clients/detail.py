"""The detail pane beside the client list: a header with who, where and the last contact,
and tabs for identity, legal status, whereabouts, matters and orders, deadlines,
documents, notes and contacts."""

from PySide6.QtCore import Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import LegalStatus
from casedesk.domain.errors import NotFoundError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail
from casedesk.ui.bus import Bus
from casedesk.ui.clients.documents_tab import DocumentsTab
from casedesk.ui.clients.history import HistoryTab
from casedesk.ui.clients.identity import IdentityForm
from casedesk.ui.clients.model import whereabouts_text
from casedesk.ui.clients.tabs import (
    ClientTab,
    ContactsTab,
    DeadlinesTab,
    MattersTab,
    NotesTab,
    StatusTab,
    WhereaboutsTab,
)
from casedesk.ui.labels import label as tr_label


class ClientDetailPane(QWidget):
    """Everything about the selected client."""

    navigate = Signal(str, object)
    archive_requested = Signal(int, bool)  # (client id, archive?)
    delete_requested = Signal(int)  # client id: to the Trash, after asking why

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.detail: ClientDetail | None = None

        self.name = QLabel()
        self.name.setObjectName("client-name")
        font = QFont(self.name.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.name.setFont(font)
        self.name.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        header = QHBoxLayout()
        names = QVBoxLayout()
        names.addWidget(self.name)
        names.addWidget(self.summary)
        header.addLayout(names, 1)
        self._add_record_buttons(header)

        self.identity = IdentityForm(services, bus)
        self.identity.reload_requested.connect(self.reload)
        self.status_tab = StatusTab(services, bus)
        self.whereabouts_tab = WhereaboutsTab(services, bus)
        self.matters_tab = MattersTab(services, bus)
        self.matters_tab.navigate.connect(self.navigate)
        self.deadlines_tab = DeadlinesTab(services, bus)
        self.documents_tab = DocumentsTab(services, bus)
        self.notes_tab = NotesTab(services, bus)
        self.contacts_tab = ContactsTab(services, bus)
        self.history_tab = HistoryTab(services, bus)
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.setUsesScrollButtons(True)
        for widget, label in (
            (self.identity, self.tr("Identity")),
            (self.status_tab, self.tr("Legal status")),
            (self.whereabouts_tab, self.tr("Whereabouts")),
            (self.matters_tab, self.tr("Matters && orders")),
            (self.deadlines_tab, self.tr("Deadlines")),
            (self.documents_tab, self.tr("Documents")),
            (self.notes_tab, self.tr("Notes")),
            (self.contacts_tab, self.tr("Contacts")),
            (self.history_tab, self.tr("History")),
        ):
            self.tabs.addTab(widget, label)

        record = QWidget()
        record_layout = QVBoxLayout(record)
        record_layout.setContentsMargins(0, 0, 0, 0)
        record_layout.addLayout(header)
        record_layout.addWidget(self.tabs, 1)
        self.placeholder = QLabel(self.tr("Select a client in the list to see their record."))
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: palette(mid); font-size: 14pt;")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(record)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 0, 0, 0)
        layout.addWidget(self.stack)

    def _add_record_buttons(self, header: QHBoxLayout) -> None:
        """Archive (hide, keep) and Delete (to the Trash, with a reason)."""
        self.archive_button = QPushButton()
        self.archive_button.clicked.connect(self._archive_clicked)
        self.delete_button = QPushButton(self.tr("Delete client…"))
        self.delete_button.setToolTip(
            self.tr("Move this client and their whole record to the Trash (Shift+Del)")
        )
        self.delete_button.clicked.connect(self._delete_clicked)
        header.addWidget(self.archive_button)
        header.addWidget(self.delete_button)

    def _delete_clicked(self) -> None:
        if self.detail is not None:
            self.delete_requested.emit(self.detail.id)

    @property
    def client_id(self) -> int | None:
        return self.detail.id if self.detail else None

    def history_tabs(self) -> list[ClientTab]:
        return [
            self.status_tab,
            self.whereabouts_tab,
            self.matters_tab,
            self.deadlines_tab,
            self.documents_tab,
            self.notes_tab,
            self.contacts_tab,
            self.history_tab,
        ]

    def show_client(self, client_id: int | None) -> None:
        """Load and show ``client_id`` (None: show the placeholder)."""
        detail = None
        if client_id is not None:
            try:
                detail = self.services.clients.get(client_id)
            except NotFoundError:
                detail = None
        self._show(detail, keep_edits=False)

    def reload(self) -> None:
        """Re-read the shown client; unsaved identity edits stay (with their old version,
        so saving them still detects a conflict)."""
        if self.detail is None:
            return
        try:
            detail = self.services.clients.get(self.detail.id)
        except NotFoundError:
            self._show(None, keep_edits=False)
            return
        self._show(detail, keep_edits=self.identity.is_dirty())

    def _show(self, detail: ClientDetail | None, *, keep_edits: bool) -> None:
        self.detail = detail
        self.stack.setCurrentIndex(0 if detail is None else 1)
        if keep_edits:
            self.identity.load_aliases(detail)
        else:
            self.identity.load(detail)
        for tab in self.history_tabs():
            tab.load(detail)
        if detail is None:
            return
        name = detail.display_name
        if detail.archived:
            name = self.tr("%1 (archived)").replace("%1", name)
        self.name.setText(name)
        parts = [tr_label(LegalStatus(detail.status))]
        if detail.a_number_display:
            parts.insert(0, detail.a_number_display)
        if detail.nationality:
            parts.append(COUNTRIES.get(detail.nationality, detail.nationality))
        where = whereabouts_text(detail)
        if where:
            parts.append(where)
        self.summary.setText(" · ".join(parts))
        self.archive_button.setText(self.tr("Restore") if detail.archived else self.tr("Archive…"))
        self.archive_button.setToolTip(
            self.tr("Bring this client back into the list")
            if detail.archived
            else self.tr("Hide this client from the list; nothing is deleted (Ctrl+Del)")
        )

    def _archive_clicked(self) -> None:
        if self.detail is not None:
            self.archive_requested.emit(self.detail.id, not self.detail.archived)
