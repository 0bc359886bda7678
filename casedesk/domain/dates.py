"""Dates as advocates know them: often partial ("March 2025"), sometimes approximate.

A family may only know that someone was moved "around March 2025"; a court order has an
exact deadline with a time zone. :class:`PartialDate` covers the first, and
:func:`parse_datetime` / :func:`format_datetime` the second.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import total_ordering
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from casedesk.domain.errors import ValidationError, clip
from casedesk.domain.names import fold

MIN_YEAR = 1900
MAX_YEAR = 2100

MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
# English abbreviations are fixed here rather than taken from strftime("%b"), which
# follows the computer's locale and would print "abr" on a Spanish-language laptop.
MONTH_ABBREVIATIONS = tuple(name[:3] for name in MONTH_NAMES)

_SPANISH_MONTHS = (
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
)
#: Spanish month names, for parsing here and for printing (briefs) and masking elsewhere.
SPANISH_MONTH_NAMES = _SPANISH_MONTHS


def _month_lookup() -> dict[str, int]:
    lookup: dict[str, int] = {}
    for number, (english, spanish) in enumerate(
        zip(MONTH_NAMES, _SPANISH_MONTHS, strict=True), start=1
    ):
        for name in (english.lower(), spanish):
            lookup[name] = number
            lookup[name[:3]] = number
    # Common alternative spellings and abbreviations.
    lookup.update({"sept": 9, "setiembre": 9, "set": 9})
    return lookup


_MONTHS = _month_lookup()

EXAMPLES = "2025, 2025-03, 2025-03-15, March 2025, 15 March 2025 or 15 de marzo de 2025"

_APPROXIMATE = re.compile(
    r"\A(?:~|ca?\.|circa\b|about\b|approx(?:imately\b|\.)|aprox\.|alrededor de\b|hacia\b)\s*",
    re.IGNORECASE,
)
_NUMERIC = re.compile(r"\A([0-9]{4})(?:([-/.])([0-9]{1,2})(?:\2([0-9]{1,2}))?)?\Z")
_MONTH_FIRST_US = re.compile(r"\A[0-9]{1,2}[-/.][0-9]{1,2}[-/.][0-9]{4}\Z")
# Written forms after folding (lower case, no accents, dots and commas gone):
# "15 march 2025", "15 de marzo de 2025", "march 2025", "marzo de 2025", "march 15 2025".
_DAY_MONTH_YEAR = re.compile(
    r"\A(?:([0-9]{1,2})(?:st|nd|rd|th)? (?:de )?)?([a-z]+) (?:de |del )?([0-9]{4})\Z"
)
_MONTH_DAY_YEAR = re.compile(r"\A([a-z]+) ([0-9]{1,2})(?:st|nd|rd|th)? ([0-9]{4})\Z")


def days_in_month(year: int, month: int) -> int:
    """Number of days in a month, leap years included."""
    return calendar.monthrange(year, month)[1]


def _check(year: int, month: int | None, day: int | None, field: str, text: str) -> None:
    """Refuse impossible combinations, saying which part is wrong and why."""
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise ValidationError(field, f"{text}: the year must be between {MIN_YEAR} and {MAX_YEAR}")
    if month is None:
        if day is not None:
            raise ValidationError(field, f"{text}: a day needs a month")
        return
    if not 1 <= month <= 12:
        raise ValidationError(field, f"{text}: the month must be 1 to 12; got {month}")
    if day is None:
        return
    last = days_in_month(year, month)
    if not 1 <= day <= last:
        raise ValidationError(field, f"{text}: {MONTH_NAMES[month - 1]} {year} has {last} days")


@total_ordering
@dataclass(frozen=True)
class PartialDate:
    """A year, optionally a month, optionally a day; possibly only approximate.

    Ordered by :attr:`sort_key`, then exact before approximate, so "March 2025" sorts
    before "15 March 2025" (the less precise date comes first within its period).
    """

    year: int
    month: int | None = None
    day: int | None = None
    approximate: bool = False

    def __post_init__(self) -> None:
        _check(self.year, self.month, self.day, "date", self.iso())

    def __lt__(self, other: object) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return (self.sort_key, self.approximate) < (other.sort_key, other.approximate)

    @classmethod
    def parse(cls, text: str, *, field: str = "date") -> PartialDate:
        """Read a date typed in any of the accepted forms (see ``EXAMPLES``)."""
        stripped = " ".join(text.split())
        if not stripped:
            raise ValidationError(field, f"enter a date, for example {EXAMPLES}")
        prefix = _APPROXIMATE.match(stripped)
        approximate = prefix is not None
        body = stripped[prefix.end() :] if prefix else stripped
        year, month, day = _parse_parts(body, field, clip(stripped))
        _check(year, month, day, field, clip(stripped))
        return cls(year, month, day, approximate)

    @classmethod
    def from_date(cls, d: date) -> PartialDate:
        """An exact date."""
        return cls(d.year, d.month, d.day)

    def year_only(self) -> PartialDate:
        """Just the year (court versions show a birth year only)."""
        return PartialDate(self.year, approximate=self.approximate)

    def iso(self) -> str:
        """Canonical text that :meth:`parse` reads back: "~2025-03", "2025-03-15", "2025"."""
        text = f"{self.year:04d}"
        if self.month is not None:
            text += f"-{self.month:02d}"
            if self.day is not None:
                text += f"-{self.day:02d}"
        return f"~{text}" if self.approximate else text

    @property
    def sort_key(self) -> int:
        """yyyymmdd with 00 for missing parts: March 2025 is 20250300."""
        return self.year * 10000 + (self.month or 0) * 100 + (self.day or 0)

    def earliest(self) -> date:
        """First day the date could mean."""
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        """Last day the date could mean."""
        month = self.month or 12
        return date(self.year, month, self.day or days_in_month(self.year, month))

    def display(self) -> str:
        """ "15 March 2025", "March 2025" or "2025", with "about " when approximate."""
        if self.month is None:
            text = str(self.year)
        elif self.day is None:
            text = f"{MONTH_NAMES[self.month - 1]} {self.year}"
        else:
            text = f"{self.day} {MONTH_NAMES[self.month - 1]} {self.year}"
        return f"about {text}" if self.approximate else text

    def days_since(self, today: date) -> int:
        """Days from the latest day this date could mean to ``today``.

        Using the latest day means "last heard from in March 2025" never overstates how
        long ago it was. Negative when the date is after ``today``.
        """
        return (today - self.latest()).days

    def __str__(self) -> str:
        return self.display()


def _parse_parts(body: str, field: str, text: str) -> tuple[int, int | None, int | None]:
    numeric = _NUMERIC.match(body)
    if numeric:
        year_text, _sep, month_text, day_text = numeric.groups()
        return (
            int(year_text),
            int(month_text) if month_text else None,
            int(day_text) if day_text else None,
        )
    if _MONTH_FIRST_US.match(body):
        raise ValidationError(
            field,
            f"{text}: write the year first (like 2025-03-15) so day and month cannot be confused",
        )
    words = fold(body.replace(",", " "))
    for pattern, day_group, month_group in (
        (_DAY_MONTH_YEAR, 1, 2),
        (_MONTH_DAY_YEAR, 2, 1),
    ):
        match = pattern.match(words)
        if match:
            month_name = match.group(month_group)
            month = _MONTHS.get(month_name)
            if month is None:
                raise ValidationError(
                    field, f"{text}: {clip(month_name)!r} is not a month name in English or Spanish"
                )
            day_text = match.group(day_group)
            return int(match.group(3)), month, int(day_text) if day_text else None
    raise ValidationError(field, f"{text!r} is not a date; use a form like {EXAMPLES}")


# ---------------------------------------------------------------------------------------
# Date and time with a zone, for deadlines.

_DATETIME = re.compile(
    r"\A([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})"
    r"(?:[T ]([0-9]{1,2}):([0-9]{2})(?::([0-9]{2}))?)?"
    r"(?:\s*(Z|[+-][0-9]{2}(?::?[0-9]{2})?)|\s+([A-Za-z][A-Za-z0-9_+\-]*(?:/[A-Za-z0-9_+\-]+)*))?"
    r"\Z"
)
DATETIME_EXAMPLES = "2025-04-07 23:59, 2025-04-07T23:59-04:00 or 2025-04-07T23:59 America/New_York"


def _offset_zone(text: str, field: str, original: str) -> tzinfo:
    if text == "Z":
        return UTC
    sign = -1 if text[0] == "-" else 1
    digits = text[1:].replace(":", "")
    hours = int(digits[:2])
    minutes = int(digits[2:] or "0")
    if hours > 23 or minutes > 59:
        raise ValidationError(field, f"{original}: {text} is not a valid UTC offset")
    return timezone(sign * timedelta(hours=hours, minutes=minutes))


def _named_zone(name: str, field: str, original: str) -> tzinfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, OSError):
        # ZoneInfo raises ValueError for malformed keys and OSError for odd file names.
        raise ValidationError(
            field,
            f"{original}: unknown time zone {clip(name)!r}; use a name like America/New_York "
            "or an offset like -04:00",
        ) from None


def parse_datetime(text: str, *, field: str, default_tz: tzinfo, date_only_time: time) -> datetime:
    """Read a date and time into an aware datetime.

    A bare date gets ``date_only_time`` (its own tzinfo, if any, is ignored); input
    without an offset or zone name is taken to be in ``default_tz``.
    """
    stripped = text.strip()
    match = _DATETIME.match(stripped)
    quoted = clip(stripped)
    if not match:
        raise ValidationError(
            field, f"{quoted!r} is not a date and time; use a form like {DATETIME_EXAMPLES}"
        )
    year, month, day = (int(match.group(i)) for i in (1, 2, 3))
    _check(year, month, day, field, quoted)
    if match.group(4) is None:
        clock = date_only_time.replace(tzinfo=None)
    else:
        hour, minute = int(match.group(4)), int(match.group(5))
        second = int(match.group(6) or "0")
        if hour > 23 or minute > 59 or second > 59:
            raise ValidationError(field, f"{quoted}: the time must be between 00:00 and 23:59:59")
        clock = time(hour, minute, second)
    if match.group(7):
        zone = _offset_zone(match.group(7), field, quoted)
    elif match.group(8):
        zone = _named_zone(match.group(8), field, quoted)
    else:
        zone = default_tz
    return datetime.combine(date(year, month, day), clock, tzinfo=zone)


def format_datetime(dt: datetime) -> str:
    """Display form "7 Apr 2025 23:59 EDT"; seconds appear only when not zero."""
    clock = f"{dt.hour:02d}:{dt.minute:02d}"
    if dt.second:
        clock += f":{dt.second:02d}"
    text = f"{dt.day} {MONTH_ABBREVIATIONS[dt.month - 1]} {dt.year} {clock}"
    zone = dt.tzname()
    return f"{text} {zone}" if zone else text
