"""Due moments: wall times on a court's clock become the right instants on both sides of
each DST change, every display names its zone, and nothing is lost in any round trip."""

import json
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st
from icalendar import Calendar

from casedesk.domain.due import (
    DueMoment,
    DueState,
    days_overdue,
    due_state,
    obligation_done,
    parse_due,
)
from casedesk.domain.errors import ValidationError
from casedesk.formats.ics import IcsEvent, build_calendar

NY = "America/New_York"
LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("typed", "utc", "shown"),
    [
        # The order: D. Md., Eastern time, read on a Pacific machine.
        ("2025-04-07 23:59", "2025-04-08T03:59", "7 Apr 2025 23:59 EDT (= 20:59 PDT here)"),
        ("2025-04-07", "2025-04-08T03:59", "7 Apr 2025 23:59 EDT (= 20:59 PDT here)"),
        # The day before and the day of spring forward (9 March 2025), end of day.
        ("2025-03-08", "2025-03-09T04:59", "8 Mar 2025 23:59 EST (= 20:59 PST here)"),
        ("2025-03-09", "2025-03-10T03:59", "9 Mar 2025 23:59 EDT (= 20:59 PDT here)"),
        # Either side of fall back (2 November 2025); the hour that happens twice picks
        # the first (EDT) unless the abbreviation says otherwise.
        ("2025-11-01 09:30", "2025-11-01T13:30", "1 Nov 2025 09:30 EDT (= 06:30 PDT here)"),
        ("2025-11-02 01:30", "2025-11-02T05:30", "2 Nov 2025 01:30 EDT (= 1 Nov 22:30 PDT here)"),
        (
            "2025-11-02 01:30 EST",
            "2025-11-02T06:30",
            "2 Nov 2025 01:30 EST (= 1 Nov 23:30 PDT here)",
        ),
        ("2025-11-03", "2025-11-04T04:59", "3 Nov 2025 23:59 EST (= 20:59 PST here)"),
        # An offset names the instant; the court's zone is kept when it agrees.
        ("2025-04-07T23:59-04:00", "2025-04-08T03:59", "7 Apr 2025 23:59 EDT (= 20:59 PDT here)"),
        ("2025-04-07 20:59 America/Los_Angeles", "2025-04-08T03:59", "7 Apr 2025 20:59 PDT"),
    ],
)
def test_wall_times_on_the_court_clock_across_dst(typed: str, utc: str, shown: str) -> None:
    moment = parse_due(typed, zone=NY)
    assert moment.utc == datetime.fromisoformat(utc).replace(tzinfo=UTC)
    assert moment.display(LA) == shown


def test_a_summer_date_entered_in_winter_gets_summer_offset(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The machine's clock and TZ (winter, Pacific) must not leak into a summer due date.
    monkeypatch.setenv("TZ", "America/Los_Angeles")
    moment = parse_due("2025-07-01", zone=NY)
    assert moment.stored() == "2025-07-01T23:59-04:00"
    assert moment.display() == "1 Jul 2025 23:59 EDT"


def test_a_time_in_the_spring_gap_is_refused_with_the_times_that_exist() -> None:
    with pytest.raises(ValidationError, match="never happens") as raised:
        parse_due("2025-03-09 02:30", zone=NY)
    assert "03:30 EDT or 01:30 EST" in raised.value.reason


def test_the_same_zone_shows_once() -> None:
    moment = parse_due("2025-04-07", zone=NY)
    assert moment.display(ZoneInfo(NY)) == "7 Apr 2025 23:59 EDT"


@pytest.mark.parametrize("bad", ["2025-02-30", "7 Foo 2025", "2025-04-07 25:00", "tomorrow"])
def test_impossible_moments_are_refused(bad: str) -> None:
    with pytest.raises(ValidationError):
        parse_due(bad, zone=NY)


def test_an_unknown_zone_is_refused() -> None:
    with pytest.raises(ValidationError, match="unknown time zone"):
        parse_due("2025-04-07 23:59 Mars/Olympus", zone=NY)


# ---------------------------------------------------------------------------- overdue

DUE = datetime(2025, 4, 8, 3, 59, tzinfo=UTC)


@pytest.mark.parametrize(
    ("now", "done", "order_status", "state"),
    [
        (DUE - timedelta(minutes=1), False, "in_force", DueState.DUE),
        (DUE, False, "in_force", DueState.OVERDUE),
        (DUE + timedelta(days=600), False, "in_force", DueState.OVERDUE),
        (DUE + timedelta(days=600), True, "in_force", DueState.DONE),
        (DUE + timedelta(days=600), False, "stayed", DueState.SUSPENDED),
        (DUE + timedelta(days=600), False, "vacated", DueState.MOOT),
        (DUE + timedelta(days=600), False, "reversed", DueState.MOOT),
        (DUE + timedelta(days=600), False, "superseded", DueState.MOOT),
        (DUE + timedelta(days=600), False, None, DueState.OVERDUE),  # a team deadline
    ],
)
def test_one_definition_of_overdue(
    now: datetime, done: bool, order_status: str | None, state: DueState
) -> None:
    assert due_state(DUE, now, done=done, order_status=order_status) is state


def test_days_overdue_counts_calendar_days_on_the_viewers_clock_across_dst() -> None:
    due = parse_due("2025-03-08", zone=NY).utc  # Saturday, before spring forward
    assert days_overdue(due, datetime(2025, 3, 10, 12, tzinfo=UTC), ZoneInfo(NY)) == 2
    assert days_overdue(due, due - timedelta(seconds=1), ZoneInfo(NY)) == 0


@pytest.mark.parametrize(
    ("bound", "complied", "whole", "done"),
    [(0, 0, False, False), (0, 0, True, True), (3, 2, True, False), (3, 3, False, True)],
)
def test_an_obligation_is_done_per_person_or_as_a_whole(
    bound: int, complied: int, whole: bool, done: bool
) -> None:
    assert obligation_done(bound, complied, whole) is done


# ---------------------------------------------------------------------------- round trips

ZONES = [
    "America/New_York",
    "America/Chicago",
    "America/Denver",
    "America/Phoenix",
    "America/Los_Angeles",
    "America/Anchorage",
    "Pacific/Honolulu",
    "America/Puerto_Rico",
    "America/Caracas",
    "America/El_Salvador",
    "Europe/Madrid",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "UTC",
    "Etc/GMT+4",
]
instants = st.datetimes(
    min_value=datetime(2020, 1, 1), max_value=datetime(2035, 12, 31), timezones=st.just(UTC)
).map(lambda d: d.replace(microsecond=0))
moments = st.builds(DueMoment, instants, st.sampled_from(ZONES))


@given(moments, st.sampled_from(ZONES))
def test_an_instant_survives_display_and_parse(moment: DueMoment, viewer: str) -> None:
    assert parse_due(moment.display(), zone=moment.zone) == moment
    assert parse_due(moment.display(ZoneInfo(viewer)), zone=moment.zone) == moment


@given(moments)
def test_an_instant_survives_storage_and_json(moment: DueMoment) -> None:
    assert DueMoment.from_stored(moment.utc_text(), moment.zone) == moment
    assert parse_due(moment.stored(), zone=moment.zone) == moment
    exported = json.loads(json.dumps({"due_at": moment.iso_with_zone()}))
    assert parse_due(exported["due_at"], zone="UTC") == moment


@given(moments)
def test_an_instant_survives_an_ics_export(moment: DueMoment) -> None:
    calendar = build_calendar(
        [IcsEvent(uid="x", start=moment.local(), summary="Due")], calendar_name="t"
    )
    event = Calendar.from_ical(calendar.to_ical()).walk("VEVENT")[0]
    assert event.decoded("dtstart") == moment.utc
