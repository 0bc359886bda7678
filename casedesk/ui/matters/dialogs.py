"""Dialogs of the matters page: open a new matter, and add a client to a roster.

The client picker searches as the person types (any spelling, alias or A-Number,
through ``services.search.clients``), debounced so a fast typist does not run a query
per keystroke.
"""

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.enums import LabelledEnum, LegalStatus, MatterKind, PartyRole
from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.form import FormDialog

SEARCH_DELAY_MS = 150
PICKER_LIMIT = 30


def enum_combo(values: type[LabelledEnum], current: str | None = None) -> QComboBox:
    """A combo box of an enum's labels holding the stored values as item data."""
    combo = QComboBox()
    for member in values:
        combo.addItem(tr_label(member), member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


class NewMatterDialog(FormDialog):
    """Title, kind, court, docket, judge and a description; checked by the service."""

    def __init__(self, services: Services, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("New matter"))
        self.services = services
        self.title_edit = QLineEdit()
        self.kind = enum_combo(MatterKind, MatterKind.HABEAS.value)
        self.court = QLineEdit(placeholderText=self.tr("e.g. D.D.C., D. Mass., S.D. Tex."))
        self.docket = QLineEdit(placeholderText=self.tr("e.g. 1:25-cv-00766, 24A931, 25-5067"))
        self.judge = QLineEdit()
        self.description = QPlainTextEdit()
        self.description.setTabChangesFocus(True)
        self.description.setFixedHeight(70)
        self.add_field(self.tr("&Title"), "title", self.title_edit)
        self.add_field(self.tr("&Kind"), "kind", self.kind)
        self.add_field(self.tr("&Court"), "court", self.court)
        self.add_field(self.tr("&Docket"), "docket", self.docket)
        self.add_field(self.tr("&Judge"), "judge", self.judge)
        self.add_field(self.tr("D&escription"), "description", self.description)
        self.action = self._create

    def _create(self) -> Changes:
        return self.services.matters.add(
            MatterCreate(
                title=self.title_edit.text(),
                kind=str(self.kind.currentData()),
                court=self.court.text(),
                docket=self.docket.text(),
                judge=self.judge.text(),
                description=self.description.toPlainText(),
            )
        )


class AddClientDialog(FormDialog):
    """Find a client as you type, pick a role, and link them to the matter."""

    def __init__(self, services: Services, matter_id: int, parent: QWidget | None = None) -> None:
        super().__init__("", parent)
        self.setWindowTitle(self.tr("Add client to matter"))
        self.services = services
        self.matter_id = matter_id
        self.query = QLineEdit(placeholderText=self.tr("Name in any spelling, alias or A-Number"))
        self.query.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.setMinimumHeight(180)
        self.role = enum_combo(PartyRole, PartyRole.CLASS_MEMBER.value)
        self.add_field(self.tr("&Find"), "query", self.query)
        self.add_field(self.tr("&Client"), "client", self.results)
        self.add_field(self.tr("&Role"), "role", self.role)
        self._debounce = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.run_search)
        self.query.textChanged.connect(lambda _text: self._debounce.start())
        self.query.returnPressed.connect(self.run_search)
        self.results.itemDoubleClicked.connect(lambda _item: self.submit_form())
        self.action = self._link

    def run_search(self) -> None:
        self._debounce.stop()
        self.results.clear()
        text = self.query.text().strip()
        if not text:
            return
        try:
            hits = self.services.search.clients(text, limit=PICKER_LIMIT)
        except ValidationError as exc:
            self.mark(exc)
            return
        self.clear_marks()
        for hit in hits:
            details = [tr_label(LegalStatus(hit.status))]
            if hit.a_number_display:
                details.insert(0, hit.a_number_display)
            item = QListWidgetItem(f"{hit.display_name} — {', '.join(details)}")
            item.setData(Qt.ItemDataRole.UserRole, hit.id)
            self.results.addItem(item)
        if hits:
            self.results.setCurrentRow(0)
        else:
            self.results.addItem(self.tr("No client matches; check the spelling or try an alias."))
            self.results.item(0).setFlags(Qt.ItemFlag.NoItemFlags)

    def chosen_client(self) -> int | None:
        row = self.results.currentRow()
        if row < 0:
            return None
        value = self.results.item(row).data(Qt.ItemDataRole.UserRole)
        return int(value) if value is not None else None

    def _link(self) -> Changes:
        client_id = self.chosen_client()
        if client_id is None:
            raise ValidationError("client", self.tr("choose a client from the list first"))
        return self.services.matters.link(client_id, self.matter_id, str(self.role.currentData()))
