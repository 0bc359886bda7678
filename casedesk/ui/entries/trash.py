"""The Trash: what was removed, by whom, when and why; restore it, or purge it for good.

Removed entries wait here with everything that hung on them. Restore brings them back
whole; Purge destroys the data everywhere in the store (the audit trail keeps that a
purge happened, not what was purged). Backups made before the purge still hold the data,
so the confirmation names them.
"""

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDateTime, QLocale, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.entries.remove import RemoveDialog
from casedesk.ui.errors import show_error
from casedesk.ui.ops import mutate
from casedesk.ui.table_model import BaseTableModel
from casedesk.ui.widgets import make_table

COL_WHEN, COL_KIND, COL_WHAT, COL_REASON, COL_WHO, COL_CONTAINS = range(6)

#: What each kind is called in the Trash (plural forms for "contains").
KIND_NAMES: dict[str, object] = {
    "client": QT_TRANSLATE_NOOP("TrashModel", "Client"),
    "alias": QT_TRANSLATE_NOOP("TrashModel", "Alias"),
    "status": QT_TRANSLATE_NOOP("TrashModel", "Legal status"),
    "custody": QT_TRANSLATE_NOOP("TrashModel", "Whereabouts event"),
    "note": QT_TRANSLATE_NOOP("TrashModel", "Note"),
    "contact": QT_TRANSLATE_NOOP("TrashModel", "Contact"),
    "document": QT_TRANSLATE_NOOP("TrashModel", "Document"),
    "matter": QT_TRANSLATE_NOOP("TrashModel", "Matter"),
    "party": QT_TRANSLATE_NOOP("TrashModel", "Matter link"),
    "order": QT_TRANSLATE_NOOP("TrashModel", "Order"),
    "order_status": QT_TRANSLATE_NOOP("TrashModel", "Order status entry"),
    "obligation": QT_TRANSLATE_NOOP("TrashModel", "Obligation"),
    "compliance": QT_TRANSLATE_NOOP("TrashModel", "Compliance record"),
    "deadline": QT_TRANSLATE_NOOP("TrashModel", "Deadline"),
}


def kind_name(kind: str) -> str:
    text = KIND_NAMES.get(kind)
    return QCoreApplication.translate("TrashModel", str(text)) if text else kind


def moment_text(iso: str) -> str:
    moment = QDateTime.fromString(iso, Qt.DateFormat.ISODate)
    if not moment.isValid():
        return iso[:16].replace("T", " ")
    return QLocale().toString(moment.toLocalTime(), "d MMM yyyy HH:mm")


class TrashModel(BaseTableModel):
    """``TrashRow`` views, newest removal first."""

    def __init__(self) -> None:
        super().__init__()
        self.headers = (
            self.tr("Removed"),
            self.tr("Kind"),
            self.tr("What"),
            self.tr("Reason"),
            self.tr("By"),
            self.tr("Came along"),
        )

    def contains_text(self, row: Any) -> str:
        """What came along with the entry, e.g. "3 × Note, 1 × Legal status"."""
        # ``contains`` counts the entry itself too; "came along" is everything else.
        along = dict(row.contains)
        along[row.kind] = along.get(row.kind, 0) - 1
        parts = [
            f"{count:,} × {kind_name(kind)}"
            for kind, count in sorted(along.items(), key=lambda item: -item[1])
            if count > 0
        ]
        return ", ".join(parts)

    def cell(self, row: Any, column: int) -> str | None:
        if column == COL_WHEN:
            return moment_text(row.removed_at)
        if column == COL_KIND:
            return kind_name(row.kind)
        if column == COL_WHAT:
            return str(row.label)
        if column == COL_REASON:
            return str(row.reason)
        if column == COL_WHO:
            return str(row.removed_by)
        if column == COL_CONTAINS:
            return self.contains_text(row)
        return None

    def style(self, row: Any, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_WHAT, COL_REASON, COL_CONTAINS):
            return self.cell(row, column)
        return None


class TrashDialog(QDialog):
    """A window over the store's Trash, kept in step with every change on the bus."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("trash")
        self.setWindowTitle(self.tr("Trash"))
        self.resize(1180, 480)
        self.services = services
        self.bus = bus
        self.active_dialog: RemoveDialog | None = None
        self.kind = QComboBox()
        self.kind.addItem(self.tr("Everything"), None)
        for kind in KIND_NAMES:
            self.kind.addItem(kind_name(kind), kind)
        self.kind.currentIndexChanged.connect(lambda _i: self.reload())
        self.model = TrashModel()
        self.table = make_table(self.model)
        for column, width in (
            (COL_WHEN, 140),
            (COL_KIND, 120),
            (COL_REASON, 190),
            (COL_WHO, 100),
            (COL_CONTAINS, 330),
        ):
            self.table.setColumnWidth(column, width)
        # "What" takes the room left, so the window never needs a horizontal scroll bar.
        header = self.table.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHAT, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._buttons())
        self.table.activated.connect(lambda _index: self.restore())
        self.empty = QLabel(self.tr("The Trash is empty. Removed entries wait here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.table)
        self.stack.addWidget(self.empty)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(
            self.tr("Put the entry back, with everything that came along (Enter)")
        )
        self.restore_button.clicked.connect(self.restore)
        self.purge_button = QPushButton(self.tr("&Purge…"))
        self.purge_button.setToolTip(self.tr("Destroy the data for good; this cannot be undone"))
        self.purge_button.clicked.connect(self.purge)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.close)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("&Show")))
        top.itemAt(0).widget().setBuddy(self.kind)  # type: ignore[union-attr]
        top.addWidget(self.kind)
        top.addStretch(1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)
        layout.addLayout(buttons)
        bus.operation_did_execute.connect(self._on_changes)
        self.reload()

    # ------------------------------------------------------------------ loading
    def reload(self) -> None:
        try:
            rows = self.services.trash.list(self.kind.currentData())
        except CasedeskError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.stack.setCurrentWidget(self.table if rows else self.empty)
        if rows:
            self.table.selectRow(0)
        self._buttons()

    def _on_changes(self, _changes: Changes, _initiator: object) -> None:
        if self.isVisible():
            self.reload()

    def selected(self) -> Any:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _buttons(self) -> None:
        has = self.selected() is not None
        self.restore_button.setEnabled(has)
        self.purge_button.setEnabled(has)

    # ------------------------------------------------------------------ actions
    def restore(self) -> Changes | None:
        item = self.selected()
        if item is None:
            return None
        changes = mutate(
            self, self.bus, lambda: self.services.trash.restore(item.id), initiator=self
        )
        self.reload()
        return changes

    def purge(self) -> RemoveDialog | None:
        item = self.selected()
        if item is None:
            return None
        try:
            backups = self.services.trash.backups_holding(item.id)
        except CasedeskError as exc:
            show_error(self, exc)
            return None
        text = self.tr(
            "Purge “%1” for good? Its data is destroyed everywhere in this store, with "
            "everything that came along; the history keeps only that a purge happened. "
            "This cannot be undone."
        ).replace("%1", str(item.label))
        if backups:
            names = "\n".join(f"• {path}" for path in backups)
            text += "\n\n" + self.tr(
                "These backups were made before and still hold the data; delete them too "
                "if it must be gone everywhere:\n%1"
            ).replace("%1", names)
        else:
            text += "\n\n" + self.tr("No backup of this store holds the data.")
        trash = self.services.trash
        dialog = RemoveDialog(
            str(item.label),
            lambda reason: trash.purge(item.id, reason),
            self.bus,
            self,
            title=self.tr("Purge for good"),
            explanation=text,
            ok_text=self.tr("Purge for good"),
            initiator=self,
        )
        dialog.setObjectName("purge-dialog")
        dialog.accepted.connect(self.reload)
        self.active_dialog = dialog
        dialog.open()
        return dialog


def open_trash(parent: QWidget, services: Services, bus: Bus) -> TrashDialog:
    """Show the Trash (one window per main window, raised when already open)."""
    found = parent.findChild(TrashDialog, "trash")
    if found is None:
        found = TrashDialog(services, bus, parent)
    found.reload()
    found.show()
    found.raise_()
    found.activateWindow()
    return found
