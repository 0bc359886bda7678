"""The import wizard: choose a file, check the column mapping, preview the first rows,
import (or only check) with progress and cancel, then read the summary.

A casedesk JSON export is a whole store, not a table: it has no mapping or preview, so
the wizard goes straight from the file to the import step (the service restores it into
an empty store and refuses a store that already holds records).
"""

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget, QWizard

from casedesk.formats.csv_rows import Table
from casedesk.formats.mapping import ColumnMapping
from casedesk.services.imports import ImportReport
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus

PAGE_FILE, PAGE_MAPPING, PAGE_PREVIEW, PAGE_RUN, PAGE_SUMMARY = range(5)

#: Fields of which at least one must be mapped, or no row could name a person (the same
#: rule the import service applies; checked here so the person fixes it on the mapping).
IDENTIFYING_FIELDS = frozenset({"id", "a_number", "given", "surname", "full_name", "description"})

#: Rows read through the row checks for the preview: enough to show a file's typical
#: problems, few enough to check instantly on the GUI thread.
PREVIEW_ROWS = 200


@dataclass
class ImportState:
    """What the steps share: the file, its table, the mapping and the outcome."""

    path: Path | None = None
    table: Table | None = None
    mapping: ColumnMapping | None = None
    report: ImportReport | None = None
    rejects: Path | None = None
    #: Rows matched by A-Number rewrite the stored names instead of adding an alias.
    replace_names: bool = False
    seen_paths: list[Path] = field(default_factory=list)

    @property
    def is_json(self) -> bool:
        return self.path is not None and self.path.suffix.lower() == ".json"


class ImportWizard(QWizard):
    """Five steps over one ``ImportState``; the steps live in ``file_steps``/``run_steps``."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # Imported lazily: the step modules import this one for the shared constants.
        from casedesk.ui.imports.file_steps import FilePage, MappingPage  # noqa: PLC0415
        from casedesk.ui.imports.run_steps import PreviewPage, RunPage, SummaryPage  # noqa: PLC0415

        self.services = services
        self.bus = bus
        self.state = ImportState()
        self.setWindowTitle(self.tr("Import clients"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnLastPage, True)
        self.setOption(QWizard.WizardOption.NoCancelButtonOnLastPage, True)
        self.setMinimumSize(820, 560)
        self.resize(1000, 680)
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.preview_page = PreviewPage(self)
        self.run_page = RunPage(self)
        self.summary_page = SummaryPage(self)
        for page_id, page in (
            (PAGE_FILE, self.file_page),
            (PAGE_MAPPING, self.mapping_page),
            (PAGE_PREVIEW, self.preview_page),
            (PAGE_RUN, self.run_page),
            (PAGE_SUMMARY, self.summary_page),
        ):
            self.setPage(page_id, page)
        self.setStartId(PAGE_FILE)

    @property
    def busy(self) -> bool:
        return self.file_page.job is not None or self.run_page.job is not None

    def reject(self) -> None:
        """Closing while work runs asks the work to stop first; nothing is cut off midway."""
        for job in (self.file_page.job, self.run_page.job):
            if job is not None:
                job.progress.cancelled.set()
                return
        super().reject()


def open_import_wizard(parent: QWidget, services: Services, bus: Bus) -> None:
    """Open the import wizard over ``parent`` (window-modal; returns at once)."""
    wizard = ImportWizard(services, bus, parent)
    wizard.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    wizard.open()
