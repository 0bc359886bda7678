"""The export dialog: the client table (CSV or Excel) redacted by audience, the whole
store as JSON, or open deadlines as a calendar (ICS).

The export runs on a worker with progress; a refusal (wrong file ending, missing folder)
is shown under the file field and the dialog stays open with the choices made.
"""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.services.registry import Services
from casedesk.ui.errors import show_error
from casedesk.ui.ops import Progress, run_in_background
from casedesk.ui.widgets import ERROR_STYLE

#: (format key, file ending); labels are translated in the dialog.
FORMATS = (("csv", ".csv"), ("xlsx", ".xlsx"), ("json", ".json"), ("ics", ".ics"))
PROFILES = ("full", "court", "public")


class ExportDialog(QDialog):
    """Choose what and where; Export runs it; a message says how many and where."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.job: Any = None
        #: (what, count, path) of the last export that worked; read by tests.
        self.outcome: tuple[str, int, Path] | None = None
        self.setWindowTitle(self.tr("Export"))
        self.setMinimumWidth(560)
        self.format = QComboBox()
        for (key, _ending), label in zip(
            FORMATS,
            (
                self.tr("Client table, CSV (spreadsheets, other tools)"),
                self.tr("Client table, Excel workbook (XLSX)"),
                self.tr("Whole store, JSON (a complete copy to restore elsewhere)"),
                self.tr("Deadlines calendar, ICS (Outlook, Google, Apple)"),
            ),
            strict=True,
        ):
            self.format.addItem(label, key)
        self.profile = QComboBox()
        for key, label in zip(
            PROFILES, (self.tr("Full"), self.tr("Court"), self.tr("Public")), strict=True
        ):
            self.profile.addItem(label, key)
        self.profile_note = QLabel()
        self.profile_note.setWordWrap(True)
        self.archived = QCheckBox(self.tr("Include &archived clients"))
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Where to save the file"))
        self.browse = QPushButton(self.tr("&Save as…"))
        self.browse.clicked.connect(self.choose_path)
        path_row = QHBoxLayout()
        path_row.addWidget(self.path_edit, 1)
        path_row.addWidget(self.browse)
        self.error = QLabel()
        self.error.setObjectName("error-out")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&What"), self.format)
        form.addRow(self.tr("&For whom"), self.profile)
        form.addRow("", self.profile_note)
        form.addRow("", self.archived)
        file_label = QLabel(self.tr("&File"))
        file_label.setBuddy(self.path_edit)  # a layout row has no buddy of its own
        form.addRow(file_label, path_row)
        form.addRow("", self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.format.currentIndexChanged.connect(self._format_changed)
        self.profile.currentIndexChanged.connect(self._explain_profile)
        self._format_changed()

    # ------------------------------------------------------------------ choices
    @property
    def kind(self) -> str:
        return str(self.format.currentData())

    def _ending(self) -> str:
        return dict(FORMATS)[self.kind]

    def _format_changed(self) -> None:
        kind = self.kind
        if kind == "json":
            # The store copy is meant for restoring: redacting it would lose records.
            self.profile.setCurrentIndex(self.profile.findData("full"))
        elif kind == "ics" and self.profile.currentData() == "full":
            self.profile.setCurrentIndex(self.profile.findData("court"))  # calendars sync to phones
        self.profile.setEnabled(kind != "json")
        self.archived.setEnabled(kind in ("csv", "xlsx"))
        text = self.path_edit.text().strip()
        if text:
            # Keep the chosen name and folder; only the ending follows the format.
            self.path_edit.setText(str(Path(text).with_suffix(self._ending())))
        self._explain_profile()

    def _explain_profile(self) -> None:
        if self.kind == "json":
            note = self.tr("The whole store, every record in full: keep it as safe as the store.")
        else:
            note = {
                "full": self.tr("Everything: names, A-Numbers, dates of birth. Privileged."),
                "court": self.tr(
                    "For filings: A-Numbers masked to the last digits, birth year only."
                ),
                "public": self.tr("For the press or a website: initials only, no identifiers."),
            }[str(self.profile.currentData())]
        self.profile_note.setText(note)

    def choose_path(self) -> None:
        start = self.path_edit.text().strip() or str(
            Path.home() / f"casedesk-export{self._ending()}"
        )
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export to"), start, f"*{self._ending()}"
        )
        if name:
            path = Path(name)
            if path.suffix.lower() != self._ending():
                path = path.with_name(path.name + self._ending())
            self.path_edit.setText(str(path))
            self.error.hide()

    # ------------------------------------------------------------------ running
    def start(self) -> None:
        text = self.path_edit.text().strip()
        if not text:
            self._mark(self.tr("Choose where to save the file."))
            return
        path = Path(text)
        kind, profile = self.kind, str(self.profile.currentData())
        archived = self.archived.isChecked()
        exports = self.services.exports

        def work(progress: Progress) -> int:
            if kind in ("csv", "xlsx"):
                return exports.clients_table(
                    path, fmt=kind, profile=profile, include_archived=archived, progress=progress
                )
            if kind == "json":
                return exports.store_json(path).get("client", 0)
            return exports.calendar_ics(path, profile=profile)

        self.error.hide()
        self.export_button.setEnabled(False)
        self.job = run_in_background(
            self,
            work,
            on_done=lambda count: self._done(kind, count, path),
            on_error=self._failed,
            label=self.tr("Exporting to %1…").replace("%1", path.name),
        )

    def _done(self, kind: str, count: int, path: Path) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        self.outcome = (kind, count, path)
        what = {
            "csv": self.tr("%1 clients were exported to %2."),
            "xlsx": self.tr("%1 clients were exported to %2."),
            "json": self.tr(
                "The whole store (%1 clients and all their records) was exported to %2."
            ),
            "ics": self.tr("%1 deadlines were exported to %2."),
        }[kind]
        QMessageBox.information(
            self,
            self.tr("Export done"),
            what.replace("%1", f"{count:,}").replace("%2", str(path)),
        )
        self.accept()

    def _failed(self, exc: BaseException) -> None:
        self.job = None
        self.export_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            self._mark(exc.reason[:1].upper() + exc.reason[1:])
        elif isinstance(exc, CasedeskError):
            show_error(self, exc)
        elif isinstance(exc, OSError):
            self._mark(self.tr("Cannot write the file: %1").replace("%1", str(exc.strerror or exc)))
        else:
            show_error(self, exc)

    def _mark(self, reason: str) -> None:
        self.error.setText(reason)
        self.error.show()
        self.path_edit.setFocus()

    def reject(self) -> None:
        if self.job is not None:
            self.job.progress.cancelled.set()  # exports finish their file; closing waits
            return
        super().reject()


def open_export_dialog(parent: QWidget, services: Services) -> None:
    """Open the export dialog over ``parent`` (window-modal; returns at once)."""
    dialog = ExportDialog(services, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
