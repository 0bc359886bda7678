"""Matter use cases: open a matter (court, docket), build its roster, read it back."""

import builtins

from sqlalchemy.exc import IntegrityError
from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.courts import parse_court, parse_docket
from casedesk.domain.enums import AuditAction, MatterKind, PartyRole
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit, views
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.orders import order_view
from casedesk.services.schemas import MatterCreate, MatterView, PartyView, View
from casedesk.storage.queries import matters as q
from casedesk.storage.tables import Client, Matter, MatterParty

#: Largest page of a roster one call returns (the GUI asks for a few hundred at a time).
MAX_PAGE = 1000


class MatterSummary(View):
    """One line of the matters list: counts instead of the full roster and orders."""

    id: int
    title: str
    kind: str
    court: str
    docket: str
    judge: str
    description: str
    people: int
    orders: int


class RosterPage(View):
    """A slice of a matter's roster, in name order, and how many people it has in all."""

    rows: list[PartyView]
    total: int
    offset: int


def load_matter(session: Session, matter_id: int) -> Matter:
    matter = session.get(Matter, v.existing_id(matter_id, "matter"))
    if matter is None:
        raise NotFoundError("matter", matter_id)
    return matter


class MatterService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, data: MatterCreate) -> Changes:
        title = v.text(data.title, "title", required=True)
        kind = v.choice(data.kind, MatterKind, "kind")
        court = parse_court(data.court)
        docket = parse_docket(data.docket)
        now = self.ctx.now()
        matter = Matter(
            title=title,
            kind=kind.value,
            court=court,
            docket=docket,
            judge=v.text(data.judge, "judge"),
            description=v.text(data.description, "description", max_len=v.LONG),
            created_at=now,
            updated_at=now,
        )
        with self.ctx.store.write() as session:
            existing = q.by_docket(session, court, docket)
            if existing is not None:
                raise ValidationError(
                    "docket", f"{court} {docket} is already matter {existing.id} ({existing.title})"
                )
            session.add(matter)
            session.flush()
            assert matter.id is not None
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "matter",
                matter.id,
                after=matter.model_dump(exclude={"created_at", "updated_at"}),
            )
            return Changes(matters=frozenset({matter.id}), new_id=matter.id)

    def link(self, client_id: int, matter_id: int, role: str) -> Changes:
        party_role = v.choice(role, PartyRole, "role")
        with self.ctx.store.write() as session:
            load_matter(session, matter_id)
            if session.get(Client, v.existing_id(client_id, "client")) is None:
                raise NotFoundError("client", client_id)
            existing = q.party(session, matter_id, client_id)
            before = {"role": existing.role} if existing else None
            party = existing or MatterParty(
                matter_id=matter_id,
                client_id=client_id,
                role=party_role.value,
                created_at=self.ctx.now(),
            )
            party.role = party_role.value
            session.add(party)
            try:
                session.flush()
            except IntegrityError as exc:  # pragma: no cover - guarded by the lookup above
                raise ValidationError("client", "is already on this matter") from exc
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE if existing else AuditAction.CREATE,
                "matter_party",
                party.id,
                before=before,
                after={"matter_id": matter_id, "client_id": client_id, "role": party.role},
                client_id=client_id,
            )
            return Changes(clients=frozenset({client_id}), matters=frozenset({matter_id}))

    def unlink(self, client_id: int, matter_id: int) -> Changes:
        for key in (client_id, matter_id):
            if not 0 < key <= v.MAX_ID:
                raise NotFoundError("party", f"client {client_id} on matter {matter_id}")
        with self.ctx.store.write() as session:
            party = q.party(session, matter_id, client_id)
            if party is None:
                raise NotFoundError("party", f"client {client_id} on matter {matter_id}")
            audit.record(
                session,
                self.ctx,
                AuditAction.DELETE,
                "matter_party",
                party.id,
                before={"matter_id": matter_id, "client_id": client_id, "role": party.role},
                client_id=client_id,
            )
            session.delete(party)
            return Changes(clients=frozenset({client_id}), matters=frozenset({matter_id}))

    def list(self) -> builtins.list[MatterView]:
        with self.ctx.store.read() as session:
            matters = q.all_matters(session)
            return [self._view(session, m, with_details=False) for m in matters]

    def summaries(self) -> builtins.list[MatterSummary]:
        """Every matter with its head count and order count (two grouped queries, so a
        class roster of tens of thousands costs no more than a petition of one)."""
        with self.ctx.store.read() as session:
            people = q.people_per_matter(session)
            orders = q.orders_per_matter(session)
            matters = q.all_matters(session)
            return [
                MatterSummary(
                    id=m.id or 0,
                    title=m.title,
                    kind=m.kind,
                    court=m.court,
                    docket=m.docket,
                    judge=m.judge,
                    description=m.description,
                    people=people.get(m.id or 0, 0),
                    orders=orders.get(m.id or 0, 0),
                )
                for m in matters
            ]

    def summary(self, matter_id: int) -> MatterSummary:
        """One matter's list line (for refreshing a single row after a change)."""
        found = [m for m in self.summaries() if m.id == matter_id]
        if not found:
            raise NotFoundError("matter", matter_id)
        return found[0]

    def roster(self, matter_id: int, *, offset: int = 0, limit: int = 200) -> RosterPage:
        """A page of the matter's roster in name order (SQL LIMIT/OFFSET)."""
        if offset < 0:
            raise ValidationError("offset", "must not be negative")
        if not 0 < limit <= MAX_PAGE:
            raise ValidationError("limit", f"must be between 1 and {MAX_PAGE}")
        with self.ctx.store.read() as session:
            load_matter(session, matter_id)
            total = q.roster_size(session, matter_id)
            rows = q.roster_rows(session, matter_id, offset=offset, limit=limit)
            return RosterPage(rows=[_party(p, c) for p, c in rows], total=int(total), offset=offset)

    def get(self, matter_id: int) -> MatterView:
        with self.ctx.store.read() as session:
            return self._view(session, load_matter(session, matter_id), with_details=True)

    def _view(self, session: Session, matter: Matter, *, with_details: bool) -> MatterView:
        assert matter.id is not None
        parties: builtins.list[PartyView] = []
        orders = []
        if with_details:
            rows = q.roster_rows(session, matter.id)
            parties = [_party(p, c) for p, c in rows]
            orders = [order_view(session, self.ctx, o) for o in q.orders_of(session, matter.id)]
        return MatterView(
            id=matter.id,
            title=matter.title,
            kind=matter.kind,
            court=matter.court,
            docket=matter.docket,
            judge=matter.judge,
            description=matter.description,
            parties=parties,
            orders=orders,
        )


def _party(party: MatterParty, client: Client) -> PartyView:
    return PartyView(
        client_id=client.id or 0,
        display_name=views.display_name(client),
        role=party.role,
        status=client.current_status,
        whereabouts=client.whereabouts,
        last_contact=client.last_contact,
        party_id=party.id or 0,
        version=party.version,
    )
