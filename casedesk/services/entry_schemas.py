"""Create and Update schemas of the entries hanging on clients, matters and orders.

Like ``ClientCreate``/``ClientUpdate``: raw values as a person typed them, validated by
the rules in :mod:`casedesk.services.entry_rules`. In an Update, a field left as
``None`` stays as it is; an empty string clears an optional field.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class AliasCreate:
    given: str = ""
    surname: str = ""
    second_surname: str = ""
    source: str = ""


@dataclass(frozen=True)
class AliasUpdate:
    given: str | None = None
    surname: str | None = None
    second_surname: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class StatusUpdate:
    status: str | None = None
    date: str | None = None
    country: str | None = None
    source: str | None = None
    confidence: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class CustodyUpdate:
    kind: str | None = None
    date: str | None = None
    place: str | None = None
    country: str | None = None
    source: str | None = None
    confidence: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class NoteCreate:
    body: str
    private: bool = True


@dataclass(frozen=True)
class NoteUpdate:
    body: str | None = None
    private: bool | None = None


@dataclass(frozen=True)
class ContactCreate:
    name: str
    kind: str = "family"
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    note: str = ""


@dataclass(frozen=True)
class ContactUpdate:
    name: str | None = None
    kind: str | None = None
    relationship: str | None = None
    phone: str | None = None
    email: str | None = None
    address: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class DocumentUpdate:
    """A document's name and description; its bytes never change."""

    filename: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class MatterUpdate:
    title: str | None = None
    kind: str | None = None
    court: str | None = None
    docket: str | None = None
    judge: str | None = None
    description: str | None = None


@dataclass(frozen=True)
class PartyUpdate:
    """A client's role on a matter's roster."""

    role: str | None = None


@dataclass(frozen=True)
class OrderUpdate:
    """An order's own fields; its status changes through its status history."""

    kind: str | None = None
    title: str | None = None
    issued: str | None = None
    judge: str | None = None
    summary: str | None = None


@dataclass(frozen=True)
class OrderStatusUpdate:
    status: str | None = None
    date: str | None = None
    source: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class ObligationUpdate:
    """``client_ids``: whom it binds (an empty tuple: the whole roster); None: unchanged."""

    text: str | None = None
    due: str | None = None
    client_ids: tuple[int, ...] | None = None


@dataclass(frozen=True)
class ComplianceUpdate:
    status: str | None = None
    evidence: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class DeadlineUpdate:
    title: str | None = None
    due: str | None = None
    note: str | None = None


EntryUpdate = (
    AliasUpdate
    | StatusUpdate
    | CustodyUpdate
    | NoteUpdate
    | ContactUpdate
    | DocumentUpdate
    | MatterUpdate
    | PartyUpdate
    | OrderUpdate
    | OrderStatusUpdate
    | ObligationUpdate
    | ComplianceUpdate
    | DeadlineUpdate
)


@dataclass(frozen=True)
class HearingCreate:
    """A hearing as typed: ``when`` on the court's clock ("2025-06-12 09:30")."""

    matter_id: int
    kind: str
    when: str
    judge: str = ""
    place: str = ""
    remote_link: str = ""
    note: str = ""


@dataclass(frozen=True)
class HearingUpdate:
    kind: str | None = None
    when: str | None = None
    judge: str | None = None
    place: str | None = None
    remote_link: str | None = None
    note: str | None = None
