"""The first two steps of the import wizard: choosing and reading the file, and checking
which column goes into which casedesk field.

Reading happens on a worker (a 100,000-row roster takes seconds); an unreadable file is
refused on the page with the reader's reason, and the person can choose another.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.formats.csv_rows import Table, describe_delimiter
from casedesk.formats.mapping import ColumnMapping, guess_mapping
from casedesk.services.import_preview import reading_options
from casedesk.services.imports import load_mapping, read_table
from casedesk.ui.errors import explain, show_error
from casedesk.ui.imports.models import (
    COL_FIELD,
    COL_HEADER,
    COL_NOTE,
    MappingModel,
    field_choices,
)
from casedesk.ui.imports.reading_options import ReadingOptions
from casedesk.ui.imports.wizard import (
    IDENTIFYING_FIELDS,
    PAGE_MAPPING,
    PAGE_RUN,
)
from casedesk.ui.ops import Progress, run_in_background
from casedesk.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from casedesk.ui.imports.wizard import ImportWizard

FILE_FILTER = "Tables and casedesk exports (*.csv *.tsv *.txt *.xlsx *.xlsm *.json);;All files (*)"
EXAMPLE_ROWS = 50  # rows searched for a non-empty example value per column


class FilePage(QWizardPage):
    """Step 1: a file chosen and read; shows its encoding, delimiter and row count."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.job: Any = None
        self.setTitle(self.tr("Choose the file to import"))
        self.setSubTitle(
            self.tr(
                "A list of clients as CSV, TSV, text or Excel (XLSX), in English or Spanish, "
                "or a whole-store export (JSON) made by casedesk."
            )
        )
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        self.path_edit.setPlaceholderText(self.tr("No file chosen"))
        self.choose_button = QPushButton(self.tr("&Choose file…"))
        self.choose_button.clicked.connect(self.choose)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.choose_button)
        self.info = QLabel()
        self.info.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error-file")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.info)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def choose(self) -> None:
        start = str(self.owner.state.path.parent) if self.owner.state.path else ""
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose the file to import"), start, self.tr(FILE_FILTER)
        )
        if name:
            self.load(Path(name))

    def load(self, path: Path) -> None:
        """Read ``path`` in the background (a JSON export is only checked to exist)."""
        state = self.owner.state
        state.path, state.table, state.mapping = path, None, None
        self.path_edit.setText(str(path))
        self.error.hide()
        if state.is_json:
            if not path.is_file():
                self._failed(ValidationError("file", f"{path} does not exist"))
                return
            self.info.setText(
                self.tr(
                    "A casedesk whole-store export. It restores every record into an empty "
                    "store; a store that already holds records refuses it. Nothing needs "
                    "mapping: the next step imports it."
                )
            )
            self.completeChanged.emit()
            return
        self.info.setText(self.tr("Reading %1…").replace("%1", path.name))
        self.choose_button.setEnabled(False)

        def work(_progress: Progress) -> Table:
            return read_table(path)

        self.job = run_in_background(
            self,
            work,
            on_done=self._read,
            on_error=self._failed,
            label=self.tr("Reading %1…").replace("%1", path.name),
        )
        self.completeChanged.emit()

    def _read(self, table: Table) -> None:
        self.job = None
        self.choose_button.setEnabled(True)
        state = self.owner.state
        state.table = table
        state.mapping = guess_mapping(table.headers)
        if table.sheet:
            shape = self.tr("Worksheet “%1”").replace("%1", table.sheet)
        else:
            shape = (
                self.tr("Text encoding %1, columns separated by %2")
                .replace("%1", table.encoding)
                .replace("%2", self.tr(describe_delimiter(table.delimiter)))
            )
        self.info.setText(
            self.tr("%1. %2 rows, %3 columns.")
            .replace("%1", shape)
            .replace("%2", f"{len(table.rows):,}")
            .replace("%3", str(len(table.headers)))
        )
        if not table.rows:
            self._failed(ValidationError("file", f"{table.source} has no rows below its header"))
            return
        self.completeChanged.emit()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.choose_button.setEnabled(True)
        self.owner.state.table = None
        if not isinstance(exc, CasedeskError):
            show_error(self, exc)
            return
        self.info.clear()
        text = exc.reason if isinstance(exc, ValidationError) else explain(exc)
        self.error.setText(self.tr("This file cannot be imported: %1").replace("%1", text))
        self.error.show()
        self.completeChanged.emit()

    @property
    def error_text(self) -> str:
        return "" if self.error.isHidden() else self.error.text()

    def isComplete(self) -> bool:  # noqa: N802
        state = self.owner.state
        if self.job is not None or state.path is None:
            return False
        return (state.is_json and self.error.isHidden()) or state.table is not None

    def nextId(self) -> int:  # noqa: N802
        return PAGE_RUN if self.owner.state.is_json else PAGE_MAPPING


class MappingPage(QWizardPage):
    """Step 2: one combo per column of the file, preselected from the guess."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Check which column goes where"))
        self.setSubTitle(
            self.tr(
                "casedesk guessed the meaning of each column from its header. Correct any "
                "guess; columns left out are not imported."
            )
        )
        self.model = MappingModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.view.verticalHeader().hide()
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.view.setWordWrap(False)
        self.combos: dict[str, QComboBox] = {}
        self.warning = QLabel()
        self.warning.setObjectName("error-mapping")
        self.warning.setStyleSheet(ERROR_STYLE)
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.load_button = QPushButton(self.tr("&Load mapping…"))
        self.load_button.clicked.connect(self.load_saved)
        self.save_button = QPushButton(self.tr("&Save mapping…"))
        self.save_button.clicked.connect(self.save)
        buttons = QHBoxLayout()
        buttons.addWidget(self.load_button)
        buttons.addWidget(self.save_button)
        buttons.addStretch(1)
        self.reading = ReadingOptions(lambda: self.owner.state.mapping, self._show)
        self.reading.replace_names.toggled.connect(self._replace_names)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.warning)
        layout.addWidget(self.reading)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802
        state = self.owner.state
        assert state.table is not None
        assert state.mapping is not None
        table = state.table
        examples: dict[str, str] = {}
        for raw in table.rows[:EXAMPLE_ROWS]:
            for header in table.headers:
                if not examples.get(header) and raw.values.get(header, "").strip():
                    examples[header] = raw.values[header].strip()
        self.model.load(table.headers, examples, state.mapping)
        self.combos = {}
        for row, header in enumerate(table.headers):
            combo = QComboBox()
            for label, target in field_choices():
                combo.addItem(label, target)
            combo.setAccessibleName(self.tr("Field for column %1").replace("%1", header))
            combo.activated.connect(lambda _i, h=header: self._chosen(h))
            self.view.setIndexWidget(self.model.index(row, COL_FIELD), combo)
            self.combos[header] = combo
        self._show(state.mapping)
        self._propose()
        # Sized once per file (a few dozen rows at most), never on every change.
        self.view.resizeColumnToContents(COL_HEADER)
        self.view.setColumnWidth(COL_FIELD, max(260, self.view.columnWidth(COL_FIELD)))
        for column in range(COL_NOTE):
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 320))

    def _show(self, mapping: ColumnMapping) -> None:
        self.owner.state.mapping = mapping
        self.model.set_mapping(mapping)
        for header, combo in self.combos.items():
            combo.setCurrentIndex(max(0, combo.findData(mapping.columns.get(header))))
        missing = not IDENTIFYING_FIELDS & mapping.fields.keys()
        self.warning.setText(
            self.tr(
                "No column goes into a name, an A-Number, a description or a casedesk id, so "
                "no row could say who it is about. Choose the field of at least one of them."
            )
        )
        self.warning.setVisible(missing)
        self.completeChanged.emit()

    def _propose(self) -> None:
        """Show the date order the file's own dates point to (or the mapping's)."""
        state = self.owner.state
        assert state.table is not None
        assert state.mapping is not None
        try:
            order, reason, _as_of = reading_options(
                state.table, state.mapping.with_options(as_of="")
            )
        except ValidationError:  # pragma: no cover - no "as of" date is read here
            return
        self.reading.show_mapping(state.mapping, order, reason)
        self.owner.state.mapping = state.mapping.with_options(date_order=order)

    def _replace_names(self, on: bool) -> None:
        self.owner.state.replace_names = on

    def validatePage(self) -> bool:  # noqa: N802
        """An "as of" date that is not a date is said here, not as a failed preview."""
        state = self.owner.state
        assert state.table is not None
        assert state.mapping is not None
        try:
            reading_options(state.table, state.mapping)
        except ValidationError as exc:
            self.warning.setText(self.tr('The "as of" date: %1').replace("%1", exc.reason))
            self.warning.show()
            return False
        return True

    def _chosen(self, header: str) -> None:
        mapping = self.owner.state.mapping
        assert mapping is not None
        target = self.combos[header].currentData()
        # with_column takes the field away from any other column, so no two columns
        # ever feed one field; the other combo shows "leave out" at once.
        changed = mapping.with_column(header, target)
        notes = {h: n for h, n in mapping.notes.items() if h != header}
        self._show(
            ColumnMapping(
                changed.columns, notes, date_order=mapping.date_order, as_of=mapping.as_of
            )
        )

    def choose(self, header: str, target: str | None) -> None:
        """Pick ``target`` for ``header`` as a person would in its combo (used by tests)."""
        combo = self.combos[header]
        combo.setCurrentIndex(combo.findData(target))
        combo.activated.emit(combo.currentIndex())

    def load_saved(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Load a saved mapping"), "", self.tr("Column mappings (*.json)")
        )
        if not name:
            return
        try:
            saved = load_mapping(Path(name))
        except CasedeskError as exc:
            show_error(self, exc)
            return
        table = self.owner.state.table
        assert table is not None
        self._show(guess_mapping(table.headers, saved=saved))
        self._propose()

    def save(self) -> None:
        state = self.owner.state
        assert state.mapping is not None
        assert state.path is not None
        suggested = state.path.with_name(f"{state.path.stem}.mapping.json")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save this mapping"), str(suggested), self.tr("Column mappings (*.json)")
        )
        if not name:
            return
        try:
            Path(name).write_text(state.mapping.to_json(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Mapping not saved"),
                self.tr("Cannot write %1: %2").replace("%1", name).replace("%2", str(exc.strerror)),
            )

    def isComplete(self) -> bool:  # noqa: N802
        mapping = self.owner.state.mapping
        return mapping is not None and bool(IDENTIFYING_FIELDS & mapping.fields.keys())
