"""A table model that fetches its rows a page at a time from a service call.

A class roster can hold tens of thousands of people; the view asks for more rows only
as it scrolls (``canFetchMore``/``fetchMore``), and ``data()`` is served from the View
objects already fetched. Subclasses say what each column shows.
"""

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, Qt

from casedesk.ui.table_model import KEY_ROLE, BaseTableModel, Index

#: (offset, limit) -> (rows, total)
Fetch = Callable[[int, int], tuple[Sequence[Any], int]]

PAGE = 200
#: Most rows one service call may return (the services refuse larger pages).
MAX_CALL = 1000

__all__ = ["KEY_ROLE", "PAGE", "PagedTableModel"]


class PagedTableModel(BaseTableModel):
    """Rows are View objects; ``fetch(offset, limit)`` returns a page and the total."""

    def __init__(self, headers: tuple[str, ...]) -> None:
        super().__init__(headers)
        self._total = 0
        self._fetch: Fetch | None = None

    # ------------------------------------------------------------------ loading
    def set_fetch(self, fetch: Fetch | None) -> None:
        """Show another source (None: empty) starting from its first page."""
        self.beginResetModel()
        self._fetch = fetch
        self._rows, self._total = [], 0
        if fetch is not None:
            rows, self._total = fetch(0, PAGE)
            self._rows = list(rows)
        self.endResetModel()

    def set_rows(self, rows: Sequence[Any]) -> None:
        """Show a complete list loaded elsewhere (e.g. on a worker thread)."""
        self.beginResetModel()
        self._fetch = None
        self._rows, self._total = list(rows), len(rows)
        self.endResetModel()

    def refresh(self) -> None:
        """Reload as many rows as are loaded now (so the scroll position survives)."""
        if self._fetch is None:
            return
        wanted = max(len(self._rows), PAGE)
        rows: list[Any] = []
        total = 0
        while len(rows) < wanted:
            page, total = self._fetch(len(rows), min(MAX_CALL, wanted - len(rows)))
            rows.extend(page)
            if not page or len(rows) >= total:
                break
        self.beginResetModel()
        self._rows, self._total = rows, total
        self.endResetModel()

    @property
    def total(self) -> int:
        return self._total

    def row(self, number: int) -> Any:
        return self._rows[number]

    # ------------------------------------------------------------------ Qt model
    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._fetch is not None and len(self._rows) < self._total

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent) or self._fetch is None:
            return
        page, total = self._fetch(len(self._rows), PAGE)
        if not page:
            return
        start = len(self._rows)
        self.beginInsertRows(QModelIndex(), start, start + len(page) - 1)
        self._rows.extend(page)
        self._total = total
        self.endInsertRows()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if role == KEY_ROLE:
            row = self.row_for(index)
            return None if row is None else self.key(row)
        return super().data(index, role)

    def cell(self, row: Any, column: int) -> str:
        raise NotImplementedError
