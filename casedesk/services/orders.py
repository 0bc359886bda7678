"""Court orders, the obligations they put on the government, and per-person compliance.

An obligation names the clients it binds; one that names nobody binds the whole roster
of the order's matter (a class-wide order). Compliance is recorded per obligation and
per person; the latest record counts, earlier ones stay as history.
"""

from datetime import UTC, datetime, time
from typing import TypeVar

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk.domain.changes import Changes
from casedesk.domain.dates import PartialDate, parse_datetime
from casedesk.domain.enums import AuditAction, Compliance, OrderKind, OrderStatus
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit, views
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.schemas import (
    ComplianceSet,
    ComplianceView,
    ObligationCreate,
    ObligationView,
    OrderCreate,
    OrderStatusView,
    OrderView,
)
from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    Matter,
    MatterParty,
    Obligation,
    ObligationClient,
    OrderStatusEntry,
)

END_OF_DAY = time(23, 59)


T = TypeVar("T")


def _load(session: Session, table: type[T], key: int, name: str) -> T:
    row = session.get(table, key)
    if row is None:
        raise NotFoundError(name, key)
    return row


def bound_client_ids(session: Session, ob: Obligation, matter_id: int) -> list[int]:
    """Who an obligation binds: its named clients, else the matter's whole roster."""
    named = session.exec(
        select(ObligationClient.client_id).where(ObligationClient.obligation_id == ob.id)
    ).all()
    if named:
        return list(named)
    return list(
        session.exec(select(MatterParty.client_id).where(MatterParty.matter_id == matter_id)).all()
    )


def obligation_view(
    session: Session, ctx: ServiceContext, ob: Obligation, matter_id: int
) -> ObligationView:
    assert ob.id is not None
    named = session.exec(
        select(ObligationClient.client_id).where(ObligationClient.obligation_id == ob.id)
    ).first()
    bound = bound_client_ids(session, ob, matter_id)
    # Bulk reads: a class-wide obligation can bind tens of thousands of people.
    latest: dict[int, ComplianceRecord] = {}
    for found in session.exec(
        select(ComplianceRecord)
        .where(ComplianceRecord.obligation_id == ob.id)
        .order_by(col(ComplianceRecord.date_key), col(ComplianceRecord.id))
    ):
        latest[found.client_id] = found
    clients: dict[int, Client] = {}
    for start in range(0, len(bound), 5000):
        chunk = bound[start : start + 5000]
        clients.update(
            (c.id or 0, c) for c in session.exec(select(Client).where(col(Client.id).in_(chunk)))
        )
    compliance = []
    any_open = False
    for cid in bound:
        record = latest.get(cid)
        status = record.status if record else Compliance.PENDING.value
        any_open = any_open or status != Compliance.COMPLIED.value
        compliance.append(
            ComplianceView(
                client_id=cid,
                display_name=views.display_name(clients[cid]),
                status=status,
                evidence=record.evidence if record else "",
                date=record.date if record else None,
            )
        )
    compliance.sort(key=lambda c: c.display_name.casefold())
    overdue = any_open and views.is_overdue(ob.due_at, ctx)
    return ObligationView(
        id=ob.id,
        order_id=ob.order_id,
        text=ob.text,
        due_at=ob.due_at,
        overdue=overdue,
        days_overdue=views.overdue_days(ob.due_at, ctx) if overdue else 0,
        binds_whole_roster=named is None,
        compliance=compliance,
    )


def order_view(session: Session, ctx: ServiceContext, order: CourtOrder) -> OrderView:
    assert order.id is not None
    matter = session.get(Matter, order.matter_id)
    assert matter is not None
    history = session.exec(
        select(OrderStatusEntry)
        .where(OrderStatusEntry.order_id == order.id)
        .order_by(col(OrderStatusEntry.date_key), col(OrderStatusEntry.id))
    ).all()
    obligations = session.exec(
        select(Obligation).where(Obligation.order_id == order.id).order_by(col(Obligation.due_utc))
    ).all()
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
            OrderStatusView(status=h.status, date=h.date, source=h.source, note=h.note)
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
        issued = parse_datetime(
            data.issued, field="issued", default_tz=self.ctx.zone, date_only_time=time(0, 0)
        )
        with self.ctx.store.write() as session:
            matter = _load(session, Matter, data.matter_id, "matter")
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
        when = PartialDate.parse(date, field="date")
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
            latest = session.exec(
                select(OrderStatusEntry)
                .where(OrderStatusEntry.order_id == order_id)
                .order_by(col(OrderStatusEntry.date_key).desc(), col(OrderStatusEntry.id).desc())
            ).first()
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

    def list(self) -> list[OrderView]:
        with self.ctx.store.read() as session:
            orders = session.exec(select(CourtOrder).order_by(col(CourtOrder.issued_utc))).all()
            return [order_view(session, self.ctx, o) for o in orders]

    # ------------------------------------------------------------------ obligations
    def add_obligation(self, data: ObligationCreate) -> Changes:
        body = v.text(data.text, "text", max_len=2000, required=True)
        due = parse_datetime(
            data.due, field="due", default_tz=self.ctx.zone, date_only_time=END_OF_DAY
        )
        with self.ctx.store.write() as session:
            order = _load(session, CourtOrder, data.order_id, "order")
            roster = set(
                session.exec(
                    select(MatterParty.client_id).where(MatterParty.matter_id == order.matter_id)
                ).all()
            )
            for cid in data.client_ids:
                if session.get(Client, cid) is None:
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
                due_at=due.isoformat(timespec="minutes"),
                due_utc=_utc_text(due),
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
        status = v.choice(data.status, Compliance, "status")
        evidence = v.text(data.evidence, "evidence", max_len=v.LONG)
        when = (
            PartialDate.parse(data.date, field="date")
            if data.date
            else PartialDate.from_date(self.ctx.today())
        )
        with self.ctx.store.write() as session:
            ob = _load(session, Obligation, data.obligation_id, "obligation")
            assert ob.id is not None
            order = session.get(CourtOrder, ob.order_id)
            assert order is not None
            if session.get(Client, data.client_id) is None:
                raise NotFoundError("client", data.client_id)
            if data.client_id not in bound_client_ids(session, ob, order.matter_id):
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
        """Obligation-person pairs past due and not complied (for the dashboard, `check`)."""
        with self.ctx.store.read() as session:
            now = _utc_text(self.ctx.now())
            rows = session.execute(
                text("SELECT id FROM obligation WHERE due_utc <= :now"), {"now": now}
            ).all()
            count = 0
            for (oid,) in rows:
                ob = session.get(Obligation, oid)
                assert ob is not None
                order = session.get(CourtOrder, ob.order_id)
                assert order is not None
                view = obligation_view(session, self.ctx, ob, order.matter_id)
                count += sum(1 for c in view.compliance if c.status != Compliance.COMPLIED.value)
            return count
