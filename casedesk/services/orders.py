"""Court orders, the obligations they put on the government, and per-person compliance.

An obligation names the clients it binds; one that names nobody binds the whole roster
of the order's matter (a class-wide order). Compliance is recorded per obligation and
per person; the latest record counts, earlier ones stay as history.
"""

import builtins
from collections.abc import Sequence
from datetime import UTC, datetime, time
from typing import Any, TypeVar
from zoneinfo import ZoneInfo

from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.collation import collation_key
from casedesk.domain.courts import court_zone
from casedesk.domain.dates import PartialDate, parse_datetime
from casedesk.domain.enums import AuditAction, Compliance, OrderKind, OrderStatus
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit, views
from casedesk.services import entry_rules as rules
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.court_calendar import resolve_due
from casedesk.services.due_status import DueStatus, duty_counts, obligation_status
from casedesk.services.schemas import (
    ComplianceSet,
    ComplianceView,
    ObligationCreate,
    ObligationView,
    OrderCreate,
    OrderHeader,
    OrderStatusView,
    OrderView,
    View,
)
from casedesk.storage.queries import matters as matter_q
from casedesk.storage.queries import orders as q
from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    Matter,
    Obligation,
    ObligationClient,
    OrderStatusEntry,
)

END_OF_DAY = time(23, 59)
#: Largest page of compliance rows one call returns.
MAX_PAGE = 1000


class ObligationSummary(View):
    """An obligation with head counts instead of one compliance row per person."""

    id: int
    order_id: int
    text: str
    due_at: str
    overdue: bool
    days_overdue: int
    binds_whole_roster: bool
    bound: int
    complied: int
    state: str = "due"
    due_zone: str = "UTC"
    due_display: str = ""
    due_utc: str = ""
    whole_compliance: str | None = None

    @property
    def open(self) -> int:
        return self.bound - self.complied


class OrderSummary(OrderHeader):
    """One line of the orders list: the order and how many of its obligations are overdue."""

    obligations: int
    overdue_obligations: int


class CompliancePage(View):
    """A slice of one obligation's per-person compliance, in name order."""

    rows: list[ComplianceView]
    total: int
    offset: int


T = TypeVar("T")


def _load(session: Session, table: type[T], key: int, name: str) -> T:
    row = session.get(table, v.existing_id(key, name))
    if row is None:
        raise NotFoundError(name, key)
    return row


def bound_client_ids(session: Session, ob: Obligation, matter_id: int) -> list[int]:
    """Who an obligation binds: its named clients, else the matter's whole roster."""
    assert ob.id is not None
    named = q.named_client_ids(session, ob.id)
    if named:
        return named
    return matter_q.roster_ids(session, matter_id)


def _binds(session: Session, ob: Obligation, matter_id: int, client_id: int) -> bool:
    """Whether ``ob`` binds ``client_id``, without loading a class roster of thousands."""
    assert ob.id is not None
    if q.names_anyone(session, ob.id):
        return session.get(ObligationClient, (ob.id, client_id)) is not None
    return matter_q.is_party(session, matter_id, client_id)


def obligation_view(
    session: Session, ctx: ServiceContext, ob: Obligation, matter_id: int
) -> ObligationView:
    assert ob.id is not None
    names_anyone = q.names_anyone(session, ob.id)
    bound = bound_client_ids(session, ob, matter_id)
    # Bulk reads: a class-wide obligation can bind tens of thousands of people.
    latest: dict[int, ComplianceRecord] = {}
    for found in q.compliance_records(session, ob.id):
        latest[found.client_id] = found
    clients: dict[int, Client] = {}
    for start in range(0, len(bound), 5000):
        chunk = bound[start : start + 5000]
        clients.update((c.id or 0, c) for c in q.clients_by_ids(session, chunk))
    compliance = []
    for cid in bound:
        record = latest.get(cid)
        status = record.status if record else Compliance.PENDING.value
        compliance.append(
            ComplianceView(
                client_id=cid,
                display_name=views.display_name(clients[cid]),
                status=status,
                evidence=record.evidence if record else "",
                date=record.date if record else None,
                record_id=record.id if record else None,
                version=record.version if record else 1,
            )
        )
    compliance.sort(key=lambda c: collation_key(c.display_name))  # Spanish-aware
    order = session.get(CourtOrder, ob.order_id)
    assert order is not None
    standing = obligation_status(session, ctx, ob, order)
    return ObligationView(
        id=ob.id,
        order_id=ob.order_id,
        text=ob.text,
        due_at=ob.due_at,
        overdue=standing.overdue,
        days_overdue=standing.days_overdue,
        binds_whole_roster=not names_anyone,
        compliance=compliance,
        version=ob.version,
        **_time_fields(ctx, standing),
    )


def _time_fields(ctx: ServiceContext, status: DueStatus) -> dict[str, Any]:
    return {
        "state": status.state.value,
        "due_zone": status.due.zone,
        "due_display": status.due.display(ctx.zone),
        "due_utc": status.due.utc_text(),
        "whole_compliance": status.whole,
    }


def order_view(session: Session, ctx: ServiceContext, order: CourtOrder) -> OrderView:
    assert order.id is not None
    matter = session.get(Matter, order.matter_id)
    assert matter is not None
    history = q.status_history(session, order.id)
    obligations = q.obligations_of(session, order.id)
    return OrderView(
        id=order.id,
        matter_id=order.matter_id,
        matter_title=matter.title,
        court=matter.court,
        docket=matter.docket,
        kind=order.kind,
        title=order.title,
        issued_at=order.issued_at,
        judge=order.judge,
        status=order.status,
        summary=order.summary,
        history=[
            OrderStatusView(
                status=h.status,
                date=h.date,
                source=h.source,
                note=h.note,
                id=h.id or 0,
                version=h.version,
            )
            for h in history
        ],
        obligations=[obligation_view(session, ctx, ob, order.matter_id) for ob in obligations],
    )


def _utc_text(dt: datetime) -> str:
    return dt.astimezone(UTC).isoformat(timespec="seconds")


class OrderService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, data: OrderCreate) -> Changes:
        kind = v.choice(data.kind, OrderKind, "kind")
        status = v.choice(data.status, OrderStatus, "status")
        title = v.text(data.title, "title", required=True)
        with self.ctx.store.write() as session:
            matter = _load(session, Matter, data.matter_id, "matter")
            # Read on the court's clock: an order is issued where the court sits.
            issued = parse_datetime(
                data.issued,
                field="issued",
                default_tz=ZoneInfo(court_zone(matter.court)),
                date_only_time=time(0, 0),
            )
            if issued > self.ctx.now():
                raise ValidationError(
                    "issued", "is in the future; an order's issue date must be today or earlier"
                )
            order = CourtOrder(
                matter_id=data.matter_id,
                kind=kind.value,
                title=title,
                issued_at=issued.isoformat(timespec="minutes"),
                issued_utc=_utc_text(issued),
                judge=v.text(data.judge, "judge") or matter.judge,
                status=status.value,
                summary=v.text(data.summary, "summary", max_len=v.LONG),
                created_at=self.ctx.now(),
            )
            session.add(order)
            session.flush()
            assert order.id is not None
            day = PartialDate.from_date(issued.date())
            session.add(
                OrderStatusEntry(
                    order_id=order.id,
                    status=status.value,
                    date=day.iso(),
                    date_key=day.sort_key,
                    source="issued",
                    created_at=self.ctx.now(),
                )
            )
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "court_order",
                order.id,
                after=order.model_dump(exclude={"created_at"}),
            )
            return Changes(
                orders=frozenset({order.id}), matters=frozenset({data.matter_id}), new_id=order.id
            )

    def set_status(
        self, order_id: int, status: str, date: str, *, source: str = "", note: str = ""
    ) -> Changes:
        new = v.choice(status, OrderStatus, "status")
        when = rules.happened(date, "date", self.ctx.today())
        with self.ctx.store.write() as session:
            order = _load(session, CourtOrder, order_id, "order")
            before = order.status
            session.add(
                OrderStatusEntry(
                    order_id=order_id,
                    status=new.value,
                    date=when.iso(),
                    date_key=when.sort_key,
                    source=v.text(source, "source", max_len=500),
                    note=v.text(note, "note", max_len=v.LONG),
                    created_at=self.ctx.now(),
                )
            )
            session.flush()
            latest = q.latest_status(session, order_id)
            assert latest is not None
            order.status = latest.status
            order.version += 1
            session.add(order)
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                "court_order",
                order_id,
                before={"status": before},
                after={"status": order.status, "date": when.iso()},
            )
            return Changes(orders=frozenset({order_id}), matters=frozenset({order.matter_id}))

    def get(self, order_id: int) -> OrderView:
        with self.ctx.store.read() as session:
            order = _load(session, CourtOrder, order_id, "order")
            return order_view(session, self.ctx, order)

    def list(self) -> builtins.list[OrderView]:
        with self.ctx.store.read() as session:
            orders = q.all_orders(session)
            return [order_view(session, self.ctx, o) for o in orders]

    # ------------------------------------------------------------------ light reads
    def list_summaries(self, *, matter_id: int | None = None) -> builtins.list[OrderSummary]:
        """Every order (or one matter's), with obligation counts but no per-person rows."""
        with self.ctx.store.read() as session:
            rows = q.orders_with_matters(session, matter_id)
            result = []
            for order, matter in rows:
                obligations = self._obligation_summaries(session, order)
                result.append(_order_summary(order, matter, obligations))
            return result

    def summary(self, order_id: int) -> OrderSummary:
        with self.ctx.store.read() as session:
            order = _load(session, CourtOrder, order_id, "order")
            matter = _load(session, Matter, order.matter_id, "matter")
            return _order_summary(order, matter, self._obligation_summaries(session, order))

    def history(self, order_id: int) -> builtins.list[OrderStatusView]:
        """The order's own status changes, oldest first."""
        with self.ctx.store.read() as session:
            _load(session, CourtOrder, order_id, "order")
            return [
                OrderStatusView(
                    status=h.status,
                    date=h.date,
                    source=h.source,
                    note=h.note,
                    id=h.id or 0,
                    version=h.version,
                )
                for h in q.status_history(session, order_id)
            ]

    def obligation_summaries(self, order_id: int) -> builtins.list[ObligationSummary]:
        with self.ctx.store.read() as session:
            order = _load(session, CourtOrder, order_id, "order")
            return self._obligation_summaries(session, order)

    def _obligation_summaries(
        self, session: Session, order: CourtOrder
    ) -> builtins.list[ObligationSummary]:
        result = []
        assert order.id is not None
        for ob in q.obligations_of(session, order.id):
            assert ob.id is not None
            status = obligation_status(session, self.ctx, ob, order)
            names_anyone = q.names_anyone(session, ob.id)
            result.append(
                ObligationSummary(
                    id=ob.id,
                    order_id=ob.order_id,
                    text=ob.text,
                    due_at=ob.due_at,
                    overdue=status.overdue,
                    days_overdue=status.days_overdue,
                    binds_whole_roster=not names_anyone,
                    bound=status.bound,
                    complied=status.complied,
                    **_time_fields(self.ctx, status),
                )
            )
        return result

    def compliance_page(
        self, obligation_id: int, *, offset: int = 0, limit: int = 200
    ) -> CompliancePage:
        """A page of the people an obligation binds, each with their latest compliance."""
        if offset < 0:
            raise ValidationError("offset", "must not be negative")
        if not 0 < limit <= MAX_PAGE:
            raise ValidationError("limit", f"must be between 1 and {MAX_PAGE}")
        with self.ctx.store.read() as session:
            ob = _load(session, Obligation, obligation_id, "obligation")
            order = _load(session, CourtOrder, ob.order_id, "order")
            total, _complied = q.bound_counts(session, obligation_id, order.matter_id)
            ids = q.bound_page(session, obligation_id, order.matter_id, limit=limit, offset=offset)
            clients = {c.id: c for c in q.clients_by_ids(session, ids)}
            latest: dict[int, ComplianceRecord] = {}
            for found in q.compliance_records(session, obligation_id, ids):
                latest[found.client_id] = found
            rows = []
            for cid in ids:
                record = latest.get(cid)
                rows.append(
                    ComplianceView(
                        client_id=cid,
                        display_name=views.display_name(clients[cid]),
                        status=record.status if record else Compliance.PENDING.value,
                        evidence=record.evidence if record else "",
                        date=record.date if record else None,
                        record_id=record.id if record else None,
                        version=record.version if record else 1,
                    )
                )
            return CompliancePage(rows=rows, total=int(total), offset=offset)

    # ------------------------------------------------------------------ obligations
    def add_obligation(self, data: ObligationCreate) -> Changes:
        body = v.text(data.text, "text", max_len=2000, required=True)
        with self.ctx.store.write() as session:
            order = _load(session, CourtOrder, data.order_id, "order")
            matter = _load(session, Matter, order.matter_id, "matter")
            # Read in the court's zone, or computed by FRCP 6(a) from an event.
            resolved = resolve_due(
                session,
                self.ctx,
                court=matter.court,
                due=data.due,
                after=data.after,
                within=data.within,
            )
            roster = set(matter_q.roster_ids(session, order.matter_id))
            for cid in data.client_ids:
                if session.get(Client, v.existing_id(cid, "client")) is None:
                    raise NotFoundError("client", cid)
                if cid not in roster:
                    raise ValidationError(
                        "client",
                        f"client {cid} is not a party to matter {order.matter_id}; "
                        "link them to the matter first",
                    )
            ob = Obligation(
                order_id=data.order_id,
                text=body,
                due_at=resolved.due.stored(),
                due_utc=resolved.due.utc_text(),
                due_zone=resolved.due.zone,
                due_rule=resolved.rule,
                created_at=self.ctx.now(),
            )
            session.add(ob)
            session.flush()
            assert ob.id is not None
            for cid in dict.fromkeys(data.client_ids):
                session.add(ObligationClient(obligation_id=ob.id, client_id=cid))
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "obligation",
                ob.id,
                after={
                    "order_id": ob.order_id,
                    "text": body,
                    "due_at": ob.due_at,
                    "due_zone": ob.due_zone,
                    "due_rule": ob.due_rule,
                    "client_ids": list(data.client_ids),
                },
            )
            return Changes(
                obligations=frozenset({ob.id}),
                orders=frozenset({ob.order_id}),
                clients=frozenset(data.client_ids or roster),
                new_id=ob.id,
            )

    def set_compliance(self, data: ComplianceSet) -> Changes:
        with self.ctx.store.write() as session:
            return self._record_compliance(session, data)

    def set_compliance_many(self, items: Sequence[ComplianceSet]) -> Changes:
        """Record several findings (e.g. the people selected in a compliance table) in one
        transaction: either all are stored, or none is."""
        changes = Changes()
        with self.ctx.store.write() as session:
            for data in items:
                changes = changes | self._record_compliance(session, data)
        return changes

    def _record_compliance(self, session: Session, data: ComplianceSet) -> Changes:
        status = v.choice(data.status, Compliance, "status")
        evidence = v.text(data.evidence, "evidence", max_len=v.LONG)
        when = (
            rules.happened(data.date, "date", self.ctx.today())
            if data.date
            else PartialDate.from_date(self.ctx.today())
        )
        ob = _load(session, Obligation, data.obligation_id, "obligation")
        assert ob.id is not None
        order = session.get(CourtOrder, ob.order_id)
        assert order is not None
        if session.get(Client, v.existing_id(data.client_id, "client")) is None:
            raise NotFoundError("client", data.client_id)
        if not _binds(session, ob, order.matter_id, data.client_id):
            raise ValidationError(
                "client", f"obligation {ob.id} does not bind client {data.client_id}"
            )
        previous = views.latest_compliance(session, ob.id, data.client_id)
        record = ComplianceRecord(
            obligation_id=ob.id,
            client_id=data.client_id,
            status=status.value,
            evidence=evidence,
            date=when.iso(),
            date_key=when.sort_key,
            created_at=self.ctx.now(),
        )
        session.add(record)
        session.flush()
        audit.record(
            session,
            self.ctx,
            AuditAction.UPDATE,
            "compliance",
            record.id,
            before={"status": previous.status} if previous else None,
            after={
                "obligation_id": ob.id,
                "status": status.value,
                "evidence": evidence,
                "date": when.iso(),
            },
            client_id=data.client_id,
        )
        return Changes(
            obligations=frozenset({ob.id}),
            clients=frozenset({data.client_id}),
            orders=frozenset({ob.order_id}),
            new_id=record.id,
        )

    def overdue_count(self) -> int:
        """Person-duties overdue (an obligation met as a whole counts once), for the
        dashboard and `check`; stayed and vacated orders' obligations never count."""
        with self.ctx.store.read() as session:
            return duty_counts(session, self.ctx)["overdue"]


def _order_summary(
    order: CourtOrder, matter: Matter, obligations: list[ObligationSummary]
) -> OrderSummary:
    assert order.id is not None
    return OrderSummary(
        id=order.id,
        matter_id=order.matter_id,
        matter_title=matter.title,
        court=matter.court,
        docket=matter.docket,
        kind=order.kind,
        title=order.title,
        issued_at=order.issued_at,
        judge=order.judge,
        status=order.status,
        summary=order.summary,
        obligations=len(obligations),
        overdue_obligations=sum(1 for ob in obligations if ob.overdue),
    )
