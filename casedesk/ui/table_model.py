"""The one base of the GUI's table models.

Every table in casedesk shows View objects (never ORM rows) under a tuple of headers;
the guards Qt needs (``parent.isValid()`` for a flat table, rows and sections in range)
and the paired ``beginResetModel``/``endResetModel`` around a new list live here once,
so each feature's model only says what a row shows (``cell``) and how it looks
(``style``).
"""

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex

#: The record id a row stands for (client id, order id...), for selection and navigation.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
#: The View object behind a row (any column). Well above the roles feature models
#: define for themselves (UserRole + 1, + 2), so none of them collides with it.
ROW_ROLE = Qt.ItemDataRole.UserRole + 16


class BaseTableModel(QAbstractTableModel):
    """A flat, read-only table over ``self._rows`` under ``self.headers``.

    Subclasses override ``cell`` (the text of one column of one row) and, when they
    colour or align, ``style``; models with a different shape of ``data`` may override
    it and still use ``row_for`` for the guards.
    """

    def __init__(self, headers: Sequence[str] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers: tuple[str, ...] = tuple(headers)
        self._rows: list[Any] = []

    # ------------------------------------------------------------------ rows
    def set_rows(self, rows: Sequence[Any]) -> None:
        """Replace every row at once (one reset, so views keep a consistent state)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, number: int) -> Any:
        """The View object in row ``number``, or None when there is no such row."""
        return self._rows[number] if 0 <= number < len(self._rows) else None

    def row_for(self, index: Index) -> Any:
        """The View object behind ``index``, or None for an invalid or stale index."""
        if (
            not index.isValid()
            or not 0 <= index.row() < len(self._rows)
            or not 0 <= index.column() < len(self.headers)
        ):
            return None
        return self._rows[index.row()]

    def key(self, row: Any) -> int:
        """The record id a row stands for; subclasses name another attribute if needed."""
        return int(row.id)

    def find(self, key: int) -> int:
        """Row number holding ``key`` among the rows loaded, or -1."""
        for number, row in enumerate(self._rows):
            if self.key(row) == key:
                return number
        return -1

    # ------------------------------------------------------------------ what rows show
    def cell(self, row: Any, column: int) -> str | None:
        """The text of ``column`` for ``row``."""
        raise NotImplementedError

    def style(self, row: Any, column: int, role: int) -> object:
        """Colours, fonts, alignment, tooltips; none by default."""
        return None

    def header_tooltip(self, section: int) -> str | None:
        return None

    # ------------------------------------------------------------------ Qt model API
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.headers)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.headers):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.header_tooltip(section)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        row = self.row_for(index)
        if row is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cell(row, index.column())
        if role == ROW_ROLE:
            return row
        return self.style(row, index.column(), role)
