"""Schemas split by purpose: what a use case accepts (``*Create``/``*Update``, raw
values as a person typed them) and what it returns (``*View``/``*Row``, plain data
that the GUI, the CLI's ``--json`` and the briefs read; never ORM rows).

Inputs are plain frozen dataclasses: the services validate them field by field with
the domain parsers, so every refusal is a ``ValidationError`` naming the field.
"""

from dataclasses import dataclass, field

from pydantic import BaseModel, ConfigDict


# ----------------------------------------------------------------------------- inputs
@dataclass(frozen=True)
class ClientCreate:
    given: str = ""
    surname: str = ""
    second_surname: str = ""
    description: str = ""
    a_number: str | None = None
    dob: str | None = None
    nationality: str | None = None
    languages: str = ""
    tags: str = ""


@dataclass(frozen=True)
class ClientUpdate:
    """Fields left as None stay as they are; an empty string clears an optional field."""

    given: str | None = None
    surname: str | None = None
    second_surname: str | None = None
    description: str | None = None
    a_number: str | None = None
    dob: str | None = None
    nationality: str | None = None
    languages: str | None = None
    tags: str | None = None


@dataclass(frozen=True)
class StatusCreate:
    status: str
    date: str
    country: str | None = None
    source: str = ""
    confidence: str = "reported"
    note: str = ""


@dataclass(frozen=True)
class CustodyCreate:
    kind: str
    date: str
    place: str = ""
    country: str | None = None
    source: str = ""
    confidence: str = "reported"
    note: str = ""


@dataclass(frozen=True)
class MatterCreate:
    title: str
    kind: str
    court: str
    docket: str
    judge: str = ""
    description: str = ""


@dataclass(frozen=True)
class OrderCreate:
    matter_id: int
    kind: str
    title: str
    issued: str
    status: str = "in_force"
    summary: str = ""
    judge: str = ""


@dataclass(frozen=True)
class ObligationCreate:
    order_id: int
    text: str
    due: str | None
    client_ids: tuple[int, ...] = field(default_factory=tuple)
    #: Instead of ``due``: the event and the period it runs from ("14 days"), FRCP 6(a).
    after: str | None = None
    within: str | None = None


@dataclass(frozen=True)
class ComplianceSet:
    obligation_id: int
    client_id: int
    status: str
    evidence: str = ""
    date: str | None = None


@dataclass(frozen=True)
class ClientQuery:
    """A page of the client list; every filter and the sort run in SQL."""

    status: str | None = None
    whereabouts: str | None = None
    nationality: str | None = None
    matter_id: int | None = None
    tag: str | None = None
    include_archived: bool = False
    archived_only: bool = False
    sort: str = "name"
    descending: bool = False
    offset: int = 0
    limit: int = 200
    #: False for the next page of a list already counted: the total is not counted again
    #: (a count over a million clients on every scroll step); the page's total is then -1.
    with_total: bool = True
    #: Where the page starts: the ``after`` of the previous page (a keyset, so a page deep
    #: in a million clients costs what the first does); ``offset`` is ignored with it.
    after: tuple[str | int | None, ...] | None = None


# ----------------------------------------------------------------------------- views
class View(BaseModel):
    model_config = ConfigDict(frozen=True)


class ClientRow(View):
    id: int
    display_name: str
    a_number: str | None
    a_number_display: str | None
    nationality: str | None
    status: str
    status_since: str | None
    whereabouts: str | None
    whereabouts_place: str
    whereabouts_country: str | None
    whereabouts_since: str | None
    last_contact: str | None
    days_since_contact: int | None
    archived: bool
    matters: list[str] = []


class AliasView(View):
    id: int
    display_name: str
    source: str
    version: int = 1


class StatusView(View):
    id: int
    status: str
    label: str
    date: str | None  # None: the date is unknown
    country: str | None
    source: str
    confidence: str
    note: str
    version: int = 1


class CustodyView(View):
    id: int
    kind: str
    label: str
    date: str | None  # None: date unknown (imported without one)
    place: str
    country: str | None
    source: str
    confidence: str
    note: str
    version: int = 1


class MatterLinkView(View):
    matter_id: int
    title: str
    court: str
    docket: str
    role: str
    judge: str = ""
    #: The link's own id (``casedesk links edit|remove``) and version.
    party_id: int = 0
    version: int = 1


class ObligationForClient(View):
    obligation_id: int
    order_id: int
    order_title: str
    matter_id: int
    text: str
    due_at: str
    overdue: bool
    days_overdue: int
    compliance: str
    evidence: str
    #: The latest compliance record for this person (None: nothing recorded yet).
    compliance_id: int | None = None
    state: str = "due"
    due_display: str = ""


class DeadlineView(View):
    id: int
    title: str
    due_at: str
    done: bool
    client_id: int | None
    matter_id: int | None
    overdue: bool
    version: int = 1
    state: str = "due"
    due_display: str = ""


class NoteView(View):
    id: int
    body: str
    private: bool
    author: str
    created_at: str
    version: int = 1


class ContactView(View):
    id: int
    name: str
    kind: str
    relationship: str
    phone: str
    email: str
    address: str
    version: int = 1


class DocumentRef(View):
    """A document kept for a client (its bytes are read separately)."""

    id: int
    filename: str
    media_type: str
    size: int
    description: str
    created_at: str
    version: int = 1


class ClientDetail(ClientRow):
    given: str
    surname: str
    second_surname: str
    description: str
    dob: str | None
    languages: str
    tags: str
    version: int
    aliases: list[AliasView]
    statuses: list[StatusView]
    custody: list[CustodyView]
    matter_links: list[MatterLinkView]
    obligations: list[ObligationForClient]
    deadlines: list[DeadlineView]
    notes: list[NoteView]
    contacts: list[ContactView]
    documents: list[DocumentRef] = []


class ClientPage(View):
    rows: list[ClientRow]
    total: int
    offset: int
    #: Hand back as ``ClientQuery.after`` for the page that follows (None: no rows).
    after: tuple[str | int | None, ...] | None = None


class PartyView(View):
    client_id: int
    display_name: str
    role: str
    status: str
    whereabouts: str | None
    last_contact: str | None
    #: The link's own id (RecordService kind "party") and version.
    party_id: int = 0
    version: int = 1


class OrderStatusView(View):
    status: str
    date: str
    source: str
    note: str
    id: int = 0
    version: int = 1


class ComplianceView(View):
    client_id: int
    display_name: str
    status: str
    evidence: str
    date: str | None
    #: The compliance record shown (None: nothing recorded yet).
    record_id: int | None = None
    version: int = 1


class ObligationView(View):
    id: int
    order_id: int
    text: str
    due_at: str
    overdue: bool
    days_overdue: int
    binds_whole_roster: bool
    compliance: list[ComplianceView]
    version: int = 1
    #: Revision 0012 (issue 12): the one definition of where it stands ("due", "overdue",
    #: "done", "suspended", "moot"), its zone, display and compliance as a whole.
    state: str = "due"
    due_zone: str = "UTC"
    due_display: str = ""
    due_utc: str = ""
    whole_compliance: str | None = None


class OrderHeader(View):
    """What every view of an order shows: the order and its matter's caption."""

    id: int
    matter_id: int
    matter_title: str
    court: str
    docket: str
    kind: str
    title: str
    issued_at: str
    judge: str
    status: str
    summary: str


class OrderView(OrderHeader):
    history: list[OrderStatusView]
    obligations: list[ObligationView]


class MatterView(View):
    id: int
    title: str
    kind: str
    court: str
    docket: str
    judge: str
    description: str
    parties: list[PartyView]
    orders: list[OrderView]


class SearchHit(ClientRow):
    matched: str = ""
