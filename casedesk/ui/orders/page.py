"""The Orders & compliance page: every order with its overdue count; for the selected
order its status history, its obligations with a live countdown, and per-person
compliance for the selected obligation (paged: a class-wide order binds thousands).

Overdue counts cost a query per obligation over the bound roster, so the list and the
order detail are read on a worker; compliance pages are small and read on demand.
"""

from datetime import datetime
from html import escape

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.enums import OrderKind, OrderStatus
from casedesk.services.orders import ObligationSummary, OrderSummary
from casedesk.services.registry import Services
from casedesk.services.schemas import OrderStatusView
from casedesk.ui.bus import Bus
from casedesk.ui.entries.actions import attach
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.form import FormDialog
from casedesk.ui.matters.loading import BackgroundReads
from casedesk.ui.matters.paged import KEY_ROLE
from casedesk.ui.orders.countdown import OVERDUE_COLOUR
from casedesk.ui.orders.dialogs import (
    AddObligationDialog,
    ChangeStatusDialog,
    NewOrderDialog,
    RecordComplianceDialog,
)
from casedesk.ui.orders.model import (
    COMP_NAME,
    OB_TEXT,
    ComplianceModel,
    HistoryModel,
    ObligationModel,
    OrderListModel,
)
from casedesk.ui.pages import Page
from casedesk.ui.widgets import caption_label, make_table, titled_list

TICK_MS = 60_000
Detail = tuple[OrderSummary, list[OrderStatusView], list[ObligationSummary]]


class OrdersPage(Page):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self._loaded = False
        self._want: int | None = None  # an order asked for before the list arrived
        self._order: OrderSummary | None = None
        self._compliance_for: int | None = None  # obligation the compliance table shows
        self.reads = BackgroundReads(self)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_obligations())
        splitter.addWidget(self._build_tabs())
        splitter.setChildrenCollapsible(False)
        # The orders list first, the obligations (usually a handful) smallest.
        splitter.setSizes([230, 200, 330])
        QVBoxLayout(self).addWidget(splitter)
        self.timer = QTimer(self, interval=TICK_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        self._wire()
        self._show_order(None)

    # ------------------------------------------------------------------ building
    def _build_list(self) -> QWidget:
        self.model = OrderListModel()
        self.table = make_table(self.model)
        for column, width in enumerate((280, 170, 140, 85, 85, 85)):
            self.table.setColumnWidth(column, width)
        self.new_button = QPushButton(self.tr("&New order…"))
        self.new_button.clicked.connect(self.new_order)
        box, self.list_stack, self.empty = titled_list(
            self.tr("Orders & compliance"),
            self.table,
            self.tr(
                "No orders yet. Click “New order…” to record a court order; open the "
                "matter it belongs to first on the Matters page."
            ),
            self.new_button,
        )
        return box

    def _build_obligations(self) -> QWidget:
        self.caption = caption_label()
        self.status_button = QPushButton(self.tr("C&hange status…"))
        self.obligation_button = QPushButton(self.tr("Add &obligation…"))
        self.brief_button = QPushButton(self.tr("&Print brief…"))
        self.status_button.clicked.connect(self.change_status)
        self.obligation_button.clicked.connect(self.add_obligation)
        self.brief_button.clicked.connect(self.print_brief)
        self.obligations_model = ObligationModel(self.services.ctx.now, self.services.ctx.zone)
        self.obligations = make_table(self.obligations_model)
        for column, width in enumerate((380, 120, 150, 150)):
            self.obligations.setColumnWidth(column, width)
        self.detail = QWidget()
        layout = QVBoxLayout(self.detail)
        layout.setContentsMargins(0, 0, 0, 0)
        top = QHBoxLayout()
        top.addWidget(self.caption, 1)
        buttons = QVBoxLayout()
        for button in (self.status_button, self.obligation_button, self.brief_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        top.addLayout(buttons)
        layout.addLayout(top)
        layout.addWidget(self.obligations, 1)
        return self.detail

    def _build_tabs(self) -> QWidget:
        self.compliance_model = ComplianceModel()
        self.compliance = make_table(self.compliance_model, multi=True)
        for column, width in enumerate((260, 130, 380)):
            self.compliance.setColumnWidth(column, width)
        self.compliance_label = QLabel()
        self.compliance_label.setWordWrap(True)
        self.record_button = QPushButton(self.tr("&Record compliance…"))
        self.record_button.clicked.connect(self.record_compliance)
        box = QWidget()
        layout = QVBoxLayout(box)
        row = QHBoxLayout()
        row.addWidget(self.compliance_label, 1)
        row.addWidget(self.record_button)
        layout.addLayout(row)
        layout.addWidget(self.compliance)
        self.history_model = HistoryModel()
        self.history = make_table(self.history_model)
        self.history.setColumnWidth(0, 110)
        self.history.setColumnWidth(1, 130)
        self.history.setColumnWidth(2, 260)
        self.tabs = QTabWidget()
        self.tabs.addTab(box, self.tr("Compliance"))
        self.tabs.addTab(self.history, self.tr("Status history"))
        return self.tabs

    def _wire(self) -> None:
        for keys, slot in (
            ("Ctrl+Shift+O", self.new_order),
            ("Ctrl+Shift+B", self.add_obligation),
            ("Ctrl+Shift+R", self.record_compliance),
        ):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._order_changed())
        self.obligations.selectionModel().currentRowChanged.connect(
            lambda *_: self._obligation_changed()
        )
        self.compliance.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.compliance.doubleClicked.connect(self._open_client)
        self.compliance.activated.connect(self._open_client)
        # Edit / remove / copy (issue 11) on every table of the page.
        services, bus = self.services, self.bus
        attach(self, self.table, services, bus, "order")
        attach(self, self.obligations, services, bus, "obligation")
        attach(self, self.history, services, bus, "order_status")
        attach(
            self,
            self.compliance,
            services,
            bus,
            lambda row: ("compliance", row.record_id) if row.record_id else None,
            edit_on_activate=False,
        )

    def title(self) -> str:
        return self.tr("Orders & compliance")

    # ------------------------------------------------------------------ loading
    @property
    def busy(self) -> bool:
        return self.reads.busy

    def activate(self) -> None:
        if not self._loaded:
            self.reload()

    def reload(self) -> None:
        """Re-read the list (on a worker), then the selected order, keeping selection."""
        self._loaded = True
        keep = self._want if self._want is not None else self.current_order_id()
        self.reads.start(
            "list",
            self.services.orders.list_summaries,
            lambda rows: self._list_loaded(rows, keep),
            self.tr("Reading orders and their deadlines…"),
        )

    def _list_loaded(self, rows: list[OrderSummary], keep: int | None) -> None:
        if self._want is not None:
            keep = self._want
        self._want = None
        self.model.set_rows(rows)
        self.list_stack.setCurrentWidget(self.table if rows else self.empty)
        row = self.model.find(keep) if keep is not None else -1
        if row < 0 and rows:
            row = 0
        if row >= 0:
            index = self.model.index(row, 0)
            self.table.selectionModel().setCurrentIndex(
                index,
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
            self.table.scrollTo(index)
        self._order_changed()

    def current_order_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or self.model.rowCount() == 0:
            return None
        return self.model.key(self.model.row(index.row()))

    def _order_changed(self) -> None:
        order_id = self.current_order_id()
        if order_id is None:
            self._show_order(None)
            return

        def read() -> Detail:
            orders = self.services.orders
            return (
                orders.summary(order_id),
                orders.history(order_id),
                orders.obligation_summaries(order_id),
            )

        self.reads.start("detail", read, self._detail_loaded, self.tr("Reading the order…"))

    def _detail_loaded(self, detail: Detail) -> None:
        summary, history, obligations = detail
        keep = self.current_obligation()
        self._show_order(summary)
        self.history_model.set_rows(history)
        self.obligations_model.set_rows(obligations)
        self.tabs.setTabText(1, self.tr("Status history (%1)").replace("%1", str(len(history))))
        row = self.obligations_model.find(keep.id) if keep is not None else -1
        if row < 0 and obligations:
            row = 0
        if row >= 0:
            self.obligations.selectionModel().setCurrentIndex(
                self.obligations_model.index(row, OB_TEXT),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        self._obligation_changed()

    def _show_order(self, order: OrderSummary | None) -> None:
        self._order = order
        self.detail.setEnabled(order is not None)
        self.tabs.setEnabled(order is not None)
        if order is None:
            self.caption.setText(self.tr("Select an order to see its obligations and compliance."))
            self.history_model.set_rows([])
            self.obligations_model.set_rows([])
            self._obligation_changed()
            return
        parts = [
            tr_label(OrderKind(order.kind)),
            self.tr("issued %1").replace("%1", order.issued_at[:10]),
            f"{order.matter_title} ({order.court} {order.docket})",
        ]
        if order.judge:
            parts.append(order.judge)
        status = tr_label(OrderStatus(order.status))
        text = (
            f"<h3>{escape(order.title)}</h3>{escape(' · '.join(parts))}<br/>"
            f"{escape(self.tr('Status:'))} <b>{escape(status)}</b>"
        )
        if order.overdue_obligations:
            overdue = self.tr("%1 obligation(s) overdue").replace(
                "%1", str(order.overdue_obligations)
            )
            text += f" · <b style='color:{OVERDUE_COLOUR}'>{escape(overdue)}</b>"
        if order.summary:
            text += f"<br/><i>{escape(order.summary)}</i>"
        self.caption.setText(text)

    def current_obligation(self) -> ObligationSummary | None:
        index = self.obligations.currentIndex()
        if not index.isValid() or self.obligations_model.rowCount() == 0:
            return None
        return self.obligations_model.row(index.row())

    def _obligation_changed(self) -> None:
        ob = self.current_obligation()
        if ob is None:
            self.compliance_model.set_fetch(None)
            self._compliance_for = None
            self.compliance_label.setText(
                self.tr(
                    "No obligations yet. Click “Add obligation…” to record what the order requires."
                )
                if self._order is not None
                else ""
            )
            self.tabs.setTabText(0, self.tr("Compliance"))
            self.tabs.tabBar().setTabTextColor(0, QColor())
            self._buttons()
            return
        self.compliance_model.past_due = ob.overdue
        ob_id = ob.id

        def fetch(offset: int, limit: int) -> tuple[list, int]:
            page = self.services.orders.compliance_page(ob_id, offset=offset, limit=limit)
            return page.rows, page.total

        if self._compliance_for == ob_id:
            self.compliance_model.refresh()
        else:
            self.compliance_model.set_fetch(fetch)
        self._compliance_for = ob_id
        summary = self.tr("%1 of %2 complied with “%3”.")
        summary = (
            summary.replace("%1", f"{ob.complied:,}")
            .replace("%2", f"{ob.bound:,}")
            .replace("%3", ob.text if len(ob.text) < 80 else ob.text[:77] + "…")
        )
        self.compliance_label.setText(summary)
        self.tabs.setTabText(0, self.tr("Compliance (%1 open)").replace("%1", f"{ob.open:,}"))
        self.tabs.tabBar().setTabTextColor(0, QColor(OVERDUE_COLOUR) if ob.overdue else QColor())
        self._buttons()

    def _buttons(self) -> None:
        has_order = self._order is not None
        for button in (self.status_button, self.obligation_button, self.brief_button):
            button.setEnabled(has_order)
        ob = self.current_obligation()
        whole = ob is not None and ob.bound == 0  # met as a whole: nobody to select
        self.record_button.setEnabled(
            whole or bool(self.compliance.selectionModel().selectedRows())
        )

    def tick(self) -> None:
        """Every minute: countdowns move on; a deadline that just passed refreshes counts."""
        self.obligations_model.tick()
        crossed = any(
            row.bound > row.complied and not row.overdue and self._now_past(row.due_at)
            for row in (
                self.obligations_model.row(i) for i in range(self.obligations_model.rowCount())
            )
        )
        if crossed and not self.busy:
            self.reload()

    def _now_past(self, due_at: str) -> bool:
        return datetime.fromisoformat(due_at) <= self.services.ctx.now()

    # ------------------------------------------------------------------ page API
    def show_item(self, key: object) -> None:
        order_id = int(str(key))
        row = self.model.find(order_id)
        if row >= 0 and self._loaded:
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
            return
        self._want = order_id
        self.reload()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        if not self._loaded:
            return  # read fresh when first shown
        if (
            changes.everything
            or changes.orders
            or changes.obligations
            or changes.matters
            or changes.clients
        ):
            self.reload()

    def print_brief(self) -> None:
        order_id = self.current_order_id()
        if order_id is None:
            QMessageBox.information(self, "casedesk", self.tr("Select an order first."))
            return
        # Imported when used: the PDF preview stays off the start-up path.
        from casedesk.ui.briefs.dialog import open_brief_dialog  # noqa: PLC0415

        open_brief_dialog(self, self.services, "order", order_id)

    # ------------------------------------------------------------------ actions
    def _run(self, dialog: FormDialog) -> Changes | None:
        """Show a form dialog; announce what it changed."""
        if dialog.exec() and dialog.changes is not None:
            self.bus.announce(dialog.changes, self)
            return dialog.changes
        return None

    def new_order(self) -> None:
        matters = self.services.matters.summaries()
        current = self._order.matter_id if self._order is not None else None
        changes = self._run(NewOrderDialog(self.services, matters, current, self))
        if changes is not None and changes.new_id is not None:
            self.show_item(changes.new_id)

    def add_obligation(self) -> None:
        if self._order is None:
            return
        roster = self.services.matters.roster(self._order.matter_id, limit=1).total
        self._run(AddObligationDialog(self.services, self._order.id, roster, self))

    def change_status(self) -> None:
        if self._order is None:
            return
        self._run(ChangeStatusDialog(self.services, self._order.id, self._order.status, self))

    def selected_people(self) -> list[tuple[int, str]]:
        rows = self.compliance.selectionModel().selectedRows(COMP_NAME)
        chosen = [self.compliance_model.row(i.row()) for i in sorted(rows, key=lambda i: i.row())]
        return [(c.client_id, c.display_name) for c in chosen]

    def record_compliance(self) -> None:
        ob = self.current_obligation()
        people = self.selected_people()
        if ob is not None and ob.bound == 0:
            self._run(RecordComplianceDialog(self.services, ob.id, [], self))
            return
        if ob is None or not people:
            QMessageBox.information(
                self, "casedesk", self.tr("Select one or more people in the compliance table.")
            )
            return
        self._run(RecordComplianceDialog(self.services, ob.id, people, self))

    def _open_client(self, index: QModelIndex) -> None:
        if index.isValid():
            self.navigate.emit("client", self.compliance_model.data(index, KEY_ROLE))
