"""The Documents tab: files kept inside the store beside a client's record.

Attach copies a file in (with its SHA-256); Open writes a private temporary copy and
hands it to the desktop; Verify re-hashes the stored bytes and says OK or MISMATCH;
Save a copy writes the file where the person chooses.
"""

import shutil
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from casedesk.domain.errors import CasedeskError
from casedesk.services.documents import DocumentView
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientDetail
from casedesk.ui.bus import Bus
from casedesk.ui.clients.detail_models import DocumentModel
from casedesk.ui.clients.tabs import ClientTab, make_table
from casedesk.ui.entries.actions import attach
from casedesk.ui.errors import show_error
from casedesk.ui.ops import mutate


class DocumentsTab(ClientTab):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, parent)
        self.model = DocumentModel()
        self.table = make_table(self.model, DocumentModel.COL_DESCRIPTION)
        self.table.setColumnWidth(DocumentModel.COL_NAME, 220)
        self.table.setColumnWidth(DocumentModel.COL_CHECK, 220)
        self.table.doubleClicked.connect(lambda _index: self.open_document())
        # Double-click opens the file, as files open everywhere; Enter or the menu edits
        # its name and description.
        self.actions_ = attach(self, self.table, services, bus, "document", edit_on_activate=False)
        self.empty = QLabel(self.tr("No documents yet. Attach a scan, a filing or a photo."))
        self.layout_.addWidget(self.table, 1)
        self.layout_.addWidget(self.empty)
        self.add_button(self.tr("Attach…"), self.attach)
        self.open_button = self.add_button(self.tr("Open"), self.open_document)
        self.verify_button = self.add_button(
            self.tr("Verify"),
            self.verify,
            self.tr("Check that the stored file still matches its SHA-256 fingerprint"),
        )
        self.save_button = self.add_button(self.tr("Save a copy…"), self.save_copy)
        self.table.selectionModel().selectionChanged.connect(self._selection)
        self.finish_layout()
        self._temp: Path | None = None
        self._selection()

    def load(self, detail: ClientDetail | None) -> None:
        if detail is None or self.detail is None or detail.id != self.detail.id:
            self.model.checked.clear()  # check results belong to the client they were made on
        super().load(detail)
        try:
            rows = self.services.documents.list(detail.id) if detail else []
        except CasedeskError as exc:
            show_error(self, exc)
            rows = []
        self.model.set_rows(rows)
        self.empty.setVisible(detail is not None and not rows)
        self._selection()

    def selected(self) -> DocumentView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection(self) -> None:
        has = self.selected() is not None
        for button in (self.open_button, self.verify_button, self.save_button):
            button.setEnabled(has)

    def attach(self) -> None:
        if self.detail is None:
            return
        path, _filter = QFileDialog.getOpenFileName(self, self.tr("Attach a document"))
        if path:
            client_id = self.detail.id
            mutate(self, self.bus, lambda: self.services.documents.attach(client_id, Path(path)))

    def open_document(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        # A folder per document keeps the original file name (the desktop picks the
        # application by its extension) without two files colliding.
        folder = self._temp_folder() / str(doc.id)
        folder.mkdir(exist_ok=True)
        try:
            target = self.services.documents.save_copy(doc.id, folder / Path(doc.filename).name)
        except CasedeskError as exc:
            show_error(self, exc)
            return
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(target)))

    def _temp_folder(self) -> Path:
        """A private folder for opened copies, removed when the application quits
        (privileged files should not linger in the system's temporary folder)."""
        if self._temp is None:
            self._temp = Path(tempfile.mkdtemp(prefix="casedesk-open-"))
            folder = self._temp
            app = QCoreApplication.instance()
            if app is not None:
                app.aboutToQuit.connect(lambda: shutil.rmtree(folder, ignore_errors=True))
        return self._temp

    def verify(self) -> bool | None:
        doc = self.selected()
        if doc is None:
            return None
        try:
            ok = self.services.documents.verify(doc.id)
        except CasedeskError as exc:
            show_error(self, exc)
            return None
        self.model.set_checked(doc.id, ok)
        if not ok:
            QMessageBox.warning(
                self,
                self.tr("Document changed"),
                self.tr(
                    "%1 no longer matches the fingerprint recorded when it was attached. "
                    "Do not rely on this copy; restore it from a backup."
                ).replace("%1", doc.filename),
            )
        return ok

    def save_copy(self) -> None:
        doc = self.selected()
        if doc is None:
            return
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"), str(Path.home() / doc.filename)
        )
        if not path:
            return
        try:
            self.services.documents.save_copy(doc.id, Path(path))
        except CasedeskError as exc:
            show_error(self, exc)
