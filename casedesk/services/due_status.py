"""Where each deadline and obligation stands, computed one way for every reader.

The order page, the agenda, the dashboard, the client file, the briefs, the calendar,
the reminders and the command line all ask this module, which applies the domain's one
definition (:func:`casedesk.domain.due.due_state`): past due, not done, order in force.

An obligation is done when every person it binds has complied; one that binds nobody
on the roster (it binds the government as a whole, or a class whose members are not
entered) is done when compliance is recorded on the obligation itself.
"""

import json
from dataclasses import dataclass
from datetime import UTC, datetime

from sqlmodel import Session

from casedesk.domain.courts import court_zone
from casedesk.domain.due import (
    DueMoment,
    DueState,
    days_overdue,
    due_state,
    is_hour_based,
    obligation_done,
)
from casedesk.domain.enums import Compliance
from casedesk.services.context import ServiceContext
from casedesk.storage.queries import orders as q
from casedesk.storage.tables import CourtOrder, Deadline, Matter, Obligation, ObligationFinding


@dataclass(frozen=True)
class DueStatus:
    """One item's due moment, state and head counts (people counts are 0 for deadlines)."""

    due: DueMoment
    state: DueState
    days_overdue: int = 0
    bound: int = 0
    complied: int = 0
    #: Compliance recorded on the obligation as a whole (None: nothing recorded).
    whole: str | None = None

    @property
    def overdue(self) -> bool:
        return self.state is DueState.OVERDUE

    @property
    def done(self) -> bool:
        return self.state is DueState.DONE

    @property
    def open_people(self) -> int:
        return self.bound - self.complied


def moment(due_utc: str, zone: str) -> DueMoment:
    return DueMoment.from_stored(due_utc, zone)


def display(ctx: ServiceContext, due: DueMoment) -> str:
    """The moment on its zone's clock, and on the user's when that differs."""
    return due.display(ctx.zone)


def rule_within(rule: str) -> str:
    """The period of a stored rule ("14 days"), or "" for a moment typed directly."""
    if not rule:
        return ""
    try:
        return str(json.loads(rule).get("within", ""))
    except (ValueError, AttributeError):
        return ""


def rule_working(rule: str) -> str:
    """ "14 days after 2025-06-20T23:59-04:00[America/New_York]", or ""."""
    if not rule:
        return ""
    try:
        parsed = json.loads(rule)
    except ValueError:
        return ""
    return f"{parsed.get('within', '')} after {parsed.get('after', '')}"


def hour_based(rule: str) -> bool:
    return is_hour_based(rule_within(rule))


def latest_finding(session: Session, obligation_id: int) -> ObligationFinding | None:
    return q.latest_finding(session, obligation_id)


def _status(
    ctx: ServiceContext, due: DueMoment, *, done: bool, order_status: str | None
) -> tuple[DueState, int]:
    now = ctx.now()
    state = due_state(due.utc, now, done=done, order_status=order_status)
    days = days_overdue(due.utc, now, ctx.zone) if state is DueState.OVERDUE else 0
    return state, days


def obligation_status(
    session: Session, ctx: ServiceContext, ob: Obligation, order: CourtOrder
) -> DueStatus:
    """The state of ``ob``, counting people in SQL (a class roster can be tens of thousands)."""
    assert ob.id is not None
    bound, complied = q.bound_counts(session, ob.id, order.matter_id)
    finding = latest_finding(session, ob.id)
    whole = finding.status if finding is not None else None
    done = obligation_done(int(bound), int(complied), whole == Compliance.COMPLIED.value)
    due = moment(ob.due_utc, ob.due_zone)
    state, days = _status(ctx, due, done=done, order_status=order.status)
    return DueStatus(due, state, days, int(bound), int(complied), whole)


def deadline_status(ctx: ServiceContext, d: Deadline) -> DueStatus:
    """The team's own deadlines belong to no order: done, overdue or due."""
    due = moment(d.due_utc, d.due_zone)
    state, days = _status(ctx, due, done=d.done, order_status=None)
    return DueStatus(due, state, days)


def zone_for_matter(session: Session, ctx: ServiceContext, matter_id: int | None) -> str:
    """The zone a new due moment is read in: the matter's court's, else the user's."""
    if matter_id is not None:
        matter = session.get(Matter, matter_id)
        if matter is not None:
            return court_zone(matter.court)
    return user_zone(ctx)


def user_zone(ctx: ServiceContext) -> str:
    key = getattr(ctx.zone, "key", None)
    return key if isinstance(key, str) else "UTC"


def utc_text(moment_: datetime) -> str:
    return moment_.astimezone(UTC).isoformat(timespec="seconds")


#: Dashboard buckets of person-duties by state ("met" is done, "open" still due).
DUTY_BUCKETS = {
    "overdue": "overdue",
    "due": "open",
    "done": "met",
    "suspended": "suspended",
    "moot": "moot",
}


def duty_counts(session: Session, ctx: ServiceContext) -> dict[str, int]:
    """Person-duties by state: one per person bound (people linked), or one for an
    obligation met as a whole. The dashboard and `check` count with this."""
    counts = dict.fromkeys(DUTY_BUCKETS.values(), 0)
    for ob, order in q.obligations_with_orders(session):
        standing = obligation_status(session, ctx, ob, order)
        bucket = DUTY_BUCKETS[standing.state.value]
        if standing.bound == 0:
            counts[bucket] += 1
        elif standing.state in (DueState.OVERDUE, DueState.DUE):
            counts[bucket] += standing.open_people
            counts["met"] += standing.complied
        elif standing.state is DueState.DONE:
            counts["met"] += standing.bound
        else:
            counts[bucket] += standing.open_people
            counts["met"] += standing.complied
    return counts
