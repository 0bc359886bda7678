"""Deadlines and the agenda: the team's own deadlines plus every obligation falling due."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from casedesk.domain.changes import Changes
from casedesk.domain.dates import parse_datetime
from casedesk.domain.enums import AuditAction, Compliance
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit, views
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.storage.tables import (
    Client,
    CourtOrder,
    Deadline,
    Matter,
    MatterParty,
    Obligation,
    ObligationClient,
)

END_OF_DAY = time(23, 59)


@dataclass(frozen=True)
class AgendaItem:
    """One line of the agenda: a deadline (``kind='deadline'``) or an obligation."""

    kind: str
    id: int
    title: str
    due_at: str
    done: bool
    overdue: bool
    days_overdue: int
    client_id: int | None
    client_name: str
    matter_id: int | None
    matter_title: str
    open_people: int = 0
    bound_people: int = 0
    #: The court order an obligation belongs to (None for a deadline), for navigation.
    order_id: int | None = None


class DeadlineService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(
        self,
        title: str,
        due: str,
        *,
        client_id: int | None = None,
        matter_id: int | None = None,
        note: str = "",
    ) -> Changes:
        clean = v.text(title, "title", required=True)
        when = parse_datetime(due, field="due", default_tz=self.ctx.zone, date_only_time=END_OF_DAY)
        with self.ctx.store.write() as session:
            if (
                client_id is not None
                and session.get(Client, v.existing_id(client_id, "client")) is None
            ):
                raise NotFoundError("client", client_id)
            if (
                matter_id is not None
                and session.get(Matter, v.existing_id(matter_id, "matter")) is None
            ):
                raise NotFoundError("matter", matter_id)
            row = Deadline(
                title=clean,
                due_at=when.isoformat(timespec="minutes"),
                due_utc=when.astimezone(UTC).isoformat(timespec="seconds"),
                client_id=client_id,
                matter_id=matter_id,
                note=v.text(note, "note", max_len=v.LONG),
                created_at=self.ctx.now(),
            )
            session.add(row)
            session.flush()
            assert row.id is not None
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "deadline",
                row.id,
                after={
                    "title": clean,
                    "due_at": row.due_at,
                    "client_id": client_id,
                    "matter_id": matter_id,
                },
                client_id=client_id,
            )
            return Changes(
                deadlines=frozenset({row.id}),
                clients=frozenset({client_id} if client_id else set()),
                new_id=row.id,
            )

    def set_done(self, deadline_id: int, done: bool = True) -> Changes:
        with self.ctx.store.write() as session:
            row = session.get(Deadline, v.existing_id(deadline_id, "deadline"))
            if row is None:
                raise NotFoundError("deadline", deadline_id)
            if row.done == done:
                return Changes()
            row.done = done
            row.done_at = self.ctx.now() if done else None
            session.add(row)
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                "deadline",
                deadline_id,
                before={"done": not done},
                after={"done": done},
                client_id=row.client_id,
            )
            return Changes(
                deadlines=frozenset({deadline_id}),
                clients=frozenset({row.client_id} if row.client_id else set()),
            )

    def agenda(
        self, start: date | None = None, end: date | None = None, *, include_done: bool = False
    ) -> list[AgendaItem]:
        """Deadlines and obligations due in [start, end], overdue first, then by due time.

        Open items due before ``start`` are included too: an overdue duty does not drop
        off the agenda because the window moved.
        """
        if start and end and end < start:
            raise ValidationError("to", "the period ends before it starts")
        hi = datetime.combine(end, time.max, tzinfo=self.ctx.zone).astimezone(UTC) if end else None
        lo = (
            datetime.combine(start, time.min, tzinfo=self.ctx.zone).astimezone(UTC)
            if start
            else None
        )
        items: list[AgendaItem] = []
        with self.ctx.store.read() as session:
            stmt = (
                select(Deadline, Client, Matter)
                .join(Client, col(Client.id) == col(Deadline.client_id), isouter=True)
                .join(Matter, col(Matter.id) == col(Deadline.matter_id), isouter=True)
                .order_by(col(Deadline.due_utc))
            )
            if hi is not None:
                stmt = stmt.where(Deadline.due_utc <= hi.isoformat(timespec="seconds"))
            if not include_done:
                stmt = stmt.where(col(Deadline.done) == False)  # noqa: E712
            for d, client, matter in session.exec(stmt):
                overdue = not d.done and views.is_overdue(d.due_at, self.ctx)
                before = lo is not None and d.due_utc < lo.isoformat(timespec="seconds")
                if before and not overdue:
                    continue
                items.append(
                    AgendaItem(
                        kind="deadline",
                        id=d.id or 0,
                        title=d.title,
                        due_at=d.due_at,
                        done=d.done,
                        overdue=overdue,
                        days_overdue=views.overdue_days(d.due_at, self.ctx) if overdue else 0,
                        client_id=d.client_id,
                        client_name=views.display_name(client) if client else "",
                        matter_id=d.matter_id,
                        matter_title=matter.title if matter else "",
                    )
                )
            ostmt = (
                select(Obligation, CourtOrder, Matter)
                .join(CourtOrder, col(CourtOrder.id) == col(Obligation.order_id))
                .join(Matter, col(Matter.id) == col(CourtOrder.matter_id))
                .order_by(col(Obligation.due_utc))
            )
            if hi is not None:
                ostmt = ostmt.where(Obligation.due_utc <= hi.isoformat(timespec="seconds"))
            for ob, order, matter in session.exec(ostmt):
                bound, open_ = _open_count(session, ob, order.matter_id)
                done = bound > 0 and open_ == 0
                overdue = not done and views.is_overdue(ob.due_at, self.ctx)
                before = lo is not None and ob.due_utc < lo.isoformat(timespec="seconds")
                if (done and not include_done) or (before and not overdue):
                    continue
                items.append(
                    AgendaItem(
                        kind="obligation",
                        id=ob.id or 0,
                        title=ob.text,
                        due_at=ob.due_at,
                        done=done,
                        overdue=overdue,
                        days_overdue=views.overdue_days(ob.due_at, self.ctx) if overdue else 0,
                        client_id=None,
                        client_name="",
                        matter_id=matter.id,
                        matter_title=matter.title,
                        open_people=open_,
                        bound_people=bound,
                        order_id=order.id,
                    )
                )
        items.sort(key=lambda i: (not i.overdue, datetime.fromisoformat(i.due_at)))
        return items


def _open_count(session: Session, ob: Obligation, matter_id: int) -> tuple[int, int]:
    """(people bound, people for whom it is not yet complied), in aggregate queries.

    The latest record per person is looked up through the (obligation, client) index,
    in SQL that SQLite and PostgreSQL read alike.
    """
    named = session.exec(
        select(func.count())
        .select_from(ObligationClient)
        .where(ObligationClient.obligation_id == ob.id)
    ).one()
    if named:
        bound = int(named)
        population = "SELECT client_id FROM obligation_client WHERE obligation_id = :ob"
    else:
        bound = int(
            session.exec(
                select(func.count())
                .select_from(MatterParty)
                .where(MatterParty.matter_id == matter_id)
            ).one()
        )
        population = "SELECT client_id FROM matter_party WHERE matter_id = :m"
    complied = session.execute(
        text(
            "SELECT count(*) FROM ("
            + population
            + ") p WHERE (SELECT r.status FROM compliance_record r "
            "WHERE r.obligation_id = :ob AND r.client_id = p.client_id "
            "ORDER BY r.date_key DESC, r.id DESC LIMIT 1) = :ok"
        ),
        {"ob": ob.id, "m": matter_id, "ok": Compliance.COMPLIED.value},
    ).scalar_one()
    return bound, bound - int(complied)
