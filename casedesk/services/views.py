"""Read models: turn stored rows into the View objects the GUI, CLI and briefs use.

Shared by the client, matter and order services so that "overdue", "days since last
contact" and "what binds this person" are computed in exactly one place.
"""

from collections import defaultdict
from collections.abc import Sequence
from datetime import datetime

from sqlmodel import Session

from casedesk.domain.anumber import ANumber
from casedesk.domain.dates import PartialDate
from casedesk.domain.due import DueState, days_overdue, due_state
from casedesk.domain.enums import Compliance, CustodyKind, LegalStatus
from casedesk.domain.names import PersonName
from casedesk.services import due_status
from casedesk.services.context import ServiceContext
from casedesk.services.schemas import (
    AliasView,
    ClientDetail,
    ClientRow,
    ContactView,
    CustodyView,
    DeadlineView,
    DocumentRef,
    MatterLinkView,
    NoteView,
    ObligationForClient,
    StatusView,
)
from casedesk.storage.queries import client_file as files
from casedesk.storage.queries import matters as matter_q
from casedesk.storage.queries import orders as order_q
from casedesk.storage.tables import Client, ComplianceRecord, CourtOrder, Deadline


def display_name(client: Client) -> str:
    if client.given or client.surname:
        return PersonName(client.given, client.surname, client.second_surname).display
    return client.description or f"Unidentified person #{client.id}"


def days_since(value: str | None, ctx: ServiceContext) -> int | None:
    """Days from ``value`` to today; a date recorded in the future counts as today."""
    return max(0, PartialDate.parse(value).days_since(ctx.today())) if value else None


def overdue_days(due_at: str, ctx: ServiceContext) -> int:
    """Whole days past the deadline on the user's clock (0 when not yet due)."""
    return days_overdue(datetime.fromisoformat(due_at), ctx.now(), ctx.zone)


def _row_fields(client: Client, ctx: ServiceContext, matters: list[str]) -> dict[str, object]:
    assert client.id is not None
    return {
        "id": client.id,
        "display_name": display_name(client),
        "a_number": client.a_number,
        "a_number_display": ANumber(client.a_number).display if client.a_number else None,
        "nationality": client.nationality,
        "status": client.current_status,
        "status_since": client.status_since,
        "whereabouts": client.whereabouts,
        "whereabouts_place": client.whereabouts_place,
        "whereabouts_country": client.whereabouts_country,
        "whereabouts_since": client.whereabouts_since,
        "last_contact": client.last_contact,
        "days_since_contact": days_since(client.last_contact, ctx),
        "archived": client.archived,
        "matters": matters,
    }


def matters_by_client(session: Session, ids: Sequence[int]) -> dict[int, list[str]]:
    """Docket numbers of each client's matters, for one page of rows (one query)."""
    found: dict[int, list[str]] = defaultdict(list)
    for cid, docket in matter_q.dockets_by_client(session, list(ids)):
        found[cid].append(docket)
    return found


def client_rows(
    session: Session, ctx: ServiceContext, clients: Sequence[Client]
) -> list[ClientRow]:
    matters = matters_by_client(session, [c.id for c in clients if c.id is not None])
    return [ClientRow(**_row_fields(c, ctx, matters.get(c.id or 0, []))) for c in clients]


def latest_compliance(
    session: Session, obligation_id: int, client_id: int
) -> ComplianceRecord | None:
    return order_q.latest_compliance(session, obligation_id, client_id)


def obligations_for(
    session: Session, ctx: ServiceContext, client_id: int
) -> list[ObligationForClient]:
    ids = order_q.binding_obligation_ids(session, client_id)
    result = []
    for ob in order_q.obligations_by_ids(session, ids):
        assert ob.id is not None
        order = session.get(CourtOrder, ob.order_id)
        assert order is not None
        record = latest_compliance(session, ob.id, client_id)
        status = record.status if record else Compliance.PENDING.value
        open_ = status != Compliance.COMPLIED.value
        due = due_status.moment(ob.due_utc, ob.due_zone)
        state = due_state(due.utc, ctx.now(), done=not open_, order_status=order.status)
        result.append(
            ObligationForClient(
                obligation_id=ob.id,
                order_id=ob.order_id,
                order_title=order.title,
                matter_id=order.matter_id,
                text=ob.text,
                due_at=ob.due_at,
                overdue=state is DueState.OVERDUE,
                days_overdue=days_overdue(due.utc, ctx.now(), ctx.zone)
                if state is DueState.OVERDUE
                else 0,
                compliance=status,
                evidence=record.evidence if record else "",
                compliance_id=record.id if record else None,
                state=state.value,
                due_display=due.display(ctx.zone),
            )
        )
    return result


def deadline_view(ctx: ServiceContext, d: Deadline) -> DeadlineView:
    standing = due_status.deadline_status(ctx, d)
    return DeadlineView(
        id=d.id or 0,
        title=d.title,
        due_at=d.due_at,
        done=d.done,
        client_id=d.client_id,
        matter_id=d.matter_id,
        overdue=standing.overdue,
        state=standing.state.value,
        due_display=standing.due.display(ctx.zone),
        version=d.version,
    )


def client_detail(session: Session, ctx: ServiceContext, client: Client) -> ClientDetail:
    cid = client.id
    assert cid is not None
    matters = matters_by_client(session, [cid])
    aliases = files.aliases(session, cid)
    statuses = files.statuses(session, cid)
    events = files.custody(session, cid)
    links = matter_q.links_of(session, cid)
    deadlines = files.deadlines(session, cid)
    notes = files.notes(session, cid)
    contacts = files.contacts(session, cid)
    return ClientDetail(
        **_row_fields(client, ctx, matters.get(cid, [])),
        given=client.given,
        surname=client.surname,
        second_surname=client.second_surname,
        description=client.description,
        dob=client.dob,
        languages=client.languages,
        tags=client.tags,
        version=client.version,
        aliases=[
            AliasView(
                id=a.id or 0,
                display_name=PersonName(a.given, a.surname, a.second_surname).display,
                source=a.source,
                version=a.version,
            )
            for a in aliases
        ],
        statuses=[
            StatusView(
                id=s.id or 0,
                status=s.status,
                label=LegalStatus(s.status).label,
                date=s.date,
                country=s.country,
                source=s.source,
                confidence=s.confidence,
                note=s.note,
                version=s.version,
            )
            for s in statuses
        ],
        custody=[
            CustodyView(
                id=e.id or 0,
                kind=e.kind,
                label=CustodyKind(e.kind).label,
                date=e.date,
                place=e.place,
                country=e.country,
                source=e.source,
                confidence=e.confidence,
                note=e.note,
                version=e.version,
            )
            for e in events
        ],
        matter_links=[
            MatterLinkView(
                matter_id=m.id or 0,
                title=m.title,
                court=m.court,
                docket=m.docket,
                role=p.role,
                judge=m.judge,
                party_id=p.id or 0,
                version=p.version,
            )
            for p, m in links
        ],
        obligations=obligations_for(session, ctx, cid),
        deadlines=[deadline_view(ctx, d) for d in deadlines],
        notes=[
            NoteView(
                id=n.id or 0,
                body=n.body,
                private=n.private,
                author=n.author,
                created_at=n.created_at.isoformat(timespec="seconds"),
                version=n.version,
            )
            for n in notes
        ],
        contacts=[
            ContactView(
                id=c.id or 0,
                name=c.name,
                kind=c.kind,
                relationship=c.relationship,
                phone=c.phone,
                email=c.email,
                address=c.address,
                version=c.version,
            )
            for c in contacts
        ],
        documents=[
            DocumentRef(
                id=d.id or 0,
                filename=d.filename,
                media_type=d.media_type,
                size=d.size,
                description=d.description,
                created_at=d.created_at.isoformat(timespec="seconds"),
                version=d.version,
            )
            for d in files.documents(session, cid)
        ],
    )
