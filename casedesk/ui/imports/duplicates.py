"""Reviewing records that may be the same person: the candidate pairs, the selected pair
side by side, and the three decisions (merge one way or the other, or "different people").

Finding candidates compares every name with every similar name, which takes seconds on a
large store, so it runs on a worker while the dialog shows that it is busy. Up to
fifty thousand pairs come back; the list pages them into the view and filters them by a
name, a score band and whether they were decided already. Each decision is one audited
use case; its ``Changes`` go out on the bus and the pair leaves the undecided list.
"""

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CasedeskError
from casedesk.services.duplicate_review import Decision, PairFilter, PairList, ScoreBand
from casedesk.services.duplicates import Candidate
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.errors import show_error
from casedesk.ui.imports.duplicates_model import (
    COL_FACT,
    COL_LEFT,
    COL_RIGHT,
    COL_WHY,
    CandidateModel,
    ComparisonModel,
)
from casedesk.ui.ops import Progress, mutate, run_in_background

#: Pairs found at most (the likeliest); a store with more has a data problem best fixed
#: in batches, by name or score band.
CANDIDATE_LIMIT = 50_000


class DuplicatesDialog(QDialog):
    """Pairs above, the selected pair below; decisions on the buttons."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services, self.bus = services, bus
        self.job: Any = None
        self._closing = False
        self.found = PairList([])
        self.setWindowTitle(self.tr("Possible duplicates"))
        self.resize(1100, 720)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # "working", with no promise of how long
        self.busy.setTextVisible(False)
        self.busy.setMaximumHeight(12)
        self._build_views()
        self.hint = QLabel(
            self.tr(
                "Highlighted rows differ. Merging keeps one record, moves everything from the "
                "other onto it and keeps the other spelling as an alias; it cannot be undone."
            )
        )
        self.hint.setWordWrap(True)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.compare_view, 1)
        lower_layout.addWidget(self.hint)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.pair_view)
        splitter.addWidget(lower)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        self.merge_left = QPushButton(self.tr("Merge into &left"))
        self.merge_left.clicked.connect(lambda: self.merge(into_left=True))
        self.merge_right = QPushButton(self.tr("Merge into &right"))
        self.merge_right.clicked.connect(lambda: self.merge(into_left=False))
        self.distinct = QPushButton(self.tr("&Different people"))
        self.distinct.clicked.connect(self.mark_distinct)
        self.skip = QPushButton(self.tr("&Skip"))
        self.skip.clicked.connect(self.skip_pair)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        for button in (self.merge_left, self.merge_right, self.distinct, self.skip):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addLayout(self._build_filters())
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)
        self._enable_actions()

    def _build_filters(self) -> QHBoxLayout:
        """Name, score band and decision: each change narrows the list at once."""
        self.name_filter = QLineEdit(placeholderText=self.tr("Name contains…"))
        self.name_filter.setClearButtonEnabled(True)
        self.name_filter.textChanged.connect(lambda _t: self.apply_filter())
        self.band_filter = QComboBox()
        for text, band in (
            (self.tr("Any score"), ScoreBand.ANY),
            (self.tr("Very likely (95 and above)"), ScoreBand.VERY_LIKELY),
            (self.tr("Likely (85 to 94)"), ScoreBand.LIKELY),
            (self.tr("Possible (below 85)"), ScoreBand.POSSIBLE),
        ):
            self.band_filter.addItem(text, band)
        self.band_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        self.decision_filter = QComboBox()
        for text, decision in (
            (self.tr("Not yet decided"), Decision.UNDECIDED),
            (self.tr("Recorded as different people"), Decision.DIFFERENT),
            (self.tr("Decided or not"), Decision.ANY),
        ):
            self.decision_filter.addItem(text, decision)
        self.decision_filter.currentIndexChanged.connect(lambda _i: self.apply_filter())
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Show:")))
        row.addWidget(self.name_filter, 2)
        row.addWidget(self.band_filter, 1)
        row.addWidget(self.decision_filter, 1)
        return row

    def pair_filter(self) -> PairFilter:
        # Qt hands the combo's data back as plain strings.
        return PairFilter(
            self.name_filter.text(),
            ScoreBand(self.band_filter.currentData()),
            Decision(self.decision_filter.currentData()),
        )

    def apply_filter(self) -> None:
        """Show the pairs the filters admit, from the first; the first is selected."""
        self.pairs.load(self.found.matching(self.pair_filter()))
        self._update_status()
        self.select_row(0)

    def _build_views(self) -> None:
        """The pair list and the side-by-side comparison."""
        self.pairs = CandidateModel(self)
        self.pair_view = QTableView()
        self.pair_view.setModel(self.pairs)
        self.pair_view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pair_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pair_view.verticalHeader().hide()
        self.pair_view.setAlternatingRowColors(True)
        header = self.pair_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(COL_WHY, QHeaderView.ResizeMode.Stretch)
        for column in (COL_LEFT, COL_RIGHT):
            self.pair_view.setColumnWidth(column, 300)
        self.pair_view.selectionModel().currentRowChanged.connect(lambda *_: self._show_pair())
        self.comparison = ComparisonModel(self)
        self.compare_view = QTableView()
        self.compare_view.setModel(self.comparison)
        self.compare_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.compare_view.verticalHeader().hide()
        self.compare_view.setWordWrap(True)
        cheader = self.compare_view.horizontalHeader()
        cheader.setSectionResizeMode(COL_FACT, QHeaderView.ResizeMode.ResizeToContents)
        for column in (1, 2):
            cheader.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)

    # ------------------------------------------------------------------ loading
    def load(self) -> None:
        """Look for candidate pairs on a worker; the list fills in when done."""
        self.status.setText(
            self.tr(
                "Looking for records that may be the same person… (a few seconds on a large store)"
            )
        )
        self.busy.show()
        limit = CANDIDATE_LIMIT
        service = self.services.duplicates

        def work(_progress: Progress) -> PairList:
            # Decided pairs come too (the filter shows them on request); folding the
            # names for the filter happens here, not on the GUI thread.
            return PairList(service.candidates(limit=limit, include_decided=True))

        # The inline busy bar is the feedback: the shared progress dialog never pops up.
        self.job = run_in_background(
            self,
            work,
            on_done=self._loaded,
            on_error=self._load_failed,
            label=self.tr("Looking for duplicates…"),
            show_after_ms=2**30,
        )

    def _loaded(self, found: PairList) -> None:
        self.job = None
        if self._closing:
            self.deleteLater()
            return
        self.busy.hide()
        self.found = found
        self.apply_filter()

    def _load_failed(self, exc: BaseException) -> None:
        self.job = None
        if self._closing:
            self.deleteLater()
            return
        self.busy.hide()
        self.status.setText(self.tr("The search for duplicates failed."))
        show_error(self, exc)

    def _update_status(self) -> None:
        count = self.pairs.total
        wanted = self.pair_filter()
        if wanted != PairFilter() and len(self.found):
            if count == 0:
                self.status.setText(self.tr("No pair matches these filters."))
            else:
                self.status.setText(
                    self.tr("%1 pairs match these filters, most likely first.").replace(
                        "%1", f"{count:,}"
                    )
                )
        elif count == 0:
            self.status.setText(self.tr("No possible duplicates left to review."))
        elif count == 1:
            self.status.setText(self.tr("1 pair of records may be the same person."))
        else:
            self.status.setText(
                self.tr("%1 pairs of records may be the same person, most likely first.").replace(
                    "%1", f"{count:,}"
                )
            )

    # ------------------------------------------------------------------ selection
    def current(self) -> Candidate | None:
        index = self.pair_view.currentIndex()
        return self.pairs.pair(index.row()) if index.isValid() else None

    def select_row(self, row: int) -> None:
        if self.pairs.rowCount() == 0:
            self.comparison.load(None, None)
            self._enable_actions()
            return
        row = min(max(row, 0), self.pairs.rowCount() - 1)
        self.pair_view.selectionModel().setCurrentIndex(
            self.pairs.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self._show_pair()

    def _show_pair(self) -> None:
        pair = self.current()
        left = right = None
        if pair is not None:
            try:
                left = self.services.clients.get(pair.keep_id)
                right = self.services.clients.get(pair.other_id)
            except CasedeskError as exc:  # merged or deleted elsewhere meanwhile
                show_error(self, exc)
                left = right = None
        self.comparison.load(left, right)
        self.compare_view.resizeRowsToContents()  # a dozen rows: cheap
        self._enable_actions()

    def _enable_actions(self) -> None:
        pair = self.current()
        chosen = pair is not None and self.comparison.rowCount() > 0
        for button in (self.merge_left, self.merge_right, self.skip):
            button.setEnabled(chosen)
        self.distinct.setEnabled(chosen and pair is not None and not pair.decided)

    # ------------------------------------------------------------------ decisions
    def merge(self, *, into_left: bool) -> bool:
        pair = self.current()
        if pair is None:
            return False
        if into_left:
            keep, other, keep_name, other_name = (
                pair.keep_id,
                pair.other_id,
                pair.keep_name,
                pair.other_name,
            )
        else:
            keep, other, keep_name, other_name = (
                pair.other_id,
                pair.keep_id,
                pair.other_name,
                pair.keep_name,
            )
        question = (
            self.tr(
                "Merge %1 (#%2) into %3 (#%4)?\n\nEverything recorded for #%2 moves to #%4, and "
                "the spelling “%1” is kept as an alias. This cannot be undone."
            )
            .replace("%1", other_name)
            .replace("%2", str(other))
            .replace("%3", keep_name)
            .replace("%4", str(keep))
        )
        answer = QMessageBox.question(
            self,
            self.tr("Merge records"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        service = self.services.duplicates
        changes = mutate(self, self.bus, lambda: service.merge(keep, other), initiator=self)
        if changes is None:
            return False
        row = self.pair_view.currentIndex().row()
        self.found.drop_involving(other)
        self.pairs.remove_involving(other)  # the merged-away record is gone from every pair
        self._after_decision(row)
        return True

    def mark_distinct(self) -> bool:
        pair = self.current()
        if pair is None:
            return False
        service = self.services.duplicates
        a, b = pair.keep_id, pair.other_id
        changes = mutate(self, self.bus, lambda: service.mark_distinct(a, b), initiator=self)
        if changes is None:
            return False
        row = self.pair_view.currentIndex().row()
        self.found.decide(a, b)
        if self.pair_filter().decision.admits(True):
            self.pairs.replace_pair(replace(pair, decided=True))
            row += 1  # decided and still listed: on to the next pair
        else:
            self.pairs.remove_pair(a, b)
        self._after_decision(row)
        return True

    def skip_pair(self) -> None:
        """Leave the pair undecided and look at the next one (it stays in the list)."""
        row = self.pair_view.currentIndex().row()
        if row + 1 >= self.pairs.rowCount() and self.pairs.canFetchMore(self.pairs.index(-1, -1)):
            self.pairs.fetchMore(self.pairs.index(-1, -1))
        if row + 1 < self.pairs.rowCount():
            self.select_row(row + 1)

    def _after_decision(self, row: int) -> None:
        self._update_status()
        self.select_row(row)

    # ------------------------------------------------------------------ closing
    def reject(self) -> None:
        if self.job is not None:
            # The worker cannot be interrupted; the dialog hides and goes once it returns.
            self._closing = True
            self.hide()
            return
        super().reject()


def open_duplicates_dialog(parent: QWidget, services: Services, bus: Bus) -> None:
    """Open the duplicates review over ``parent`` (window-modal; returns at once)."""
    dialog = DuplicatesDialog(services, bus, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    dialog.load()
