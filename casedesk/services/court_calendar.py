"""Which days a court is closed, and due moments computed from "within N … after EVENT".

Legal holidays are the US federal holidays on their observed dates (the ``holidays``
package, kept current by its maintainers), plus the closures a team records for a court
(a snow day, a local holiday, an emergency closure): FRCP 6(a)(3) and (6) treat both as
days the period cannot end on.
"""

import json
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

import holidays
from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.court_days import (
    Closed,
    Computation,
    compute_due,
    parse_period,
    split_rule,
)
from casedesk.domain.courts import court_zone, parse_court
from casedesk.domain.dates import PartialDate
from casedesk.domain.due import END_OF_DAY, DueMoment, parse_due
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.due_status import user_zone
from casedesk.storage.queries import closures as closure_q
from casedesk.storage.tables import CourtClosure, CourtOrder, Deadline, Matter, Obligation


@lru_cache(maxsize=4)
def _federal(first_year: int, last_year: int) -> holidays.HolidayBase:
    return holidays.country_holidays("US", years=range(first_year, last_year + 1), observed=True)


def federal_holiday(day: date) -> str | None:
    """The federal holiday observed on ``day`` ("Independence Day (observed)"), or None."""
    name = _federal(day.year - 1, day.year + 1).get(day)
    return str(name) if name else None


@dataclass(frozen=True)
class ClosureView:
    court: str
    day: str
    reason: str


def closed_days(session: Session, court: str | None) -> Closed:
    """What closes ``court`` on a day: a recorded closure, else a federal holiday."""
    closures: dict[date, str] = {}
    if court:
        for row in closure_q.of_court(session, court):
            closures[date.fromisoformat(row.day)] = row.reason or "court closed"

    def closed(day: date) -> str | None:
        return closures.get(day) or federal_holiday(day)

    return closed


@dataclass(frozen=True)
class ResolvedDue:
    """A due moment from the user's input, the rule it came from (JSON, "" for none) and
    the working shown to the user ("" when typed directly)."""

    due: DueMoment
    rule: str = ""
    working: str = ""


def has_time(value: str) -> bool:
    return ":" in value or "T" in value.upper()[10:11]


def resolve_due(
    session: Session,
    ctx: ServiceContext,
    *,
    court: str | None,
    due: str | None,
    after: str | None = None,
    within: str | None = None,
) -> ResolvedDue:
    """Read either ``due`` or ``after`` + ``within`` into a due moment in the court's zone."""
    zone = court_zone(court) if court else user_zone(ctx)
    typed = split_rule(due) if due and not (after or within) else None
    if typed is not None:  # "14 days after 2025-06-20" typed in the due field
        within, after = typed
        due = None
    if after or within:
        if due:
            raise ValidationError("due", "give either a due moment or --after with --within")
        if not after or not within:
            missing = "after" if not after else "within"
            raise ValidationError(
                missing, 'a computed deadline needs both the event ("--after") and the period'
            )
        period = parse_period(within)
        if period.hour_based and not has_time(after):
            raise ValidationError(
                "after", "an hour-based period needs the time of the event, like 2025-06-20 17:00"
            )
        trigger = parse_due(after, zone=zone, field="after", date_only_time=END_OF_DAY)
        computed = compute_due(trigger, period, closed_days(session, court))
        rule = json.dumps(
            {"after": trigger.iso_with_zone(), "within": period.text(), "court": court or ""},
            ensure_ascii=False,
        )
        return ResolvedDue(computed.due, rule, computed.working)
    if not due:
        raise ValidationError("due", "enter when it is due, or the event and period it runs from")
    return ResolvedDue(parse_due(due, zone=zone))


def court_of(session: Session, row: Deadline | Obligation) -> str | None:
    """The court whose clock and closures a deadline or obligation runs on, if any."""
    matter_id: int | None
    if isinstance(row, Obligation):
        order = session.get(CourtOrder, row.order_id)
        matter_id = order.matter_id if order is not None else None
    else:
        matter_id = row.matter_id
    matter = session.get(Matter, matter_id) if matter_id is not None else None
    return matter.court if matter is not None else None


def edited_due(
    session: Session, ctx: ServiceContext, row: Deadline | Obligation, due: str
) -> dict[str, str]:
    """The due columns for an edit: unchanged text keeps the moment, its zone and its
    rule; new text is read on the court's clock (or as "14 days after …") like adding."""
    if due.strip() == row.due_at:
        return {
            "due_at": row.due_at,
            "due_utc": row.due_utc,
            "due_zone": row.due_zone,
            "due_rule": row.due_rule,
        }
    resolved = resolve_due(session, ctx, court=court_of(session, row), due=due)
    return {
        "due_at": resolved.due.stored(),
        "due_utc": resolved.due.utc_text(),
        "due_zone": resolved.due.zone,
        "due_rule": resolved.rule,
    }


class CourtCalendarService:
    """Court closures (kept in the store, exported with it) and due-moment arithmetic."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def compute(self, after: str, within: str, *, court: str | None = None) -> Computation:
        """The due moment ``within`` after ``after`` by FRCP 6(a), with its working."""
        canonical = parse_court(court) if court else None
        with self.ctx.store.read() as session:
            resolved = resolve_due(
                session, self.ctx, court=canonical, due=None, after=after, within=within
            )
            rule = json.loads(resolved.rule)
            trigger = parse_due(rule["after"], zone="UTC")
            period = parse_period(rule["within"])
            return compute_due(trigger, period, closed_days(session, canonical))

    def preview(self, due: str, *, court: str | None = None) -> ResolvedDue:
        """What a due field's text means (a moment, or "14 days after 2025-06-20"), without
        storing anything: forms show it as the user types."""
        with self.ctx.store.read() as session:
            return resolve_due(session, self.ctx, court=court, due=due)

    def retrigger(self, kind: str, item_id: int, after: str) -> Changes:
        """Move the event a computed deadline (``kind`` "deadline") or obligation runs
        from; the due moment is recomputed by the rule kept with it."""
        with self.ctx.store.write() as session:
            row: Deadline | Obligation | None = (
                session.get(Deadline, item_id)
                if kind == "deadline"
                else session.get(Obligation, item_id)
            )
            if row is None:
                raise NotFoundError(kind, item_id)
            if not row.due_rule:
                raise ValidationError(
                    "after",
                    "this due moment was typed, not computed from an event; change it directly",
                )
            rule = json.loads(row.due_rule)
            court = rule.get("court") or None
            resolved = resolve_due(
                session, self.ctx, court=court, due=None, after=after, within=rule["within"]
            )
            before = {"due_at": row.due_at, "due_rule": row.due_rule}
            row.due_at = resolved.due.stored()
            row.due_utc = resolved.due.utc_text()
            row.due_zone = resolved.due.zone
            row.due_rule = resolved.rule
            session.add(row)
            audit.record(
                session,
                self.ctx,
                AuditAction.UPDATE,
                kind,
                item_id,
                before=before,
                after={"due_at": row.due_at, "due_rule": row.due_rule},
            )
        if kind == "deadline":
            return Changes(deadlines=frozenset({item_id}))
        return Changes(obligations=frozenset({item_id}))

    def closures(self, court: str | None = None) -> list[ClosureView]:
        with self.ctx.store.read() as session:
            chosen = parse_court(court) if court else None
            return [
                ClosureView(c.court, c.day, c.reason) for c in closure_q.of_court(session, chosen)
            ]

    def add_closure(self, court: str, day: str, reason: str = "") -> Changes:
        canonical = parse_court(court)
        when = PartialDate.parse(day, field="day")
        if when.day is None or when.approximate:
            raise ValidationError("day", "a closure is one exact day, like 2025-01-09")
        iso = when.earliest().isoformat()
        clean = v.text(reason, "reason", max_len=200)
        with self.ctx.store.write() as session:
            exists = closure_q.on_day(session, canonical, iso)
            if exists is not None:
                raise ValidationError("day", f"{canonical} is already recorded closed on {iso}")
            row = CourtClosure(court=canonical, day=iso, reason=clean, created_at=self.ctx.now())
            session.add(row)
            session.flush()
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "court_closure",
                row.id,
                after={"court": canonical, "day": iso, "reason": clean},
            )
        # Computed deadlines of that court may move; every view refreshes.
        return Changes(everything=True)

    def remove_closure(self, court: str, day: str) -> Changes:
        canonical = parse_court(court)
        iso = PartialDate.parse(day, field="day").earliest().isoformat()
        with self.ctx.store.write() as session:
            row = closure_q.on_day(session, canonical, iso)
            if row is None:
                raise NotFoundError("closure", f"of {canonical} on {iso}")
            audit.record(
                session,
                self.ctx,
                AuditAction.DELETE,
                "court_closure",
                row.id,
                before={"court": canonical, "day": iso, "reason": row.reason},
            )
            session.delete(row)
        return Changes(everything=True)
