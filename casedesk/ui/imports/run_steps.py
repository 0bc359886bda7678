"""The last three steps of the import wizard: the preview of the first rows, the import
itself (or a check only), and the summary with the refused rows.

The import runs on a worker with progress and cancel; it writes everything in one
transaction, so a stopped or failed import leaves the store as it was. Only a real import
announces ``Changes(everything=True)``, so every page reloads once.
"""

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWizard,
    QWizardPage,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.formats.csv_rows import write_csv
from casedesk.services.import_preview import PreviewRow
from casedesk.services.import_rows import Rejection
from casedesk.services.imports import ImportCancelledError, ImportReport
from casedesk.ui.errors import explain, show_error
from casedesk.ui.imports.models import PreviewModel, RejectionModel, field_label
from casedesk.ui.imports.wizard import PAGE_SUMMARY, PREVIEW_ROWS
from casedesk.ui.ops import Progress, run_in_background
from casedesk.ui.widgets import ERROR_STYLE

if TYPE_CHECKING:
    from casedesk.ui.imports.wizard import ImportWizard

CSV_FILTER = "CSV files (*.csv)"


def _table_view() -> QTableView:
    view = QTableView()
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setAlternatingRowColors(True)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    view.horizontalHeader().setStretchLastSection(True)
    return view


class PreviewPage(QWizardPage):
    """Step 3: the first rows through the same checks the import applies."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Preview"))
        self.setSubTitle(self.tr("The first rows of the file as casedesk reads them."))
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.updates = 0
        self.model = PreviewModel(self)
        self.view = _table_view()
        self.view.setModel(self.model)
        self.note = QLabel(
            self.tr(
                "Rows that look like someone already in the store (same name, compatible "
                "date of birth, no A-Number to tell them apart) are flagged during the import "
                "and refused with a pointer to that person, never merged silently."
            )
        )
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.note)

    def initializePage(self) -> None:  # noqa: N802
        state = self.owner.state
        assert state.table is not None
        assert state.mapping is not None
        table, mapping = state.table, state.mapping
        columns = mapping.fields
        # The same reading as the import (date order, "as of" date, A-Number matches),
        # so what the preview shows is what the import will do.
        preview = self.owner.services.imports.preview(
            table, mapping, limit=PREVIEW_ROWS, replace_names=state.replace_names
        )
        rows: list[tuple[Any, list[Rejection]]] = [
            (raw, p.problems) for raw, p in zip(table.rows, preview, strict=False)
        ]
        outcomes = [self._outcome(p) for p in preview]
        self.updates = sum(1 for p in preview if p.action == "update")
        self.model.load(table.headers, set(columns.values()), rows, outcomes)
        shown = len(rows)
        problems = self.model.problem_rows
        if shown < len(table.rows):
            scope = (
                self.tr("Showing the first %1 of %2 rows.")
                .replace("%1", str(shown))
                .replace("%2", f"{len(table.rows):,}")
            )
        else:
            scope = self.tr("Showing all %1 rows.").replace("%1", str(shown))
        if problems == 0:
            verdict = self.tr("None of them has a problem.")
        elif problems == 1:
            verdict = self.tr(
                "1 row has problems (cells in red; point at a cell for the reason). It will "
                "be refused; the others are imported."
            )
        else:
            verdict = self.tr(
                "%1 of them have problems (cells in red; point at a cell for the reason). "
                "Those rows will be refused; the others are imported."
            ).replace("%1", str(problems))
        if self.updates:
            verdict += " " + self.tr(
                "%1 of them match a stored client by A-Number or id and update that client "
                "(see Import as)."
            ).replace("%1", str(self.updates))
        self.summary.setText(f"{scope} {verdict}")
        for column in range(self.model.columnCount() - 1):
            # Sized from the header and the first rows only: at most PREVIEW_ROWS rows.
            self.view.resizeColumnToContents(column)
            self.view.setColumnWidth(column, min(self.view.columnWidth(column), 240))

    def _outcome(self, row: PreviewRow) -> str:
        """What the import will do with one row, in the user's words."""
        if row.action == "refused":
            return self.tr("refused")
        if row.action == "new":
            return self.tr("new client")
        changes = []
        for change in row.changes:
            if change.field == "alias":
                changes.append(self.tr("new alias %1").replace("%1", change.new))
            else:
                label = self.tr("name") if change.field == "name" else field_label(change.field)
                changes.append(f"{label}: {change.old or '—'} → {change.new}")
        head = self.tr("update of client %1").replace("%1", str(row.client_id))
        return f"{head}: {'; '.join(changes)}" if changes else head


class RunPage(QWizardPage):
    """Step 4: options, then the import on a worker; the wizard moves on when it is done."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.job: Any = None
        self.setTitle(self.tr("Import"))
        self.setSubTitle(self.tr("Import the rows, or only check what an import would do."))
        self.setCommitPage(True)  # after an import, going back to change it makes no sense
        self.explain = QLabel()
        self.explain.setWordWrap(True)
        self.dry_run = QCheckBox(
            self.tr("Check &only (dry run): report what would happen, write nothing")
        )
        self.dry_run.toggled.connect(self._label_button)
        self.write_rejects = QCheckBox(self.tr("&Write refused rows to a file:"))
        self.rejects_edit = QLineEdit()
        self.rejects_edit.setPlaceholderText(self.tr("A CSV file to fix and import again"))
        self.rejects_button = QPushButton(self.tr("C&hoose…"))
        self.rejects_button.clicked.connect(self.choose_rejects)
        rejects_row = QHBoxLayout()
        rejects_row.addWidget(self.write_rejects)
        rejects_row.addWidget(self.rejects_edit, 1)
        rejects_row.addWidget(self.rejects_button)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.error = QLabel()
        self.error.setObjectName("error-import")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.explain)
        layout.addWidget(self.dry_run)
        layout.addLayout(rejects_row)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802
        state = self.owner.state
        assert state.path is not None
        for widget in (self.write_rejects, self.rejects_edit, self.rejects_button):
            widget.setVisible(not state.is_json)  # a store export has no rows to refuse
        if not self.rejects_edit.text() and not state.is_json:
            self.rejects_edit.setText(str(state.path.with_name(f"{state.path.stem}-refused.csv")))
        what = state.path.name
        if state.is_json:
            self.explain.setText(
                self.tr("Restore every record of %1 into this store, which must be empty.").replace(
                    "%1", what
                )
            )
        else:
            rows = len(state.table.rows) if state.table else 0
            self.explain.setText(
                self.tr(
                    "Import %1 rows of %2. Everything goes in together: if the import is "
                    "stopped or fails, the store stays exactly as it was."
                )
                .replace("%1", f"{rows:,}")
                .replace("%2", what)
            )
        self.status.clear()
        self.error.hide()
        self._label_button()

    def _label_button(self) -> None:
        text = self.tr("&Check") if self.dry_run.isChecked() else self.tr("&Import")
        self.setButtonText(QWizard.WizardButton.CommitButton, text)

    def choose_rejects(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Write refused rows to"), self.rejects_edit.text(), self.tr(CSV_FILTER)
        )
        if name:
            self.rejects_edit.setText(name)
            self.write_rejects.setChecked(True)

    def validatePage(self) -> bool:  # noqa: N802
        """The first press starts the work; the wizard moves on once the report is back."""
        if self.owner.state.report is not None:
            return True
        if self.job is None:
            self.start()
        return False

    def start(self) -> None:
        state = self.owner.state
        assert state.path is not None
        path, mapping, dry = state.path, state.mapping, self.dry_run.isChecked()
        replace_names = state.replace_names
        rejects = None
        if (
            self.write_rejects.isChecked()
            and not state.is_json
            and self.rejects_edit.text().strip()
        ):
            rejects = Path(self.rejects_edit.text().strip())
        state.rejects = rejects
        service = self.owner.services.imports

        def work(progress: Progress) -> ImportReport:
            return service.run(
                path,
                mapping=mapping,
                dry_run=dry,
                rejects=rejects,
                progress=progress,
                should_stop=lambda: progress.should_stop,
                replace_names=replace_names,
            )

        self.error.hide()
        self.status.setText(self.tr("Checking…") if dry else self.tr("Importing…"))
        self._enable(False)
        label = self.tr("Checking %1…") if dry else self.tr("Importing %1…")
        self.job = run_in_background(
            self,
            work,
            on_done=self._done,
            on_error=self._failed,
            label=label.replace("%1", path.name),
        )

    def _enable(self, on: bool) -> None:
        for widget in (self.dry_run, self.write_rejects, self.rejects_edit, self.rejects_button):
            widget.setEnabled(on)
        button = self.owner.button(QWizard.WizardButton.CommitButton)
        if button is not None:
            button.setEnabled(on)

    def _done(self, report: ImportReport) -> None:
        self.job = None
        self._enable(True)
        self.owner.state.report = report
        if not report.dry_run:
            self.owner.bus.announce(Changes(everything=True), self.owner)
        self.owner.next()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self._enable(True)
        self.status.clear()
        if isinstance(exc, ImportCancelledError):
            self.status.setText(self.tr("The import was stopped. Nothing was written."))
        elif isinstance(exc, CasedeskError):
            text = exc.reason if isinstance(exc, ValidationError) else explain(exc)
            self.error.setText(self.tr("Not imported: %1").replace("%1", text))
            self.error.show()
        else:
            show_error(self, exc)

    def nextId(self) -> int:  # noqa: N802
        return PAGE_SUMMARY


class SummaryPage(QWizardPage):
    """Step 5: the counts, the refused rows, and a way to save them for fixing."""

    def __init__(self, wizard: "ImportWizard") -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(self.tr("Summary"))
        self.setSubTitle(self.tr("What the import did, and the rows it refused."))
        self.headline = QLabel()
        self.headline.setWordWrap(True)
        self.counts: dict[str, QLabel] = {}
        grid = QGridLayout()
        captions = (
            ("imported", self.tr("New clients")),
            ("updated", self.tr("Clients updated")),
            ("unchanged", self.tr("Already up to date")),
            ("refused", self.tr("Rows refused")),
        )
        for row, (key, caption) in enumerate(captions):
            value = QLabel()
            value.setObjectName(f"count-{key}")
            grid.addWidget(QLabel(caption), row, 0)
            grid.addWidget(value, row, 1)
            self.counts[key] = value
        grid.setColumnStretch(2, 1)
        self.model = RejectionModel(self)
        self.view = _table_view()
        self.view.setModel(self.model)
        self.rejects_note = QLabel()
        self.rejects_note.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save refused rows…"))
        self.save_button.clicked.connect(self.save_rejects)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rejects_note, 1)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.headline)
        layout.addLayout(grid)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)

    def initializePage(self) -> None:  # noqa: N802
        report = self.owner.state.report
        assert report is not None
        if report.dry_run:
            self.headline.setText(
                self.tr("Check only: nothing was written. Importing %1 would give:").replace(
                    "%1", report.file
                )
            )
        else:
            self.headline.setText(
                self.tr("%1: %2 of %3 rows imported; %4 refused.")
                .replace("%1", report.file)
                .replace("%2", f"{report.came_in:,}")
                .replace("%3", f"{report.rows:,}")
                .replace("%4", f"{report.rejected_rows:,}")
            )
        for key, value in (
            ("imported", report.imported),
            ("updated", report.updated),
            ("unchanged", report.unchanged),
            ("refused", report.rejected_rows),
        ):
            self.counts[key].setText(f"<b>{value:,}</b>")
        refused = self.counts["refused"]
        refused.setStyleSheet(ERROR_STYLE if report.rejected else "")
        self.model.load(report.rejected)
        self.view.resizeColumnToContents(0)
        self.view.setColumnWidth(1, 200)
        self.view.setVisible(bool(report.rejected))
        self.save_button.setVisible(bool(report.rejected) and self.owner.state.table is not None)
        if report.rejects_file:
            self.rejects_note.setText(
                self.tr("Refused rows were written to %1.").replace("%1", report.rejects_file)
            )
        elif report.rejected:
            self.rejects_note.setText(
                self.tr("Save the refused rows to fix them and import that file again.")
            )
        else:
            self.rejects_note.setText(self.tr("No row was refused."))

    def count(self, key: str) -> str:
        """The number shown for ``key`` (imported, updated, unchanged, refused)."""
        return self.counts[key].text().removeprefix("<b>").removesuffix("</b>")

    def save_rejects(self) -> None:
        state = self.owner.state
        assert state.path is not None
        suggested = state.rejects or state.path.with_name(f"{state.path.stem}-refused.csv")
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save refused rows"), str(suggested), self.tr(CSV_FILTER)
        )
        if not name:
            return
        try:
            written = self.write_rejects(Path(name))
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("Cannot write %1: %2").replace("%1", name).replace("%2", str(exc.strerror)),
            )
            return
        self.rejects_note.setText(
            self.tr("%1 refused rows were saved to %2.")
            .replace("%1", str(written))
            .replace("%2", name)
        )

    def write_rejects(self, path: Path) -> int:
        """The refused rows as the file had them, plus the row number and the problems."""
        state = self.owner.state
        assert state.table is not None
        assert state.report is not None
        table = state.table
        by_row: dict[int, list[str]] = {}
        for r in state.report.rejected:
            by_row.setdefault(r.row, []).append(f"{r.column}: {r.reason}")
        headers = [*table.headers, "casedesk_row", "casedesk_problems"]
        rows = [
            [raw.values.get(h, "") for h in table.headers]
            + [str(raw.line), "; ".join(by_row[raw.line])]
            for raw in table.rows
            if raw.line in by_row
        ]
        # Same shape as the service's rejects file; values go back exactly as they came.
        return write_csv(path, headers, rows, neutralise=False)
