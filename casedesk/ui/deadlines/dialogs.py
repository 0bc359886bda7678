"""The "Add deadline" dialog: title, due date and time, and optionally the client (found
by any spelling) and matter it belongs to.

The dialog runs the service itself on OK so that a refused value is marked on its field
with the reason, and the dialog stays open with everything typed still there.
"""

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QDateTime, Qt, QTime, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from casedesk.domain.changes import Changes
from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.services.registry import Services
from casedesk.ui.due_preview import DuePreview, PresetButton
from casedesk.ui.errors import explain
from casedesk.ui.widgets import ERROR_STYLE

SEARCH_DELAY_MS = 200


class AddDeadlineDialog(QDialog):
    """On success ``changes`` holds what the service changed (announce it on the bus)."""

    def __init__(
        self,
        services: Services,
        parent: QWidget | None = None,
        *,
        due: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.changes: Changes | None = None
        self.setWindowTitle(self.tr("Add deadline"))
        self.setMinimumWidth(460)

        self._build_fields(due)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Add deadline"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_form())
        layout.addWidget(self.general_error)
        layout.addWidget(self.buttons)

        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self.find_clients)
        self.client_search.textChanged.connect(lambda _text: self._search_timer.start())
        self.client_search.returnPressed.connect(self.find_clients)
        self.title_edit.setFocus()

    def _build_fields(self, due: date | None) -> None:
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("e.g. File reply brief"))
        self.due_edit = QDateTimeEdit()
        self.due_edit.setCalendarPopup(True)
        self.due_edit.setDisplayFormat("yyyy-MM-dd HH:mm")
        day = due or self.services.ctx.today() + timedelta(days=7)
        # Court deadlines are usually end of business; 17:00 is a safer default than midnight.
        self.due_edit.setDateTime(QDateTime(QDate(day.year, day.month, day.day), QTime(17, 0)))
        self.client_search = QLineEdit()
        self.client_search.setPlaceholderText(self.tr("Type a name or A-Number to find a client"))
        self.client_search.setClearButtonEnabled(True)
        self.client_combo = QComboBox()
        self.client_combo.addItem(self.tr("— no client —"), None)
        self.matter_combo = QComboBox()
        self.matter_combo.addItem(self.tr("— no matter —"), None)
        for matter in self.services.matters.list():
            self.matter_combo.addItem(f"{matter.title} ({matter.docket})", matter.id)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setFixedHeight(70)
        # "14 days after 2025-06-20": computed by FRCP 6(a) on the matter's court's clock.
        self.within_edit = QLineEdit()
        self.within_edit.setPlaceholderText(
            self.tr("Or a period after an event: 14 days after 2025-06-20")
        )
        self.within_edit.setClearButtonEnabled(True)
        self._courts = {m.id: m.court for m in self.services.matters.list()}
        self.preview = DuePreview(self.services, self.within_edit, None, self)
        self.presets = PresetButton(self.within_edit, self.services.ctx.today(), self)
        self.matter_combo.currentIndexChanged.connect(self._matter_changed)

    def _build_form(self) -> QFormLayout:
        """Each field with its caption and, under it, the reason when it is refused."""
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for field, label, widget in (
            ("title", self.tr("&Title"), self.title_edit),
            ("due", self.tr("&Due"), self.due_edit),
            ("within", self.tr("Or &within"), self.within_edit),
            ("preview", "", self.preview),
            ("preset", self.tr("Pre&sets"), self.presets),
            ("client", self.tr("&Find client"), self.client_search),
            ("client_pick", self.tr("Client"), self.client_combo),
            ("matter", self.tr("&Matter"), self.matter_combo),
            ("note", self.tr("&Note"), self.note_edit),
        ):
            box = QVBoxLayout()
            box.setSpacing(2)
            box.addWidget(widget)
            error = QLabel()
            error.setStyleSheet(ERROR_STYLE)
            error.setWordWrap(True)
            error.hide()
            box.addWidget(error)
            self.errors[field] = error
            # The field is a layout (widget + reason), so the label needs its buddy set
            # by hand for the Alt+letter mnemonic to work.
            caption = QLabel(label)
            caption.setBuddy(widget)
            form.addRow(caption, box)
        self.general_error = QLabel()
        self.general_error.setStyleSheet(ERROR_STYLE)
        self.general_error.setWordWrap(True)
        self.general_error.hide()
        return form

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        # Enter in the client search runs the search; it must not also press "Add".
        if self.focusWidget() is self.client_search and event.key() in (
            Qt.Key.Key_Return,
            Qt.Key.Key_Enter,
        ):
            return
        super().keyPressEvent(event)

    # ------------------------------------------------------------------ client search
    def find_clients(self) -> None:
        """Refill the client choice with the best matches for what was typed."""
        self._search_timer.stop()
        self._show_error("client", "")
        query = self.client_search.text().strip()
        self.client_combo.clear()
        self.client_combo.addItem(self.tr("— no client —"), None)
        if not query:
            return
        try:
            hits = self.services.search.clients(query, limit=20)
        except ValidationError as exc:
            self._show_error("client", exc.reason)
            return
        for hit in hits:
            label = hit.display_name
            if hit.a_number_display:
                label += f" ({hit.a_number_display})"
            self.client_combo.addItem(label, hit.id)
        if hits:
            self.client_combo.setCurrentIndex(1)  # the best match; the person can change it
        else:
            self._show_error("client", self.tr("No client matches “%1”.").replace("%1", query))

    def _matter_changed(self) -> None:
        self.preview.court = self._courts.get(self.matter_combo.currentData())
        self.preview.refresh()

    # ------------------------------------------------------------------ saving
    def due_text(self) -> str:
        """The chosen due time as the service reads it (wall time on the court's clock, else
        the user's)."""
        value = self.due_edit.dateTime()
        d, t = value.date(), value.time()
        return datetime.combine(
            date(d.year(), d.month(), d.day()), time(t.hour(), t.minute())
        ).isoformat(timespec="minutes")

    def _show_error(self, field: str, reason: str) -> None:
        label = self.errors.get(field, self.general_error)
        label.setText(reason)
        label.setVisible(bool(reason))

    def accept(self) -> None:
        for field in self.errors:
            self._show_error(field, "")
        self.general_error.hide()
        try:
            self.changes = self.services.deadlines.add(
                self.title_edit.text(),
                self.within_edit.text().strip() or self.due_text(),
                client_id=self.client_combo.currentData(),
                matter_id=self.matter_combo.currentData(),
                note=self.note_edit.toPlainText(),
            )
        except ValidationError as exc:
            if exc.field == "after":
                exc = ValidationError("within", exc.reason)
            if exc.field in self.errors:
                self._show_error(exc.field, exc.reason)
                focus = {"title": self.title_edit, "due": self.due_edit, "note": self.note_edit}
                if exc.field in focus:
                    focus[exc.field].setFocus()
            else:
                self.general_error.setText(explain(exc))
                self.general_error.show()
            return
        except CasedeskError as exc:  # e.g. the client was deleted meanwhile
            self.general_error.setText(explain(exc))
            self.general_error.show()
            return
        super().accept()
