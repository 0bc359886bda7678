"""The Clients page: the filterable, sortable, searchable client list beside the selected
client's detail; creating, archiving and restoring clients.

The list is lazy (pages of rows from SQL, see ``model``); the detail is re-read whenever
a change touches the shown client. Unsaved identity edits are never dropped silently:
changing the selection, opening another client or closing the window asks first.
"""

from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.clients.demo_launch import launch_demo_store
from casedesk.ui.clients.detail import ClientDetailPane
from casedesk.ui.clients.dialogs import NewClientDialog
from casedesk.ui.clients.filters import FilterBar
from casedesk.ui.clients.model import (
    COL_ANUMBER,
    COL_CONTACT,
    COL_MATTERS,
    COL_NAME,
    COL_NATIONALITY,
    COL_STATUS,
    COL_WHEREABOUTS,
    SORT_KEYS,
    ClientTableModel,
)
from casedesk.ui.entries.remove import RemoveDialog
from casedesk.ui.ops import mutate
from casedesk.ui.pages import Page

#: Pages fetched at most when looking for a client to select (beyond that the detail
#: opens without a highlighted row rather than loading thousands of rows).
SELECT_FETCH_PAGES = 5
SETTINGS_HEADER = "clients/header"
SETTINGS_SPLITTER = "clients/splitter"


class ClientsPage(Page):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.active_dialog: NewClientDialog | RemoveDialog | None = None
        self._reverting = False  # selection changes we make ourselves: no prompt
        self._stale_choices = True

        self.filters = FilterBar(services)
        self.filters.changed.connect(self._filters_changed)
        self.result = QLabel()
        self.result.setObjectName("result-line")

        self.model = ClientTableModel(services)
        self.model.page_failed.connect(self._page_failed)
        self.table = self._build_table()
        self._build_actions()

        self.detail = ClientDetailPane(services, bus)
        self.detail.navigate.connect(self.navigate)
        self.detail.archive_requested.connect(self.set_archived)
        self.detail.delete_requested.connect(self.delete_client)
        # List above, detail below: both get the full width the seven columns and the
        # whereabouts timeline need.
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.result)
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setSizes([360, 520])  # scaled to the real height when first shown

        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        new_button = QPushButton(self.tr("New client…"))
        new_button.setToolTip(self.tr("Add a client (Ctrl+N)"))
        new_button.clicked.connect(self.new_client)
        top.addWidget(new_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        # An empty store has nothing to list or select: the how-to-start panel replaces
        # the whole list-and-detail splitter (whose sizes stay as they were).
        self.body = QStackedWidget()
        self.body.addWidget(self.splitter)
        self.body.addWidget(self._build_empty_panel())
        layout.addWidget(self.body, 1)
        self._restore_state()
        # The first page is one cheap query; loading it now also gives the window its count.
        self.model.set_query(self.filters.query(self.model.query))
        self._update_result()

    def _build_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(24)
        header = table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        for column, width in (
            (COL_NAME, 240),
            (COL_ANUMBER, 115),
            (COL_NATIONALITY, 110),
            (COL_STATUS, 170),
            (COL_WHEREABOUTS, 200),
            (COL_CONTACT, 110),
            (COL_MATTERS, 140),
        ):
            table.setColumnWidth(column, width)
        header.setSortIndicator(COL_NAME, Qt.SortOrder.AscendingOrder)
        table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        table.selectionModel().currentRowChanged.connect(self._current_changed)
        return table

    def _build_empty_panel(self) -> QWidget:
        self.empty = QLabel(
            self.tr(
                "No clients yet. Add the first one with File ▸ New client (Ctrl+N). "
                "To look around first, open a demo store of fictional people in a "
                "separate window; it is deleted when that window closes, and this "
                "store stays as it is."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_button = QPushButton(self.tr("New client…"))
        self.empty_button.clicked.connect(self.new_client)
        self.demo_button = QPushButton(self.tr("Try a demo store…"))
        self.demo_button.clicked.connect(lambda: launch_demo_store(self))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)
        buttons.addWidget(self.demo_button)
        buttons.addStretch(1)
        empty_panel = QWidget()
        empty_layout = QVBoxLayout(empty_panel)
        empty_layout.addStretch(1)
        empty_layout.addWidget(self.empty)
        empty_layout.addLayout(buttons)
        empty_layout.addStretch(2)
        return empty_panel

    def _build_actions(self) -> None:
        self.archive_action = QAction(self.tr("Archive / restore…"), self)
        self.archive_action.setShortcut(QKeySequence("Ctrl+Del"))
        self.archive_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.archive_action.triggered.connect(self._archive_selected)
        brief = QAction(self.tr("Print brief…"), self)
        brief.triggered.connect(self.print_brief)
        self.delete_action = QAction(self.tr("Delete client…"), self)
        self.delete_action.setShortcut(QKeySequence("Shift+Del"))
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(
            lambda: self.detail.client_id is not None and self.delete_client(self.detail.client_id)
        )
        self.table.addAction(self.archive_action)
        self.table.addAction(self.delete_action)
        self.addAction(self.delete_action)
        self.table.addAction(brief)
        self.addAction(self.archive_action)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def title(self) -> str:
        return self.tr("Clients")

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if self._stale_choices:
            self._stale_choices = False
            self.filters.reload_choices_soon()

    def search(self, text: str) -> None:
        """Show search results for ``text``; empty text returns to the filtered list."""
        self.model.set_search(text)
        if not text.strip():
            self.model.set_query(self.filters.query(self.model.query))
        self.filters.setEnabled(not self.model.searching)
        self._after_reload()

    def apply_filter(self, values: dict[str, Any]) -> None:
        self.filters.reload_choices()
        self.filters.set_values(values)

    def _filters_changed(self) -> None:
        if self.model.searching:
            return
        self.model.set_query(self.filters.query(self.model.query))
        self._after_reload()

    def _sort_indicator_changed(self, section: int, _order: Qt.SortOrder) -> None:
        if section in SORT_KEYS:
            self._after_reload()
            return
        # Matters cannot be sorted in SQL: put the indicator back where the rows are.
        column = next(c for c, k in SORT_KEYS.items() if k == self.model.query.sort)
        order = (
            Qt.SortOrder.DescendingOrder
            if self.model.query.descending
            else Qt.SortOrder.AscendingOrder
        )
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, order)
        header.blockSignals(False)

    def _refresh_list(self) -> None:
        scroll = self.table.verticalScrollBar().value()
        self.model.refresh()
        self._after_reload()
        self.table.verticalScrollBar().setValue(scroll)

    def _after_reload(self) -> None:
        """Re-select the shown client (without prompting) and update the counts."""
        shown = self.detail.client_id
        row = self.model.row_of(shown) if shown is not None else None
        self._select_row(row)
        self._update_result()

    def _update_result(self) -> None:
        total = self.model.total
        empty_store = total == 0 and not self.model.searching and not self.filters.is_filtered()
        empty_store = empty_store and not self.filters.include_archived.isChecked()
        empty_store = empty_store and self.detail.client_id is None
        self.body.setCurrentIndex(1 if empty_store else 0)
        self.empty.setVisible(empty_store)
        if self.model.searching:
            if self.model.search_error:
                text = self.tr("Search refused: %1").replace("%1", self.model.search_error)
            elif total:
                text = self.tr(
                    "%Ln match(es) for your search. Clear the search to return to the list.",
                    "",
                    total,
                )
            else:
                text = self.tr(
                    "No client matches your search. Try fewer letters or another spelling."
                )
        elif self.filters.is_filtered():
            text = self.tr("%Ln client(s) match these filters", "", total)
        else:
            text = self.tr("%Ln client(s)", "", total)
        self.result.setText(text)

    def _page_failed(self, exc: BaseException) -> None:
        # Scrolling stops asking; the rows shown stay, and the line under them says why.
        reason = exc.message if isinstance(exc, CasedeskError) else str(exc)
        self.result.setText(self.tr("Could not read more clients: %1").replace("%1", reason))

    # ------------------------------------------------------------------ selection
    def _select_row(self, row: int | None) -> None:
        selection = self.table.selectionModel()
        self._reverting = True
        try:
            if row is None:
                selection.clearSelection()
                selection.setCurrentIndex(QModelIndex(), QItemSelectionModel.SelectionFlag.NoUpdate)
            else:
                flags = (
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows
                )
                selection.setCurrentIndex(self.model.index(row, COL_NAME), flags)
        finally:
            self._reverting = False

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._reverting:
            return
        row = self.model.row_at(current.row()) if current.isValid() else None
        if row is None or row.id == self.detail.client_id:
            return
        if not self.maybe_leave():
            shown = self.detail.client_id
            self._select_row(self.model.row_of(shown) if shown is not None else None)
            return
        self.detail.show_client(row.id)

    def selected_id(self) -> int | None:
        return self.detail.client_id

    def show_item(self, key: object) -> None:
        if not isinstance(key, int) or key == self.detail.client_id or not self.maybe_leave():
            return
        row = self.model.row_of(key)
        pages = 0
        while row is None and pages < SELECT_FETCH_PAGES and not self.model.complete:
            self.model.fetch_more_now()  # the row is wanted now, not when a worker answers
            row = self.model.row_of(key)
            pages += 1
        self.detail.show_client(key)
        self._select_row(row)
        self._update_result()  # the detail pane is hidden while the store looks empty
        if row is not None:
            self.table.scrollTo(self.model.index(row, COL_NAME))

    def maybe_leave(self) -> bool:
        """True when the shown client can be left: no unsaved edits, or the person chose
        to save (successfully) or discard them."""
        if not self.detail.identity.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("Unsaved changes"),
            self.tr("You changed %1's identity but did not save. Save the changes?").replace(
                "%1", self.detail.detail.display_name if self.detail.detail else ""
            ),
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.detail.identity.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.detail.identity.revert()
            return True
        return False

    def can_close(self) -> bool:
        return self.maybe_leave()

    # ------------------------------------------------------------------ actions
    def new_client(self) -> None:
        if not self.maybe_leave():
            return
        dialog = NewClientDialog(self.services, self.bus, self)
        dialog.accepted.connect(lambda: self._created(dialog))
        self.active_dialog = dialog
        dialog.open()

    def _created(self, dialog: NewClientDialog) -> None:
        if dialog.changes is not None and dialog.changes.new_id is not None:
            self.show_item(dialog.changes.new_id)
            self.detail.tabs.setCurrentWidget(self.detail.identity)

    def _archive_selected(self) -> None:
        detail = self.detail.detail
        if detail is not None:
            self.set_archived(detail.id, not detail.archived)

    def set_archived(self, client_id: int, archive: bool) -> None:
        if not self.maybe_leave():
            return
        name = self.detail.detail.display_name if self.detail.detail else str(client_id)
        if archive:
            title = self.tr("Archive client")
            text = self.tr(
                "Archive %1? Archived clients are hidden from the list unless “Include "
                "archived” is ticked. Nothing is deleted; you can restore them at any time."
            )
        else:
            title = self.tr("Restore client")
            text = self.tr("Restore %1 to the client list?")
        answer = QMessageBox.question(
            self,
            title,
            text.replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer == QMessageBox.StandardButton.Yes:
            mutate(self, self.bus, lambda: self.services.clients.set_archived(client_id, archive))

    def delete_client(self, client_id: int) -> RemoveDialog | None:
        """Ask why, then move the client and everything on their record to the Trash."""
        if not self.maybe_leave():
            return None
        name = self.detail.detail.display_name if self.detail.detail else str(client_id)
        records = self.services.records
        dialog = RemoveDialog(
            name,
            lambda reason: records.delete_client(client_id, reason),
            self.bus,
            self,
            title=self.tr("Delete client"),
            explanation=self.tr(
                "Delete %1 and everything on their record (legal status, whereabouts, "
                "notes, contacts, documents, places on matters)? It all goes to the Trash "
                "(Edit ▸ Trash), from which it comes back whole until someone purges it."
            ).replace("%1", name),
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def print_brief(self) -> None:
        client_id = self.detail.client_id
        if client_id is None:
            QMessageBox.information(self, self.tr("Print brief"), self.tr("Select a client first."))
            return
        try:
            # Imported late: the brief dialog is optional and pulls in the PDF viewer.
            from casedesk.ui.briefs.dialog import open_brief_dialog  # noqa: PLC0415
        except ImportError:
            QMessageBox.information(
                self,
                self.tr("Print brief"),
                self.tr("Briefs are not available in this build. Use “casedesk brief” instead."),
            )
            return
        open_brief_dialog(self, self.services, "client", client_id)

    # ------------------------------------------------------------------ refresh
    def on_changes(self, changes: Changes, initiator: object) -> None:
        if changes.everything or changes.matters:
            self._stale_choices = True
            if self.isVisible():
                self.activate()
        if changes.touches_clients or changes.matters:
            self._refresh_list()
        shown = self.detail.client_id
        if shown is not None and (
            changes.everything
            or shown in changes.clients
            or changes.matters
            or changes.orders
            or changes.obligations
        ):
            self.detail.reload()

    # ------------------------------------------------------------------ settings
    def save_state(self) -> None:
        settings = QSettings()
        settings.setValue(SETTINGS_HEADER, self.table.horizontalHeader().saveState())
        settings.setValue(SETTINGS_SPLITTER, self.splitter.saveState())

    def _restore_state(self) -> None:
        settings = QSettings()
        header = settings.value(SETTINGS_HEADER)
        if header is not None:
            self.table.horizontalHeader().restoreState(header)
        splitter = settings.value(SETTINGS_SPLITTER)
        if splitter is not None:
            self.splitter.restoreState(splitter)
