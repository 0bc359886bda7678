"""Dialogs that add to a client's record: a new client, a legal-status entry, a
whereabouts event, an alias, a contact, a deadline.

Each is a ``FormDialog``: the service validates, a refused value is marked on its field
with the reason and the dialog stays open; on success the ``Changes`` go out on the bus
and the dialog closes. Pages open them with ``open()`` (window-modal, non-blocking), so
tests can fill and submit them the way a person does.
"""

from enum import StrEnum
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
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
from casedesk.domain.countries import COUNTRIES
from casedesk.domain.dates import EXAMPLES
from casedesk.domain.enums import (
    STATUSES_NEEDING_COUNTRY,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
)
from casedesk.domain.errors import CasedeskError, ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate, StatusCreate
from casedesk.ui.bus import Bus
from casedesk.ui.clients.fields import FieldErrors
from casedesk.ui.errors import show_error
from casedesk.ui.widgets import ERROR_STYLE

W = TypeVar("W", bound=QWidget)


def enum_combo(enum: type[StrEnum], current: str | None = None) -> QComboBox:
    """A combo listing ``enum``'s labels, carrying the stored values as item data."""
    combo = QComboBox()
    for member in enum:
        combo.addItem(getattr(member, "label", member.value), member.value)
    if current is not None:
        combo.setCurrentIndex(max(0, combo.findData(current)))
    return combo


def country_edit(placeholder: str) -> QLineEdit:
    """A line edit completing country names; the service reads names or codes."""
    edit = QLineEdit(placeholderText=placeholder)
    completer = QCompleter(sorted(COUNTRIES.values()), edit)
    completer.setCaseSensitivity(completer.caseSensitivity().CaseInsensitive)
    completer.setFilterMode(completer.filterMode().MatchContains)
    edit.setCompleter(completer)
    return edit


class FormDialog(QDialog):
    """A form whose OK button runs ``submit()`` through the service."""

    def __init__(
        self,
        services: Services,
        bus: Bus,
        title: str,
        ok_text: str,
        parent: QWidget | None = None,
        *,
        initiator: object = None,
    ) -> None:
        super().__init__(parent)
        self.services = services
        self.bus = bus
        self.initiator = initiator
        self.changes: Changes | None = None
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.errors = FieldErrors()
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        fallback = QLabel()
        fallback.setStyleSheet(ERROR_STYLE)
        fallback.setWordWrap(True)
        fallback.hide()
        self.errors.fallback = fallback
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.accepted.connect(self.submit_form)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(fallback)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

    def row(self, label: str, field: str, widget: W) -> W:
        self.errors.add_row(self.form, label, field, widget)
        return widget

    def submit(self) -> Changes:
        raise NotImplementedError

    def submit_form(self) -> None:
        """Validate through the service; stay open and mark the field when refused."""
        self.errors.clear()
        try:
            changes = self.submit()
        except ValidationError as exc:
            if not self.errors.show(exc):
                show_error(self, exc)
            return
        except CasedeskError as exc:
            show_error(self, exc)
            return
        self.changes = changes
        self.bus.announce(changes, self.initiator)
        self.accept()


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


class NewClientDialog(FormDialog):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(services, bus, self.tr("New client"), self.tr("Create client"), parent)
        self.given = self.row(self.tr("Given names"), "given", QLineEdit())
        self.surname = self.row(self.tr("Surname"), "surname", QLineEdit())
        self.second_surname = self.row(self.tr("Second surname"), "second_surname", QLineEdit())
        self.description = self.row(
            self.tr("Description"),
            "description",
            QLineEdit(
                placeholderText=self.tr(
                    "For an unidentified person, e.g. “man on the second flight”"
                )
            ),
        )
        self.a_number = self.row(
            self.tr("A-Number"), "a_number", QLineEdit(placeholderText="A123-456-789")
        )
        self.dob = self.row(
            self.tr("Date of birth"),
            "dob",
            QLineEdit(placeholderText=self.tr("e.g. 1994, March 1994 or 1994-03-15")),
        )
        self.nationality = self.row(
            self.tr("Nationality"), "nationality", country_edit(self.tr("e.g. Venezuela or VE"))
        )
        self.languages = self.row(
            self.tr("Languages"), "languages", QLineEdit(placeholderText=self.tr("Comma-separated"))
        )
        self.tags = self.row(
            self.tr("Tags"), "tags", QLineEdit(placeholderText=self.tr("Comma-separated"))
        )

    def submit(self) -> Changes:
        return self.services.clients.add(
            ClientCreate(
                given=_text(self.given),
                surname=_text(self.surname),
                second_surname=_text(self.second_surname),
                description=_text(self.description),
                a_number=_text(self.a_number) or None,
                dob=_text(self.dob) or None,
                nationality=_text(self.nationality) or None,
                languages=_text(self.languages),
                tags=_text(self.tags),
            )
        )


class HistoryDialog(FormDialog):
    """Shared fields of a dated, sourced fact about one client."""

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(services, bus, title, self.tr("Add"), parent)
        self.client_id = client_id

    def add_common(self) -> None:
        self.date = self.row(
            self.tr("Date"),
            "date",
            QLineEdit(self.services.ctx.today().isoformat(), placeholderText=EXAMPLES),
        )
        self.date.setToolTip(
            self.tr("Partial dates are fine: %1; ~ marks a guess").replace("%1", EXAMPLES)
        )

    def add_sourcing(self) -> None:
        self.source = self.row(
            self.tr("Source"),
            "source",
            QLineEdit(placeholderText=self.tr("Who says so: family, press, a filing…")),
        )
        self.confidence = self.row(
            self.tr("Confidence"), "confidence", enum_combo(Confidence, "reported")
        )
        self.note = self.row(self.tr("Note"), "note", QPlainTextEdit())
        self.note.setMaximumHeight(80)


class StatusDialog(HistoryDialog):
    def __init__(
        self, services: Services, bus: Bus, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, bus, client_id, self.tr("Add legal status"), parent)
        self.add_common()
        self.status = self.row(self.tr("Status"), "status", enum_combo(LegalStatus))
        self.country = self.row(
            self.tr("As to country"),
            "country",
            country_edit(self.tr("Required for withholding and CAT protection")),
        )
        self.add_sourcing()
        self.status.currentIndexChanged.connect(self._country_hint)
        self._country_hint()

    def _country_hint(self) -> None:
        needed = self.status.currentData() in {s.value for s in STATUSES_NEEDING_COUNTRY}
        box = self.country.parentWidget()
        label = self.form.labelForField(box) if box is not None else None
        if isinstance(label, QLabel):
            label.setText(self.tr("As to country *") if needed else self.tr("As to country"))

    def submit(self) -> Changes:
        return self.services.clients.add_status(
            self.client_id,
            StatusCreate(
                status=self.status.currentData(),
                date=_text(self.date),
                country=_text(self.country) or None,
                source=_text(self.source),
                confidence=self.confidence.currentData(),
                note=self.note.toPlainText().strip(),
            ),
        )


class CustodyDialog(HistoryDialog):
    def __init__(
        self, services: Services, bus: Bus, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, bus, client_id, self.tr("Add whereabouts event"), parent)
        self.add_common()
        self.kind = self.row(self.tr("Event"), "kind", enum_combo(CustodyKind))
        self.place = self.row(
            self.tr("Place"), "place", QLineEdit(placeholderText=self.tr("e.g. CECOT, Tecoluca"))
        )
        self.country = self.row(
            self.tr("Country"), "country", country_edit(self.tr("e.g. El Salvador or SV"))
        )
        self.add_sourcing()

    def submit(self) -> Changes:
        return self.services.clients.add_custody(
            self.client_id,
            CustodyCreate(
                kind=self.kind.currentData(),
                date=_text(self.date),
                place=_text(self.place),
                country=_text(self.country) or None,
                source=_text(self.source),
                confidence=self.confidence.currentData(),
                note=self.note.toPlainText().strip(),
            ),
        )


class AliasDialog(FormDialog):
    def __init__(
        self, services: Services, bus: Bus, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, bus, self.tr("Add alias"), self.tr("Add"), parent)
        self.client_id = client_id
        self.given = self.row(self.tr("Given names"), "given", QLineEdit())
        self.surname = self.row(self.tr("Surname"), "surname", QLineEdit())
        self.second_surname = self.row(self.tr("Second surname"), "second_surname", QLineEdit())
        self.source = self.row(
            self.tr("Source"),
            "source",
            QLineEdit(placeholderText=self.tr("Where this spelling appears")),
        )

    def submit(self) -> Changes:
        return self.services.clients.add_alias(
            self.client_id,
            _text(self.given),
            _text(self.surname),
            _text(self.second_surname),
            source=_text(self.source),
        )


class ContactDialog(FormDialog):
    def __init__(
        self, services: Services, bus: Bus, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, bus, self.tr("Add contact"), self.tr("Add"), parent)
        self.client_id = client_id
        self.name = self.row(self.tr("Name"), "name", QLineEdit())
        self.kind = self.row(self.tr("Kind"), "kind", enum_combo(ContactKind))
        self.relationship = self.row(
            self.tr("Relationship"),
            "relationship",
            QLineEdit(placeholderText=self.tr("e.g. mother")),
        )
        self.phone = self.row(self.tr("Phone"), "phone", QLineEdit())
        self.email = self.row(self.tr("E-mail"), "email", QLineEdit())
        self.address = self.row(self.tr("Address"), "address", QLineEdit())

    def submit(self) -> Changes:
        return self.services.clients.add_contact(
            self.client_id,
            _text(self.name),
            kind=self.kind.currentData(),
            relationship=_text(self.relationship),
            phone=_text(self.phone),
            email=_text(self.email),
            address=_text(self.address),
        )


class DeadlineDialog(FormDialog):
    def __init__(
        self, services: Services, bus: Bus, client_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(services, bus, self.tr("Add deadline"), self.tr("Add"), parent)
        self.client_id = client_id
        self.title_edit = self.row(self.tr("What is due"), "title", QLineEdit())
        self.due = self.row(
            self.tr("Due"),
            "due",
            QLineEdit(placeholderText=self.tr("e.g. 2025-05-09 or 2025-05-09 17:00")),
        )
        self.due.setToolTip(self.tr("A date alone means 11:59 pm that day, local time"))
        self.note = self.row(self.tr("Note"), "note", QPlainTextEdit())
        self.note.setMaximumHeight(80)

    def submit(self) -> Changes:
        return self.services.deadlines.add(
            _text(self.title_edit),
            _text(self.due),
            client_id=self.client_id,
            note=self.note.toPlainText().strip(),
        )
