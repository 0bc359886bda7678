"""The history tabs of a client's detail: legal status, whereabouts, matters and orders,
deadlines, notes and contacts.

Each tab shows part of one ``ClientDetail`` (``load``) and adds to it through a dialog
or an inline form; every change goes out on the bus, and the page reloads the detail
from there (one refresh path), so no tab patches its own rows.
"""

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.enums import CustodyKind
from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail, DeadlineView, ObligationForClient
from casedesk.ui.bus import Bus
from casedesk.ui.clients.detail_models import (
    ContactModel,
    CustodyModel,
    DeadlineModel,
    MatterLinkModel,
    NoteModel,
    ObligationModel,
    RowsModel,
    StatusModel,
)
from casedesk.ui.clients.dialogs import (
    ContactDialog,
    CustodyDialog,
    DeadlineDialog,
    FormDialog,
    StatusDialog,
)
from casedesk.ui.clients.fields import FieldErrors
from casedesk.ui.clients.model import is_stale
from casedesk.ui.clients.timeline import WhereaboutsTimeline
from casedesk.ui.entries.actions import attach
from casedesk.ui.errors import show_error
from casedesk.ui.labels import label as tr_label
from casedesk.ui.ops import mutate
from casedesk.ui.widgets import ERROR_STYLE


def make_table(model: RowsModel, stretch_column: int | None = None) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setStretchLastSection(stretch_column is None)
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setDefaultSectionSize(130)
    if stretch_column is not None:
        header.setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
    return table


class ClientTab(QWidget):
    """A tab over one client's detail, with a button row under its content."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.detail: ClientDetail | None = None
        self.active_dialog: FormDialog | None = None
        self.layout_ = QVBoxLayout(self)
        self.buttons = QHBoxLayout()
        self.buttons.addStretch(1)

    def add_button(self, text: str, slot: object, tooltip: str = "") -> QPushButton:
        button = QPushButton(text)
        button.setToolTip(tooltip)
        button.clicked.connect(slot)
        self.buttons.addWidget(button)
        return button

    def finish_layout(self) -> None:
        self.layout_.addLayout(self.buttons)

    def load(self, detail: ClientDetail | None) -> None:
        self.detail = detail
        self.setEnabled(detail is not None)

    def open_dialog(self, dialog: FormDialog) -> FormDialog:
        """Show ``dialog`` window-modal without blocking (kept for tests to drive)."""
        self.active_dialog = dialog
        dialog.open()
        return dialog


class StatusTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = StatusModel()
        self.table = make_table(self.model, StatusModel.COL_NOTE)
        self.actions_ = attach(self, self.table, services, bus, "status")
        self.layout_.addWidget(self.table)
        self.add_button(self.tr("Add entry…"), self.add_entry)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        # newest first: the current status is what people look for
        self.model.set_rows(list(reversed(detail.statuses)) if detail else [])

    def add_entry(self) -> None:
        if self.detail is not None:
            self.open_dialog(StatusDialog(self.services, self.bus, self.detail.id, self))


class WhereaboutsTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.contact = QLabel()
        self.contact.setObjectName("last-contact")
        font = QFont(self.contact.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.contact.setFont(font)
        self.now = QLabel()
        self.now.setWordWrap(True)
        self.timeline = WhereaboutsTimeline()
        # In a scroll area so a person with many countries does not push the client list
        # off the screen: the pane shrinks and the timeline scrolls.
        self.timeline_area = QScrollArea()
        self.timeline_area.setWidgetResizable(True)
        self.timeline_area.setFrameShape(QScrollArea.Shape.NoFrame)
        self.timeline_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.timeline_area.setWidget(self.timeline)
        self.model = CustodyModel()
        self.table = make_table(self.model, CustodyModel.COL_SOURCE)
        self.actions_ = attach(self, self.table, services, bus, "custody")
        self.layout_.addWidget(self.contact)
        self.layout_.addWidget(self.now)
        self.layout_.addWidget(self.timeline_area, 3)
        self.layout_.addWidget(self.table, 2)
        self.add_button(self.tr("Add event…"), self.add_event)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        today = self.services.ctx.today()
        self.timeline.set_events(detail.custody if detail else [], today)
        self.model.set_rows(list(reversed(detail.custody)) if detail else [])
        if detail is None:
            self.contact.clear()
            self.now.clear()
            return
        days = detail.days_since_contact
        if days is None:
            text = self.tr("No contact on record")
        elif days < 0:
            text = self.tr("Last contact dated after today")
        elif days == 0:
            text = self.tr("Last contact today")
        else:
            text = self.tr("Last contact %1 days ago").replace("%1", f"{days:,}")
            if days == 1:
                text = self.tr("Last contact yesterday")
        if detail.last_contact:
            text += f" ({detail.last_contact})"
        self.contact.setText(text)
        self.contact.setStyleSheet("color: #c62828;" if is_stale(days) else "color: #2e7d32;")
        if detail.whereabouts:
            where = tr_label(CustodyKind(detail.whereabouts))
            if detail.whereabouts_place:
                where += f" — {detail.whereabouts_place}"
            self.now.setText(
                self.tr("As far as we know: %1, since %2")
                .replace("%1", where)
                .replace("%2", detail.whereabouts_since or "?")
            )
        else:
            self.now.setText(self.tr("Whereabouts: nothing recorded yet"))

    def add_event(self) -> None:
        if self.detail is not None:
            self.open_dialog(CustodyDialog(self.services, self.bus, self.detail.id, self))


class MattersTab(ClientTab):
    """The client's matters and the obligations that bind them; double-click to open."""

    navigate = Signal(str, object)

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.matters = MatterLinkModel()
        self.matter_table = make_table(self.matters, MatterLinkModel.COL_TITLE)
        self.matter_table.setMaximumHeight(150)
        self.obligations = ObligationModel()
        self.obligation_table = make_table(self.obligations, ObligationModel.COL_TEXT)
        self.obligation_table.setColumnWidth(ObligationModel.COL_DUE, 250)
        self.matter_table.doubleClicked.connect(self._open_matter)
        # Double-click opens the matter, as before; Enter or the menu edits the role.
        self.actions_ = attach(
            self,
            self.matter_table,
            services,
            bus,
            lambda row: ("party", row.party_id) if row.party_id else None,
            edit_on_activate=False,
        )
        self.obligation_table.doubleClicked.connect(self._open_order)
        self.layout_.addWidget(QLabel(self.tr("Matters (double-click to open)")))
        self.layout_.addWidget(self.matter_table)
        self.layout_.addWidget(
            QLabel(self.tr("Obligations binding this person (double-click to open the order)"))
        )
        self.layout_.addWidget(self.obligation_table, 1)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        self.matters.set_rows(detail.matter_links if detail else [])
        self.obligations.set_rows(detail.obligations if detail else [])

    def _open_matter(self, index: QModelIndex) -> None:
        link = self.matters.row_at(index.row())
        if link is not None:
            self.navigate.emit("matter", link.matter_id)

    def _open_order(self, index: QModelIndex) -> None:
        row: ObligationForClient | None = self.obligations.row_at(index.row())
        if row is not None:
            self.navigate.emit("order", row.order_id)


class DeadlinesTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = DeadlineModel()
        self.table = make_table(self.model, DeadlineModel.COL_TITLE)
        self.table.setColumnWidth(DeadlineModel.COL_DUE, 150)
        self.actions_ = attach(self, self.table, services, bus, "deadline")
        self.layout_.addWidget(self.table)
        self.add_button(self.tr("Add deadline…"), self.add_deadline)
        self.done_button = self.add_button(self.tr("Mark done"), self.toggle_done)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.finish_layout()
        self._selection()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        self.model.set_rows(detail.deadlines if detail else [])
        self._selection()

    def selected(self) -> DeadlineView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection(self) -> None:
        row = self.selected()
        self.done_button.setEnabled(row is not None)
        self.done_button.setText(self.tr("Reopen") if row and row.done else self.tr("Mark done"))

    def add_deadline(self) -> None:
        if self.detail is not None:
            self.open_dialog(DeadlineDialog(self.services, self.bus, self.detail.id, self))

    def toggle_done(self) -> None:
        row = self.selected()
        if row is not None:
            done = not row.done
            mutate(self, self.bus, lambda: self.services.deadlines.set_done(row.id, done))


class NotesTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = NoteModel()
        self.table = make_table(self.model, NoteModel.COL_BODY)
        self.actions_ = attach(self, self.table, services, bus, "note")
        self.table.setWordWrap(True)
        self.editor = QPlainTextEdit(placeholderText=self.tr("Write a note…"))
        self.editor.setMaximumHeight(90)
        self.private = QCheckBox(self.tr("Private (left out of court and public briefs)"))
        self.private.setChecked(True)  # privileged by default: leaking is the worse mistake
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.errors = FieldErrors()
        self.errors.register("note", self.editor, self.error)
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.editor)
        self.layout_.addWidget(self.error)
        self.buttons.insertWidget(0, self.private)
        self.add_note_button = self.add_button(self.tr("Add note"), self.add_note)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        self.model.set_rows(list(reversed(detail.notes)) if detail else [])

    def add_note(self) -> None:
        if self.detail is None:
            return
        self.errors.clear()
        try:
            changes = self.services.clients.add_note(
                self.detail.id, self.editor.toPlainText(), private=self.private.isChecked()
            )
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.editor.clear()
        self.bus.announce(changes, self)


class ContactsTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = ContactModel()
        self.table = make_table(self.model, ContactModel.COL_ADDRESS)
        self.actions_ = attach(self, self.table, services, bus, "contact")
        self.layout_.addWidget(self.table)
        self.add_button(self.tr("Add contact…"), self.add_contact)
        self.finish_layout()

    def load(self, detail: ClientDetail | None) -> None:
        super().load(detail)
        self.model.set_rows(detail.contacts if detail else [])

    def add_contact(self) -> None:
        if self.detail is not None:
            self.open_dialog(ContactDialog(self.services, self.bus, self.detail.id, self))
