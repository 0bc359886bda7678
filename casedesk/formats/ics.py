"""Deadlines as an iCalendar (RFC 5545) file for Outlook, Google Calendar or Apple Calendar.

Compliance clocks are short ("a declaration by 9:30 am tomorrow"), so every event carries a
reminder a day ahead. The caller gives each event a stable UID (derived from the deadline's
id): importing a newer export then updates the events already in the calendar instead of
adding duplicates. Times are written in UTC, which every calendar converts to the reader's
zone, so no VTIMEZONE blocks are needed and a deadline never shifts by a zone mistake.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from icalendar import Alarm, Calendar, Event

from casedesk.formats.files import atomic_write

PRODID = "-//casedesk//casedesk deadlines//EN"

#: Length of an event given no end: deadlines are instants, but calendars need a block.
DEFAULT_DURATION = timedelta(minutes=15)

#: When the reminder fires, relative to the start.
REMINDER_BEFORE = timedelta(days=1)


@dataclass(frozen=True)
class IcsEvent:
    """One calendar event. ``start`` and ``end`` must be timezone-aware."""

    uid: str
    start: datetime
    summary: str
    description: str = ""
    end: datetime | None = None
    url: str = ""
    #: Where it happens (a hearing's courtroom); "" for a deadline.
    location: str = ""
    #: How long before the start each reminder (VALARM) fires.
    alarms: tuple[timedelta, ...] = (REMINDER_BEFORE,)

    def __post_init__(self) -> None:
        # A naive time would be read as "floating" local time by calendars, so a deadline
        # set in New York would move for a co-counsel in California: refuse it outright.
        if self.start.tzinfo is None or self.start.utcoffset() is None:
            raise ValueError(f"event {self.uid!r}: start must be timezone-aware")
        if self.end is not None:
            if self.end.tzinfo is None or self.end.utcoffset() is None:
                raise ValueError(f"event {self.uid!r}: end must be timezone-aware")
            if self.end < self.start:
                raise ValueError(f"event {self.uid!r}: end is before start")
        if not self.uid.strip():
            raise ValueError("event uid must not be empty")


def _utc(moment: datetime) -> datetime:
    # Seconds are kept; microseconds are dropped because iCalendar has no field for them.
    return moment.astimezone(UTC).replace(microsecond=0)


def _event(item: IcsEvent, stamp: datetime) -> Event:
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    start = _utc(item.start)
    event.add("dtstart", start)
    event.add("dtend", _utc(item.end) if item.end is not None else start + DEFAULT_DURATION)
    event.add("summary", item.summary)
    if item.description:
        event.add("description", item.description)
    if item.url:
        event.add("url", item.url)
    if item.location:
        event.add("location", item.location)
    for before in item.alarms:
        alarm = Alarm()
        alarm.add("action", "DISPLAY")
        # A DISPLAY alarm must have a DESCRIPTION (RFC 5545 3.6.6); the summary is what the
        # reminder should say.
        alarm.add("description", item.summary or "casedesk deadline")
        alarm.add("trigger", -before)
        event.add_component(alarm)
    return event


def build_calendar(
    events: Iterable[IcsEvent],
    *,
    calendar_name: str,
    now: datetime | None = None,
    properties: Mapping[str, str] | None = None,
) -> Calendar:
    """The calendar object for ``events``; ``now`` (aware) fixes DTSTAMP for tests.
    ``properties`` are extra calendar properties (``X-`` names, which calendars that do
    not know them ignore)."""
    stamp = _utc(now if now is not None else datetime.now(UTC))
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # Not in RFC 5545, but Apple, Google and Outlook all show it as the calendar's title.
    calendar.add("x-wr-calname", calendar_name)
    for name, value in (properties or {}).items():
        calendar.add(name, value)
    seen: set[str] = set()
    for item in events:
        if item.uid in seen:
            # Two events with one UID would collapse into one in every calendar app, so a
            # deadline would silently vanish.
            raise ValueError(f"duplicate event uid {item.uid!r}")
        seen.add(item.uid)
        calendar.add_component(_event(item, stamp))
    return calendar


def write_ics(
    path: str | os.PathLike[str],
    events: Iterable[IcsEvent],
    *,
    calendar_name: str,
    now: datetime | None = None,
    properties: Mapping[str, str] | None = None,
) -> int:
    """Write ``events`` to an .ics file atomically; return how many were written."""
    calendar = build_calendar(events, calendar_name=calendar_name, now=now, properties=properties)
    atomic_write(path, calendar.to_ical())
    return len(calendar.walk("VEVENT"))
