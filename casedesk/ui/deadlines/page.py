"""The Deadlines page: the agenda of overdue and upcoming deadlines and court-order duties.

The agenda is read on a worker (it aggregates compliance per obligation, about half a
second on a 100,000-client store); results that arrive after the period changed again
are dropped by a generation counter.
"""

from datetime import date, timedelta

from PySide6.QtCore import QDate, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.services.deadlines import AgendaItem
from casedesk.services.hearings import with_hearings
from casedesk.services.registry import Services
from casedesk.ui.briefs.dialog import open_brief_dialog
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.dialogs import AddDeadlineDialog
from casedesk.ui.deadlines.model import (
    COL_DUE,
    COL_FOR,
    COL_KIND,
    COL_PEOPLE,
    COL_TITLE,
    COL_WHEN,
    AgendaModel,
)
from casedesk.ui.entries.actions import attach
from casedesk.ui.ops import mutate, run_in_background
from casedesk.ui.pages import Page

PERIODS = (7, 30, 90)  # days ahead offered in the chooser; the last entry is "custom"
DEFAULT_PERIOD = 1  # next 30 days
RELOAD_DELAY_MS = 150


def _qdate(d: date) -> QDate:
    return QDate(d.year, d.month, d.day)


def _pydate(d: QDate) -> date:
    return date(d.year(), d.month(), d.day())


class DeadlinesPage(Page):
    #: Emitted each time a (re)load has been shown, with or without items.
    loaded = Signal()
    #: The item ``show_item`` asked for, selected when the agenda has loaded.
    _want: tuple[str, int] | None = None

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = AgendaModel(self)
        self.model.done_requested.connect(self.set_done)
        self.add_dialog: AddDeadlineDialog | None = None
        self._generation = 0
        self._loaded_once = False
        self._dirty = True
        self._undo: tuple[int, bool, str] | None = None  # (deadline id, done before, title)

        layout = QVBoxLayout(self)
        layout.addLayout(self._build_controls())
        layout.addLayout(self._build_undo_row())
        layout.addWidget(self._build_table(), 1)
        self._build_actions()

        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_DELAY_MS)
        self._reload_timer.timeout.connect(self.reload)
        self.period.currentIndexChanged.connect(self._period_changed)
        self.start_edit.dateChanged.connect(lambda _d: self._schedule())
        self.end_edit.dateChanged.connect(lambda _d: self._schedule())
        self.show_done.toggled.connect(lambda _on: self._schedule())
        self.add_button.clicked.connect(self.add_deadline)
        self.done_button.clicked.connect(self.toggle_selected)
        self.print_button.clicked.connect(self.print_brief)
        self._period_changed()
        self._update_buttons()

    def _build_controls(self) -> QHBoxLayout:
        """The period chooser, the "show done" switch and the action buttons."""
        today = self.services.ctx.today()
        self.period = QComboBox()
        for days in PERIODS:
            self.period.addItem(self.tr("Next %1 days").replace("%1", str(days)), days)
        self.period.addItem(self.tr("Custom period"), None)
        self.period.setCurrentIndex(DEFAULT_PERIOD)
        self.start_edit = QDateEdit(_qdate(today))
        self.end_edit = QDateEdit(_qdate(today + timedelta(days=PERIODS[DEFAULT_PERIOD])))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.show_done = QCheckBox(self.tr("Show &done"))
        self.add_button = QPushButton(self.tr("&Add deadline…"))
        self.done_button = QPushButton(self.tr("&Mark done"))
        self.done_button.setToolTip(self.tr("Mark the selected deadline done or not done (Space)"))
        self.print_button = QPushButton(self.tr("&Print…"))

        controls = QHBoxLayout()
        controls.addWidget(QLabel(self.tr("Show")))
        controls.addWidget(self.period)
        self.from_label = QLabel(self.tr("from"))
        self.to_label = QLabel(self.tr("to"))
        for widget in (self.from_label, self.start_edit, self.to_label, self.end_edit):
            controls.addWidget(widget)
        controls.addWidget(self.show_done)
        controls.addStretch(1)
        for button in (self.add_button, self.done_button, self.print_button):
            controls.addWidget(button)
        return controls

    def _build_undo_row(self) -> QHBoxLayout:
        """The summary ("2 overdue · 5 upcoming") and, after a change, its undo."""
        self.summary = QLabel()
        self.undo_label = QLabel()
        self.undo_button = QPushButton(self.tr("&Undo"))
        self.undo_button.clicked.connect(self.undo)
        undo_row = QHBoxLayout()
        undo_row.addWidget(self.summary)
        undo_row.addStretch(1)
        undo_row.addWidget(self.undo_label)
        undo_row.addWidget(self.undo_button)
        self.undo_label.hide()
        self.undo_button.hide()
        return undo_row

    def _build_table(self) -> QStackedWidget:
        """The agenda table, or the empty state in its place."""
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        for column, width in (
            (COL_WHEN, 170),
            # Room for the court's clock and the user's: "7 Apr 2025 23:59 EDT (= 20:59 PDT here)".
            (COL_DUE, 300),
            (COL_KIND, 120),
            (COL_FOR, 230),
            (COL_PEOPLE, 100),
        ):
            self.table.setColumnWidth(column, width)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)  # Enter opens too
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setObjectName("empty-state")
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        return self.stack

    def _build_actions(self) -> None:
        # Space toggles the selected deadline; the action wins over the view's own key use.
        self.done_action = QAction(self.tr("Mark done"), self.table)
        self.done_action.setShortcut(QKeySequence(Qt.Key.Key_Space))
        self.done_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.done_action.triggered.connect(self.toggle_selected)
        self.table.addAction(self.done_action)
        # Ctrl+Z belongs to the window's Edit ▸ Undo, which undoes a mark done like any
        # other change made in this window; the page keeps its Undo button.
        self.undo_action = QAction(self.tr("Undo"), self)
        self.undo_action.triggered.connect(self.undo)
        self.addAction(self.undo_action)
        # Edit / remove / copy (issue 11); double-click still opens the client or order.
        attach(
            self,
            self.table,
            self.services,
            self.bus,
            lambda item: (item.kind, item.id),
            edit_on_activate=False,
        )

    def title(self) -> str:
        return self.tr("Deadlines")

    # ------------------------------------------------------------------ period
    def period_range(self) -> tuple[date, date]:
        days = self.period.currentData()
        if days is None:
            return _pydate(self.start_edit.date()), _pydate(self.end_edit.date())
        today = self.services.ctx.today()
        return today, today + timedelta(days=int(days))

    def _period_changed(self) -> None:
        custom = self.period.currentData() is None
        for widget in (self.from_label, self.start_edit, self.to_label, self.end_edit):
            widget.setVisible(custom)
        self._schedule()

    def _schedule(self) -> None:
        self._dirty = True
        if self.isVisible():  # a hidden page reloads when it is next shown (activate)
            self._reload_timer.start()

    # ------------------------------------------------------------------ loading
    def activate(self) -> None:
        if self._dirty or not self._loaded_once:
            self.reload()

    def reload(self) -> None:
        """Read the agenda on a worker; the newest request wins."""
        self._reload_timer.stop()
        self._dirty = False
        self._loaded_once = True
        self._generation += 1
        generation = self._generation
        start, end = self.period_range()
        include_done = self.show_done.isChecked()
        if end < start:
            self._show_empty(self.tr("The period ends before it starts: choose a later “to” date."))
            return
        if self.model.rowCount() == 0:
            self.summary.setText(self.tr("Loading the agenda…"))
        deadlines, hearings = self.services.deadlines, self.services.hearings

        def work(_progress: object) -> list[AgendaItem]:
            items = deadlines.agenda(start, end, include_done=include_done)
            # The period's hearings among the lines (appointments: never overdue).
            return with_hearings(items, hearings.calendar(start, end), include_held=include_done)

        def done(items: list[AgendaItem]) -> None:
            if generation == self._generation:
                self._show(items)

        run_in_background(
            self,
            work,
            on_done=done,
            label=self.tr("Reading the agenda…"),
            show_after_ms=2000,  # a short read should not flash a dialog
        )

    def _show(self, items: list[AgendaItem]) -> None:
        current = self.current_item()
        self.model.set_items(items, self.services.ctx.today(), self.services.ctx.zone)
        overdue = self.model.overdue_count
        upcoming = len(items) - overdue
        parts = []
        if overdue:
            parts.append(
                self.tr("<b style='color:#b00020'>%1 overdue</b>").replace("%1", str(overdue))
            )
        parts.append(self.tr("%1 upcoming").replace("%1", str(upcoming)))
        self.summary.setText(" · ".join(parts))
        if not items:
            self._show_empty(self._empty_text())
        else:
            self.stack.setCurrentWidget(self.table)
            want = self._want or ((current.kind, current.id) if current else None)
            self._want = None
            row = self.model.row_of(*want) if want else -1
            self.table.selectRow(max(row, 0))
        self._update_buttons()
        self.loaded.emit()

    def _empty_text(self) -> str:
        days = self.period.currentData()
        if days is not None:
            text = self.tr("No deadlines in the next %1 days.").replace("%1", str(days))
        else:
            start, end = self.period_range()
            text = (
                self.tr("No deadlines from %1 to %2.")
                .replace("%1", start.isoformat())
                .replace("%2", end.isoformat())
            )
        return text + "\n" + self.tr("Nothing is overdue. Add one with “Add deadline…”.")

    def _show_empty(self, text: str) -> None:
        self.empty.setText(text)
        self.stack.setCurrentWidget(self.empty)
        if self.model.rowCount():
            self.model.set_items([], self.services.ctx.today(), self.services.ctx.zone)
        self.summary.setText("")
        self._update_buttons()
        self.loaded.emit()

    def on_changes(self, changes: Changes, initiator: object) -> None:
        # Clients and matters count too: their names are shown on the agenda.
        if changes.everything or any(
            (
                changes.deadlines,
                changes.obligations,
                changes.orders,
                changes.clients,
                changes.matters,
            )
        ):
            self._schedule()

    def show_item(self, key: object) -> None:
        """Select a deadline or obligation: "deadline:5", "obligation:2" or a deadline id."""
        kind, _, ident = str(key).partition(":")
        want = (kind, int(ident)) if ident else ("deadline", int(kind))
        row = self.model.row_of(*want)
        if row >= 0:
            self.table.selectRow(row)
            return
        self._want = want
        self.reload()

    # ------------------------------------------------------------------ actions
    def current_item(self) -> AgendaItem | None:
        index = self.table.currentIndex()
        return self.model.item(index.row()) if index.isValid() else None

    def _update_buttons(self) -> None:
        item = self.current_item()
        can_toggle = item is not None and item.kind == "deadline"
        self.done_button.setEnabled(can_toggle)
        self.done_action.setEnabled(can_toggle)
        if item is not None and item.done:
            self.done_button.setText(self.tr("&Mark not done"))
        else:
            self.done_button.setText(self.tr("&Mark done"))

    def toggle_selected(self) -> None:
        item = self.current_item()
        if item is not None and item.kind == "deadline":
            self.set_done(item.id, not item.done)

    def set_done(self, deadline_id: int, done: bool) -> None:
        # Deadlines and court-order duties share the agenda and their ids overlap: the
        # announcement must name the deadline, not a duty that happens to have its id.
        row = self.model.row_of("deadline", deadline_id)
        item = self.model.item(row)
        title = item.title if item else ""
        changes = mutate(
            self,
            self.bus,
            lambda: self.services.deadlines.set_done(deadline_id, done),
            initiator=self,
        )
        if changes is None:
            return
        self._undo = (deadline_id, not done, title)
        text = self.tr("Marked done: %1") if done else self.tr("Marked not done: %1")
        self.undo_label.setText(text.replace("%1", title))
        self.undo_label.show()
        self.undo_button.show()

    def undo(self) -> None:
        if self._undo is None:
            return
        deadline_id, done, _title = self._undo
        self._undo = None
        self.undo_label.hide()
        self.undo_button.hide()
        mutate(
            self,
            self.bus,
            lambda: self.services.deadlines.set_done(deadline_id, done),
            initiator=self,
        )

    def add_deadline(self) -> None:
        """Open the dialog (window-modal, not blocking) and announce what it added."""
        dialog = AddDeadlineDialog(self.services, self)
        self.add_dialog = dialog

        def finished(result: int) -> None:
            if result == QDialog.DialogCode.Accepted and dialog.changes is not None:
                self.bus.announce(dialog.changes, self)
            self.add_dialog = None
            dialog.deleteLater()

        dialog.finished.connect(finished)
        dialog.open()

    def _open_index(self, index: QModelIndex) -> None:
        item = self.model.item(index.row())
        if item is None:
            return
        if item.kind == "obligation" and item.order_id is not None:
            self.navigate.emit("order", item.order_id)
        elif item.client_id is not None:
            self.navigate.emit("client", item.client_id)
        elif item.matter_id is not None:
            self.navigate.emit("matter", item.matter_id)

    def print_brief(self) -> None:
        start, end = self.period_range()
        open_brief_dialog(self, self.services, "deadlines", None, start=start, end=end)
