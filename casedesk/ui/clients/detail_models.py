"""Small table models for the tabs of a client's detail: legal status history,
whereabouts events, obligations, deadlines, documents, notes and contacts.

They share one shape (``RowsModel``): a headers tuple, a list of View rows replaced as a
whole when the detail reloads (a client has tens of entries, not thousands), and a
``cells`` method per model that turns one row into its column texts.
"""

from datetime import datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
    PartyRole,
)
from casedesk.services.documents import DocumentView
from casedesk.services.schemas import (
    ContactView,
    CustodyView,
    DeadlineView,
    MatterLinkView,
    NoteView,
    ObligationForClient,
    StatusView,
)
from casedesk.ui.labels import label as tr_label
from casedesk.ui.table_model import ROW_ROLE, BaseTableModel

__all__ = ["ROW_ROLE", "RowsModel"]
OVERDUE_COLOUR = QColor("#c62828")
DONE_COLOUR = QColor("#8a8a8a")


def country_text(code: str | None) -> str:
    return COUNTRIES.get(code, code) if code else ""


def when_text(iso: str) -> str:
    """A stored ISO date-time as "2025-04-07 23:59" (no seconds, no zone noise)."""
    try:
        return datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class RowsModel(BaseTableModel):
    """A read-only table over a short list of View rows; ``cells`` gives a row's texts."""

    def cell(self, row: Any, column: int) -> str | None:
        cells = self.cells(row)
        return cells[column] if column < len(cells) else None

    def style(self, row: Any, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.cell(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            colour = self.colour(row, column)
            return QBrush(colour) if colour is not None else None
        if role == Qt.ItemDataRole.FontRole and self.colour(row, column) == OVERDUE_COLOUR:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def cells(self, row: Any) -> tuple[str, ...]:
        raise NotImplementedError

    def colour(self, row: Any, column: int) -> QColor | None:
        return None


class StatusModel(RowsModel):
    COL_DATE, COL_STATUS, COL_COUNTRY, COL_SOURCE, COL_CONFIDENCE, COL_NOTE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Date"),
            self.tr("Status"),
            self.tr("As to country"),
            self.tr("Source"),
            self.tr("Confidence"),
            self.tr("Note"),
        )

    def cells(self, row: StatusView) -> tuple[str, ...]:
        return (
            row.date or self.tr("date unknown"),
            tr_label(LegalStatus(row.status)),
            country_text(row.country),
            row.source,
            tr_label(Confidence(row.confidence)),
            row.note,
        )


class CustodyModel(RowsModel):
    COL_DATE, COL_EVENT, COL_PLACE, COL_COUNTRY, COL_SOURCE, COL_CONFIDENCE = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Date"),
            self.tr("Event"),
            self.tr("Place"),
            self.tr("Country"),
            self.tr("Source"),
            self.tr("Confidence"),
        )

    def cells(self, row: CustodyView) -> tuple[str, ...]:
        return (
            row.date or self.tr("date unknown"),
            tr_label(CustodyKind(row.kind)),
            row.place,
            country_text(row.country),
            row.source,
            tr_label(Confidence(row.confidence)),
        )


class MatterLinkModel(RowsModel):
    COL_DOCKET, COL_COURT, COL_TITLE, COL_ROLE = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("Docket"), self.tr("Court"), self.tr("Matter"), self.tr("Role"))

    def cells(self, row: MatterLinkView) -> tuple[str, ...]:
        return (row.docket, row.court, row.title, tr_label(PartyRole(row.role)))


class ObligationModel(RowsModel):
    COL_DUE, COL_ORDER, COL_TEXT, COL_COMPLIANCE, COL_EVIDENCE = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Due"),
            self.tr("Order"),
            self.tr("Obligation"),
            self.tr("Compliance"),
            self.tr("Evidence"),
        )

    def cells(self, row: ObligationForClient) -> tuple[str, ...]:
        # The court's clock, and the user's when different (computed by the services).
        due = row.due_display or when_text(row.due_at)
        if row.state == "suspended":
            due = self.tr("%1 — suspended (order stayed)").replace("%1", due)
        elif row.state == "moot":
            due = self.tr("%1 — moot (order not in force)").replace("%1", due)
        if row.overdue:
            due = self.tr("%1 — Overdue by %2 days").replace("%1", due)
            due = due.replace("%2", str(row.days_overdue))
        return (
            due,
            row.order_title,
            row.text,
            tr_label(Compliance(row.compliance)),
            row.evidence,
        )

    def colour(self, row: ObligationForClient, column: int) -> QColor | None:
        return (
            OVERDUE_COLOUR
            if row.overdue and column in (self.COL_DUE, self.COL_COMPLIANCE)
            else None
        )


class DeadlineModel(RowsModel):
    COL_DUE, COL_TITLE, COL_STATE = range(3)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("Due"), self.tr("Deadline"), self.tr("State"))

    def cells(self, row: DeadlineView) -> tuple[str, ...]:
        if row.done:
            state = self.tr("Done")
        elif row.overdue:
            state = self.tr("Overdue")
        else:
            state = self.tr("Open")
        return (row.due_display or when_text(row.due_at), row.title, state)

    def colour(self, row: DeadlineView, column: int) -> QColor | None:
        if row.done:
            return DONE_COLOUR
        return OVERDUE_COLOUR if row.overdue else None


class DocumentModel(RowsModel):
    COL_NAME, COL_SIZE, COL_ADDED, COL_DESCRIPTION, COL_CHECK = range(5)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("File"),
            self.tr("Size"),
            self.tr("Added"),
            self.tr("Description"),
            self.tr("Integrity"),
        )
        #: Result of the last SHA-256 check per document id (True = intact).
        self.checked: dict[int, bool] = {}

    def set_checked(self, document_id: int, ok: bool) -> None:
        self.checked[document_id] = ok
        for number, row in enumerate(self._rows):
            if row.id == document_id:
                cell = self.index(number, self.COL_CHECK)
                self.dataChanged.emit(cell, cell)

    def cells(self, row: DocumentView) -> tuple[str, ...]:
        state = self.checked.get(row.id)
        check = (
            self.tr("Not checked")
            if state is None
            else self.tr("OK (SHA-256 matches)")
            if state
            else self.tr("MISMATCH: the stored file changed")
        )
        return (row.filename, size_text(row.size), row.created_at[:10], row.description, check)

    def colour(self, row: DocumentView, column: int) -> QColor | None:
        if column == self.COL_CHECK and self.checked.get(row.id) is False:
            return OVERDUE_COLOUR
        if column == self.COL_CHECK and self.checked.get(row.id):
            return QColor("#2e7d32")
        return None


def size_text(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024**2:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024**2:.1f} MB"


class NoteModel(RowsModel):
    COL_WHEN, COL_AUTHOR, COL_PRIVATE, COL_BODY = range(4)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (self.tr("When"), self.tr("By"), self.tr("Private"), self.tr("Note"))

    def cells(self, row: NoteView) -> tuple[str, ...]:
        private = self.tr("Private") if row.private else ""
        return (when_text(row.created_at), row.author, private, row.body)


class ContactModel(RowsModel):
    COL_NAME, COL_KIND, COL_RELATIONSHIP, COL_PHONE, COL_EMAIL, COL_ADDRESS = range(6)

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Name"),
            self.tr("Kind"),
            self.tr("Relationship"),
            self.tr("Phone"),
            self.tr("E-mail"),
            self.tr("Address"),
        )

    def cells(self, row: ContactView) -> tuple[str, ...]:
        return (
            row.name,
            tr_label(ContactKind(row.kind)),
            row.relationship,
            row.phone,
            row.email,
            row.address,
        )
