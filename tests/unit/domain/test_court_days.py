"""FRCP 6(a), case by case: weekends, observed federal holidays, hour-based periods across
a weekend and a DST change, court days, a court's own closures, and the working shown."""

from datetime import date

import pytest

from casedesk.domain.court_days import Period, compute_due, parse_period, split_rule
from casedesk.domain.due import parse_due
from casedesk.domain.errors import ValidationError
from casedesk.services.court_calendar import federal_holiday

#: A court's recorded closures (fictional snow day), on top of the federal holidays.
CLOSURES = {date(2025, 2, 12): "Snow closure"}


def closed(day: date) -> str | None:
    return CLOSURES.get(day) or federal_holiday(day)


CASES = [
    # (event, period, zone, due as displayed, working)
    (
        "2025-06-20",
        "14 days",
        "America/New_York",
        "7 Jul 2025 23:59 EDT",
        "14 days after Fri 20 Jun 2025 → Fri 4 Jul 2025, Independence Day → Mon 7 Jul 2025",
    ),
    (  # no roll: the last day is a working day
        "2025-01-01",
        "30 days",
        "America/New_York",
        "31 Jan 2025 23:59 EST",
        "30 days after Wed 1 Jan 2025 → Fri 31 Jan 2025",
    ),
    (  # Sunday, then Memorial Day
        "2025-05-15",
        "10 days",
        "America/Chicago",
        "27 May 2025 23:59 CDT",
        "10 days after Thu 15 May 2025 → Sun 25 May 2025, Sunday; Mon 26 May 2025, Memorial Day"
        " → Tue 27 May 2025",
    ),
    (  # New Year's Day 2022 fell on a Saturday: observed on Friday 31 December 2021
        "2021-12-01",
        "30 days",
        "America/New_York",
        "3 Jan 2022 23:59 EST",
        "30 days after Wed 1 Dec 2021 → Fri 31 Dec 2021, New Year's Day (observed)"
        " → Mon 3 Jan 2022",
    ),
    (  # Independence Day 2026 is a Saturday: observed Friday 3 July
        "2026-06-26",
        "7 days",
        "America/New_York",
        "6 Jul 2026 23:59 EDT",
        "7 days after Fri 26 Jun 2026 → Fri 3 Jul 2026, Independence Day (observed)"
        " → Mon 6 Jul 2026",
    ),
    (  # Juneteenth
        "2026-06-12",
        "7 days",
        "America/New_York",
        "22 Jun 2026 23:59 EDT",
        "7 days after Fri 12 Jun 2026 → Fri 19 Jun 2026, Juneteenth National Independence Day"
        " → Mon 22 Jun 2026",
    ),
    (  # a closure the team recorded for the court
        "2025-02-05",
        "7 days",
        "America/New_York",
        "13 Feb 2025 23:59 EST",
        "7 days after Wed 5 Feb 2025 → Wed 12 Feb 2025, Snow closure → Thu 13 Feb 2025",
    ),
    (  # hours: counted exactly, ending on a Saturday → same time Monday
        "2025-06-18 10:00",
        "72 hours",
        "America/New_York",
        "23 Jun 2025 10:00 EDT",
        "72 hours after Wed 18 Jun 2025 10:00 EDT → Sat 21 Jun 2025 10:00 EDT, Saturday"
        " → Mon 23 Jun 2025 10:00 EDT",
    ),
    (  # hours across spring forward: 24 real hours end at 13:00 EDT on Sunday → Monday
        "2025-03-08 12:00",
        "24 hours",
        "America/New_York",
        "10 Mar 2025 13:00 EDT",
        "24 hours after Sat 8 Mar 2025 12:00 EST → Sun 9 Mar 2025 13:00 EDT, Sunday"
        " → Mon 10 Mar 2025 13:00 EDT",
    ),
    (  # hours that end on a working day do not move
        "2025-03-03 09:00",
        "48 hours",
        "America/Denver",
        "5 Mar 2025 09:00 MST",
        "48 hours after Mon 3 Mar 2025 09:00 MST → Wed 5 Mar 2025 09:00 MST",
    ),
    (  # court days skip weekends and Independence Day
        "2025-06-27",
        "10 court days",
        "America/New_York",
        "14 Jul 2025 23:59 EDT",
        "10 court days after Fri 27 Jun 2025 → Mon 14 Jul 2025",
    ),
    (  # a time the order sets is not moved, even to a Saturday
        "2025-04-04 18:00",
        "next day 9:30 am",
        "America/New_York",
        "5 Apr 2025 09:30 EDT",
        "next day at 09:30 after Fri 4 Apr 2025 → Sat 5 Apr 2025 09:30 EDT"
        " (a time the order sets: not moved)",
    ),
]


@pytest.mark.parametrize(("event", "within", "zone", "due", "working"), CASES)
def test_frcp_6a(event: str, within: str, zone: str, due: str, working: str) -> None:
    computed = compute_due(parse_due(event, zone=zone), parse_period(within), closed)
    assert computed.due.display() == due
    assert computed.due.zone == zone
    assert computed.working == working


@pytest.mark.parametrize(
    ("text", "period"),
    [
        ("14 days", Period(14, "days")),
        ("72 hours", Period(72, "hours")),
        ("72-hour", Period(72, "hours")),
        ("10 court days", Period(10, "court_days")),
        ("1 business day", Period(1, "court_days")),
        ("within 30 days", Period(30, "days")),
    ],
)
def test_periods_are_read_as_people_write_them(text: str, period: Period) -> None:
    assert parse_period(text) == period
    assert parse_period(period.text()) == period


@pytest.mark.parametrize("bad", ["14 dais", "0 days", "9999 days", "next day 25:00", "soon"])
def test_bad_periods_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_period(bad)


def test_a_rule_typed_in_a_due_field_is_recognised() -> None:
    assert split_rule("14 days after 2025-06-20") == ("14 days", "2025-06-20")
    assert split_rule("2025-06-20 17:00") is None
