"""Dates as clinics type them: day first, month first, or year first, often partial.

A Spanish-language intake sheet writes 15/03/1990 and 03/1992; a US one writes
03/15/1990. :func:`parse_in_order` reads such numeric dates by a chosen
:class:`DateOrder`, reads unambiguous ones (a first part over 12 can only be a day) the
only way they can be read, and leaves every other form ("marzo de 1990", "2025-03",
"15 March 2025") to :meth:`PartialDate.parse`. :func:`evidence` tells which orders a
value rules out, so an import can propose an order from the file itself.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from enum import StrEnum

from casedesk.domain.dates import PartialDate
from casedesk.domain.errors import ValidationError, clip

__all__ = ["DateOrder", "evidence", "parse_in_order", "propose_order"]


class DateOrder(StrEnum):
    """How the numeric dates of one file are written."""

    DAY_FIRST = "day-first"  # 15/03/1990: Spain, Latin America, most of the world
    MONTH_FIRST = "month-first"  # 03/15/1990: the United States
    YEAR_FIRST = "year-first"  # 1990/03/15: ISO, East Asia

    @property
    def example(self) -> str:
        return {
            DateOrder.DAY_FIRST: "31/12/1990",
            DateOrder.MONTH_FIRST: "12/31/1990",
            DateOrder.YEAR_FIRST: "1990/12/31",
        }[self]


# a/b/yyyy with one separator used twice: "/", "-" or "." (29.02.1996).
_THREE = re.compile(r"\A(?:~\s*)?([0-9]{1,2})([-/.])([0-9]{1,2})\2([0-9]{4})\Z")
# mm/yyyy: a month and a year ("03/1992"); never a day and a year.
_TWO = re.compile(r"\A(?:~\s*)?([0-9]{1,2})[-/.]([0-9]{4})\Z")


def evidence(text: str) -> DateOrder | None:
    """The order a value proves, if any: "15/03/1990" can only be day first."""
    stripped = text.strip()
    match = _THREE.match(stripped)
    if match:
        first, second = int(match.group(1)), int(match.group(3))
        if first > 12 >= second:
            return DateOrder.DAY_FIRST
        if second > 12 >= first:
            return DateOrder.MONTH_FIRST
    return None


def propose_order(values: Iterable[str], *, spanish: bool = False) -> tuple[DateOrder, str]:
    """The order a file's own dates point to, and why (for the wizard and the summary).

    Values that can be read only one way settle it; when none does, the file's language
    decides (Spanish sheets write the day first, English ones from US clinics the month).
    """
    seen: dict[DateOrder, str] = {}
    for value in values:
        found = evidence(value)
        if found is not None and found not in seen:
            seen[found] = value.strip()
    if len(seen) == 1:
        order, value = next(iter(seen.items()))
        return order, f"{clip(value, 20)!r} can only be read {order.value}"
    if spanish:
        return DateOrder.DAY_FIRST, "the file's headers are in Spanish"
    if seen:
        return DateOrder.DAY_FIRST, "the file's dates disagree; check the order"
    return DateOrder.MONTH_FIRST, "the file's headers are in English"


def parse_in_order(text: str, order: DateOrder | None, *, field: str) -> PartialDate:
    """Read ``text`` as a date, numeric forms by ``order``; ValidationError if not a date.

    With no order, an ambiguous numeric date (03/04/1990) is refused with a message
    asking for one; an unambiguous one is read as it must be.
    """
    stripped = " ".join(text.split())
    approximate = stripped.startswith("~")
    match = _THREE.match(stripped)
    if match:
        first, second, year = int(match.group(1)), int(match.group(3)), int(match.group(4))
        proven = evidence(stripped)
        use = proven or order
        if use is None or (use is DateOrder.YEAR_FIRST and proven is None):
            raise ValidationError(
                field,
                f"{clip(stripped)}: day and month could be either way round; choose the "
                "file's date order (day first or month first) and import again",
            )
        if first > 12 and second > 12:
            raise ValidationError(field, f"{clip(stripped)}: neither part is a month (1 to 12)")
        day, month = (first, second) if use is DateOrder.DAY_FIRST else (second, first)
        return _make(year, month, day, approximate, field, stripped)
    match = _TWO.match(stripped)
    if match:
        return _make(int(match.group(2)), int(match.group(1)), None, approximate, field, stripped)
    # Year first (1990/03/15, 1990-03) is what PartialDate reads in any order: no clinic
    # writes year-day-month, so "year first" needs nothing more.
    return PartialDate.parse(stripped, field=field)


def _make(
    year: int, month: int, day: int | None, approximate: bool, field: str, text: str
) -> PartialDate:
    try:
        return PartialDate(year, month, day, approximate)
    except ValidationError as exc:
        # The reason starts with the ISO form; the user typed something else.
        reason = exc.reason.split(": ", 1)[-1]
        raise ValidationError(field, f"{clip(text)}: {reason}") from None
