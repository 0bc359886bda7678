"""The client table model: ``ClientRow`` views fetched a page at a time from the service.

Filtering and sorting happen in SQL (``ClientQuery``); the model only holds the pages
the view has scrolled through, so 100,000 clients open as fast as 100. The first page
(and its total, counted once) is read when the list changes; every later page is read
by keyset on the model's worker (``BackgroundPagedModel``), so scrolling to the end of a
million clients never waits on the store. A search replaces the list with the search
service's best matches until it is cleared.
"""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery, ClientRow
from casedesk.ui.labels import label as tr_label
from casedesk.ui.paged_model import BackgroundPagedModel, PageReader
from casedesk.ui.table_model import Index

(
    COL_NAME,
    COL_ANUMBER,
    COL_NATIONALITY,
    COL_STATUS,
    COL_WHEREABOUTS,
    COL_CONTACT,
    COL_MATTERS,
) = range(7)
PAGE = 200
#: Reloading after a change re-reads what was loaded, up to this many rows at once.
MAX_RELOAD = 2000
#: Days without news after which "last contact" turns red.
STALE_CONTACT_DAYS = 90

CLIENT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

#: Which SQL sort each column asks for; columns absent here cannot be sorted.
SORT_KEYS = {
    COL_NAME: "name",
    COL_ANUMBER: "a_number",
    COL_NATIONALITY: "nationality",
    COL_STATUS: "status",
    COL_WHEREABOUTS: "whereabouts",
    COL_CONTACT: "last_contact",
}

ARCHIVED_COLOUR = QColor("#8a8a8a")
STALE_COLOUR = QColor("#c62828")


def whereabouts_text(row: ClientRow) -> str:
    if not row.whereabouts:
        return ""
    label = tr_label(CustodyKind(row.whereabouts))
    return f"{label} — {row.whereabouts_place}" if row.whereabouts_place else label


def is_stale(days: int | None) -> bool:
    """No contact on record, or none for more than ``STALE_CONTACT_DAYS`` days."""
    return days is None or days > STALE_CONTACT_DAYS


class ClientTableModel(BackgroundPagedModel):
    """Rows are ``ClientRow`` views fetched page by page from the client service."""

    _rows: list[ClientRow]

    def __init__(self, services: Services) -> None:
        super().__init__(page_size=PAGE)
        self._services = services
        self._total = 0
        self._search = ""
        self._query = ClientQuery(limit=PAGE)
        self.search_error = ""  # why the last search was refused, shown by the page
        # True while a reset is being announced: views (and the model tester) react to
        # modelReset by fetching, and inserting rows inside a reset corrupts their state.
        self._resetting = False
        self.headers = (
            self.tr("Name"),
            self.tr("A-Number"),
            self.tr("Nationality"),
            self.tr("Status"),
            self.tr("Whereabouts"),
            self.tr("Last contact"),
            self.tr("Matters"),
        )

    # ------------------------------------------------------------------ state
    @property
    def total(self) -> int:
        """Clients matching the filters (or search hits when searching)."""
        return self._total

    @property
    def query(self) -> ClientQuery:
        return self._query

    @property
    def searching(self) -> bool:
        return bool(self._search)

    def set_query(self, query: ClientQuery) -> None:
        """New filters or sort: start again from the first page."""
        self._query = replace(query, offset=0, limit=PAGE)
        self._reload(PAGE)

    def set_search(self, text: str) -> None:
        self._search = text.strip()
        self._reload(PAGE)

    def refresh(self) -> None:
        """Re-read after a change, keeping as many rows loaded as before (so the view can
        keep its scroll position and selection)."""
        self._reload(min(MAX_RELOAD, max(PAGE, len(self._rows))))

    _loaded = False  # True once a first page was read

    def _page_reader(self, query: ClientQuery) -> PageReader:
        """Reads the pages after the first, on the worker: the query is frozen, so a
        later change of filters cannot alter a read in flight."""
        clients = self._services.clients

        def read(after: Any, limit: int) -> tuple[list[ClientRow], Any]:
            page = clients.list(replace(query, after=after, limit=limit, with_total=False))
            return page.rows, page.after

        return read

    def _reload(self, count: int) -> None:
        self._loaded = True
        self._resetting = True
        self.search_error = ""
        try:
            if self._search:
                try:
                    rows = list(self._services.search.clients(self._search, limit=PAGE))
                except ValidationError as exc:
                    rows, self.search_error = [], exc.reason
                self._total = len(rows)
                self.start(None, rows, None)
            else:
                query = replace(self._query, offset=0, after=None)
                page = self._services.clients.list(replace(query, limit=count))
                self._total = page.total
                reader = self._page_reader(query) if len(page.rows) < page.total else None
                self.start(reader, page.rows, page.after)
        finally:
            self._resetting = False

    def row_of(self, client_id: int) -> int | None:
        for number, row in enumerate(self._rows):
            if row.id == client_id:
                return number
        return None

    # ------------------------------------------------------------------ Qt model API
    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        # Views (and the model tester) react to modelReset by fetching: not mid-reset.
        return not self._resetting and super().canFetchMore(parent)

    def _append(self, rows: Any, cursor: Any) -> int:
        added = super()._append(rows, cursor)
        if self.complete:
            self._total = len(self._rows)  # rows added or removed since the count
        return added

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORT_KEYS.get(column)
        if key is None:  # the matters column is a list of dockets: nothing to sort by in SQL
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if key == self._query.sort and descending == self._query.descending and self._rows:
            return
        if not self._loaded:  # the view announcing its initial sort: the page loads once later
            self._query = replace(self._query, sort=key, descending=descending)
            return
        self.set_query(replace(self._query, sort=key, descending=descending))

    def header_tooltip(self, section: int) -> str | None:
        if section == COL_MATTERS:
            return self.tr("Docket numbers; this column cannot be sorted")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row: ClientRow | None = self.row_for(index)
        if row is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(row, column)
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.archived:
                return QBrush(ARCHIVED_COLOUR)
            if column == COL_CONTACT and is_stale(row.days_since_contact):
                return QBrush(STALE_COLOUR)
            return None
        if role == Qt.ItemDataRole.FontRole:
            if row.archived:
                font = QFont()
                font.setItalic(True)
                return font
            if column == COL_CONTACT and is_stale(row.days_since_contact):
                font = QFont()
                font.setBold(True)
                return font
            return None
        if role == CLIENT_ID_ROLE:
            return row.id
        if role == ROW_ROLE:
            return row
        return None

    def _display(self, row: ClientRow, column: int) -> str | None:
        if column == COL_NAME:
            if row.archived:
                return self.tr("%1 (archived)").replace("%1", row.display_name)
            return row.display_name
        if column == COL_ANUMBER:
            return row.a_number_display or ""
        if column == COL_NATIONALITY:
            return COUNTRIES.get(row.nationality, row.nationality) if row.nationality else ""
        if column == COL_STATUS:
            return tr_label(LegalStatus(row.status))
        if column == COL_WHEREABOUTS:
            return whereabouts_text(row)
        if column == COL_CONTACT:
            return self.contact_text(row.days_since_contact)
        if column == COL_MATTERS:
            return ", ".join(row.matters)
        return None

    def _tooltip(self, row: ClientRow, column: int) -> str | None:
        if column == COL_STATUS and row.status_since:
            return self.tr("Since %1").replace("%1", row.status_since)
        if column == COL_WHEREABOUTS and row.whereabouts_since:
            return self.tr("Since %1").replace("%1", row.whereabouts_since)
        if column == COL_CONTACT and row.last_contact:
            return self.tr("Last heard from: %1").replace("%1", row.last_contact)
        if column == COL_MATTERS and row.matters:
            return "\n".join(row.matters)
        return None

    def contact_text(self, days: int | None) -> str:
        if days is None:
            return self.tr("Never")
        if days < 0:
            return self.tr("After today")  # a date typed ahead (or a clock set back)
        if days == 0:
            return self.tr("Today")
        if days == 1:
            return self.tr("1 day ago")
        return self.tr("%1 days ago").replace("%1", f"{days:,}")
