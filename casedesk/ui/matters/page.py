"""The Matters page: every matter, and for the selected one its caption, its roster
(paged, so a class of tens of thousands opens at once) and its orders.

Changes come back through the bus like everyone else's, so adding a person here also
refreshes the clients and orders pages, and their changes refresh this one.
"""

from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.enums import MatterKind
from casedesk.services.matters import MatterSummary
from casedesk.services.orders import OrderSummary
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.entries.actions import attach
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.dialogs import AddClientDialog, NewMatterDialog
from casedesk.ui.matters.hearings import HearingsTab
from casedesk.ui.matters.loading import BackgroundReads
from casedesk.ui.matters.model import COL_TITLE, ROSTER_NAME, MatterListModel, RosterModel
from casedesk.ui.matters.paged import KEY_ROLE
from casedesk.ui.ops import mutate
from casedesk.ui.orders.countdown import OVERDUE_COLOUR
from casedesk.ui.orders.model import COL_KIND as ORDER_KIND
from casedesk.ui.orders.model import COL_MATTER, OrderListModel
from casedesk.ui.orders.model import COL_TITLE as ORDER_TITLE
from casedesk.ui.pages import Page
from casedesk.ui.widgets import caption_label, make_table, titled_list


class MattersPage(Page):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self._loaded = False
        self.reads = BackgroundReads(self)
        top = self._build_list()
        self._build_detail()
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self._wire()
        self._show_selected()

    def _build_list(self) -> QWidget:
        # ---- the list of matters (or how to start when there is none)
        self.model = MatterListModel()
        self.table = make_table(self.model)
        for column, width in enumerate((300, 130, 90, 130, 130, 70)):
            self.table.setColumnWidth(column, width)
        self.new_button = QPushButton(self.tr("&New matter…"))
        self.new_button.clicked.connect(self.new_matter)
        top, self.list_stack, self.empty = titled_list(
            self.tr("Matters"),
            self.table,
            self.tr("No matters yet. Click “New matter…” to open a court case or petition."),
            self.new_button,
        )
        return top

    def _build_detail(self) -> None:
        # ---- the selected matter
        self.caption = caption_label()
        self.roster_model = RosterModel(self.services)
        self.roster = make_table(self.roster_model, multi=True)
        for column, width in enumerate((260, 140, 190, 190)):
            self.roster.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("&Add client…"))
        self.remove_button = QPushButton(self.tr("&Remove from matter"))
        self.brief_button = QPushButton(self.tr("&Print brief…"))
        self.add_button.clicked.connect(self.add_client)
        self.remove_button.clicked.connect(self.remove_clients)
        self.brief_button.clicked.connect(self.print_brief)
        self.orders_model = OrderListModel()
        self.orders = make_table(self.orders_model)
        self.orders.setColumnHidden(COL_MATTER, True)
        self.orders.setColumnWidth(ORDER_TITLE, 380)
        self.orders.setColumnWidth(ORDER_KIND, 170)

        roster_box = QWidget()
        roster_layout = QVBoxLayout(roster_box)
        roster_layout.setContentsMargins(0, 4, 0, 0)
        buttons = QHBoxLayout()
        for button in (self.add_button, self.remove_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        roster_layout.addLayout(buttons)
        roster_layout.addWidget(self.roster)
        self.tabs = QTabWidget()
        self.tabs.addTab(roster_box, self.tr("People"))
        self.tabs.addTab(self.orders, self.tr("Orders"))
        self.hearings = HearingsTab(self.services, self.bus)
        self.tabs.addTab(self.hearings, self.tr("Hearings"))

        self.detail = QWidget()
        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 0, 0, 0)
        caption_row = QHBoxLayout()
        caption_row.addWidget(self.caption, 1)
        caption_row.addWidget(self.brief_button, 0, Qt.AlignmentFlag.AlignTop)
        detail_layout.addLayout(caption_row)
        detail_layout.addWidget(self.tabs, 1)

    def _wire(self) -> None:
        # ---- keyboard: the page is used under time pressure
        self._shortcut("Ctrl+Shift+N", self.new_matter)
        self._shortcut("Ctrl+Shift+A", self.add_client)
        remove = QAction(self.roster)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_clients)
        self.roster.addAction(remove)

        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.roster.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        self.roster.doubleClicked.connect(self._open_client)
        self.roster.activated.connect(self._open_client)
        self.orders.doubleClicked.connect(self._open_order)
        self.orders.activated.connect(self._open_order)
        # Edit / remove / copy (issue 11): the matters list edits on double-click; the
        # orders listed here open on double-click and edit from the menu.
        attach(self, self.table, self.services, self.bus, "matter")
        attach(self, self.orders, self.services, self.bus, "order", edit_on_activate=False)
        attach(
            self,
            self.roster,
            self.services,
            self.bus,
            lambda row: ("party", row.party_id) if row.party_id else None,
            edit_on_activate=False,
            delete_key=False,
        )

    def _shortcut(self, keys: str, slot: object) -> None:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)

    def title(self) -> str:
        return self.tr("Matters")

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Reload the list (cheap: counts come from two grouped queries), keeping selection."""
        keep = self.current_matter_id()
        self._loaded = True
        self.model.set_rows(self.services.matters.summaries())
        self.list_stack.setCurrentWidget(self.empty if self.model.rowCount() == 0 else self.table)
        row = self.model.find(keep) if keep is not None else -1
        if row < 0 and self.model.rowCount():
            row = 0
        if row >= 0:
            self._select_row(row)
        else:
            self._show_selected()

    def _select_row(self, row: int) -> None:
        index = self.model.index(row, COL_TITLE)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)
        self._show_selected()

    def current_matter_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.rowCount() == 0:
            return None
        return self.model.key(self.model.row(index.row()))

    def current_matter(self) -> MatterSummary | None:
        index = self.table.currentIndex()
        return self.model.row(index.row()) if index.isValid() else None

    def _show_selected(self) -> None:
        matter = self.current_matter()
        self.detail.setEnabled(matter is not None)
        if matter is None:
            self.caption.setText(self.tr("Select a matter to see its people and orders."))
            self.roster_model.show_matter(None)
            self.orders_model.set_rows([])
            self.hearings.show_matter(None)
            self._update_buttons()
            return
        if self.roster_model.matter_id != matter.id:
            self.roster_model.show_matter(matter.id)
        else:
            self.roster_model.refresh()
        self.caption.setText(self._caption(matter))
        self.tabs.setTabText(0, self.tr("People (%1)").replace("%1", f"{matter.people:,}"))
        self.tabs.setTabText(1, self.tr("Orders (%1)").replace("%1", str(matter.orders)))
        self._load_orders(matter.id)
        hearings = self.hearings.show_matter(matter.id)  # a handful: read in place
        self.tabs.setTabText(2, self.tr("Hearings (%1)").replace("%1", str(hearings)))
        self._update_buttons()

    def _caption(self, matter: MatterSummary) -> str:
        parts = [tr_label(MatterKind(matter.kind)), f"{matter.court} {matter.docket}"]
        if matter.judge:
            parts.append(matter.judge)  # stored with its title ("Chief Judge ...")
        text = f"<h3>{escape(matter.title)}</h3>{escape(' · '.join(parts))}"
        if matter.description:
            text += f"<br/><i>{escape(matter.description)}</i>"
        return text

    def _load_orders(self, matter_id: int) -> None:
        """Orders come with overdue counts, which cost a query per obligation over the
        whole roster: read them on a worker; an answer for another matter is dropped."""

        def done(rows: list[OrderSummary]) -> None:
            self.orders_model.set_rows(rows)
            overdue = sum(1 for r in rows if r.overdue_obligations)
            label = self.tr("Orders (%1)").replace("%1", str(len(rows)))
            if overdue:
                label += " " + self.tr("— %1 overdue").replace("%1", str(overdue))
            self.tabs.setTabText(1, label)
            self.tabs.tabBar().setTabTextColor(1, QColor(OVERDUE_COLOUR) if overdue else QColor())

        self.reads.start(
            "orders",
            lambda: self.services.orders.list_summaries(matter_id=matter_id),
            done,
            self.tr("Reading the matter's orders…"),
        )

    @property
    def busy(self) -> bool:
        """True while a background read started by this page may still arrive."""
        return self.reads.busy

    def _update_buttons(self) -> None:
        has_matter = self.current_matter() is not None
        self.add_button.setEnabled(has_matter)
        self.brief_button.setEnabled(has_matter)
        self.remove_button.setEnabled(bool(self.roster.selectionModel().selectedRows()))

    # ------------------------------------------------------------------ page API
    def show_item(self, key: object) -> None:
        if not self._loaded:
            self.reload()
        row = self.model.find(int(key))  # type: ignore[call-overload]
        if row >= 0:
            self._select_row(row)

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if not self._loaded:
            return  # loaded fresh when first shown
        if changes.everything or changes.matters or changes.orders or changes.clients:
            self.reload()
        elif changes.obligations:
            matter_id = self.current_matter_id()
            if matter_id is not None:
                self._load_orders(matter_id)

    def print_brief(self) -> None:
        matter_id = self.current_matter_id()
        if matter_id is None:
            QMessageBox.information(self, "casedesk", self.tr("Select a matter first."))
            return
        # Imported when used: the PDF preview stays off the start-up path.
        from casedesk.ui.briefs.dialog import open_brief_dialog  # noqa: PLC0415

        open_brief_dialog(self, self.services, "matter", matter_id)

    # ------------------------------------------------------------------ actions
    def new_matter(self) -> None:
        dialog = NewMatterDialog(self.services, self)
        if dialog.exec() and dialog.changes is not None:
            self.bus.announce(dialog.changes, self)
            if dialog.changes.new_id is not None:
                self.show_item(dialog.changes.new_id)

    def add_client(self) -> None:
        matter_id = self.current_matter_id()
        if matter_id is None:
            return
        dialog = AddClientDialog(self.services, matter_id, self)
        if dialog.exec() and dialog.changes is not None:
            self.bus.announce(dialog.changes, self)

    def selected_client_ids(self) -> list[int]:
        return [
            self.roster_model.key(self.roster_model.row(i.row())) for i in self._selected_rows()
        ]

    def remove_clients(self) -> None:
        matter_id = self.current_matter_id()
        ids = self.selected_client_ids()
        if matter_id is None or not ids:
            return
        matter = self.current_matter()
        assert matter is not None
        names = [self.roster_model.row(i.row()).display_name for i in self._selected_rows()]
        who = names[0] if len(names) == 1 else self.tr("%1 people").replace("%1", str(len(names)))
        answer = QMessageBox.question(
            self,
            self.tr("Remove from matter"),
            self.tr(
                "Remove %1 from “%2”?\n\nTheir client record stays; obligations of this "
                "matter's orders will no longer bind them."
            )
            .replace("%1", who)
            .replace("%2", matter.title),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return

        def unlink_all() -> Changes:
            changes = Changes()
            for client_id in ids:
                changes = changes | self.services.matters.unlink(client_id, matter_id)
            return changes

        mutate(self, self.bus, unlink_all, initiator=self)

    def _selected_rows(self) -> list[QModelIndex]:
        return self.roster.selectionModel().selectedRows(ROSTER_NAME)

    def _open_client(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate.emit("client", self.roster_model.data(index, KEY_ROLE))

    def _open_order(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate.emit("order", self.orders_model.data(index, KEY_ROLE))
