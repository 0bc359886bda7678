"""Periods counted the way the Federal Rules count them (FRCP 6(a)).

- **Days** (6(a)(1)): exclude the day of the event, count every day including weekends
  and holidays, include the last day; when the last day is a Saturday, Sunday or legal
  holiday, the period runs to the end of the next day that is none of these.
- **Hours** (6(a)(2)): count every hour from the event, exactly; when the period would
  end on a weekend or legal holiday, it runs to the same time on the next day that is not.
- **Court days**: only days the court is open count (the form many local rules and
  orders use for short periods).
- **Next day at a time**: "a declaration by 9:30 am the next day" is a time the order
  sets itself, so it is not moved.

Which days are legal holidays is the caller's business (``closed`` returns the name of
the holiday or closure, or None): the domain stays free of calendars and of the store.
Every computation keeps its working, so a paralegal can show a judge how it was reached.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from casedesk.domain.dates import MONTH_ABBREVIATIONS
from casedesk.domain.due import END_OF_DAY, DueMoment
from casedesk.domain.errors import ValidationError, clip

#: The name of the holiday or closure that shuts the court on a day, or None.
Closed = Callable[[date], str | None]

PERIOD_EXAMPLES = '"14 days", "72 hours", "10 court days" or "next day 09:30"'
_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_UNITS = {
    "hour": "hours",
    "hours": "hours",
    "h": "hours",
    "hrs": "hours",
    "day": "days",
    "days": "days",
    "d": "days",
    "calendar day": "days",
    "calendar days": "days",
    "court day": "court_days",
    "court days": "court_days",
    "business day": "court_days",
    "business days": "court_days",
}
_PERIOD = re.compile(r"\A(?:within\s+)?([0-9]{1,4})\s*([a-z][a-z ]*?)\s*(?:after)?\Z")
_NEXT_DAY = re.compile(
    r"\A(?:by\s+)?(?:the\s+)?next\s+day\s*(?:at|by)?\s*([0-9]{1,2})(?::([0-9]{2}))?\s*(am|pm)?\Z"
)
#: Longest periods accepted, so a typo ("3000 days") is caught rather than computed.
MAX_HOURS = 24 * 366
MAX_DAYS = 3660


@dataclass(frozen=True)
class Period:
    """How long after an event something is due."""

    amount: int
    unit: str  # "hours", "days", "court_days" or "next_day"
    at: time | None = None  # for "next_day": the time on that day

    def text(self) -> str:
        """Canonical text that :func:`parse_period` reads back ("10 court days")."""
        if self.unit == "next_day":
            assert self.at is not None
            return f"next day {self.at:%H:%M}"
        unit = self.unit.replace("_", " ")
        return f"{self.amount} {unit[:-1] if self.amount == 1 else unit}"

    @property
    def hour_based(self) -> bool:
        """Hour-based periods are short: reminders come hours, not days, ahead."""
        return self.unit in ("hours", "next_day")


#: Presets for the periods orders and rules set most often.
PRESETS: tuple[tuple[str, Period], ...] = (
    ("Status report within 72 hours", Period(72, "hours")),
    ("Declaration by 9:30 am the next day", Period(1, "next_day", time(9, 30))),
    ("BIA appeal: 30 days", Period(30, "days")),
    ("Response within 14 days", Period(14, "days")),
)


def parse_period(text: str, *, field: str = "within") -> Period:
    """Read "14 days", "72 hours", "10 court days" or "next day 09:30"."""
    folded = " ".join(text.lower().replace("-", " ").split())
    quoted = clip(text.strip())
    next_day = _NEXT_DAY.match(folded)
    if next_day:
        hour, minute = int(next_day.group(1)), int(next_day.group(2) or "0")
        meridiem = next_day.group(3)
        if meridiem:
            if not 1 <= hour <= 12:
                raise ValidationError(field, f"{quoted}: {hour} is not an hour on a 12-hour clock")
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        if hour > 23 or minute > 59:
            raise ValidationError(field, f"{quoted}: the time must be between 00:00 and 23:59")
        return Period(1, "next_day", time(hour, minute))
    match = _PERIOD.match(folded)
    unit = _UNITS.get(match.group(2)) if match else None
    if match is None or unit is None:
        raise ValidationError(field, f"{quoted!r} is not a period; write it like {PERIOD_EXAMPLES}")
    amount = int(match.group(1))
    limit = MAX_HOURS if unit == "hours" else MAX_DAYS
    if not 1 <= amount <= limit:
        raise ValidationError(
            field, f"{quoted}: the number of {unit.replace('_', ' ')} must be 1 to {limit:,}"
        )
    return Period(amount, unit)


_RULE = re.compile(r"\A\s*(?:within\s+)?(.+?)\s+after\s+(.+?)\s*\Z", re.IGNORECASE)


def split_rule(text: str) -> tuple[str, str] | None:
    """("14 days", "2025-06-20") from "14 days after 2025-06-20"; None for a plain moment."""
    match = _RULE.match(text)
    return (match.group(1), match.group(2)) if match else None


def day_text(day: date) -> str:
    """ "Fri 20 Jun 2025": weekday first, because the weekday is what the rule turns on."""
    return f"{_WEEKDAYS[day.weekday()]} {day.day} {MONTH_ABBREVIATIONS[day.month - 1]} {day.year}"


def why_closed(day: date, closed: Closed) -> str | None:
    """ "Saturday", "Independence Day", a recorded closure, or None on an open day."""
    if day.weekday() == 5:
        return "Saturday"
    if day.weekday() == 6:
        return "Sunday"
    return closed(day)


@dataclass(frozen=True)
class Computation:
    """A due moment computed from an event and a period, with the steps that led to it."""

    trigger: DueMoment
    period: Period
    due: DueMoment
    steps: tuple[str, ...]

    @property
    def working(self) -> str:
        """ "14 days after Fri 20 Jun 2025 → Fri 4 Jul 2025, Independence Day → Mon 7 Jul 2025"."""
        return " → ".join(self.steps)


def _at(day: date, clock: time, zone: ZoneInfo) -> datetime:
    # Same wall time on another day; a time inside a spring-forward gap moves on by the
    # gap (zoneinfo's normalisation), which keeps the period from ending early.
    return datetime.combine(day, clock, tzinfo=zone).astimezone(UTC).astimezone(zone)


def _roll(day: date, closed: Closed, steps: list[str]) -> date:
    """The first day from ``day`` on that is not a weekend or holiday, noting why."""
    reason = why_closed(day, closed)
    if reason is None:
        return day
    steps[-1] += f", {reason}"
    day += timedelta(days=1)
    while (reason := why_closed(day, closed)) is not None:
        if day.weekday() < 5:  # a weekend needs no saying; a closed weekday does
            steps[-1] += f"; {day_text(day)}, {reason}"
        day += timedelta(days=1)
    return day


def compute_due(trigger: DueMoment, period: Period, closed: Closed) -> Computation:
    """When a period after ``trigger`` ends, by FRCP 6(a), on the trigger's zone's clock."""
    zone = trigger.tz
    start = trigger.local()
    if period.unit == "hours":
        end = (trigger.utc + timedelta(hours=period.amount)).astimezone(zone)
        steps = [f"{period.text()} after {day_text(start.date())} {_hm(start)}"]
        steps.append(f"{day_text(end.date())} {_hm(end)}")
        day = _roll(end.date(), closed, steps)
        if day != end.date():
            end = _at(day, end.time().replace(tzinfo=None), zone)
            steps.append(f"{day_text(day)} {_hm(end)}")
    elif period.unit == "next_day":
        assert period.at is not None
        day = start.date() + timedelta(days=1)
        end = _at(day, period.at, zone)
        steps = [f"next day at {period.at:%H:%M} after {day_text(start.date())}"]
        steps.append(f"{day_text(day)} {_hm(end)} (a time the order sets: not moved)")
    elif period.unit == "days":
        day = start.date() + timedelta(days=period.amount)
        steps = [f"{period.text()} after {day_text(start.date())}", day_text(day)]
        day = _roll(day, closed, steps)
        if steps[-1] != day_text(day):
            steps.append(day_text(day))
        end = _at(day, END_OF_DAY, zone)
    elif period.unit == "court_days":
        day, counted = start.date(), 0
        while counted < period.amount:
            day += timedelta(days=1)
            if why_closed(day, closed) is None:
                counted += 1
        steps = [f"{period.text()} after {day_text(start.date())}", day_text(day)]
        end = _at(day, END_OF_DAY, zone)
    else:  # pragma: no cover - Period is built only by parse_period and PRESETS
        raise ValueError(f"unknown unit {period.unit!r}")
    return Computation(trigger, period, DueMoment(end, trigger.zone), tuple(steps))


def _hm(moment: datetime) -> str:
    return f"{moment:%H:%M} {moment.tzname() or ''}".strip()
