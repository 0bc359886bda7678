"""Qt models of the duplicates review: the candidate pairs, and two records side by side.

The pair list holds at most a few thousand ``Candidate`` values (the service's limit);
the comparison holds a dozen facts. Both serve ``data()`` from precomputed text.
"""

from PySide6.QtCore import QModelIndex, QObject, Qt
from PySide6.QtGui import QColor, QFont

from casedesk.domain.countries import COUNTRIES
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.services.duplicates import Candidate
from casedesk.services.schemas import ClientDetail
from casedesk.ui.imports.models import _TextModel
from casedesk.ui.labels import label as tr_label
from casedesk.ui.table_model import Index

#: The ``Candidate`` behind a pair row.
CANDIDATE_ROLE = Qt.ItemDataRole.UserRole + 1
#: True when the two records differ on a comparison row.
DIFFERENT_ROLE = Qt.ItemDataRole.UserRole + 2

DIFFERENT_BACKGROUND = QColor(255, 236, 179)  # amber: "look here", not "error"

COL_LEFT, COL_RIGHT, COL_WHY, COL_SCORE = range(4)


class CandidateModel(_TextModel):
    """One row per pair: left record (suggested to keep), right record, why, score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(
            (self.tr("Left record"), self.tr("Right record"), self.tr("Why"), self.tr("Score")),
            parent,
        )
        self._pairs: list[Candidate] = []

    def load(self, pairs: list[Candidate]) -> None:
        self.beginResetModel()
        self._pairs = list(pairs)
        self._cells = [self._row(c) for c in self._pairs]
        self.endResetModel()

    def _row(self, c: Candidate) -> tuple[str, ...]:
        return (
            f"{c.keep_name} (#{c.keep_id})",
            f"{c.other_name} (#{c.other_id})",
            c.reason,
            f"{c.score:.0f}",
        )

    def pair(self, row: int) -> Candidate | None:
        return self._pairs[row] if 0 <= row < len(self._pairs) else None

    def remove_involving(self, *client_ids: int) -> None:
        """Drop every pair naming one of ``client_ids`` (merged away or just decided)."""
        gone = set(client_ids)
        for row in range(len(self._pairs) - 1, -1, -1):
            pair = self._pairs[row]
            if {pair.keep_id, pair.other_id} & gone:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._pairs[row]
                del self._cells[row]
                self.endRemoveRows()

    def remove_pair(self, a: int, b: int) -> None:
        for row, pair in enumerate(self._pairs):
            if {pair.keep_id, pair.other_id} == {a, b}:
                self.beginRemoveRows(QModelIndex(), row, row)
                del self._pairs[row]
                del self._cells[row]
                self.endRemoveRows()
                return

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not self._valid(index):
            return None
        if role == CANDIDATE_ROLE:
            return self._pairs[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == COL_SCORE:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == COL_WHY:
            return self._cells[index.row()][COL_WHY]
        return super().data(index, role)


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
