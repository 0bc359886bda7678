"""Deadlines and the agenda: the team's own deadlines plus every obligation falling due."""

from dataclasses import dataclass
from datetime import UTC, date, datetime, time
from typing import TypedDict

from casedesk.domain.changes import Changes
from casedesk.domain.due import END_OF_DAY as _END_OF_DAY
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit, views
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.court_calendar import resolve_due
from casedesk.services.due_status import (
    DueStatus,
    deadline_status,
    hour_based,
    obligation_status,
    rule_working,
)
from casedesk.storage.queries import agenda
from casedesk.storage.tables import (
    Client,
    Deadline,
    Matter,
)

END_OF_DAY = _END_OF_DAY


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
    #: "due", "overdue", "done", "suspended" (order stayed) or "moot" (order vacated…).
    state: str = "due"
    #: The IANA zone the moment runs in, and the display with it ("7 Apr 2025 23:59 EDT").
    due_zone: str = "UTC"
    due_display: str = ""
    #: Counted in hours (a 72-hour report, a time the next day): reminders come hours ahead.
    hour_based: bool = False
    #: How a computed due moment was reached ("" when typed directly).
    working: str = ""


class DeadlineService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(
        self,
        title: str,
        due: str | None = None,
        *,
        client_id: int | None = None,
        matter_id: int | None = None,
        note: str = "",
        after: str | None = None,
        within: str | None = None,
    ) -> Changes:
        """Add a deadline due at ``due``, or ``within`` a period ``after`` an event (FRCP
        6(a)); read in the matter's court's zone, else the user's."""
        clean = v.text(title, "title", required=True)
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
            matter = session.get(Matter, matter_id) if matter_id is not None else None
            resolved = resolve_due(
                session,
                self.ctx,
                court=matter.court if matter is not None else None,
                due=due,
                after=after,
                within=within,
            )
            row = Deadline(
                title=clean,
                due_at=resolved.due.stored(),
                due_utc=resolved.due.utc_text(),
                due_zone=resolved.due.zone,
                due_rule=resolved.rule,
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
                    "due_zone": row.due_zone,
                    "due_rule": row.due_rule,
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
        self,
        start: date | None = None,
        end: date | None = None,
        *,
        include_done: bool = False,
        overdue_anywhere: bool = True,
    ) -> list[AgendaItem]:
        """Deadlines and obligations due in [start, end], overdue first, then by due time.

        Open items due before ``start`` are included too: an overdue duty does not drop
        off the agenda because the window moved. A calendar, which places items on their
        own days, asks for the period only (``overdue_anywhere=False``).
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
        # Overdue items are listed whatever the period, even one that ended long ago: read
        # up to the later of the period's end and now.
        reach = max(hi, self.ctx.now()).isoformat(timespec="seconds") if hi else ""
        floor = ""
        if not overdue_anywhere:  # a calendar: only the period, read from the index
            reach = hi.isoformat(timespec="seconds") if hi else ""
            floor = lo.isoformat(timespec="seconds") if lo else ""
        with self.ctx.store.read() as session:
            until = reach if hi is not None else None
            since = floor or None
            for d, client, matter in agenda.deadlines(
                session, since=since, until=until, include_done=include_done
            ):
                status = deadline_status(self.ctx, d)
                outside = _outside(d.due_utc, lo, hi)
                if outside and not status.overdue:
                    continue
                items.append(
                    AgendaItem(
                        kind="deadline",
                        id=d.id or 0,
                        title=d.title,
                        due_at=d.due_at,
                        done=d.done,
                        overdue=status.overdue,
                        days_overdue=status.days_overdue,
                        client_id=d.client_id,
                        client_name=views.display_name(client) if client else "",
                        matter_id=d.matter_id,
                        matter_title=matter.title if matter else "",
                        **_time_fields(self.ctx, status, d.due_rule),
                    )
                )
            for ob, order, matter in agenda.obligations(session, since=since, until=until):
                status = obligation_status(session, self.ctx, ob, order)
                outside = _outside(ob.due_utc, lo, hi)
                if (status.done and not include_done) or (outside and not status.overdue):
                    continue
                items.append(
                    AgendaItem(
                        kind="obligation",
                        id=ob.id or 0,
                        title=ob.text,
                        due_at=ob.due_at,
                        done=status.done,
                        overdue=status.overdue,
                        days_overdue=status.days_overdue,
                        client_id=None,
                        client_name="",
                        matter_id=matter.id,
                        matter_title=matter.title,
                        open_people=status.open_people,
                        bound_people=status.bound,
                        order_id=order.id,
                        **_time_fields(self.ctx, status, ob.due_rule),
                    )
                )
        items.sort(key=lambda i: (not i.overdue, datetime.fromisoformat(i.due_at)))
        return items


def _outside(due_utc: str, lo: datetime | None, hi: datetime | None) -> bool:
    instant = datetime.fromisoformat(due_utc)
    return (lo is not None and instant < lo) or (hi is not None and instant > hi)


class _TimeFields(TypedDict):
    state: str
    due_zone: str
    due_display: str
    hour_based: bool
    working: str


def _time_fields(ctx: ServiceContext, status: DueStatus, rule: str) -> _TimeFields:
    """The zone, display, state and working shared by deadline and obligation lines."""
    return {
        "state": status.state.value,
        "due_zone": status.due.zone,
        "due_display": status.due.display(ctx.zone),
        "hour_based": hour_based(rule),
        "working": rule_working(rule),
    }
