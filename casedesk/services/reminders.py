"""What to remind the user of now, and what a calendar shows for a range of days.

Both read the agenda (the one definition of overdue lives behind it), and the hearings
of the matters (appointments: reminded of ahead, never overdue). A reminder is due
when a deadline or obligation comes due within its lead time (3 days; 2 hours for
hour-based ones such as a 72-hour report or a declaration by 9:30 the next day), or is
already overdue, until it is done, its order stops running (stayed, vacated), or the
user snoozes it. Snoozes are the user's own and are kept by the caller (the GUI keeps
them per user, not in the shared store); they come in as ``{key: until}``.
"""

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from casedesk.domain.due import REMINDER_LEAD, DueState, reminder_lead
from casedesk.services.context import ServiceContext
from casedesk.services.deadlines import AgendaItem, DeadlineService
from casedesk.services.hearings import HearingService


@dataclass(frozen=True)
class Reminder:
    """One item to remind of; ``key`` ("deadline:5", "obligation:2") names it for snoozes."""

    key: str
    item: AgendaItem
    due_utc: datetime

    @property
    def overdue(self) -> bool:
        return self.item.overdue


def reminder_key(item: AgendaItem) -> str:
    return f"{item.kind}:{item.id}"


def _due_utc(item: AgendaItem) -> datetime:
    return datetime.fromisoformat(item.due_at).astimezone(UTC)


class ReminderService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._agenda = DeadlineService(ctx)
        self._hearings = HearingService(ctx)

    def due_soon(self, *, snoozed: Mapping[str, datetime] | None = None) -> list[Reminder]:
        """Overdue items first (oldest first), then those coming due, soonest first."""
        now = self.ctx.now()
        horizon = (now + REMINDER_LEAD).astimezone(self.ctx.zone).date()
        quiet = snoozed or {}
        found = []
        for item in self._agenda.agenda(None, horizon):
            state = DueState(item.state)
            if state not in (DueState.DUE, DueState.OVERDUE):
                continue
            due = _due_utc(item)
            if state is DueState.DUE and due - reminder_lead(item.hour_based) > now:
                continue
            key = reminder_key(item)
            until = quiet.get(key)
            if until is not None and until > now:
                continue
            found.append(Reminder(key, item, due))
        # Hearings coming within the lead time: an appointment, never overdue.
        for item in self._hearings.coming():
            key = reminder_key(item)
            until = quiet.get(key)
            if until is None or until <= now:
                found.append(Reminder(key, item, _due_utc(item)))
        found.sort(key=lambda r: (not r.overdue, r.due_utc))
        return found

    def calendar(self, start: date, end: date) -> list[AgendaItem]:
        """Everything due from ``start`` to ``end`` (inclusive, on the user's clock), done
        and suspended included, for a month or week view."""
        lo = datetime.combine(start, time.min, tzinfo=self.ctx.zone)
        hi = datetime.combine(end + timedelta(days=1), time.min, tzinfo=self.ctx.zone)
        items = [
            item
            for item in self._agenda.agenda(start, end, include_done=True, overdue_anywhere=False)
            if lo <= _due_utc(item) < hi
        ]
        items += self._hearings.calendar(start, end)
        items.sort(key=_due_utc)
        return items
