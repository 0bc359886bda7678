"""Reading the store into the briefs' plain dataclasses (``casedesk.briefs.data``).

Everything here is formatting and selection; the renderers do layout and redaction.
Full values always go in: ``briefs.redact`` removes what a profile withholds.
"""

from collections import defaultdict
from datetime import date, datetime

from sqlalchemy import text
from sqlmodel import Session, col, select

from casedesk import briefs as b
from casedesk.domain.anumber import ANumber
from casedesk.domain.countries import COUNTRIES
from casedesk.domain.dates import PartialDate, format_datetime
from casedesk.domain.enums import (
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.domain.names import PersonName
from casedesk.services import views
from casedesk.services.context import ServiceContext
from casedesk.services.orders import order_view
from casedesk.storage.tables import (
    Client,
    ComplianceRecord,
    CourtOrder,
    Deadline,
    Matter,
    MatterParty,
    Obligation,
)

#: Worst first: the one compliance a roster row shows for a person bound by several.
_SEVERITY = (
    Compliance.NOT_COMPLIED,
    Compliance.PARTIAL,
    Compliance.UNKNOWN,
    Compliance.PENDING,
    Compliance.COMPLIED,
)


def pdate(value: str | None) -> str:
    return PartialDate.parse(value).display() if value else ""


def pdatetime(value: str) -> str:
    return format_datetime(datetime.fromisoformat(value))


def country(code: str | None) -> str:
    return COUNTRIES.get(code, code) if code else ""


def provenance(source: str, confidence: str) -> b.Provenance:
    return b.Provenance(source=source, confidence=Confidence(confidence))


def person(client: Client) -> b.Person:
    name = views.display_name(client)
    named = bool(client.given or client.surname)
    parts = PersonName(client.given, client.surname, client.second_surname)
    full = parts.full if named else name
    number = ANumber(client.a_number) if client.a_number else None
    dob = PartialDate.parse(client.dob) if client.dob else None
    return b.Person(
        full_name=full,
        # One initials rule for briefs and exports; an unidentified person is never
        # shown as the initials of their description.
        initials=parts.initials if named else f"Unidentified person #{client.id}",
        birth_date_iso=dob.iso().lstrip("~") if dob is not None and dob.day is not None else "",
        described=not named and bool(client.description),
        a_number_display=number.display if number else "",
        a_number_masked=number.masked if number else "",
        date_of_birth_display=dob.display() if dob else "",
        birth_year_display=str(dob.year) if dob else "",
        nationality=country(client.nationality),
    )


def caption(matter: Matter) -> b.MatterCaption:
    return b.MatterCaption(
        title=matter.title,
        court=matter.court,
        docket_number=matter.docket,
        judge=matter.judge,
        kind=MatterKind(matter.kind),
    )


def client_brief(session: Session, ctx: ServiceContext, client: Client) -> b.ClientBriefData:
    d = views.client_detail(session, ctx, client)
    statuses = tuple(
        b.StatusEntry(
            status=LegalStatus(s.status),
            effective_display=pdate(s.date) if s.date else "date unknown",
            country=country(s.country),
            detail=s.note,
            provenance=provenance(s.source, s.confidence),
        )
        for s in d.statuses
    )
    matters = {m.matter_id: m for m in d.matter_links}
    return b.ClientBriefData(
        person=person(client),
        aliases=tuple(
            b.Alias(name=a.display_name, provenance=b.Provenance(a.source)) for a in d.aliases
        ),
        current_status=max(
            zip(d.statuses, statuses, strict=True),
            key=lambda pair: (
                PartialDate.parse(pair[0].date).sort_key if pair[0].date else 0,
                pair[0].id,
            ),
        )[1]
        if statuses
        else None,
        status_history=statuses,
        last_contact=b.LastContact(
            date_display=pdate(d.last_contact), days_ago=d.days_since_contact or 0
        )
        if d.last_contact
        else None,
        whereabouts=tuple(
            b.CustodyEntry(
                kind=CustodyKind(e.kind),
                date_display=pdate(e.date),
                place=e.place,
                country=country(e.country),
                detail=e.note,
                provenance=provenance(e.source, e.confidence),
            )
            for e in d.custody
        ),
        matters=tuple(
            b.MatterRole(
                matter=b.MatterCaption(
                    title=m.title, court=m.court, docket_number=m.docket, judge=m.judge
                ),
                role=PartyRole(m.role),
            )
            for m in matters.values()
        ),
        bindings=tuple(
            b.Binding(
                order_title=o.order_title,
                requirement=o.text,
                due_display=pdatetime(o.due_at),
                compliance=Compliance(o.compliance),
                days_overdue=o.days_overdue or None,
                evidence=o.evidence,
            )
            for o in d.obligations
        ),
        deadlines=tuple(
            b.DocketEntry(
                due=datetime.fromisoformat(x.due_at),
                due_display=pdatetime(x.due_at),
                title=x.title,
                overdue=x.overdue,
                days_overdue=views.overdue_days(x.due_at, ctx) if x.overdue else None,
            )
            for x in d.deadlines
            if not x.done
        ),
        contacts=tuple(
            b.ContactEntry(
                name=c.name,
                kind=ContactKind(c.kind),
                relationship=c.relationship,
                phone=c.phone,
                email=c.email,
                detail=c.address,
            )
            for c in d.contacts
        ),
        notes=tuple(
            b.NoteEntry(
                date_display=pdate(n.created_at[:10]),
                author=n.author,
                text=n.body,
                private=n.private,
            )
            for n in d.notes
        ),
    )


def _latest_compliance_by_client(
    session: Session, obligation_ids: list[int]
) -> dict[int, dict[int, ComplianceRecord]]:
    """client -> obligation -> latest record, in one pass over the records."""
    found: dict[int, dict[int, ComplianceRecord]] = defaultdict(dict)
    if not obligation_ids:
        return found
    records = session.exec(
        select(ComplianceRecord)
        .where(col(ComplianceRecord.obligation_id).in_(obligation_ids))
        .order_by(col(ComplianceRecord.date_key), col(ComplianceRecord.id))
    )
    for r in records:
        found[r.client_id][r.obligation_id] = r
    return found


def roster(session: Session, ctx: ServiceContext, matter: Matter) -> b.RosterData:
    orders = session.exec(
        select(CourtOrder)
        .where(CourtOrder.matter_id == matter.id)
        .order_by(col(CourtOrder.issued_utc))
    ).all()
    obligation_ids = [
        int(r[0])
        for r in session.execute(
            text(
                "SELECT o.id FROM obligation o JOIN court_order co ON co.id = o.order_id "
                "WHERE co.matter_id = :m"
            ),
            {"m": matter.id},
        )
    ]
    named: dict[int, set[int]] = defaultdict(set)
    for oid, cid in session.execute(
        text(
            "SELECT oc.obligation_id, oc.client_id FROM obligation_client oc "
            "JOIN obligation o ON o.id = oc.obligation_id JOIN court_order co ON co.id = o.order_id "
            "WHERE co.matter_id = :m"
        ),
        {"m": matter.id},
    ):
        named[int(oid)].add(int(cid))
    records = _latest_compliance_by_client(session, obligation_ids)
    rows = session.exec(
        select(MatterParty, Client)
        .join(Client, col(Client.id) == col(MatterParty.client_id))
        .where(MatterParty.matter_id == matter.id)
        .order_by(col(Client.sort_key), col(Client.id))
    ).all()
    members = []
    for party, client in rows:
        cid = client.id or 0
        statuses = []
        for oid in obligation_ids:
            if named[oid] and cid not in named[oid]:
                continue  # this obligation names other people
            record = records.get(cid, {}).get(oid)
            statuses.append(Compliance(record.status) if record else Compliance.PENDING)
        worst = min(statuses, key=_SEVERITY.index) if statuses else Compliance.UNKNOWN
        # Place and country travel apart: redaction decides whether the typed place prints.
        where = CustodyKind(client.whereabouts).label if client.whereabouts else ""
        members.append(
            b.RosterMember(
                person=person(client),
                role=PartyRole(party.role),
                status=LegalStatus(client.current_status),
                whereabouts=where,
                whereabouts_place=client.whereabouts_place if where else "",
                whereabouts_country=country(client.whereabouts_country) if where else "",
                last_contact_display=pdate(client.last_contact),
                last_contact_days=views.days_since(client.last_contact, ctx),
                compliance=worst,
            )
        )
    return b.RosterData(
        matter=caption(matter),
        orders=tuple(
            b.OrderSummary(
                title=o.title,
                kind=OrderKind(o.kind),
                issued_display=pdatetime(o.issued_at),
                status=OrderStatus(o.status),
            )
            for o in orders
        ),
        members=tuple(members),
    )


def compliance_report(session: Session, ctx: ServiceContext, order: CourtOrder) -> b.ComplianceData:
    view = order_view(session, ctx, order)
    matter = session.get(Matter, order.matter_id)
    assert matter is not None
    clients = {
        c.id: c
        for c in session.exec(
            select(Client).where(
                col(Client.id).in_({p.client_id for ob in view.obligations for p in ob.compliance})
            )
        )
    }
    obligations = []
    for ob in view.obligations:
        people = tuple(
            b.PersonCompliance(
                person=person(clients[p.client_id]),
                compliance=Compliance(p.status),
                days_overdue=ob.days_overdue
                if p.status != Compliance.COMPLIED.value and ob.overdue
                else None,
                evidence=p.evidence,
            )
            for p in ob.compliance
        )
        overall = (
            min((pc.compliance for pc in people), key=_SEVERITY.index)
            if people
            else Compliance.PENDING
        )
        obligations.append(
            b.ObligationDetail(
                requirement=ob.text,
                deadline_display=pdatetime(ob.due_at),
                compliance=overall,
                days_overdue=ob.days_overdue or None,
                people=people,
            )
        )
    return b.ComplianceData(
        matter=caption(matter),
        order_title=view.title,
        kind=OrderKind(view.kind),
        issued_display=pdatetime(view.issued_at),
        status=OrderStatus(view.status),
        judge=view.judge,
        summary=view.summary,
        status_history=tuple(
            b.OrderStatusChange(
                status=OrderStatus(h.status),
                date_display=pdate(h.date),
                provenance=b.Provenance(h.source),
                detail=h.note,
            )
            for h in view.history
        ),
        obligations=tuple(obligations),
    )


def docket(session: Session, ctx: ServiceContext, start: date, end: date) -> b.DocketData:
    """Deadlines not done and obligations due between ``start`` and ``end`` (inclusive)."""
    lo = datetime.combine(start, datetime.min.time(), tzinfo=ctx.zone)
    hi = datetime.combine(end, datetime.max.time(), tzinfo=ctx.zone)
    entries: list[b.DocketEntry] = []
    deadlines = session.exec(
        select(Deadline, Client)
        .join(Client, col(Client.id) == col(Deadline.client_id), isouter=True)
        .where(col(Deadline.done).is_(False))
        .order_by(col(Deadline.due_utc))
    ).all()
    for dl, client in deadlines:
        due = datetime.fromisoformat(dl.due_at)
        if not lo <= due <= hi:
            continue
        overdue = views.is_overdue(dl.due_at, ctx)
        entries.append(
            b.DocketEntry(
                due=due,
                due_display=pdatetime(dl.due_at),
                title=dl.title,
                people=(person(client),) if client else (),
                overdue=overdue,
                days_overdue=views.overdue_days(dl.due_at, ctx) if overdue else None,
            )
        )
    for ob in session.exec(select(Obligation).order_by(col(Obligation.due_utc))):
        due = datetime.fromisoformat(ob.due_at)
        if not lo <= due <= hi:
            continue
        order = session.get(CourtOrder, ob.order_id)
        assert order is not None
        matter = session.get(Matter, order.matter_id)
        assert matter is not None
        view = order_view(session, ctx, order)
        obv = next(o for o in view.obligations if o.id == ob.id)
        open_people = [p for p in obv.compliance if p.status != Compliance.COMPLIED.value]
        statuses = [Compliance(p.status) for p in obv.compliance]
        title = ob.text
        if len(obv.compliance) > 1:
            title += f" ({len(open_people):,} of {len(obv.compliance):,} people not yet complied)"
        entries.append(
            b.DocketEntry(
                due=due,
                due_display=pdatetime(ob.due_at),
                title=title,
                kind=b.DocketKind.OBLIGATION,
                matter=f"{matter.title}, {matter.court} {matter.docket}",
                overdue=obv.overdue,
                days_overdue=obv.days_overdue or None,
                compliance=min(statuses, key=_SEVERITY.index) if statuses else Compliance.PENDING,
            )
        )
    display = f"{PartialDate.from_date(start).display()} – {PartialDate.from_date(end).display()}"
    return b.DocketData(
        period_from=start, period_to=end, period_display=display, entries=tuple(entries)
    )
