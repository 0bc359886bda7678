"""Correcting the record: edit any entry (with a version check), remove it to the Trash.

Every kind of entry (a legal-status entry, a custody event, a note, a matter, an
order...) is described once in ``KINDS``; editing and removing are the same code for
all of them. An edit passes the same rule as adding (``entry_rules``) and is written
only if the entry's ``version`` is still the one the form was opened on; otherwise
``StaleEditError`` says who changed it, when, and what. A removal needs a reason and
moves the entry, with everything that hung on it, into the Trash (``trash_item``).
Either way the client's summary columns and search-index row are recomputed in the
same transaction, and the change is audited.
"""

import builtins
import json
from dataclasses import dataclass, fields
from typing import Any

from sqlmodel import Session, SQLModel

from casedesk.domain.changes import Changes
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import AuditAction, CustodyKind, LegalStatus
from casedesk.domain.errors import NotFoundError, StaleEditError, ValidationError, clip
from casedesk.domain.names import PersonName
from casedesk.services import audit, views
from casedesk.services import entry_rules as rules
from casedesk.services import entry_schemas as es
from casedesk.services import validate as v
from casedesk.services.clients import refresh_summary, snapshot
from casedesk.services.context import ServiceContext
from casedesk.services.court_calendar import edited_due
from casedesk.services.hearings import hearing_fields
from casedesk.storage import audit_chain as chain
from casedesk.storage import search as fts
from casedesk.storage import trash as rows
from casedesk.storage.queries import entries as entry_q
from casedesk.storage.queries import matters as matter_q
from casedesk.storage.queries import orders as order_q
from casedesk.storage.retry import retrying
from casedesk.storage.tables import (
    Alias,
    Client,
    ComplianceRecord,
    Contact,
    CourtOrder,
    CustodyEvent,
    Deadline,
    Document,
    Hearing,
    Matter,
    MatterParty,
    Note,
    Obligation,
    OrderStatusEntry,
    StatusEntry,
    TrashItem,
)


@dataclass(frozen=True)
class Kind:
    """One kind of entry: its name (CLI, Trash, API), table, audit entity and noun."""

    name: str
    table: type[SQLModel]
    entity: str
    noun: str
    update: type | None


KINDS: dict[str, Kind] = {
    k.name: k
    for k in (
        Kind("client", Client, "client", "client", None),
        Kind("alias", Alias, "alias", "alias", es.AliasUpdate),
        Kind("status", StatusEntry, "status_entry", "legal status entry", es.StatusUpdate),
        Kind("custody", CustodyEvent, "custody_event", "whereabouts event", es.CustodyUpdate),
        Kind("note", Note, "note", "note", es.NoteUpdate),
        Kind("contact", Contact, "contact", "contact", es.ContactUpdate),
        Kind("document", Document, "document", "document", es.DocumentUpdate),
        Kind("matter", Matter, "matter", "matter", es.MatterUpdate),
        Kind("party", MatterParty, "matter_party", "matter link", es.PartyUpdate),
        Kind("order", CourtOrder, "court_order", "court order", es.OrderUpdate),
        Kind(
            "order_status",
            OrderStatusEntry,
            "order_status_entry",
            "order status entry",
            es.OrderStatusUpdate,
        ),
        Kind("obligation", Obligation, "obligation", "obligation", es.ObligationUpdate),
        Kind(
            "compliance", ComplianceRecord, "compliance", "compliance record", es.ComplianceUpdate
        ),
        Kind("deadline", Deadline, "deadline", "deadline", es.DeadlineUpdate),
        Kind("hearing", Hearing, "hearing", "hearing", es.HearingUpdate),
    )
}
BY_ENTITY = {k.entity: k for k in KINDS.values()}
BY_TABLE = {str(k.table.__tablename__): k for k in KINDS.values()}
#: Removing one of these changes what many views show: they all refresh.
WIDE = frozenset({"client", "matter", "order", "obligation"})
#: Stored fields that are derived or bookkeeping: never shown in the audit trail.
HIDDEN = frozenset(
    {"id", "version", "created_at", "updated_at", "date_key", "match_key", "sort_key"}
    | {"issued_utc", "due_utc", "dob_key", "done_at", "starts_utc"}
)
#: Stored column behind an Update field whose name differs.
_COLUMN = {("order", "issued"): "issued_at", ("obligation", "due"): "due_at"}
_COLUMN[("deadline", "due")] = "due_at"
_COLUMN[("hearing", "when")] = "starts_at"


@dataclass(frozen=True)
class EntryState:
    """An entry as an edit form shows it: raw values (keys = the Update schema's fields)
    and the version the edit must be based on."""

    kind: str
    id: int
    version: int
    client_id: int | None
    label: str
    values: dict[str, Any]
    #: The order an obligation or order-status entry belongs to (its court sets the
    #: zone and closures an edited due moment is read in); None for other kinds.
    order_id: int | None = None


def kind_of(name: str) -> Kind:
    found = KINDS.get(name.strip().lower().replace("-", "_"))
    if found is None:
        raise ValidationError("kind", f"{clip(name)!r} is not one of: {', '.join(KINDS)}")
    return found


def load(session: Session, kind: Kind, entry_id: int) -> Any:
    row = session.get(kind.table, v.existing_id(entry_id, kind.noun))
    if row is None:
        raise NotFoundError(kind.noun, entry_id)
    return row


def owner(row: Any) -> int | None:
    """The client an entry belongs to, if any."""
    if isinstance(row, Client):
        return row.id
    return getattr(row, "client_id", None)


def audit_values(values: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in values.items() if k not in HIDDEN}


def raw_values(session: Session, kind: Kind, row: Any) -> dict[str, Any]:
    """The entry's values as a person would type them, keyed by Update field."""
    if kind.update is None:
        return {k: ("" if v is None else v) for k, v in snapshot(row).items()}
    values: dict[str, Any] = {}
    for f in fields(kind.update):
        if f.name == "client_ids":
            values[f.name] = sorted(order_q.named_client_ids(session, row.id))
            continue
        value = getattr(row, _COLUMN.get((kind.name, f.name), f.name))
        values[f.name] = "" if value is None else value
    return values


def label(session: Session, kind: Kind, row: Any) -> str:
    """A short human description of an entry (Trash list, confirmations)."""
    if isinstance(row, Client):
        return f"Client {views.display_name(row)}"
    if isinstance(row, StatusEntry):
        return f"Legal status: {LegalStatus(row.status).label}, {row.date}"
    if isinstance(row, CustodyEvent):
        return f"Whereabouts: {CustodyKind(row.kind).label}, {row.date} {row.place}".rstrip()
    if isinstance(row, Alias):
        return f"Alias {PersonName(row.given, row.surname, row.second_surname).display}"
    if isinstance(row, Note):
        return f"Note: {clip(row.body.replace(chr(10), ' '), 50)}"
    if isinstance(row, Contact):
        return f"Contact {row.name}"
    if isinstance(row, Document):
        return f"Document {row.filename}"
    if isinstance(row, Matter):
        return f"Matter {row.title} ({row.court} {row.docket})"
    if isinstance(row, MatterParty):
        client = session.get(Client, row.client_id)
        name = views.display_name(client) if client else f"client {row.client_id}"
        return f"{name} on matter {row.matter_id} ({row.role})"
    if isinstance(row, CourtOrder):
        return f"Order {row.title}, issued {row.issued_at[:10]}"
    if isinstance(row, OrderStatusEntry):
        return f"Order {row.order_id} status {row.status}, {row.date}"
    if isinstance(row, Obligation):
        return f"Obligation: {clip(row.text, 50)}"
    if isinstance(row, ComplianceRecord):
        return f"Compliance {row.status} for client {row.client_id}, {row.date}"
    if isinstance(row, Deadline):
        return f"Deadline {row.title}, due {row.due_at[:10]}"
    if isinstance(row, Hearing):
        return f"Hearing ({row.kind.replace('_', ' ')}) on matter {row.matter_id}, {row.starts_at[:16]}"
    return f"{kind.noun} {row.id}"  # pragma: no cover - every kind is listed above


def validated(
    session: Session, ctx: ServiceContext, kind: Kind, row: Any, merged: dict[str, Any]
) -> dict[str, Any]:
    """The columns to store for ``merged`` raw values: the same rule as adding."""
    today, zone = ctx.today(), ctx.zone
    n = kind.name
    if n == "alias":
        return rules.alias_fields(**merged)
    if n == "status":
        return rules.status_fields(**merged, today=today)
    if n == "custody":
        return rules.custody_fields(**merged, today=today)
    if n == "note":
        return rules.note_fields(**merged)
    if n == "contact":
        return rules.contact_fields(**merged)
    if n == "document":
        return rules.document_fields(**merged)
    if n == "matter":
        result = rules.matter_fields(**merged)
        other = matter_q.by_docket(session, result["court"], result["docket"])
        if other is not None and other.id != row.id:
            raise ValidationError(
                "docket",
                f"{result['court']} {result['docket']} is already matter {other.id} ({other.title})",
            )
        return result
    if n == "party":
        return rules.party_fields(**merged)
    if n == "order":
        return rules.order_fields(**merged, zone=zone, now=ctx.now())
    if n == "order_status":
        return rules.order_status_fields(**merged, today=today)
    if n == "obligation":
        result = rules.obligation_fields(text=merged["text"], due=merged["due"], zone=zone)
        result.update(edited_due(session, ctx, row, merged["due"]))  # the court's clock
        result["client_ids"] = _bound_ids(session, row, merged["client_ids"])
        return result
    if n == "compliance":
        return rules.compliance_fields(**merged, today=today)
    if n == "deadline":
        result = rules.deadline_fields(**merged, zone=zone)
        result.update(edited_due(session, ctx, row, merged["due"]))  # the court's clock
        return result
    if n == "hearing":
        matter = session.get(Matter, row.matter_id)
        assert matter is not None  # a hearing goes with its matter
        return hearing_fields(matter=matter, current=row, **merged)
    raise ValidationError("kind", f"a {kind.noun} is edited from its own form")


def _bound_ids(session: Session, ob: Obligation, ids: Any) -> list[int]:
    order = session.get(CourtOrder, ob.order_id)
    assert order is not None
    roster = set(matter_q.roster_ids(session, order.matter_id))
    for cid in ids:
        if session.get(Client, v.existing_id(int(cid), "client")) is None:
            raise NotFoundError("client", cid)
        if cid not in roster:
            raise ValidationError(
                "client",
                f"client {cid} is not a party to matter {order.matter_id}; "
                "link them to the matter first",
            )
    return sorted(dict.fromkeys(int(c) for c in ids))


def derived(kind: Kind, row: Any, values: dict[str, Any], ctx: ServiceContext) -> dict[str, Any]:
    """``values`` (stored columns, as in an audit entry) plus the columns derived from
    them, for writing an earlier state back (undo)."""
    out = dict(values)
    if "date" in out and out["date"] and hasattr(row, "date_key"):
        out["date_key"] = PartialDate.parse(out["date"]).sort_key
    for stamp, utc in (
        ("issued_at", "issued_utc"),
        ("due_at", "due_utc"),
        ("starts_at", "starts_utc"),
    ):
        if stamp in out:
            out[utc] = rules.utc_text(out[stamp])
    if isinstance(row, Alias) and {"given", "surname", "second_surname"} & out.keys():
        name = PersonName(
            out.get("given", row.given),
            out.get("surname", row.surname),
            out.get("second_surname", row.second_surname),
        )
        out["match_key"] = name.match_key
    if isinstance(row, Deadline) and "done" in out:
        out["done_at"] = ctx.now() if out["done"] else None
    return out


def stale(session: Session, kind: Kind, entry_id: int, version: int) -> StaleEditError:
    """The error for an edit based on an old copy: who changed the entry last, and what."""
    last = entry_q.last_audit_about(session, kind.entity, entry_id)
    what = ""
    if last is not None and last.before and last.after:
        row = audit.AuditRow(
            id=last.id or 0,
            at=last.at,
            actor=last.actor,
            action=last.action,
            entity=last.entity,
            entity_id=last.entity_id,
            client_id=last.client_id,
            before=json.loads(last.before),
            after=json.loads(last.after),
            hash=last.hash,
        )
        what = audit.describe(row)
    return StaleEditError(
        kind.noun,
        entry_id,
        current_version=version,
        changed_by=last.actor if last else "someone",
        changed_at=last.at if last else "",
        what=clip(what, 200),
    )


def removed_meanwhile(session: Session, kind: Kind, entry_id: int) -> StaleEditError | None:
    item = entry_q.last_removal(session, kind.name, entry_id)
    if item is None:
        return None
    return StaleEditError(
        kind.noun,
        entry_id,
        current_version=0,
        changed_by=item.removed_by,
        changed_at=item.removed_at.isoformat(),
        what=item.reason,
        removed=True,
    )


def write_versioned(
    session: Session, kind: Kind, row: Any, values: dict[str, Any], version: int
) -> None:
    """Write ``values`` if the stored version is still ``version`` (one UPDATE, so two
    writers on a server cannot both win), then bump the version."""
    columns = {k: v for k, v in values.items() if k != "client_ids"}
    if not entry_q.write_if_version(session, kind.table, row.id, version, columns):
        raise stale(session, kind, row.id, version)
    if "client_ids" in values:
        entry_q.set_obligation_clients(session, row.id, values["client_ids"])
    session.expire_all()


def sealed_rows(
    snap: rows.Snapshot, moved: dict[tuple[str, int], int] | None = None
) -> list[tuple[str, int]]:
    """The rows of a removal (or restore) that the audit trail seals, so ``check`` knows
    they went (or came back) with an entry: (table, id), new ids after a restore."""
    moved = moved or {}
    sealed = set(chain.SEALED_TABLES.values())
    return sorted(
        (table, moved.get((table, r["id"]), r["id"]))
        for table, kept in snap.rows.items()
        if table in sealed
        for r in kept
    )


def refresh_clients(session: Session, client_ids: set[int]) -> None:
    """Recompute summary columns and search-index rows (a missing client's row goes)."""
    for cid in sorted(client_ids):
        client = session.get(Client, cid)
        if client is not None:
            refresh_summary(session, client)
        session.flush()
        fts.index_client(session, cid)


def changes_for(kind: Kind, entry_id: int, client_ids: set[int], row: Any) -> Changes:
    return Changes(
        clients=frozenset(client_ids),
        matters=frozenset(x for x in [getattr(row, "matter_id", None)] if x),
        orders=frozenset(x for x in [getattr(row, "order_id", None)] if x),
        obligations=frozenset(x for x in [getattr(row, "obligation_id", None)] if x),
        deadlines=frozenset({entry_id} if kind.name == "deadline" else set()),
        everything=kind.name in WIDE,
    )


class RecordService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self, kind: str, entry_id: int) -> EntryState:
        k = kind_of(kind)
        with self.ctx.store.read() as session:
            row = load(session, k, entry_id)
            return EntryState(
                kind=k.name,
                id=entry_id,
                version=row.version,
                client_id=owner(row),
                label=label(session, k, row),
                values=raw_values(session, k, row),
                order_id=getattr(row, "order_id", None),
            )

    @retrying
    def edit(
        self, kind: str, entry_id: int, data: Any, *, expected_version: int | None = None
    ) -> Changes:
        k = kind_of(kind)
        if k.update is None or not isinstance(data, k.update):
            raise ValidationError("kind", f"a {k.noun} is not edited with {type(data).__name__}")
        with self.ctx.store.write() as session:
            rows.secure_delete(session)
            row = self._current(session, k, entry_id, expected_version)
            raw = raw_values(session, k, row)
            merged = {
                f.name: raw[f.name] if getattr(data, f.name) is None else getattr(data, f.name)
                for f in fields(k.update)
            }
            new = validated(session, self.ctx, k, row, merged)
            return self.apply(session, k, row, new)

    def apply(self, session: Session, k: Kind, row: Any, new: dict[str, Any]) -> Changes:
        """Write the stored columns ``new`` over ``row`` (audited); no change, no entry."""
        old = {
            name: (
                raw_values(session, k, row)["client_ids"]
                if name == "client_ids"
                else getattr(row, name)
            )
            for name in new
        }
        changed = {name: value for name, value in new.items() if old[name] != value}
        if not changed:
            return Changes()
        entry_id, client_id = row.id, owner(row)
        write_versioned(session, k, row, changed, row.version)
        row = load(session, k, entry_id)
        touched = {client_id} if client_id else set()
        if k.name == "party":
            touched.add(row.client_id)
        refresh_clients(session, touched)
        audit.record(
            session,
            self.ctx,
            AuditAction.UPDATE,
            k.entity,
            entry_id,
            before=audit_values({n: old[n] for n in changed}),
            after=audit_values(changed),
            client_id=client_id,
        )
        return changes_for(k, entry_id, touched, row)

    def _current(
        self, session: Session, k: Kind, entry_id: int, expected_version: int | None
    ) -> Any:
        # FOR UPDATE (team stores): a colleague saving the same entry waits, then sees
        # this save's version; SQLite's write transaction already holds the store.
        row: Any = session.get(k.table, v.existing_id(entry_id, k.noun), with_for_update=True)
        if row is None:
            gone = removed_meanwhile(session, k, entry_id) if expected_version else None
            if gone is not None:
                raise gone
            raise NotFoundError(k.noun, entry_id)
        if expected_version is not None and row.version != expected_version:
            raise stale(session, k, entry_id, row.version)
        return row

    @retrying
    def remove(
        self, kind: str, entry_id: int, reason: str, *, expected_version: int | None = None
    ) -> Changes:
        """Move the entry and everything hanging on it to the Trash; ``new_id`` of the
        result is the trash item's id."""
        k = kind_of(kind)
        why = v.text(reason, "reason", max_len=500, required=True)
        with self.ctx.store.write() as session:
            rows.secure_delete(session)
            row = self._current(session, k, entry_id, expected_version)
            return self.remove_row(session, k, row, why)

    def delete_client(self, client_id: int, reason: str) -> Changes:
        """Delete a client (not only archive): to the Trash with all entries and links."""
        return self.remove("client", client_id, reason)

    def remove_row(self, session: Session, k: Kind, row: Any, why: str) -> Changes:
        entry_id, client_id = row.id, owner(row)
        before = audit_values(snapshot(row) if k.name == "client" else row.model_dump())
        snap = rows.collect(session, str(k.table.__tablename__), entry_id)
        touched = {client_id} if client_id else set()
        for table, found in snap.rows.items():
            for r in found:
                if table == "client":
                    touched.add(r["id"])
                elif r.get("client_id"):
                    touched.add(r["client_id"])
        contains = {BY_TABLE[t].name: n for t, n in snap.counts().items() if t in BY_TABLE}
        item = TrashItem(
            kind=k.name,
            entry_id=entry_id,
            client_id=client_id,
            label=label(session, k, row),
            reason=why,
            removed_by=self.ctx.actor,
            removed_at=self.ctx.now(),
            contains=json.dumps(contains),
            payload=snap.to_json(),
        )
        session.add(item)
        session.flush()
        view = changes_for(k, entry_id, touched, row)
        rows.delete_root(session, str(k.table.__tablename__), entry_id)
        session.expire_all()
        refresh_clients(session, touched)
        audit.record(
            session,
            self.ctx,
            AuditAction.DELETE,
            k.entity,
            entry_id,
            before=before,
            after={"reason": why, "trash_id": item.id},
            client_id=client_id if k.name != "client" else entry_id,
            also=sealed_rows(snap),
        )
        return view | Changes(new_id=item.id)

    def latest_compliance(self, obligation_id: int, client_id: int) -> int:
        """The id of the compliance record that counts for this person (the latest)."""
        with self.ctx.store.read() as session:
            load(session, KINDS["obligation"], obligation_id)
            record = views.latest_compliance(session, obligation_id, client_id)
            if record is None or record.id is None:
                raise NotFoundError(
                    "compliance record", f"for client {client_id} on obligation {obligation_id}"
                )
            return record.id

    def count(self, kind: str) -> int:
        """How many entries of ``kind`` the store holds (tests, `check`)."""
        k = kind_of(kind)
        with self.ctx.store.read() as session:
            return entry_q.count(session, k.table)

    def kinds(self) -> builtins.list[str]:
        return list(KINDS)
