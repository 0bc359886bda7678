"""Partial dates and deadline date-times: forms accepted, refusals, ordering, display."""

from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from casedesk.domain.dates import PartialDate, format_datetime, parse_datetime
from casedesk.domain.errors import ValidationError

NEW_YORK = ZoneInfo("America/New_York")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2025", PartialDate(2025)),
        ("2025-03", PartialDate(2025, 3)),
        ("2025-03-15", PartialDate(2025, 3, 15)),
        ("2025/03/15", PartialDate(2025, 3, 15)),
        ("2025-3-5", PartialDate(2025, 3, 5)),
        ("~2025-03", PartialDate(2025, 3, approximate=True)),
        ("c. 2025", PartialDate(2025, approximate=True)),
        ("ca.2025-03-15", PartialDate(2025, 3, 15, approximate=True)),
        ("about March 2025", PartialDate(2025, 3, approximate=True)),
        ("March 2025", PartialDate(2025, 3)),
        ("15 March 2025", PartialDate(2025, 3, 15)),
        ("15 mar 2025", PartialDate(2025, 3, 15)),
        ("March 15, 2025", PartialDate(2025, 3, 15)),
        ("marzo de 2025", PartialDate(2025, 3)),
        ("15 de MARZO de 2025", PartialDate(2025, 3, 15)),
        ("1 de diciembre de 2024", PartialDate(2024, 12, 1)),
        ("septiembre 2025", PartialDate(2025, 9)),
        ("Sept. 2025", PartialDate(2025, 9)),
        ("29 February 2024", PartialDate(2024, 2, 29)),
    ],
)
def test_parse_accepted_forms(text: str, expected: PartialDate) -> None:
    assert PartialDate.parse(text) == expected


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("", "enter a date"),
        ("2025-02-30", "2025-02-30: February 2025 has 28 days"),
        ("2023-02-29", "February 2023 has 28 days"),
        ("2025-04-31", "April 2025 has 30 days"),
        ("2025-13", "the month must be 1 to 12; got 13"),
        ("1899", "between 1900 and 2100"),
        ("2101-01-01", "between 1900 and 2100"),
        ("03/15/2025", "write the year first"),
        ("Marchember 2025", "not a month name"),
        ("next tuesday", "is not a date"),
        ("2025-03/15", "is not a date"),
    ],
)
def test_parse_refusals_say_why(text: str, reason_part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        PartialDate.parse(text, field="born")
    assert caught.value.field == "born"
    assert reason_part in caught.value.reason


def test_constructor_validates() -> None:
    with pytest.raises(ValidationError, match="a day needs a month"):
        PartialDate(2025, None, 3)


def test_iso_and_display() -> None:
    assert PartialDate(2025, 3, approximate=True).iso() == "~2025-03"
    assert PartialDate(2025, 3, 15).iso() == "2025-03-15"
    assert PartialDate(2025).iso() == "2025"
    assert PartialDate(2025, 3, 15).display() == "15 March 2025"
    assert PartialDate(2025, 3).display() == "March 2025"
    assert PartialDate(2025).display() == "2025"
    assert PartialDate(2025, 3, approximate=True).display() == "about March 2025"


def test_sort_key_and_ordering() -> None:
    assert PartialDate(2025, 3).sort_key == 20250300
    dates = [
        PartialDate(2025, 3, 15),
        PartialDate(2025, 3, approximate=True),
        PartialDate(2025),
        PartialDate(2024, 12, 31),
        PartialDate(2025, 3),
    ]
    assert sorted(dates) == [
        PartialDate(2024, 12, 31),
        PartialDate(2025),
        PartialDate(2025, 3),
        PartialDate(2025, 3, approximate=True),
        PartialDate(2025, 3, 15),
    ]
    assert PartialDate(2025) < PartialDate(2025, 1)
    assert PartialDate(2025, 3) >= PartialDate(2025, 3)


def test_earliest_latest_and_days_since() -> None:
    assert PartialDate(2024, 2).earliest() == date(2024, 2, 1)
    assert PartialDate(2024, 2).latest() == date(2024, 2, 29)
    assert PartialDate(2025).latest() == date(2025, 12, 31)
    assert PartialDate(2025, 3, 15).earliest() == PartialDate(2025, 3, 15).latest()
    # "last heard from in March 2025" counts from 31 March, never overstating the gap.
    assert PartialDate(2025, 3).days_since(date(2025, 4, 10)) == 10


def test_from_date_and_year_only() -> None:
    assert PartialDate.from_date(date(2025, 3, 15)) == PartialDate(2025, 3, 15)
    assert PartialDate(1990, 5, 2).year_only() == PartialDate(1990)
    assert PartialDate(1990, 5, approximate=True).year_only().iso() == "~1990"


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    day = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))
    precision = draw(st.integers(0, 2))
    return PartialDate(
        day.year,
        day.month if precision >= 1 else None,
        day.day if precision == 2 else None,
        draw(st.booleans()),
    )


@given(partial_dates())
def test_parse_iso_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(value.iso()) == value


@given(partial_dates())
def test_parse_display_round_trip(value: PartialDate) -> None:
    assert PartialDate.parse(value.display()) == value


@given(partial_dates())
def test_earliest_not_after_latest(value: PartialDate) -> None:
    assert value.earliest() <= value.latest()


@given(st.text())
def test_parse_only_raises_validation_error(text: str) -> None:
    try:
        value = PartialDate.parse(text)
    except ValidationError:
        return
    assert 1900 <= value.year <= 2100


def _parse(text: str) -> datetime:
    return parse_datetime(text, field="due", default_tz=NEW_YORK, date_only_time=time(23, 59))


def test_parse_datetime_forms() -> None:
    expected = datetime(2025, 4, 7, 23, 59, tzinfo=NEW_YORK)
    assert _parse("2025-04-07T23:59-04:00") == expected
    assert _parse("2025-04-07 23:59") == expected
    assert _parse("2025-04-07T23:59 America/New_York") == expected
    assert _parse("2025-04-07") == expected
    assert _parse("2025-04-08T03:59Z") == expected
    assert _parse("2025-04-07 23:59:30") == expected + timedelta(seconds=30)
    assert _parse("2025-04-07T23:59Z").tzinfo is UTC
    assert _parse("2025-04-07T09:30 Europe/Madrid").utcoffset() == timedelta(hours=2)


def test_parse_datetime_is_always_aware() -> None:
    for text in ("2025-04-07", "2025-04-07 10:00", "2025-04-07T10:00+0530"):
        assert _parse(text).tzinfo is not None
    assert _parse("2025-04-07T10:00+0530").utcoffset() == timedelta(hours=5, minutes=30)


@pytest.mark.parametrize(
    ("text", "reason_part"),
    [
        ("2025-04-07T23:59 Mars/Olympus", "unknown time zone 'Mars/Olympus'"),
        ("2025-02-29 10:00", "February 2025 has 28 days"),
        ("1850-01-01", "between 1900 and 2100"),
        ("2025-04-07 25:00", "between 00:00 and 23:59:59"),
        ("2025-04-07T10:00+25:00", "not a valid UTC offset"),
        ("tomorrow", "is not a date and time"),
    ],
)
def test_parse_datetime_refusals(text: str, reason_part: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _parse(text)
    assert caught.value.field == "due"
    assert reason_part in caught.value.reason


@given(st.text())
def test_parse_datetime_only_raises_validation_error(text: str) -> None:
    try:
        value = _parse(text)
    except ValidationError:
        return
    assert value.tzinfo is not None


@given(st.datetimes(min_value=datetime(1900, 1, 2), max_value=datetime(2100, 12, 30)))
def test_parse_datetime_round_trips_isoformat(value: datetime) -> None:
    aware = value.replace(microsecond=0, tzinfo=timezone(timedelta(hours=-4)))
    assert _parse(aware.isoformat()) == aware


def test_format_datetime() -> None:
    assert format_datetime(datetime(2025, 4, 7, 23, 59, tzinfo=NEW_YORK)) == "7 Apr 2025 23:59 EDT"
    assert format_datetime(datetime(2025, 1, 7, 9, 30, tzinfo=NEW_YORK)) == "7 Jan 2025 09:30 EST"
    assert format_datetime(datetime(2025, 4, 8, 3, 59, 30, tzinfo=UTC)) == "8 Apr 2025 03:59:30 UTC"
