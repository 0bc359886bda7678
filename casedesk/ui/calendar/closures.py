"""Tools ▸ Court closures… (``MainWindow._closures``): the days each court was closed, which FRCP 6(a) counts as
legal holidays of that court (a deadline ending on one runs to the next open day).

A small window lists them (court, day, weekday, reason); "Add closure…" opens the one
form dialog (court, day, reason: refused on the field, nothing stored), "Remove…"
forgets the selected one after a question. Each change goes out on the bus: computed
deadlines of that court may move, so every view refreshes.
"""

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.dates import MONTH_ABBREVIATIONS
from casedesk.domain.errors import CasedeskError
from casedesk.services.court_calendar import ClosureView
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.errors import show_error
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.table_model import BaseTableModel
from casedesk.ui.widgets import make_table

COL_COURT, COL_DAY, COL_REASON = range(3)
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


class ClosureModel(BaseTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.headers = (self.tr("Court"), self.tr("Day"), self.tr("Reason"))

    def key(self, row: ClosureView) -> int:
        return hash((row.court, row.day))

    def cell(self, row: ClosureView, column: int) -> str | None:
        if column == COL_COURT:
            return row.court
        if column == COL_DAY:
            day = date.fromisoformat(row.day)
            return f"{WEEKDAYS[day.weekday()]} {day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"
        if column == COL_REASON:
            return row.reason
        return None


class ClosureDialog(FormDialog):
    """Court, day and reason of one closure; the service checks them."""

    def __init__(self, services: Services, parent: QWidget | None = None, court: str = "") -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add court closure"))
        self.services = services
        self.court = self.add_field(
            self.tr("&Court"), "court", QLineEdit(court, placeholderText="e.g. D.D.C., D. Md.")
        )
        self.day = self.add_field(
            self.tr("&Day"), "day", QLineEdit(placeholderText=self.tr("e.g. 2025-01-09"))
        )
        self.reason = self.add_field(
            self.tr("&Reason"), "reason", QLineEdit(placeholderText=self.tr("e.g. snow"))
        )
        self.action = self._add

    def _add(self) -> Changes:
        return self.services.court_calendar.add_closure(
            self.court.text(), self.day.text(), self.reason.text()
        )


class ClosuresWindow(QDialog):
    """The list of recorded closures with Add… and Remove…."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Court closures"))
        self.resize(620, 420)
        self.services = services
        self.bus = bus
        self.model = ClosureModel(self)
        self.table = make_table(self.model)
        for column, width in enumerate((110, 140)):
            self.table.setColumnWidth(column, width)
        self.table.horizontalHeader().setStretchLastSection(True)
        intro = QLabel(
            self.tr(
                "Days a court was closed count as legal holidays of that court: a deadline "
                "computed by FRCP 6(a) that ends on one runs to the next day the court is open."
            )
        )
        intro.setWordWrap(True)
        self.empty = QLabel(self.tr("No closures recorded. Federal holidays are known already."))
        self.empty.setStyleSheet("color: palette(mid);")
        self.add_button = QPushButton(self.tr("&Add closure…"))
        self.remove_button = QPushButton(self.tr("&Remove…"))
        self.add_button.clicked.connect(self.add_closure)
        self.remove_button.clicked.connect(self.remove_selected)
        remove = QAction(self.table)
        remove.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        remove.triggered.connect(self.remove_selected)
        self.table.addAction(remove)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(close)
        #: The add form opened last (tests fill it as a person would).
        self.dialog: ClosureDialog | None = None
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        # A bound slot: Qt drops the connection when this window goes.
        bus.operation_did_execute.connect(self._on_changes)
        self.reload()

    def _on_changes(self, _changes: Changes, _initiator: object) -> None:
        self.reload()

    def reload(self) -> None:
        rows = self.services.court_calendar.closures()
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(self.selected() is not None)

    def selected(self) -> ClosureView | None:
        index = self.table.currentIndex()
        rows = self.table.selectionModel().selectedRows()
        if not rows or not index.isValid():
            return None
        found: ClosureView | None = self.model.row_at(index.row())
        return found

    def add_closure(self) -> None:
        current = self.selected()
        self.dialog = ClosureDialog(self.services, self, current.court if current else "")
        self.dialog.bus = self.bus
        self.dialog.open()

    def remove_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Remove closure"),
            self.tr("Forget that %1 was closed on %2? Deadlines computed over it may move.")
            .replace("%1", row.court)
            .replace("%2", row.day),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            changes = self.services.court_calendar.remove_closure(row.court, row.day)
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.bus.announce(changes, self)


def open_closures(window: QWidget, services: Services, bus: Bus) -> ClosuresWindow:
    """Show ``window``'s closures window (made once, non-modal), freshly read."""
    found = getattr(window, "closures_window", None)
    if not isinstance(found, ClosuresWindow):
        found = ClosuresWindow(services, bus, window)
        window.closures_window = found  # type: ignore[attr-defined]
    found.reload()
    found.show()
    found.raise_()
    return found
