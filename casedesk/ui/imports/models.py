"""Qt models of the import wizard: the column mapping, the preview of parsed rows and the
list of refused rows.

All three are small (a file's headers, at most a few hundred preview rows, the refusals of
one import), so each holds its rows and serves ``data()`` from precomputed text tuples.
"""

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QColor, QFont

from casedesk.formats.csv_rows import RawRow
from casedesk.formats.mapping import FIELDS, ColumnMapping
from casedesk.services.import_rows import Rejection
from casedesk.ui.table_model import BaseTableModel, Index

#: The casedesk field a mapping row goes to (str, or None for "leave out").
FIELD_ROLE = Qt.ItemDataRole.UserRole + 1
#: The reason a preview cell is refused ("" when the cell is fine).
PROBLEM_ROLE = Qt.ItemDataRole.UserRole + 2

PROBLEM_BACKGROUND = QColor(255, 205, 210)  # light red: dark text stays readable on it
PROBLEM_TEXT = QColor(176, 0, 32)
MUTED_TEXT = QColor(120, 120, 120)


def _t(text: str) -> str:
    return QCoreApplication.translate("ImportFields", text)


def field_label(field: str | None) -> str:
    """A field's English label for the mapping combos ("— leave out —" for None)."""
    labels = {
        "id": _t("casedesk id (from an export)"),
        "given": _t("Given names"),
        "surname": _t("Surname"),
        "second_surname": _t("Second surname"),
        "full_name": _t("Full name (one column)"),
        "description": _t("Description of an unidentified person"),
        "a_number": _t("A-Number"),
        "dob": _t("Date of birth"),
        "nationality": _t("Nationality"),
        "languages": _t("Languages"),
        "tags": _t("Tags"),
        "status": _t("Legal status"),
        "status_date": _t("Date of the legal status"),
        "status_country": _t("Country of the status (withholding, CAT)"),
        "whereabouts": _t("Whereabouts"),
        "whereabouts_date": _t("Date of the whereabouts"),
        "place": _t("Place (facility, prison)"),
        "country": _t("Country where the person is"),
        "source": _t("Source of the information"),
        "note": _t("Note"),
    }
    if field is None:
        return _t("— leave out —")
    return labels.get(field, field)


def field_choices() -> list[tuple[str, str | None]]:
    """(label, field) for every combo entry, "leave out" first, then the export's order."""
    return [(field_label(None), None), *((field_label(f), f) for f in FIELDS)]


class _TextModel(BaseTableModel):
    """A read-only table served from ``self._cells`` (its rows: one text tuple each);
    subclasses add their roles."""

    @property
    def _cells(self) -> list[tuple[str, ...]]:
        return self._rows

    @_cells.setter
    def _cells(self, cells: list[tuple[str, ...]]) -> None:
        self._rows = cells

    def text(self, row: int, column: int) -> str:
        return self._cells[row][column]

    def _valid(self, index: Index) -> bool:
        return self.row_for(index) is not None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if self._valid(index) and role == Qt.ItemDataRole.DisplayRole:
            return self._cells[index.row()][index.column()]
        return None


COL_HEADER, COL_EXAMPLE, COL_FIELD, COL_NOTE = range(4)


class MappingModel(_TextModel):
    """One row per column of the file: its header, an example value, its field, a note.

    The field column is edited through a combo the page puts over each cell; the model only
    shows the mapping it is given (``set_mapping``), so one place owns the choice.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Column in the file"),
                self.tr("Example"),
                self.tr("Goes into"),
                self.tr("Note"),
            ),
            parent,
        )
        self._fields: list[str | None] = []

    def load(self, headers: list[str], examples: dict[str, str], mapping: ColumnMapping) -> None:
        self.beginResetModel()
        self._cells = [self._row(h, examples.get(h, ""), mapping) for h in headers]
        self._fields = [mapping.columns.get(h) for h in headers]
        self.endResetModel()

    def set_mapping(self, mapping: ColumnMapping) -> None:
        """Show a changed mapping for the same headers (keeps the combos in place)."""
        for row, cells in enumerate(self._cells):
            self._cells[row] = self._row(cells[COL_HEADER], cells[COL_EXAMPLE], mapping)
            self._fields[row] = mapping.columns.get(cells[COL_HEADER])
        if self._cells:
            self.dataChanged.emit(
                self.index(0, COL_FIELD), self.index(len(self._cells) - 1, COL_NOTE)
            )

    def header_at(self, row: int) -> str:
        return self._cells[row][COL_HEADER]

    def _row(self, header: str, example: str, mapping: ColumnMapping) -> tuple[str, ...]:
        target = mapping.columns.get(header)
        return (header, example, field_label(target), mapping.notes.get(header, ""))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        if role == FIELD_ROLE:
            return self._fields[index.row()]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (COL_EXAMPLE, COL_NOTE):
            return self._cells[index.row()][index.column()] or None
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == COL_NOTE:
            return MUTED_TEXT
        return super().data(index, role)


COL_LINE = 0


class PreviewModel(_TextModel):
    """The first rows of the file as read, problem cells in red with the reason as tooltip.

    Columns: the file's line number, every header of the file (columns left out of the
    mapping in grey), a column summing up the row's problems, and what the import will
    do with the row ("new client", or an update of a stored client with each change
    old → new).
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((), parent)
        self._problems: list[dict[int, str]] = []
        self._mapped: set[int] = set()

    def load(
        self,
        headers: list[str],
        mapped: set[str],
        rows: list[tuple[RawRow, list[Rejection]]],
        outcomes: list[str] | None = None,
    ) -> None:
        self.beginResetModel()
        self.headers = (self.tr("Row"), *headers, self.tr("Problems"), self.tr("Import as"))
        self._mapped = {i + 1 for i, h in enumerate(headers) if h in mapped}
        last = len(self.headers) - 2  # the Problems column
        self._cells, self._problems = [], []
        for index, (raw, problems) in enumerate(rows):
            by_column: dict[int, list[str]] = {}
            for problem in problems:
                # A problem named after a field the file lacks (or "beyond the last
                # column") has no cell of its own: it shows in the Problems column only.
                column = headers.index(problem.column) + 1 if problem.column in headers else last
                by_column.setdefault(column, []).append(problem.reason)
            summary = "; ".join(f"{p.column}: {p.reason}" for p in problems)
            outcome = outcomes[index] if outcomes else ""
            self._cells.append(
                (str(raw.line), *(raw.values.get(h, "") for h in headers), summary, outcome)
            )
            self._problems.append({c: "; ".join(r) for c, r in by_column.items()})
            if problems:
                self._problems[-1][last] = summary
        self.endResetModel()

    @property
    def problem_rows(self) -> int:
        return sum(1 for p in self._problems if p)

    def problem(self, row: int, column: int) -> str:
        return self._problems[row].get(column, "")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        reason = self._problems[index.row()].get(index.column(), "")
        if role == PROBLEM_ROLE:
            return reason
        if role == Qt.ItemDataRole.ToolTipRole:
            if not reason and index.column() == len(self.headers) - 1:
                return self._cells[index.row()][index.column()] or None  # "Import as", whole
            return reason or None
        if role == Qt.ItemDataRole.BackgroundRole and reason:
            return PROBLEM_BACKGROUND
        if role == Qt.ItemDataRole.ForegroundRole:
            if reason and index.column() == len(self.headers) - 2:
                return PROBLEM_TEXT
            if index.column() not in self._mapped and 0 < index.column() < len(self.headers) - 2:
                return MUTED_TEXT
            return None
        if role == Qt.ItemDataRole.FontRole and reason and index.column() != len(self.headers) - 2:
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)


COL_ROW, COL_COLUMN, COL_REASON = range(3)


class RejectionModel(_TextModel):
    """Refused rows of an import: row number, column as the file calls it, reason."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Row"), self.tr("Column"), self.tr("Reason")), parent)

    def load(self, rejected: list[Rejection]) -> None:
        self.beginResetModel()
        self._cells = [(str(r.row), r.column, r.reason) for r in rejected]
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (
            self._valid(index)
            and role == Qt.ItemDataRole.ToolTipRole
            and index.column() == COL_REASON
        ):
            return self._cells[index.row()][COL_REASON]
        return super().data(index, role)
