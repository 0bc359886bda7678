"""Qt models of the duplicates review: the candidate pairs, and two records side by side.

The pair list may hold fifty thousand ``Candidate`` values and gives them to the view a
page at a time; the comparison holds a dozen facts served from precomputed text.
"""

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.services.duplicates import Candidate
from casedesk.services.schemas import ClientDetail
from casedesk.ui.imports.models import _TextModel
from casedesk.ui.labels import label as tr_label
from casedesk.ui.table_model import BaseTableModel, Index

#: The ``Candidate`` behind a pair row.
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the two records differ on a comparison row.
DIFFERENT_ROLE = Qt.ItemDataRole.UserRole + 2

DIFFERENT_BACKGROUND = QColor(255, 236, 179)  # amber: "look here", not "error"

COL_LEFT, COL_RIGHT, COL_WHY, COL_SCORE, COL_DECISION = range(5)
#: Pairs added to the view per scroll step.
PAIR_PAGE = 500


class CandidateModel(BaseTableModel):
    """One row per pair: left record (suggested to keep), right record, why, score,
    decision.

    The pairs shown (``load``) may number fifty thousand; the view gets them a page at
    a time as it scrolls, and each row's text is made when painted. The list is already
    in memory (the search found it), so a page is a slice: no worker needed.
    """

    _rows: list[Candidate]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (
                self.tr("Left record"),
                self.tr("Right record"),
                self.tr("Why"),
                self.tr("Score"),
                self.tr("Decision"),
            ),
            parent,
        )
        self._source: list[Candidate] = []  # every pair shown; ``_rows`` is its start

    def load(self, pairs: list[Candidate]) -> None:
        self.beginResetModel()
        self._source = list(pairs)
        self._rows = self._source[:PAIR_PAGE]
        self.endResetModel()

    @property
    def total(self) -> int:
        """Pairs in the list, loaded or not."""
        return len(self._source)

    def cell(self, row: Candidate, column: int) -> str | None:
        if column == COL_LEFT:
            return f"{row.keep_name} (#{row.keep_id})"
        if column == COL_RIGHT:
            return f"{row.other_name} (#{row.other_id})"
        if column == COL_WHY:
            return row.reason
        if column == COL_SCORE:
            return f"{row.score:.0f}"
        if column == COL_DECISION:
            return self.tr("Different people") if row.decided else ""
        return None

    def style(self, row: Candidate, column: int, role: int) -> object:
        if role == CANDIDATE_ROLE:
            return row
        if role == Qt.ItemDataRole.TextAlignmentRole and column == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHY:
            return row.reason
        return None

    def pair(self, row: int) -> Candidate | None:
        found: Candidate | None = self.row_at(row)
        return found

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and len(self._rows) < len(self._source)

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if not self.canFetchMore(parent):
            return
        start = len(self._rows)
        more = self._source[start : start + PAIR_PAGE]
        self.beginInsertRows(QModelIndex(), start, start + len(more) - 1)
        self._rows.extend(more)
        self.endInsertRows()

    def _remove_at(self, number: int) -> None:
        if number < len(self._rows):
            self.beginRemoveRows(QModelIndex(), number, number)
            del self._rows[number]
            del self._source[number]
            self.endRemoveRows()
        else:
            del self._source[number]

    def remove_involving(self, *client_ids: int) -> None:
        """Drop every pair naming one of ``client_ids`` (merged away or just decided)."""
        gone = set(client_ids)
        for number in range(len(self._source) - 1, -1, -1):
            pair = self._source[number]
            if {pair.keep_id, pair.other_id} & gone:
                self._remove_at(number)

    def remove_pair(self, a: int, b: int) -> None:
        for number, pair in enumerate(self._source):
            if {pair.keep_id, pair.other_id} == {a, b}:
                self._remove_at(number)
                return

    def replace_pair(self, pair: Candidate) -> None:
        """Show ``pair`` (say, now decided) where the same two records are listed."""
        for number, shown in enumerate(self._source):
            if {shown.keep_id, shown.other_id} == {pair.keep_id, pair.other_id}:
                self._source[number] = pair
                if number < len(self._rows):
                    self._rows[number] = pair
                    self.dataChanged.emit(
                        self.index(number, 0), self.index(number, len(self.headers) - 1)
                    )
                return


COL_FACT, COL_A, COL_B = range(3)


def _label(enum: type[LegalStatus] | type[CustodyKind], value: str | None) -> str:
    try:
        return tr_label(enum(value)) if value else ""
    except ValueError:
        return value or ""


def _since(text: str, when: str | None) -> str:
    return f"{text} (since {when})" if text and when else text


class ComparisonModel(_TextModel):
    """Facts of two clients in rows, one column each; differing rows highlighted."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__((self.tr("Fact"), self.tr("Left"), self.tr("Right")), parent)
        self._different: list[bool] = []

    def load(self, left: ClientDetail | None, right: ClientDetail | None) -> None:
        self.beginResetModel()
        if left is None or right is None:
            self._cells, self._different = [], []
        else:
            self.headers = (
                self.tr("Fact"),
                self.tr("Left (#%1)").replace("%1", str(left.id)),
                self.tr("Right (#%1)").replace("%1", str(right.id)),
            )
            facts = [self._facts(left), self._facts(right)]
            self._cells = [
                (caption, a, b) for caption, a, b in zip(self._captions(), *facts, strict=True)
            ]
            self._different = [a.casefold() != b.casefold() for _c, a, b in self._cells]
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(self.headers) - 1)

    def _captions(self) -> tuple[str, ...]:
        return (
            self.tr("Name"),
            self.tr("Also known as"),
            self.tr("A-Number"),
            self.tr("Date of birth"),
            self.tr("Nationality"),
            self.tr("Legal status"),
            self.tr("Whereabouts"),
            self.tr("Last contact"),
            self.tr("Matters"),
            self.tr("Description"),
            self.tr("Archived"),
        )

    def _facts(self, c: ClientDetail) -> tuple[str, ...]:
        country = COUNTRIES.get(c.whereabouts_country or "", c.whereabouts_country or "")
        place = ", ".join(p for p in (c.whereabouts_place, country) if p)
        where = _label(CustodyKind, c.whereabouts)
        if place:
            where = f"{where}: {place}" if where else place
        return (
            c.display_name,
            "; ".join(a.display_name for a in c.aliases),
            c.a_number_display or "",
            c.dob or "",
            COUNTRIES.get(c.nationality or "", c.nationality or ""),
            _since(_label(LegalStatus, c.status), c.status_since),
            _since(where, c.whereabouts_since),
            c.last_contact or "",
            "; ".join(f"{m.title} ({m.docket})" if m.docket else m.title for m in c.matter_links),
            c.description,
            self.tr("yes") if c.archived else "",
        )

    def is_different(self, row: int) -> bool:
        return self._different[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        different = self._different[index.row()]
        if role == DIFFERENT_ROLE:
            return different
        if role == Qt.ItemDataRole.BackgroundRole and different and index.column() != COL_FACT:
            return DIFFERENT_BACKGROUND
        if role == Qt.ItemDataRole.FontRole and index.column() == COL_FACT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and index.column() != COL_FACT:
            return self._cells[index.row()][index.column()] or None
        return super().data(index, role)
