"""Hearings on the Matters page: a tab listing the selected matter's hearings, and the
one form that adds a hearing and (prefilled, through ``EntryEdit``) corrects it.

Times are typed and shown on the court's clock ("12 Jun 2025 09:30 EDT"), with the
user's own beside it when it differs; past hearings stay listed, greyed, as the record
of what happened when.
"""

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.hearings import HearingKind
from casedesk.services.entry_schemas import HearingCreate, HearingUpdate
from casedesk.services.hearings import HearingView
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.entries.actions import attach
from casedesk.ui.entries.form import EntryEdit
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.labels import label as tr_label
from casedesk.ui.matters.dialogs import enum_combo
from casedesk.ui.table_model import BaseTableModel
from casedesk.ui.widgets import make_table

COL_WHEN, COL_KIND, COL_JUDGE, COL_WHERE, COL_NOTE = range(5)
HELD_COLOUR = QColor(130, 130, 130)


class HearingDialog(FormDialog):
    """Kind, when (on the court's clock), judge, place, remote link and a note."""

    def __init__(
        self,
        services: Services,
        matter_id: int,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
        bus: Bus | None = None,
    ) -> None:
        super().__init__("", parent, bus=bus)
        self.setWindowTitle(self.tr("Add hearing"))
        self.services = services
        self.matter_id = matter_id
        self.kind = self.add_field(
            self.tr("&Kind"), "kind", enum_combo(HearingKind, HearingKind.STATUS_CONFERENCE.value)
        )
        self.when = self.add_field(
            self.tr("&When"),
            "when",
            QLineEdit(placeholderText=self.tr("e.g. 2025-06-12 09:30 (the court's local time)")),
        )
        self.when.setToolTip(
            self.tr("Read on the court's clock; add a zone to use another, e.g. America/Chicago")
        )
        self.judge = self.add_field(
            self.tr("&Judge"), "judge", QLineEdit(placeholderText=self.tr("the matter's judge"))
        )
        self.place = self.add_field(
            self.tr("&Place"), "place", QLineEdit(placeholderText=self.tr("courtroom and building"))
        )
        self.link = self.add_field(
            self.tr("Remote &link"), "remote_link", QLineEdit(placeholderText="https://…")
        )
        self.note = self.add_field(self.tr("&Note"), "note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setFixedHeight(70)
        self.action = self._create
        self.edit: EntryEdit | None = None
        if entry is not None:
            self.edit = EntryEdit(
                self, services, "hearing", entry, HearingUpdate, title=self.tr("Edit hearing")
            )

    def _create(self) -> Changes:
        return self.services.hearings.add(
            HearingCreate(
                matter_id=self.matter_id,
                kind=str(self.kind.currentData()),
                when=self.when.text(),
                judge=self.judge.text(),
                place=self.place.text(),
                remote_link=self.link.text(),
                note=self.note.toPlainText(),
            )
        )


class HearingModel(BaseTableModel):
    """One matter's hearings, soonest first; held ones greyed."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent)
        self.headers = (
            self.tr("When"),
            self.tr("Kind"),
            self.tr("Judge"),
            self.tr("Where"),
            self.tr("Note"),
        )

    def cell(self, row: HearingView, column: int) -> str | None:
        if column == COL_WHEN:
            return row.display
        if column == COL_KIND:
            return tr_label(HearingKind(row.kind))
        if column == COL_JUDGE:
            return row.judge
        if column == COL_WHERE:
            return row.where
        if column == COL_NOTE:
            return row.note.replace("\n", " ")
        return None

    def style(self, row: HearingView, column: int, role: int) -> object:
        if role == Qt.ItemDataRole.ForegroundRole and row.state == "held":
            return HELD_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_WHEN:
            return row.court_display
        return None


class HearingsTab(QWidget):
    """The Hearings tab: the list, "Add hearing…", and edit/remove as on every table."""

    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.matter_id: int | None = None
        self.model = HearingModel(self)
        self.table = make_table(self.model)
        for column, width in enumerate((230, 190, 160, 260)):
            self.table.setColumnWidth(column, width)
        self.add_button = QPushButton(self.tr("Add &hearing…"))
        self.add_button.clicked.connect(self.add_hearing)
        self.empty = QLabel(self.tr("No hearings yet. Click “Add hearing…” to record one."))
        self.empty.setStyleSheet("color: palette(mid);")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.empty)
        buttons.addStretch(1)  # the button keeps its own width whether or not the note shows
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        attach(self, self.table, services, bus, "hearing")  # edit, remove, copy
        #: The add form opened last (tests fill it as a person would).
        self.dialog: HearingDialog | None = None

    def show_matter(self, matter_id: int | None) -> int:
        """List ``matter_id``'s hearings (none for None); returns how many."""
        self.matter_id = matter_id
        rows = self.services.hearings.list(matter_id=matter_id) if matter_id else []
        self.model.set_rows(rows)
        self.empty.setVisible(not rows)
        self.add_button.setEnabled(matter_id is not None)
        return len(rows)

    def add_hearing(self) -> None:
        if self.matter_id is None:
            return
        self.dialog = HearingDialog(self.services, self.matter_id, self, bus=self.bus)
        self.dialog.open()
