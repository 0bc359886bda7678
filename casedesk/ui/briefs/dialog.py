"""The brief dialog: choose the document and who it is for, see the PDF, save or print it.

Rendering runs on a worker (a roster of thousands takes seconds) into a private temporary
folder, with a progress bar and a Cancel button; the preview shows the newest finished
file page by page, a change of profile or period cancels the render under way and starts
again, and the folder is removed when the dialog closes (or, if a render is still
running then, as soon as it stops).
"""

import shutil
import tempfile
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QLocale, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QCloseEvent, QKeySequence, QPageSize, QShortcut
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.briefs.i18n import LANGUAGES
from casedesk.domain.errors import CasedeskError
from casedesk.services.briefs import BriefCancelledError
from casedesk.services.registry import Services
from casedesk.ui.briefs.pdf_pages import PdfPages
from casedesk.ui.briefs.preview import PdfPreview
from casedesk.ui.briefs.printing import print_document
from casedesk.ui.errors import explain, show_error
from casedesk.ui.ops import Progress, run_quietly
from casedesk.ui.widgets import ERROR_STYLE

DOCUMENTS = ("client", "matter", "order", "deadlines")
PROFILES = ("full", "court", "public")
PERIOD_DELAY_MS = 500


class BriefDialog(QDialog):
    """One brief: ``document`` is client / matter / order / deadlines; ``key`` its id."""

    def __init__(
        self,
        services: Services,
        document: str,
        key: int | None,
        parent: QWidget | None = None,
        *,
        start: date | None = None,
        end: date | None = None,
        profile: str = "full",
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.key = key
        self.delete_when_done = False
        self.pages = 0
        self.current_pdf: Path | None = None
        self._tmp = Path(tempfile.mkdtemp(prefix="casedesk-brief-"))
        self._serial = 0
        self._running = False
        self._again = False  # options changed while a render was running
        self._closed = False
        self._job_progress: Progress | None = None  # the running render's, for Cancel
        self.setWindowTitle(self.tr("Print brief"))
        self.resize(900, 860)

        self._build_preview()
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_options(document, profile, start, end))
        layout.addWidget(self.status)
        busy_row = QHBoxLayout()
        busy_row.addWidget(self.busy, 1)
        busy_row.addWidget(self.cancel_button)
        layout.addLayout(busy_row)
        layout.addWidget(self.view, 1)
        layout.addLayout(self._build_buttons())

        self.document_combo.currentIndexChanged.connect(self._options_changed)
        self.profile_combo.currentIndexChanged.connect(self._options_changed)
        self.lang_combo.currentIndexChanged.connect(lambda _i: self.start_render())
        # Typing a date changes it digit by digit: render once the typing pauses.
        self._period_timer = QTimer(self, singleShot=True, interval=PERIOD_DELAY_MS)
        self._period_timer.timeout.connect(self.start_render)
        self.start_edit.dateChanged.connect(lambda _d: self._period_timer.start())
        self.end_edit.dateChanged.connect(lambda _d: self._period_timer.start())
        self._options_changed()

    def _build_options(
        self, document: str, profile: str, start: date | None, end: date | None
    ) -> QFormLayout:
        """Document, profile (with what it withholds), period for the docket, paper."""
        self.document_combo = QComboBox()
        names = {
            "client": self.tr("Client brief"),
            "matter": self.tr("Matter roster"),
            "order": self.tr("Order compliance report"),
            "deadlines": self.tr("Deadline docket"),
        }
        offered = [document] if document == "deadlines" else [document, "deadlines"]
        for doc in offered:
            self.document_combo.addItem(names.get(doc, doc), doc)
        self.profile_combo = QComboBox()
        for value, label in zip(
            PROFILES, (self.tr("Full"), self.tr("Court"), self.tr("Public")), strict=True
        ):
            self.profile_combo.addItem(label, value)
        self.profile_combo.setCurrentIndex(max(0, PROFILES.index(profile)))
        self.explanation = QLabel()
        self.explanation.setWordWrap(True)
        # The brief's language (its own catalogue, casedesk/briefs/i18n.py): Spanish by
        # default when the interface is in Spanish, for clients, families and counsel.
        self.lang_combo = QComboBox()
        for code, name in LANGUAGES.items():
            self.lang_combo.addItem(name, code)
        spanish_ui = QLocale().language() == QLocale.Language.Spanish
        self.lang_combo.setCurrentIndex(self.lang_combo.findData("es" if spanish_ui else "en"))
        today = self.services.ctx.today()
        start = start or today - timedelta(days=30)
        end = end or today + timedelta(days=60)
        self.start_edit = QDateEdit(QDate(start.year, start.month, start.day))
        self.end_edit = QDateEdit(QDate(end.year, end.month, end.day))
        for edit in (self.start_edit, self.end_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.period_row = QWidget()
        period = QHBoxLayout(self.period_row)
        period.setContentsMargins(0, 0, 0, 0)
        period.addWidget(self.start_edit)
        period.addWidget(QLabel(self.tr("to")))
        period.addWidget(self.end_edit)
        period.addStretch(1)
        paper = self.services.settings.letterhead().page_size
        self.paper_id = QPageSize.PageSizeId.A4 if paper == "a4" else QPageSize.PageSizeId.Letter
        self.paper_label = QLabel(
            (self.tr("A4") if paper == "a4" else self.tr("US Letter"))
            + " "
            + self.tr("(change in File ▸ Letterhead and paper…)")
        )

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Document"), self.document_combo)
        form.addRow(self.tr("Prepared &for"), self.profile_combo)
        form.addRow("", self.explanation)
        form.addRow(self.tr("&Language"), self.lang_combo)
        self.period_label = QLabel(self.tr("&Period"))
        self.period_label.setBuddy(self.start_edit)
        form.addRow(self.period_label, self.period_row)
        form.addRow(self.tr("Paper"), self.paper_label)
        return form

    def _build_preview(self) -> None:
        """The PDF view (all pages, scrolling, fit to width) and the progress line."""
        self.pdf = PdfPages()
        self.view = PdfPreview(self)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)  # indeterminate until the first page reports
        self.busy.setMaximumHeight(16)
        self.busy.hide()
        self.cancel_button = QPushButton(self.tr("&Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop making this brief"))
        self.cancel_button.clicked.connect(self.cancel_render)
        self.cancel_button.hide()

    def _build_buttons(self) -> QHBoxLayout:
        self.fit_button = QPushButton(self.tr("Fit &width"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.save_button = QPushButton(self.tr("&Save…"))
        self.print_button = QPushButton(self.tr("&Print…"))
        self.close_button = QPushButton(self.tr("Close"))
        buttons = QHBoxLayout()
        for button in (self.fit_button, self.zoom_out_button, self.zoom_in_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.save_button, self.print_button, self.close_button):
            buttons.addWidget(button)
        self.save_button.setDefault(True)
        self.fit_button.clicked.connect(self.fit_width)
        self.zoom_in_button.clicked.connect(lambda: self.zoom(1.25))
        self.zoom_out_button.clicked.connect(lambda: self.zoom(0.8))
        QShortcut(QKeySequence.StandardKey.ZoomIn, self, lambda: self.zoom(1.25))
        QShortcut(QKeySequence.StandardKey.ZoomOut, self, lambda: self.zoom(0.8))
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_)
        self.close_button.clicked.connect(self.reject)
        return buttons

    # ------------------------------------------------------------------ options
    @property
    def document(self) -> str:
        return str(self.document_combo.currentData())

    @property
    def profile(self) -> str:
        return str(self.profile_combo.currentData())

    def period(self) -> tuple[date, date]:
        s, e = self.start_edit.date(), self.end_edit.date()
        return date(s.year(), s.month(), s.day()), date(e.year(), e.month(), e.day())

    def _options_changed(self) -> None:
        self.explanation.setText(
            {
                "full": self.tr(
                    "Everything in the file, marked privileged and confidential: "
                    "for the legal team only."
                ),
                "court": self.tr(
                    "Withholds contacts and private notes; shows the birth year only "
                    "and a masked A-Number."
                ),
                "public": self.tr(
                    "Withholds identifiers, birth dates, contacts and notes; names become initials."
                ),
            }[self.profile]
        )
        deadlines = self.document == "deadlines"
        self.period_label.setVisible(deadlines)
        self.period_row.setVisible(deadlines)
        self.start_render()

    # ------------------------------------------------------------------ rendering
    def start_render(self) -> None:
        """Render the brief on a worker; a request made meanwhile runs when it ends."""
        if self._closed:
            return
        if self._running:
            # The running render is for the old choices: stop it and start again.
            self._again = True
            if self._job_progress is not None:
                self._job_progress.cancelled.set()
            return
        document, key, profile = self.document, self.key, self.profile
        lang = str(self.lang_combo.currentData())
        start, end = self.period() if document == "deadlines" else (None, None)
        if document == "deadlines":
            key = None
        self._serial += 1
        out = self._tmp / f"brief-{self._serial}.pdf"
        self._running = True
        self._again = False
        self.busy.setRange(0, 0)
        self.busy.show()
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Preparing the brief…"))
        self._set_enabled(False)
        briefs = self.services.briefs

        def work(job: Progress) -> int:
            def report(done: int, total: int) -> None:
                if job.should_stop:
                    raise BriefCancelledError  # the service removes the partial file
                job(done, total)

            return briefs.render(
                document, key, profile, out, start=start, end=end, progress=report, lang=lang
            )

        job = run_quietly(
            work,
            on_done=lambda pages: self._rendered(out, int(pages)),
            on_error=self._failed,
            on_progress=self._progressed,
        )
        self._job_progress = job.progress

    def _progressed(self, done: int, total: int) -> None:
        if total:
            self.busy.setRange(0, total)
            self.busy.setValue(done)
            self.busy.setFormat(
                self.tr("%1 of %2 rows").replace("%1", f"{done:,}").replace("%2", f"{total:,}")
            )

    def cancel_render(self) -> None:
        """Stop the render under way; no file is left and the previous preview stays."""
        if self._job_progress is not None:
            self._job_progress.cancelled.set()
            self.cancel_button.setEnabled(False)
            self.status.setText(self.tr("Stopping…"))

    def _finish_job(self) -> bool:
        """Common end of a render; False when the dialog is gone or a newer one is due."""
        self._running = False
        self._job_progress = None
        if self._closed:
            self._cleanup()
            return False
        if self._again:
            self.start_render()
            return False
        self.busy.hide()
        self.cancel_button.hide()
        return True

    def _rendered(self, out: Path, pages: int) -> None:
        if not self._finish_job():
            return
        previous = self.current_pdf
        self.pdf.load(out)  # closes the previous file first
        if previous is not None and previous != out:
            previous.unlink(missing_ok=True)
        self.current_pdf = out
        self.pages = self.pdf.page_count() or pages
        self.view.set_document(self.pdf)
        self.fit_width()
        self.status.setText(
            (self.tr("1 page") if self.pages == 1 else self.tr("%1 pages")).replace(
                "%1", str(self.pages)
            )
            + " · "
            + self.profile_combo.currentText()
        )
        self._set_enabled(True)

    def _failed(self, exc: BaseException) -> None:
        if not self._finish_job():
            return
        if isinstance(exc, BriefCancelledError):
            # The last finished preview (if any) stays usable.
            self.status.setStyleSheet("")
            self.status.setText(self.tr("Cancelled: the brief was not made."))
            self._set_enabled(self.current_pdf is not None)
            return
        self.view.set_document(None)
        self.pdf.close()
        self.pages = 0
        if self.current_pdf is not None:
            self.current_pdf.unlink(missing_ok=True)
            self.current_pdf = None
        self._set_enabled(False)
        if isinstance(exc, CasedeskError):
            self.status.setStyleSheet(ERROR_STYLE)
            self.status.setText(
                self.tr("The brief could not be made: %1").replace("%1", explain(exc))
            )
        else:
            self.status.setText("")
            show_error(self, exc)  # a bug: crash report with the log path

    def _set_enabled(self, ready: bool) -> None:
        for button in (self.save_button, self.print_button):
            button.setEnabled(ready)

    # ------------------------------------------------------------------ view
    def fit_width(self) -> None:
        self.view.fit_width()

    def zoom(self, factor: float) -> None:
        self.view.zoom(factor)  # the first step starts from what fit-width shows

    # ------------------------------------------------------------------ save / print
    def suggested_name(self) -> str:
        today = self.services.ctx.today().isoformat()
        if self.document == "deadlines":
            start, end = self.period()
            return f"deadlines-{start.isoformat()}-to-{end.isoformat()}-{self.profile}.pdf"
        return f"{self.document}-{self.key}-{self.profile}-{today}.pdf"

    def save(self) -> None:
        if self.current_pdf is None:
            return
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        path, _filter = QFileDialog.getSaveFileName(
            self,
            self.tr("Save brief"),
            str(Path(folder or Path.home()) / self.suggested_name()),
            self.tr("PDF files (*.pdf)"),
        )
        if not path:
            return
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_name(target.name + ".pdf")
        try:
            shutil.copyfile(self.current_pdf, target)
        except OSError as exc:
            QMessageBox.warning(
                self,
                self.tr("Save brief"),
                self.tr("The brief could not be saved to %1: %2")
                .replace("%1", str(target))
                .replace("%2", exc.strerror or str(exc)),
            )
            return
        self.status.setStyleSheet("")
        self.status.setText(self.tr("Saved to %1").replace("%1", str(target)))

    def make_printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageSize(QPageSize(self.paper_id))
        printer.setDocName(self.suggested_name())
        printer.setFromTo(1, self.pages)
        return printer

    def print_(self) -> None:
        if self.current_pdf is None or not self.pages:
            return
        printer = self.make_printer()
        dialog = QPrintDialog(printer, self)
        dialog.setMinMax(1, self.pages)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        sent = print_document(self.pdf, printer)
        self.status.setText(
            self.tr("Sent %1 pages to the printer.").replace("%1", str(sent))
            if sent
            else self.tr("Nothing was printed.")
        )

    # ------------------------------------------------------------------ closing
    def done(self, result: int) -> None:
        self._release()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        # QDialog only calls done() when a visible dialog closes; a dialog closed before
        # it was shown would keep the preview PDF open and its temporary folder behind.
        super().closeEvent(event)
        if event.isAccepted() and not self._closed:
            self._release()

    def _release(self) -> None:
        self._closed = True
        if self._job_progress is not None:
            self._job_progress.cancelled.set()  # nobody will see it: stop at the next page
        self.view.set_document(None)
        self.pdf.close()
        if not self._running:
            self._cleanup()

    def _cleanup(self) -> None:
        """Remove the temporary files; delete the dialog if it was opened fire-and-forget."""
        shutil.rmtree(self._tmp, ignore_errors=True)
        self.current_pdf = None
        if self.delete_when_done:
            self.deleteLater()


def open_brief_dialog(
    parent: QWidget,
    services: Services,
    document: str,
    key: int | None,
    *,
    start: date | None = None,
    end: date | None = None,
) -> None:
    """Open the brief dialog for one record (``key`` None for the deadlines docket)."""
    dialog = BriefDialog(services, document, key, parent, start=start, end=end)
    dialog.delete_when_done = True
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.show()
