"""Plain, frozen inputs of the PDF briefs.

The services layer fills these from the store; the renderers only lay them out. Values
are already formatted where formatting is domain knowledge (A-Numbers, partial dates,
"12 days ago"), so the briefs never parse or compute legal facts. Where a renderer must
sort, a sortable value travels beside the display string (``due`` beside
``due_display``).

Every record describing a person carries the full, privileged values; ``redact`` (see
``redact.py``) removes what a profile withholds before any layout happens.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from pathlib import Path
from typing import Literal

from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LabelledEnum,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)

PageSize = Literal["letter", "a4"]


class Profile(StrEnum):
    """Who a brief is for, and therefore what it may show."""

    FULL = "full"  # privileged file: everything, with a confidentiality banner
    COURT = "court"  # birth year only, masked A-Number, no contacts, no private notes
    PUBLIC = "public"  # initials, no identifiers, no birth dates, contacts or notes


@dataclass(frozen=True)
class BriefOptions:
    """How to print: letterhead, paper, audience. ``generated_at`` is shown on every page."""

    organisation: str
    generated_at: datetime
    address_lines: tuple[str, ...] = ()
    logo_path: Path | None = None
    page_size: PageSize = "letter"
    author: str = ""
    profile: Profile = Profile.FULL
    lang: str = "en-US"
    # The audit chain's head when the brief was made (a short hash in the footer of full
    # and court briefs): `casedesk check --anchor HASH` proves the trail still holds it.
    audit_anchor: str = ""


@dataclass(frozen=True)
class Provenance:
    """Where a fact comes from and how far it is trusted; printed beside the fact."""

    source: str = ""
    confidence: Confidence = Confidence.UNVERIFIED


@dataclass(frozen=True)
class Person:
    """A client as the briefs name them. Empty strings mean "not known".

    ``initials`` may be left empty: ``redact`` derives them from ``full_name``.
    ``birth_year_display`` is what the court profile shows instead of the full date.
    """

    full_name: str
    initials: str = ""
    a_number_display: str = ""  # "A-123-456-789"
    a_number_masked: str = ""  # "A-XXX-XXX-789"
    date_of_birth_display: str = ""  # "3 May 1994", or partial: "May 1994"
    birth_year_display: str = ""  # "1994"
    nationality: str = ""
    provenance: Provenance = field(default_factory=Provenance)
    #: The full date of birth as ISO text, so identifier masking can find it typed in
    #: free text; ``redact`` clears it for every profile but ``full``.
    birth_date_iso: str = ""
    #: True when ``full_name`` is a description of an unidentified person (free text,
    #: masked like any other); ``initials`` then holds "Unidentified person #12".
    described: bool = False


@dataclass(frozen=True)
class Alias:
    name: str
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class MatterCaption:
    """A matter as it is cited: "J.G.G. v. Trump", D.D.C., 1:25-cv-00766, Boasberg."""

    title: str
    court: str
    docket_number: str
    judge: str = ""
    kind: MatterKind = MatterKind.OTHER
    #: The next hearing ("Status conference, 12 Jun 2025 09:30 EDT, Courtroom 4C"), if any.
    next_hearing: str = ""


@dataclass(frozen=True)
class StatusEntry:
    """One legal status, from ``effective_display`` on. ``country`` for "as to" statuses."""

    status: LegalStatus
    effective_display: str
    country: str = ""
    detail: str = ""
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class CustodyEntry:
    """One whereabouts event: arrested, transferred, removed, arrived at CECOT, contact..."""

    kind: CustodyKind
    date_display: str
    place: str = ""
    detail: str = ""
    provenance: Provenance = field(default_factory=Provenance)
    #: The country, apart from the typed place; ``redact`` joins it to ``place``.
    country: str = ""


@dataclass(frozen=True)
class LastContact:
    """When somebody last heard from the person; ``days_ago`` counted by the caller."""

    date_display: str
    days_ago: int
    detail: str = ""


@dataclass(frozen=True)
class MatterRole:
    matter: MatterCaption
    role: PartyRole


@dataclass(frozen=True)
class Binding:
    """An obligation of an order that binds the person, with its compliance for them."""

    order_title: str
    requirement: str
    due_display: str
    compliance: Compliance
    days_overdue: int | None = None  # None or 0: not overdue
    evidence: str = ""
    provenance: Provenance = field(default_factory=Provenance)


class DocketKind(LabelledEnum):
    DEADLINE = "deadline"
    OBLIGATION = "obligation"
    HEARING = "hearing"  # an appointment of the court: listed, never overdue


@dataclass(frozen=True)
class DocketEntry:
    """A deadline or an order's obligation falling due. ``overdue`` is the caller's call."""

    due: datetime
    due_display: str
    title: str
    kind: DocketKind = DocketKind.DEADLINE
    matter: str = ""  # short cite: "J.G.G. v. Trump, 1:25-cv-00766"
    people: tuple[Person, ...] = ()
    overdue: bool = False
    days_overdue: int | None = None
    compliance: Compliance | None = None
    #: "suspended" (order stayed) or "moot" (order vacated…) overrides the compliance shown.
    state: str = ""


@dataclass(frozen=True)
class ContactEntry:
    name: str
    kind: ContactKind
    relationship: str = ""
    phone: str = ""
    email: str = ""
    detail: str = ""


@dataclass(frozen=True)
class NoteEntry:
    date_display: str
    author: str
    text: str
    private: bool = False


@dataclass(frozen=True)
class ClientBriefData:
    """Everything a one-person brief shows; empty tuples print as "None recorded"."""

    person: Person
    aliases: tuple[Alias, ...] = ()
    current_status: StatusEntry | None = None
    status_history: tuple[StatusEntry, ...] = ()
    last_contact: LastContact | None = None
    whereabouts: tuple[CustodyEntry, ...] = ()
    matters: tuple[MatterRole, ...] = ()
    bindings: tuple[Binding, ...] = ()
    deadlines: tuple[DocketEntry, ...] = ()
    contacts: tuple[ContactEntry, ...] = ()
    notes: tuple[NoteEntry, ...] = ()


@dataclass(frozen=True)
class OrderSummary:
    title: str
    kind: OrderKind
    issued_display: str
    status: OrderStatus


@dataclass(frozen=True)
class RosterMember:
    """One row of a matter roster, in the caller's order."""

    person: Person
    role: PartyRole
    status: LegalStatus
    whereabouts: str = ""
    last_contact_display: str = ""
    last_contact_days: int | None = None
    compliance: Compliance = Compliance.UNKNOWN
    status_country: str = ""
    #: Typed place and country of the whereabouts; ``redact`` joins them to
    #: ``whereabouts`` as the profile allows (the public profile prints no typed place).
    whereabouts_place: str = ""
    whereabouts_country: str = ""


@dataclass(frozen=True)
class RosterData:
    matter: MatterCaption
    orders: tuple[OrderSummary, ...] = ()
    #: A tuple, or ``rows.StreamedRows`` read from the store in chunks as pages are laid out.
    members: Sequence[RosterMember] = ()


@dataclass(frozen=True)
class OrderStatusChange:
    status: OrderStatus
    date_display: str
    detail: str = ""
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class PersonCompliance:
    person: Person
    compliance: Compliance
    days_overdue: int | None = None
    evidence: str = ""
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class ObligationDetail:
    """What an order requires, by when, and how each bound person fared."""

    requirement: str
    deadline_display: str
    compliance: Compliance = Compliance.PENDING  # for the obligation as a whole
    days_overdue: int | None = None
    evidence: str = ""
    #: May be ``rows.StreamedRows`` (a class-wide obligation): iterate, never index.
    people: Sequence[PersonCompliance] = ()
    provenance: Provenance = field(default_factory=Provenance)


@dataclass(frozen=True)
class ComplianceData:
    matter: MatterCaption
    order_title: str
    kind: OrderKind
    issued_display: str
    status: OrderStatus
    judge: str = ""
    summary: str = ""
    status_history: tuple[OrderStatusChange, ...] = ()
    obligations: tuple[ObligationDetail, ...] = ()


@dataclass(frozen=True)
class DocketData:
    """Entries the caller selected for the period; the renderer sorts and groups them."""

    period_from: date
    period_to: date
    period_display: str  # "1 April – 30 April 2025"
    entries: tuple[DocketEntry, ...] = ()
    title: str = "Deadline docket"
