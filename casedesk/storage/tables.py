"""SQLModel tables: the store's schema.

Rules that keep this file honest:
- No ``from __future__ import annotations`` here (SQLModel relationships break with it).
- Table classes do not validate on construction; services validate through the
  schemas in ``casedesk.services.schemas`` before anything reaches a table.
- Every constraint is named (see ``NAMING``), so Alembic batch mode on SQLite never
  drops one silently.
- Partial dates are stored twice: the canonical text (``"~2025-03"``) and an integer
  sort key (``20250300``), so SQL can order and filter them.
- Date-times with a zone are stored as ISO text with the offset (``*_at``) plus the
  same instant in UTC (``*_utc``) for ordering and comparisons.
- ``client`` carries derived columns (current status, whereabouts, last contact)
  recomputed by the services in the same transaction as the history they summarise:
  listing and filtering 100,000 clients then needs no per-row subquery.
"""

from datetime import datetime

from sqlalchemy import Column, ForeignKey, Index, Integer, LargeBinary, MetaData, UniqueConstraint
from sqlmodel import Field, SQLModel

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

SQLModel.metadata = MetaData(naming_convention=NAMING)
metadata = SQLModel.metadata


def _fk(target: str, *, nullable: bool = False, ondelete: str = "CASCADE") -> object:
    """A foreign-key column; children of a client go when the client is purged."""
    return Field(
        default=None if nullable else ...,
        sa_column=Column(
            Integer, ForeignKey(target, ondelete=ondelete), nullable=nullable, index=True
        ),
    )


class Client(SQLModel, table=True):
    __tablename__ = "client"
    __table_args__ = (
        # archived first: the default list (not archived, one status) counts from the index alone
        Index("ix_client_status_sort", "archived", "current_status", "sort_key"),
        Index("ix_client_archived_sort", "archived", "sort_key"),
        # Revision 0002: filters and sorts of the client list answered from an index.
        Index("ix_client_nationality_sort", "archived", "nationality", "sort_key"),
        Index("ix_client_whereabouts_sort", "archived", "whereabouts", "sort_key"),
        Index("ix_client_contact_sort", "archived", "last_contact_key", "sort_key"),
    )

    id: int | None = Field(default=None, primary_key=True)
    given: str = ""
    surname: str = ""
    second_surname: str = ""
    description: str = ""
    sort_key: str = Field(default="", index=True)
    match_key: str = Field(default="", index=True)
    a_number: str | None = Field(default=None, unique=True)
    dob: str | None = None
    dob_key: int | None = None
    nationality: str | None = None
    languages: str = ""
    tags: str = ""
    archived: bool = False
    version: int = 1
    created_at: datetime
    updated_at: datetime
    # Derived, maintained by services.clients.refresh_summary in the same transaction.
    current_status: str = "unknown"
    status_since: str | None = None
    whereabouts: str | None = None
    whereabouts_place: str = ""
    whereabouts_country: str | None = None
    whereabouts_since: str | None = None
    last_contact: str | None = None
    last_contact_key: int | None = None


class Alias(SQLModel, table=True):
    __tablename__ = "alias"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    given: str = ""
    surname: str = ""
    second_surname: str = ""
    match_key: str = Field(default="", index=True)
    source: str = ""
    version: int = 1
    created_at: datetime


class StatusEntry(SQLModel, table=True):
    """One dated legal status of a client; the latest by date is the current one."""

    __tablename__ = "status_entry"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    status: str
    date: str | None = None  # None: the date is unknown (an intake sheet gave none)
    date_key: int = 0  # 0 for an unknown date, so it sorts first
    country: str | None = None
    source: str = ""
    confidence: str = "reported"
    note: str = ""
    version: int = 1
    created_at: datetime


class CustodyEvent(SQLModel, table=True):
    """One dated step of a client's whereabouts timeline."""

    __tablename__ = "custody_event"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    kind: str
    date: str | None = None  # None: the date is unknown (an intake sheet gave none)
    date_key: int = 0  # 0 for an unknown date, so it sorts first
    place: str = ""
    country: str | None = None
    source: str = ""
    confidence: str = "reported"
    note: str = ""
    version: int = 1
    created_at: datetime


class Matter(SQLModel, table=True):
    __tablename__ = "matter"
    __table_args__ = (UniqueConstraint("court", "docket", name="uq_matter_court_docket"),)

    id: int | None = Field(default=None, primary_key=True)
    title: str
    kind: str
    court: str
    docket: str
    judge: str = ""
    description: str = ""
    archived: bool = False
    version: int = 1
    created_at: datetime
    updated_at: datetime


class MatterParty(SQLModel, table=True):
    __tablename__ = "matter_party"
    __table_args__ = (UniqueConstraint("matter_id", "client_id", name="uq_matter_party_pair"),)

    id: int | None = Field(default=None, primary_key=True)
    matter_id: int = _fk("matter.id")  # type: ignore[assignment]
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    role: str
    version: int = 1
    created_at: datetime


class CourtOrder(SQLModel, table=True):
    __tablename__ = "court_order"

    id: int | None = Field(default=None, primary_key=True)
    matter_id: int = _fk("matter.id")  # type: ignore[assignment]
    kind: str
    title: str
    issued_at: str
    issued_utc: str = Field(index=True)
    judge: str = ""
    status: str = "in_force"
    summary: str = ""
    version: int = 1
    created_at: datetime


class OrderStatusEntry(SQLModel, table=True):
    """The history of an order's own status (in force, stayed, vacated...)."""

    __tablename__ = "order_status_entry"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = _fk("court_order.id")  # type: ignore[assignment]
    status: str
    date: str
    date_key: int
    source: str = ""
    note: str = ""
    version: int = 1
    created_at: datetime


class Obligation(SQLModel, table=True):
    """What an order requires of the government, by when."""

    __tablename__ = "obligation"

    id: int | None = Field(default=None, primary_key=True)
    order_id: int = _fk("court_order.id")  # type: ignore[assignment]
    text: str
    due_at: str
    due_utc: str = Field(index=True)
    version: int = 1
    created_at: datetime
    # Revision 0012: the IANA zone the due moment was given in, and the rule
    # ("14 days after 2025-06-20") it was computed by, as JSON ("" when typed directly).
    due_zone: str = Field(default="UTC", sa_column_kwargs={"server_default": "UTC"})
    due_rule: str = Field(default="", sa_column_kwargs={"server_default": ""})


class ObligationClient(SQLModel, table=True):
    """The clients an obligation binds (none listed: it binds the whole matter roster)."""

    __tablename__ = "obligation_client"

    obligation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("obligation.id", ondelete="CASCADE"), primary_key=True)
    )
    client_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )


class ComplianceRecord(SQLModel, table=True):
    """A finding on whether an obligation was met for one client; the latest counts."""

    __tablename__ = "compliance_record"
    __table_args__ = (Index("ix_compliance_obligation_client", "obligation_id", "client_id"),)

    id: int | None = Field(default=None, primary_key=True)
    obligation_id: int = _fk("obligation.id")  # type: ignore[assignment]
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    status: str
    evidence: str = ""
    date: str
    date_key: int
    document_id: int | None = _fk(  # type: ignore[assignment]
        "document.id", nullable=True, ondelete="SET NULL"
    )
    version: int = 1
    created_at: datetime


class ObligationFinding(SQLModel, table=True):
    """Compliance with an obligation as a whole (one that binds no person on the roster,
    such as "file a declaration"); the latest by date counts, earlier ones are history."""

    __tablename__ = "obligation_finding"
    __table_args__ = (Index("ix_obligation_finding_obligation", "obligation_id", "date_key"),)

    id: int | None = Field(default=None, primary_key=True)
    obligation_id: int = Field(
        sa_column=Column(Integer, ForeignKey("obligation.id", ondelete="CASCADE"), nullable=False)
    )
    status: str
    evidence: str = ""
    date: str
    date_key: int
    created_at: datetime


class CourtClosure(SQLModel, table=True):
    """A day a court was closed (weather, an emergency, a local holiday): for FRCP 6(a)
    it counts as a legal holiday of that court."""

    __tablename__ = "court_closure"
    __table_args__ = (UniqueConstraint("court", "day", name="uq_court_closure_court_day"),)

    id: int | None = Field(default=None, primary_key=True)
    court: str
    day: str  # ISO date
    reason: str = ""
    created_at: datetime


class Deadline(SQLModel, table=True):
    __tablename__ = "deadline"

    id: int | None = Field(default=None, primary_key=True)
    title: str
    due_at: str
    due_utc: str = Field(index=True)
    client_id: int | None = _fk("client.id", nullable=True)  # type: ignore[assignment]
    matter_id: int | None = _fk("matter.id", nullable=True)  # type: ignore[assignment]
    done: bool = False
    done_at: datetime | None = None
    note: str = ""
    version: int = 1
    created_at: datetime
    due_zone: str = Field(default="UTC", sa_column_kwargs={"server_default": "UTC"})
    due_rule: str = Field(default="", sa_column_kwargs={"server_default": ""})


class Note(SQLModel, table=True):
    __tablename__ = "note"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int | None = _fk("client.id", nullable=True)  # type: ignore[assignment]
    matter_id: int | None = _fk("matter.id", nullable=True)  # type: ignore[assignment]
    body: str
    private: bool = True
    author: str = ""
    version: int = 1
    created_at: datetime


class Document(SQLModel, table=True):
    """A file kept inside the store. The bytes live in ``document_blob`` so that
    listing documents never loads them."""

    __tablename__ = "document"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int | None = _fk("client.id", nullable=True)  # type: ignore[assignment]
    matter_id: int | None = _fk("matter.id", nullable=True)  # type: ignore[assignment]
    filename: str
    media_type: str
    size: int
    sha256: str
    description: str = ""
    version: int = 1
    created_at: datetime


class DocumentBlob(SQLModel, table=True):
    __tablename__ = "document_blob"

    document_id: int = Field(
        sa_column=Column(Integer, ForeignKey("document.id", ondelete="CASCADE"), primary_key=True)
    )
    content: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


class Contact(SQLModel, table=True):
    __tablename__ = "contact"

    id: int | None = Field(default=None, primary_key=True)
    client_id: int = _fk("client.id")  # type: ignore[assignment]
    name: str
    kind: str = "family"
    relationship: str = ""
    phone: str = ""
    email: str = ""
    address: str = ""
    note: str = ""
    version: int = 1
    created_at: datetime


class AuditEntry(SQLModel, table=True):
    """One change, chained to the previous entry under a key so rewriting history shows
    (see :mod:`casedesk.storage.audit_chain`)."""

    __tablename__ = "audit_entry"

    id: int | None = Field(default=None, primary_key=True)
    at: str
    actor: str
    action: str
    entity: str
    entity_id: int | None = None
    client_id: int | None = Field(default=None, index=True)
    before: str = ""
    after: str = ""
    # Revision 0014: the chain covers this digest of before/after (so the values can be
    # redacted) and the digests of the records the change left behind.
    payload_digest: str = ""
    records: str = ""
    prev_hash: str
    hash: str


class AuditKey(SQLModel, table=True):
    """The audit chain's key: kept here only in an encrypted store; a plain store keeps
    just its id here and the key in the user's config folder."""

    __tablename__ = "audit_key"

    id: int | None = Field(default=None, primary_key=True)
    store_id: str
    secret: str = ""


class DistinctPair(SQLModel, table=True):
    """Two clients a person confirmed are different people: never suggested as duplicates."""

    __tablename__ = "distinct_pair"

    low_id: int = Field(
        sa_column=Column(Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True)
    )
    high_id: int = Field(
        sa_column=Column(
            Integer, ForeignKey("client.id", ondelete="CASCADE"), primary_key=True, index=True
        )
    )
    created_at: datetime


class TrashItem(SQLModel, table=True):
    """A removed entry and everything that hung on it, kept until restored or purged.

    ``payload`` holds the removed rows (JSON, parents first) so a restore puts them back
    as they were; nothing else in the store refers to a trash item.
    """

    __tablename__ = "trash_item"

    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(index=True)
    entry_id: int
    client_id: int | None = Field(default=None, index=True)
    label: str
    reason: str
    removed_by: str
    removed_at: datetime
    contains: str = ""
    payload: str


class UndoLink(SQLModel, table=True):
    """Which audit entry an undo (or redo) reversed, so it is not reversed twice."""

    __tablename__ = "undo_link"

    audit_id: int = Field(primary_key=True)
    undone_by: int = Field(index=True)


class Setting(SQLModel, table=True):
    """Store-wide settings that travel with the store (letterhead, default zone)."""

    __tablename__ = "setting"

    key: str = Field(primary_key=True)
    value: str


FTS_TABLE = "client_fts"
#: The full-text index: one row per client (rowid = client id), accents folded.
FTS_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "names, ids, notes, tokenize = 'unicode61 remove_diacritics 2')"
)


class Hearing(SQLModel, table=True):
    """A date the court sits on a matter (revision 0016): when (an instant, its text on
    the court's clock and the zone), what kind, before whom, where or by which link."""

    __tablename__ = "hearing"

    id: int | None = Field(default=None, primary_key=True)
    matter_id: int = _fk("matter.id")  # type: ignore[assignment]
    kind: str
    starts_at: str
    starts_utc: str = Field(index=True)
    zone: str = "UTC"
    judge: str = ""
    place: str = ""
    remote_link: str = ""
    note: str = ""
    version: int = 1
    created_at: datetime
