"""Edit, remove and copy on any table of entries, the same way everywhere.

``EntryActions`` attaches to a ``QTableView`` over a ``BaseTableModel``: double-click or
Enter edits the entry under the cursor (in the form that adds it, prefilled), Delete asks
for a reason and moves it to the Trash, Ctrl+C copies the row, and a right-click offers
the three. Each page says which kind of entry a row is and which id it has; the change
goes out on the bus like every other one, so views refresh through the one path.
"""

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPoint, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QMenu, QWidget
from shiboken6 import isValid

from casedesk.domain.errors import CasedeskError
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.entries.editors import open_editor
from casedesk.ui.entries.remove import RemoveDialog
from casedesk.ui.errors import show_error
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.table_model import BaseTableModel

#: (kind, entry id) of a row, or None when the row cannot be edited (e.g. no record yet).
Target = Callable[[Any], tuple[str, int] | None]


class EntryActions(QObject):
    """The edit / remove / copy behaviour of one table of entries."""

    def __init__(
        self,
        table: QAbstractItemView,
        services: Services,
        bus: Bus,
        target: Target | str,
        *,
        edit_on_activate: bool = True,
        extra: list[QAction] | None = None,
        row_at: Callable[[int], Any] | None = None,
        delete_key: bool = True,
    ) -> None:
        super().__init__(table)
        self.table = table
        self.services = services
        self.bus = bus
        kind = target
        #: The View object (or value) of row n; a table's model row by default.
        self.row_at: Callable[[int], Any] = row_at or self._model_row
        self.target: Target = (
            (lambda row: (kind, int(row.id)) if row is not None else None)
            if isinstance(kind, str)
            else kind
        )
        #: The form or prompt opened last (tests drive it like a person would).
        self.active_dialog: FormDialog | None = None
        # Enter and double-click arrive as ``activated`` (below); F2 edits on every table,
        # including those where Enter opens the record elsewhere.
        self.edit_action = self._action(self.tr("&Edit…"), "F2", self.edit_current)
        # A table whose Delete key already means something else (a roster's "take off
        # this matter") keeps it; Remove stays in its menu.
        self.remove_action = self._action(
            self.tr("&Remove…"),
            QKeySequence.StandardKey.Delete if delete_key else None,
            self.remove_current,
        )
        self.copy_action = self._action(
            self.tr("&Copy"), QKeySequence.StandardKey.Copy, self.copy_current
        )
        self.extra = extra or []
        if edit_on_activate:
            # ``activated`` is a double-click or Enter, as the platform defines them.
            table.activated.connect(lambda _index: self.edit_current())
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self.show_menu)
        # After an edit the tab reloads its rows; the same entry stays selected, so the
        # next key (Delete, Enter) acts on what the person was looking at.
        self._kept: tuple[str, int] | None = None
        self.model.modelAboutToBeReset.connect(self._remember)
        self.model.modelReset.connect(self._reselect)

    def _action(self, text: str, keys: object, slot: Callable[[], object]) -> QAction:
        action = QAction(text, self.table)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))  # type: ignore[call-overload]
        # Only while the table has focus: Delete in a text field deletes text.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.table.addAction(action)
        return action

    # ------------------------------------------------------------------ rows
    @property
    def model(self) -> QAbstractItemModel:
        return self.table.model()

    def _model_row(self, number: int) -> Any:
        model = self.model
        return model.row_at(number) if isinstance(model, BaseTableModel) else None

    def current_row(self) -> Any:
        index = self.table.currentIndex()
        if not index.isValid():
            rows = self.table.selectionModel().selectedRows()
            index = rows[0] if rows else QModelIndex()
        return self.row_at(index.row()) if index.isValid() else None

    def current_target(self) -> tuple[str, int] | None:
        row = self.current_row()
        return self.target(row) if row is not None else None

    def _remember(self) -> None:
        # The model can outlive its table (a detail pane rebuilt while a refresh from a
        # colleague's change resets the model): nothing to remember then.
        self._kept = self.current_target() if isValid(self.table) else None

    def _reselect(self) -> None:
        kept, self._kept = self._kept, None
        if kept is None or not isValid(self.table):
            return
        model = self.model
        for number in range(model.rowCount()):
            row = self.row_at(number)
            if row is not None and self.target(row) == kept:
                self.table.setCurrentIndex(model.index(number, 0))
                return

    # ------------------------------------------------------------------ actions
    def edit_current(self) -> FormDialog | None:
        found = self.current_target()
        if found is None:
            return None
        kind, entry_id = found
        self.active_dialog = open_editor(self.table, self.services, self.bus, kind, entry_id)
        return self.active_dialog

    def remove_current(self) -> FormDialog | None:
        found = self.current_target()
        if found is None:
            return None
        kind, entry_id = found
        try:
            entry = self.services.records.get(kind, entry_id)
        except CasedeskError as exc:
            show_error(self.table, exc)
            return None
        records = self.services.records
        dialog = RemoveDialog(
            entry.label,
            lambda reason: records.remove(kind, entry_id, reason, expected_version=entry.version),
            self.bus,
            self.table,
        )
        self.active_dialog = dialog
        dialog.open()
        return dialog

    def copy_current(self) -> str:
        """The selected row's cells, tab-separated (pastes into a sheet or an e-mail)."""
        index = self.table.currentIndex()
        if not index.isValid():
            return ""
        model = self.model
        hidden = getattr(self.table, "isColumnHidden", lambda _column: False)
        cells = [
            str(model.data(model.index(index.row(), column)) or "")
            for column in range(model.columnCount())
            if not hidden(column)
        ]
        text = "\t".join(cells)
        QGuiApplication.clipboard().setText(text)
        return text

    def menu(self) -> QMenu:
        menu = QMenu(self.table)
        editable = self.current_target() is not None
        for action in (self.edit_action, self.remove_action):
            action.setEnabled(editable)
            menu.addAction(action)
        menu.addAction(self.copy_action)
        if self.extra:
            menu.addSeparator()
            for action in self.extra:
                menu.addAction(action)
        return menu

    def show_menu(self, point: QPoint) -> None:
        if not self.table.indexAt(point).isValid():
            return
        menu = self.menu()
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.table.viewport().mapToGlobal(point))


def attach(
    owner: QWidget,
    table: QAbstractItemView,
    services: Services,
    bus: Bus,
    target: Target | str,
    **options: Any,
) -> EntryActions:
    """Wire ``table`` and keep the wiring on ``owner`` (``owner.entry_actions``)."""
    actions = EntryActions(table, services, bus, target, **options)
    found: list[EntryActions] = getattr(owner, "entry_actions", [])
    found.append(actions)
    owner.entry_actions = found  # type: ignore[attr-defined]
    return actions
