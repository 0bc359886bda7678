"""When something is due, and whether it is overdue: one model for every screen and print.

A due moment is one instant (kept in UTC) plus the IANA zone it was given in, normally
the court's. Wall times are turned into instants with that day's own offset (zoneinfo),
so a summer deadline entered in winter is not an hour off, and a wall time that does not
exist (the spring-forward gap) is refused. Every display carries its zone, and the
viewer's own clock beside it when that differs ("7 Apr 2025 23:59 EDT (= 20:59 PDT here)").

:func:`due_state` is the single definition of "overdue": past due, not done, and its
order in force. An obligation of a stayed order is suspended, of a vacated, reversed,
expired or superseded one moot; neither is ever overdue.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casedesk.domain.dates import MAX_YEAR, MIN_YEAR, MONTH_ABBREVIATIONS, days_in_month
from casedesk.domain.enums import LabelledEnum, OrderStatus
from casedesk.domain.errors import ValidationError, clip

#: A date given without a time means the end of that day, in the court's zone.
END_OF_DAY = time(23, 59)

DUE_EXAMPLES = (
    "2025-04-07 (end of the day), 2025-04-07 23:59, 2025-04-07T23:59-04:00 or "
    "2025-04-07 23:59 America/New_York"
)

_ISO = re.compile(
    r"\A([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
    r"(?:\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)(?:\[([^\]]+)\])?|\s+([A-Za-z][\w+\-/]*))?\Z"
)
# The display form read back: "7 Apr 2025 23:59 EDT" or "7 Apr 2025 23:59:30 -04".
_DISPLAY = re.compile(
    r"\A([0-9]{1,2}) ([A-Za-z]{3}) ([0-9]{4})"
    r"(?: ([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
    r"(?: (Z|[+-][0-9]{2}(?::?[0-9]{2})?|[A-Za-z][\w+\-/]*))?\Z"
)
_OFFSET = re.compile(r"\A(?:Z|[+-][0-9]{2}(?::?[0-9]{2})?)\Z")


def zone_info(name: str, *, field: str = "zone") -> ZoneInfo:
    """The zone called ``name``, or a refusal that shows the expected form."""
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # ZoneInfo raises ValueError for malformed keys and OSError for odd file names.
        raise ValidationError(
            field,
            f"unknown time zone {clip(name)!r}; use a name like America/New_York",
        ) from None


def zone_name(zone: tzinfo) -> str:
    """The IANA name of ``zone`` (UTC for a bare UTC or an unnamed fixed offset)."""
    key = getattr(zone, "key", None)
    return key if isinstance(key, str) else "UTC"


def _offset(text: str, field: str, original: str) -> timedelta:
    if text == "Z":
        return timedelta(0)
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours, minutes = int(digits[:2]), int(digits[2:] or "0")
    if hours > 23 or minutes > 59:
        raise ValidationError(field, f"{original}: {text} is not a valid UTC offset")
    return sign * timedelta(hours=hours, minutes=minutes)


def fixed_zone_for(offset: timedelta) -> str:
    """An IANA name for a whole-hour fixed offset ("Etc/GMT+4" is UTC−4, POSIX-style)."""
    hours, rest = divmod(int(offset.total_seconds()), 3600)
    if rest:
        return "UTC"
    return "UTC" if hours == 0 else f"Etc/GMT{-hours:+d}"


def wall_to_utc(day: date, clock: time, zone: ZoneInfo, *, field: str = "due") -> datetime:
    """The instant a wall-clock time in ``zone`` names, refusing times that do not exist.

    In the autumn hour that happens twice, the first (daylight-time) instant is chosen:
    the earlier deadline is the safe one, and every display names it ("EDT").
    """
    naive = datetime.combine(day, clock.replace(tzinfo=None))
    first = naive.replace(tzinfo=zone, fold=0)
    if first.astimezone(UTC).astimezone(zone).replace(tzinfo=None) != naive:
        before = (first - timedelta(hours=1)).astimezone(zone)
        after = first.astimezone(UTC).astimezone(zone)
        raise ValidationError(
            field,
            f"{day.isoformat()} {clock:%H:%M} never happens in {zone.key}: the clocks go "
            f"forward that night; enter {after:%H:%M} {after.tzname()} or "
            f"{before:%H:%M} {before.tzname()}",
        )
    return first.astimezone(UTC)


@dataclass(frozen=True)
class DueMoment:
    """An instant (aware, normalised to UTC) and the IANA zone it was given in."""

    utc: datetime
    zone: str

    def __post_init__(self) -> None:
        if self.utc.tzinfo is None or self.utc.utcoffset() is None:
            raise ValueError("a due moment needs an aware datetime")
        object.__setattr__(self, "utc", self.utc.astimezone(UTC))
        zone_info(self.zone)

    @classmethod
    def from_stored(cls, due_utc: str, zone: str) -> DueMoment:
        """Read the ``due_utc`` / ``due_zone`` pair a table keeps."""
        moment = datetime.fromisoformat(due_utc)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return cls(moment, zone or "UTC")

    @classmethod
    def at(cls, local: datetime) -> DueMoment:
        """The moment ``local`` (aware, with a ZoneInfo) names, in that zone."""
        assert local.tzinfo is not None
        return cls(local, zone_name(local.tzinfo))

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.zone)

    def local(self) -> datetime:
        """The moment on its own zone's clock."""
        return self.utc.astimezone(self.tz)

    def stored(self) -> str:
        """ISO text with that day's offset, as kept in ``due_at``: "2025-04-07T23:59-04:00"."""
        local = self.local()
        return local.isoformat(timespec="seconds" if local.second else "minutes")

    def utc_text(self) -> str:
        """The instant as kept in ``due_utc`` (sortable, comparable as text)."""
        return self.utc.isoformat(timespec="seconds")

    def display(self, viewer: tzinfo | None = None) -> str:
        """ "7 Apr 2025 23:59 EDT", plus "(= 20:59 PDT here)" when ``viewer`` differs."""
        local = self.local()
        text = format_moment(local)
        if viewer is None:
            return text
        mine = self.utc.astimezone(viewer)
        if mine.utcoffset() == local.utcoffset() and mine.tzname() == local.tzname():
            return text
        clock = _clock(mine)
        if mine.date() != local.date():
            clock = f"{mine.day} {MONTH_ABBREVIATIONS[mine.month - 1]} {clock}"
        return f"{text} (= {clock} {mine.tzname() or ''} here)".replace(" )", ")")

    def iso_with_zone(self) -> str:
        """RFC 9557 text that names both offset and zone: "2025-04-07T23:59-04:00[America/New_York]"."""
        return f"{self.stored()}[{self.zone}]"


def _clock(moment: datetime) -> str:
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return text + f":{moment.second:02d}" if moment.second else text


def format_moment(local: datetime) -> str:
    """ "7 Apr 2025 23:59 EDT" for an aware datetime on its own clock."""
    text = f"{local.day} {MONTH_ABBREVIATIONS[local.month - 1]} {local.year} {_clock(local)}"
    return f"{text} {local.tzname()}" if local.tzname() else text


def parse_due(
    text: str, *, zone: str, field: str = "due", date_only_time: time = END_OF_DAY
) -> DueMoment:
    """Read a due moment typed, exported or displayed, in ``zone`` unless it names one.

    Accepts ISO forms (``2025-04-07``, ``2025-04-07 23:59``, ``…-04:00``, ``… America/New_York``,
    ``…-04:00[America/New_York]``) and the display form ("7 Apr 2025 23:59 EDT"; anything
    after " (=" is the viewer's echo and ignored). A bare date means ``date_only_time``.
    """
    stripped = " ".join(text.split()).split(" (=", 1)[0]
    quoted = clip(stripped)
    default = zone_info(zone, field=field)
    iso = _ISO.match(stripped)
    display = None if iso else _DISPLAY.match(stripped)
    if iso:
        year, month, day = (int(iso.group(i)) for i in (1, 2, 3))
        hour, minute, second = iso.group(4), iso.group(5), iso.group(6)
        offset_text, bracket, word = iso.group(7), iso.group(8), iso.group(9)
        if bracket:
            word = bracket
    elif display:
        month_name = display.group(2).title()
        if month_name not in MONTH_ABBREVIATIONS:
            raise ValidationError(field, f"{quoted}: {month_name!r} is not a month")
        day, month = int(display.group(1)), MONTH_ABBREVIATIONS.index(month_name) + 1
        year = int(display.group(3))
        hour, minute, second = display.group(4), display.group(5), display.group(6)
        token = display.group(7)
        offset_text = token if token and _OFFSET.match(token) else None
        word = token if token and not offset_text else None
    else:
        raise ValidationError(
            field, f"{quoted!r} is not a date and time; use a form like {DUE_EXAMPLES}"
        )
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(
            field, f"{quoted}: the year must be between {MIN_YEAR} and {MAX_YEAR}"
        )
    if not 1 <= month <= 12 or not 1 <= day <= days_in_month(year, month):
        raise ValidationError(field, f"{quoted}: there is no such day")
    if hour is None:
        clock = date_only_time
    else:
        if int(hour) > 23 or int(minute) > 59 or int(second or 0) > 59:
            raise ValidationError(field, f"{quoted}: the time must be between 00:00 and 23:59")
        clock = time(int(hour), int(minute), int(second or 0))
    wall = datetime.combine(date(year, month, day), clock)
    if offset_text is not None:
        given = _offset(offset_text, field, quoted)
        instant = (wall - given).replace(tzinfo=UTC)
        named = zone_info(word, field=field) if word else default
        # The offset fixes the instant; the zone is kept only when it agrees with it.
        if instant.astimezone(named).utcoffset() == given:
            return DueMoment(instant, named.key)
        return DueMoment(instant, fixed_zone_for(given))
    if word is not None:
        chosen = _abbreviation_fold(wall, default, word)
        if chosen is not None:
            return DueMoment(chosen, default.key)
        named = zone_info(word, field=field)
        return DueMoment(wall_to_utc(wall.date(), wall.time(), named, field=field), named.key)
    return DueMoment(wall_to_utc(wall.date(), wall.time(), default, field=field), default.key)


def _abbreviation_fold(wall: datetime, zone: ZoneInfo, word: str) -> datetime | None:
    """The instant ``wall`` names in ``zone`` when ``word`` is that zone's abbreviation
    at the time ("EDT" or "EST" picks the side of an autumn repeat)."""
    for fold in (0, 1):
        candidate = wall.replace(tzinfo=zone, fold=fold)
        if candidate.tzname() == word:
            return candidate.astimezone(UTC)
    return None


# ---------------------------------------------------------------------------------------
# The one definition of overdue.


class DueState(LabelledEnum):
    """Where a deadline or obligation stands now."""

    DUE = "due"
    OVERDUE = "overdue"
    DONE = "done"
    SUSPENDED = "suspended"
    MOOT = "moot"


#: An order in one of these states binds nobody any more: its obligations are moot.
MOOT_ORDER_STATUSES = frozenset(
    {OrderStatus.VACATED, OrderStatus.REVERSED, OrderStatus.EXPIRED, OrderStatus.SUPERSEDED}
)


def due_state(
    due_utc: datetime, now: datetime, *, done: bool, order_status: str | None = None
) -> DueState:
    """Done, suspended (order stayed), moot (order vacated…), overdue or still due.

    ``order_status`` is None for the team's own deadlines, which belong to no order.
    """
    if done:
        return DueState.DONE
    if order_status == OrderStatus.STAYED:
        return DueState.SUSPENDED
    if order_status is not None and order_status in MOOT_ORDER_STATUSES:
        return DueState.MOOT
    return DueState.OVERDUE if due_utc <= now else DueState.DUE


def days_overdue(due_utc: datetime, now: datetime, zone: tzinfo) -> int:
    """Whole calendar days past due on the viewer's clock (0 when not yet due)."""
    if due_utc > now:
        return 0
    return max(0, (now.astimezone(zone).date() - due_utc.astimezone(zone).date()).days)


#: How far ahead reminders come: days ahead for day-based deadlines, hours for hour-based.
REMINDER_LEAD = timedelta(days=3)
HOUR_REMINDER_LEAD = timedelta(hours=2)


def is_hour_based(within: str) -> bool:
    """Whether a deadline's period counts hours ("72 hours", "next day 09:30"): such
    deadlines are reminded of hours ahead. A moment typed directly gets the longer lead,
    so a reminder is never later than the user would expect."""
    return "hour" in within or "next day" in within


def reminder_lead(hour_based: bool) -> timedelta:
    return HOUR_REMINDER_LEAD if hour_based else REMINDER_LEAD


def obligation_done(bound: int, complied: int, whole_complied: bool) -> bool:
    """Whether an obligation is met: by every person it binds where people are linked,
    otherwise as a whole (compliance recorded on the obligation itself)."""
    return complied >= bound if bound > 0 else whole_complied
