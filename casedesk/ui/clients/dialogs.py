"""Dialogs that add to a client's record, or edit what is there: a new client, a
legal-status entry, a whereabouts event, an alias, a contact, a deadline, a note, a
document's name and description.

Each is a ``FormDialog``: the service validates, a refused value is marked on its field
with the reason and the dialog stays open; on success the ``Changes`` go out on the bus
and the dialog closes. Pages open them with ``open()`` (window-modal, non-blocking), so
tests can fill and submit them the way a person does.
"""

from enum import StrEnum
from typing import Any

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
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
from casedesk.services.entry_schemas import (
    AliasUpdate,
    ContactUpdate,
    CustodyUpdate,
    DeadlineUpdate,
    DocumentUpdate,
    NoteUpdate,
    StatusUpdate,
)
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate, StatusCreate
from casedesk.ui.bus import Bus
from casedesk.ui.entries.form import EntryDialog
from casedesk.ui.form_dialog import FormDialog

__all__ = ["EntryDialog", "FormDialog"]


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


def _text(edit: QLineEdit) -> str:
    return edit.text().strip()


class NewClientDialog(FormDialog):
    def __init__(self, services: Services, bus: Bus, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("New client"), parent, ok_text=self.tr("Create client"), bus=bus)
        self.services = services
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


class ClientEntryDialog(EntryDialog):
    """An entry about one client: ``client_id`` when adding, the stored entry when editing."""

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        titles: tuple[str, str],
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        super().__init__(services, bus, titles, parent, entry=entry)
        self.client_id = client_id if client_id is not None else getattr(entry, "client_id", None)

    def _client(self) -> int:
        if self.client_id is None:  # an entry about a client always has one
            raise ValueError("no client for this entry")
        return self.client_id


class HistoryDialog(ClientEntryDialog):
    """Shared fields of a dated, sourced fact about one client."""

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
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)


class StatusDialog(HistoryDialog):
    entry_kind = "status"
    update_schema = StatusUpdate

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        titles = (self.tr("Add legal status"), self.tr("Edit legal status"))
        super().__init__(services, bus, client_id, titles, parent, entry=entry)
        self.add_common()
        self.status = self.row(self.tr("Status"), "status", enum_combo(LegalStatus))
        self.country = self.row(
            self.tr("As to country"),
            "country",
            country_edit(self.tr("Required for withholding and CAT protection")),
        )
        self.add_sourcing()
        self.status.currentIndexChanged.connect(self._country_hint)
        self.prefill()
        self._country_hint()

    def _country_hint(self) -> None:
        needed = self.status.currentData() in {s.value for s in STATUSES_NEEDING_COUNTRY}
        box = self.country.parentWidget()
        label = self.form.labelForField(box) if box is not None else None
        if isinstance(label, QLabel):
            label.setText(self.tr("As to country *") if needed else self.tr("As to country"))

    def add_entry(self) -> Changes:
        return self.services.clients.add_status(
            self._client(),
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
    entry_kind = "custody"
    update_schema = CustodyUpdate

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        titles = (self.tr("Add whereabouts event"), self.tr("Edit whereabouts event"))
        super().__init__(services, bus, client_id, titles, parent, entry=entry)
        self.add_common()
        self.kind = self.row(self.tr("Event"), "kind", enum_combo(CustodyKind))
        self.place = self.row(
            self.tr("Place"), "place", QLineEdit(placeholderText=self.tr("e.g. CECOT, Tecoluca"))
        )
        self.country = self.row(
            self.tr("Country"), "country", country_edit(self.tr("e.g. El Salvador or SV"))
        )
        self.add_sourcing()
        self.prefill()

    def add_entry(self) -> Changes:
        return self.services.clients.add_custody(
            self._client(),
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


class AliasDialog(ClientEntryDialog):
    entry_kind = "alias"
    update_schema = AliasUpdate

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        titles = (self.tr("Add alias"), self.tr("Edit alias"))
        super().__init__(services, bus, client_id, titles, parent, entry=entry)
        self.given = self.row(self.tr("Given names"), "given", QLineEdit())
        self.surname = self.row(self.tr("Surname"), "surname", QLineEdit())
        self.second_surname = self.row(self.tr("Second surname"), "second_surname", QLineEdit())
        self.source = self.row(
            self.tr("Source"),
            "source",
            QLineEdit(placeholderText=self.tr("Where this spelling appears")),
        )
        self.prefill()

    def add_entry(self) -> Changes:
        return self.services.clients.add_alias(
            self._client(),
            _text(self.given),
            _text(self.surname),
            _text(self.second_surname),
            source=_text(self.source),
        )


class ContactDialog(ClientEntryDialog):
    entry_kind = "contact"
    update_schema = ContactUpdate

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        titles = (self.tr("Add contact"), self.tr("Edit contact"))
        super().__init__(services, bus, client_id, titles, parent, entry=entry)
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
        self.prefill()

    def add_entry(self) -> Changes:
        return self.services.clients.add_contact(
            self._client(),
            _text(self.name),
            kind=self.kind.currentData(),
            relationship=_text(self.relationship),
            phone=_text(self.phone),
            email=_text(self.email),
            address=_text(self.address),
        )


class DeadlineDialog(ClientEntryDialog):
    entry_kind = "deadline"
    update_schema = DeadlineUpdate

    def __init__(
        self,
        services: Services,
        bus: Bus,
        client_id: int | None,
        parent: QWidget | None = None,
        *,
        entry: Any = None,
    ) -> None:
        titles = (self.tr("Add deadline"), self.tr("Edit deadline"))
        super().__init__(services, bus, client_id, titles, parent, entry=entry)
        self.title_edit = self.row(self.tr("What is due"), "title", QLineEdit())
        self.due = self.row(
            self.tr("Due"),
            "due",
            QLineEdit(placeholderText=self.tr("e.g. 2025-05-09 or 2025-05-09 17:00")),
        )
        self.due.setToolTip(self.tr("A date alone means 11:59 pm that day, local time"))
        self.note = self.row(self.tr("Note"), "note", QPlainTextEdit())
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(80)
        self.prefill()

    def add_entry(self) -> Changes:
        return self.services.deadlines.add(
            _text(self.title_edit),
            _text(self.due),
            client_id=self.client_id,
            note=self.note.toPlainText().strip(),
        )


class NoteDialog(ClientEntryDialog):
    """Editing a note (notes are added inline on the Notes tab)."""

    entry_kind = "note"
    update_schema = NoteUpdate

    def __init__(
        self, services: Services, bus: Bus, parent: QWidget | None = None, *, entry: Any = None
    ) -> None:
        titles = (self.tr("Add note"), self.tr("Edit note"))
        super().__init__(services, bus, None, titles, parent, entry=entry)
        self.body = self.row(self.tr("Note"), "body", QPlainTextEdit())
        self.body.setTabChangesFocus(True)
        self.body.setMinimumHeight(120)
        self.private = self.row(
            "", "private", QCheckBox(self.tr("Private (left out of court and public briefs)"))
        )
        self.prefill()

    def add_entry(self) -> Changes:
        return self.services.clients.add_note(
            self._client(), self.body.toPlainText(), private=self.private.isChecked()
        )


class DocumentDialog(ClientEntryDialog):
    """Editing a document's name and description (its bytes never change)."""

    entry_kind = "document"
    update_schema = DocumentUpdate

    def __init__(
        self, services: Services, bus: Bus, parent: QWidget | None = None, *, entry: Any = None
    ) -> None:
        titles = (self.tr("Document"), self.tr("Edit document"))
        super().__init__(services, bus, None, titles, parent, entry=entry)
        self.filename = self.row(self.tr("File name"), "filename", QLineEdit())
        self.description = self.row(self.tr("Description"), "description", QPlainTextEdit())
        self.description.setTabChangesFocus(True)
        self.description.setMaximumHeight(80)
        self.prefill()
