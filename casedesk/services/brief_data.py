"""Reading the store into the briefs' plain dataclasses (``casedesk.briefs.data``).

Everything here is formatting and selection; the renderers do layout and redaction.
Full values always go in: ``briefs.redact`` removes what a profile withholds.
"""

from collections.abc import Iterator, Sequence
from datetime import date, datetime
from functools import partial

from sqlmodel import Session

from casedesk import briefs as b
from casedesk.briefs.rows import StreamedRows
from casedesk.domain.anumber import ANumber
from casedesk.domain.countries import COUNTRIES
from casedesk.domain.courts import court_zone
from casedesk.domain.dates import PartialDate, format_datetime
from casedesk.domain.due import DueMoment
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
from casedesk.services import due_status, views
from casedesk.services.context import ServiceContext
from casedesk.services.hearings import hearings_in, next_hearing_texts
from casedesk.services.orders import order_view
from casedesk.services.schemas import ObligationView, OrderView
from casedesk.storage import compliance_rows as cr
from casedesk.storage import roster_rows as rr
from casedesk.storage.queries import agenda
from casedesk.storage.queries import matters as matter_q
from casedesk.storage.tables import (
    Client,
    CourtOrder,
    Matter,
    MatterParty,
)

#: Members read per query for a roster (bounded by SQLite's limit on bound parameters).
ROSTER_CHUNK = 500

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


def on_court_clock(value: str, court: str) -> str:
    """An order's moment on its court's clock, named: "4 Apr 2025 12:00 EDT"."""
    return DueMoment(datetime.fromisoformat(value), court_zone(court)).display()


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


def caption(
    matter: Matter, session: Session | None = None, ctx: ServiceContext | None = None
) -> b.MatterCaption:
    """The matter as cited; with a session, its next hearing too."""
    hearing = ""
    if session is not None and ctx is not None and matter.id is not None:
        hearing = next_hearing_texts(session, ctx, [matter.id]).get(matter.id, "")
    return b.MatterCaption(
        title=matter.title,
        court=matter.court,
        docket_number=matter.docket,
        judge=matter.judge,
        kind=MatterKind(matter.kind),
        next_hearing=hearing,
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
    hearings = next_hearing_texts(session, ctx, list(matters))
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
                date_display=pdate(e.date) if e.date else "date unknown",
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
                    title=m.title,
                    court=m.court,
                    docket_number=m.docket,
                    judge=m.judge,
                    next_hearing=hearings.get(m.matter_id, ""),
                ),
                role=PartyRole(m.role),
            )
            for m in matters.values()
        ),
        bindings=tuple(
            b.Binding(
                order_title=o.order_title,
                requirement=o.text,
                due_display=o.due_display.split(" (=", 1)[0] or pdatetime(o.due_at),
                compliance=Compliance(o.compliance),
                days_overdue=o.days_overdue or None,
                evidence=o.evidence,
            )
            for o in d.obligations
        ),
        deadlines=tuple(
            b.DocketEntry(
                due=datetime.fromisoformat(x.due_at),
                due_display=x.due_display.split(" (=", 1)[0] or pdatetime(x.due_at),
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


def _member(
    party: MatterParty,
    client: Client,
    ctx: ServiceContext,
    obligations: list[int],
    naming: set[int],
    named: set[int],
    records: dict[int, str],
) -> b.RosterMember:
    statuses = []
    for oid in obligations:
        if oid in naming and oid not in named:
            continue  # this obligation names other people
        record = records.get(oid)
        statuses.append(Compliance(record) if record else Compliance.PENDING)
    worst = min(statuses, key=_SEVERITY.index) if statuses else Compliance.UNKNOWN
    # Place and country travel apart: redaction decides whether the typed place prints.
    where = CustodyKind(client.whereabouts).label if client.whereabouts else ""
    return b.RosterMember(
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


def _members(ctx: ServiceContext, matter_id: int, ids: Sequence[int]) -> Iterator[b.RosterMember]:
    """The roster's people, read ``ROSTER_CHUNK`` at a time, each chunk in its own short
    read session: a long roster never holds a read transaction open for the whole layout,
    nor more than one chunk of rows in memory."""
    with ctx.store.read() as session:
        obligations = rr.obligation_ids(session, matter_id)
        naming = rr.obligations_naming_people(session, obligations)
    for start in range(0, len(ids), ROSTER_CHUNK):
        chunk_ids = ids[start : start + ROSTER_CHUNK]
        with ctx.store.read() as session:
            chunk = rr.members_by_id(session, matter_id, chunk_ids)
            named = rr.named_in(session, sorted(naming), list(chunk_ids))
            records = rr.latest_compliance(session, obligations, list(chunk_ids))
        for party, client in chunk:
            cid = client.id or 0
            yield _member(party, client, ctx, obligations, naming, named[cid], records[cid])


def roster(session: Session, ctx: ServiceContext, matter: Matter) -> b.RosterData:
    """The matter's caption and orders now; its people streamed as the roster is laid out."""
    matter_id = matter.id or 0
    orders = matter_q.orders_of(session, matter_id)
    ids = rr.member_ids(session, matter_id)
    return b.RosterData(
        matter=caption(matter, session, ctx),
        orders=tuple(
            b.OrderSummary(
                title=o.title,
                kind=OrderKind(o.kind),
                issued_display=on_court_clock(o.issued_at, matter.court),
                status=OrderStatus(o.status),
            )
            for o in orders
        ),
        members=StreamedRows(len(ids), lambda: _members(ctx, matter_id, ids)),
    )


def compliance_report(session: Session, ctx: ServiceContext, order: CourtOrder) -> b.ComplianceData:
    """The order, its obligations now; each obligation's people streamed as the report is
    laid out, ``ROSTER_CHUNK`` at a time in roster order (a class-wide obligation binds
    the whole class: memory stays flat however many that is)."""
    assert order.id is not None
    matter = session.get(Matter, order.matter_id)
    assert matter is not None
    obligations = []
    for ob in cr.obligations(session, order.id):
        assert ob.id is not None
        standing = due_status.obligation_status(session, ctx, ob, order)
        ids = cr.bound_ids(session, ob, order)
        late = standing.days_overdue if standing.overdue else None
        overall = _overall_of(ctx, ob.id, ids, standing.whole)
        obligations.append(
            b.ObligationDetail(
                requirement=ob.text,
                deadline_display=_held_state(standing.state.value, standing.due.display()),
                compliance=overall,
                days_overdue=standing.days_overdue or None,
                people=StreamedRows(len(ids), partial(_obligation_people, ctx, ob.id, ids, late)),
            )
        )
    return b.ComplianceData(
        matter=caption(matter, session, ctx),
        order_title=order.title,
        kind=OrderKind(order.kind),
        issued_display=on_court_clock(order.issued_at, matter.court),
        status=OrderStatus(order.status),
        judge=order.judge,
        summary=order.summary,
        status_history=tuple(
            b.OrderStatusChange(
                status=OrderStatus(h.status),
                date_display=pdate(h.date),
                provenance=b.Provenance(h.source),
                detail=h.note,
            )
            for h in cr.status_history(session, order.id)
        ),
        obligations=tuple(obligations),
    )


def _obligation_people(
    ctx: ServiceContext, obligation_id: int, ids: Sequence[int], late: int | None
) -> Iterator[b.PersonCompliance]:
    """One obligation's people with their latest compliance, a chunk per read session."""
    for start in range(0, len(ids), ROSTER_CHUNK):
        with ctx.store.read() as session:
            chunk = cr.people(session, obligation_id, ids[start : start + ROSTER_CHUNK])
        for client, record in chunk:
            status = record.status if record else Compliance.PENDING.value
            yield b.PersonCompliance(
                person=person(client),
                compliance=Compliance(status),
                days_overdue=late if status != Compliance.COMPLIED.value else None,
                evidence=record.evidence if record else "",
            )


def _overall_of(
    ctx: ServiceContext, obligation_id: int, ids: Sequence[int], whole: str | None
) -> Compliance:
    """The worst compliance among the people bound (read a chunk at a time), or the
    obligation's own as a whole when it binds nobody."""
    if not ids:
        return Compliance(whole or Compliance.PENDING.value)
    seen: set[str] = set()
    for start in range(0, len(ids), ROSTER_CHUNK):
        chunk = list(ids[start : start + ROSTER_CHUNK])
        with ctx.store.read() as session:
            found = rr.latest_compliance(session, [obligation_id], chunk)
        seen.update(found[cid][obligation_id] for cid in chunk if obligation_id in found[cid])
        if any(obligation_id not in found[cid] for cid in chunk):
            seen.add(Compliance.PENDING.value)
    return min((Compliance(s) for s in seen), key=_SEVERITY.index)


def docket(session: Session, ctx: ServiceContext, start: date, end: date) -> b.DocketData:
    """Everything overdue and not done, whatever the period (the docket never hides the
    overdue), then deadlines and obligations due between ``start`` and ``end`` inclusive."""
    lo = datetime.combine(start, datetime.min.time(), tzinfo=ctx.zone)
    hi = datetime.combine(end, datetime.max.time(), tzinfo=ctx.zone)
    entries: list[b.DocketEntry] = []
    for dl, client, _matter in agenda.deadlines(session, include_done=False):
        standing = due_status.deadline_status(ctx, dl)
        if not (standing.overdue or lo <= standing.due.utc <= hi):
            continue
        entries.append(
            b.DocketEntry(
                due=standing.due.local(),
                due_display=standing.due.display(),
                title=dl.title,
                people=(person(client),) if client else (),
                overdue=standing.overdue,
                days_overdue=standing.days_overdue or None,
            )
        )
    views_by_order: dict[int, OrderView] = {}
    for ob, order, matter in agenda.obligations(session):
        standing = due_status.obligation_status(session, ctx, ob, order)
        if standing.done or not (standing.overdue or lo <= standing.due.utc <= hi):
            continue
        assert order.id is not None
        if order.id not in views_by_order:
            views_by_order[order.id] = order_view(session, ctx, order)
        obv = next(o for o in views_by_order[order.id].obligations if o.id == ob.id)
        entries.append(
            b.DocketEntry(
                due=standing.due.local(),
                due_display=standing.due.display(),
                title=_obligation_title(ob.text, standing),
                kind=b.DocketKind.OBLIGATION,
                matter=f"{matter.title}, {matter.court} {matter.docket}",
                overdue=standing.overdue,
                days_overdue=standing.days_overdue or None,
                compliance=_overall(obv),
                state=standing.state.value,
            )
        )
    entries += hearing_entries(session, ctx, start, end)
    display = f"{PartialDate.from_date(start).display()} – {PartialDate.from_date(end).display()}"
    return b.DocketData(
        period_from=start, period_to=end, period_display=display, entries=tuple(entries)
    )


def hearing_entries(
    session: Session, ctx: ServiceContext, start: date, end: date
) -> list[b.DocketEntry]:
    """The period's hearings still to come, as docket lines on the court's clock."""
    return [
        b.DocketEntry(
            due=DueMoment.from_stored(h.starts_utc, h.zone).local(),
            due_display=h.court_display,
            title=", ".join(p for p in (h.kind_label, h.place) if p),
            kind=b.DocketKind.HEARING,
            matter=f"{h.matter_title}, {h.court} {h.docket}",
        )
        for h in hearings_in(session, ctx, start, end)
        if h.state != "held"
    ]


def _obligation_title(text_: str, standing: due_status.DueStatus) -> str:
    if standing.bound > 1:
        return f"{text_} ({standing.open_people:,} of {standing.bound:,} people not yet complied)"
    return text_


def _overall(ob: ObligationView) -> Compliance:
    """The worst compliance among the people bound, or the obligation's own as a whole."""
    if not ob.compliance:
        return Compliance(ob.whole_compliance or Compliance.PENDING.value)
    return min((Compliance(p.status) for p in ob.compliance), key=_SEVERITY.index)


def _held(ob: ObligationView, display: str) -> str:
    """The deadline as printed, with why it does not run when the order is not in force."""
    return _held_state(ob.state, display)


def _held_state(state: str, display: str) -> str:
    if state == "suspended":
        return f"{display} — suspended: the order is stayed"
    if state == "moot":
        return f"{display} — moot: the order is no longer in force"
    return display
