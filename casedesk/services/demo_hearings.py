"""Demo hearings: a few fictional settings on the demo's matters, placed a few days to
a few weeks after the moment the demo is made, so the calendar and the "Due soon"
strip have something to show. They are invented (the note says so); the real record
of these cases is in ``demo_data``.
"""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlmodel import Session

from casedesk.domain.courts import court_zone
from casedesk.domain.due import DueMoment, wall_to_utc
from casedesk.storage.tables import Hearing, Matter

FICTIONAL = "Demo data: a fictional setting, not from the docket."

#: matter key -> (days after today, local time, kind, place, remote link)
HEARINGS: dict[str, tuple[tuple[int, time, str, str, str], ...]] = {
    "jgg": (
        (2, time(10, 0), "status_conference", "Courtroom 19, E. Barrett Prettyman Courthouse", ""),
        (23, time(14, 0), "evidentiary", "Courtroom 19, E. Barrett Prettyman Courthouse", ""),
    ),
    "dvd": (
        (
            9,
            time(11, 30),
            "status_conference",
            "",
            "https://meet.example.org/d-mass-status-conference",
        ),
    ),
    "abrego": ((15, time(9, 30), "motion", "Courtroom 4C, Greenbelt", ""),),
}


def add_demo_hearings(session: Session, matter: Matter, key: str, now: datetime) -> None:
    """The fictional hearings of the demo matter ``key`` (none for most matters)."""
    zone = court_zone(matter.court)
    clock_zone = ZoneInfo(zone)
    today = now.astimezone(clock_zone).date()
    for days, clock, kind, place, link in HEARINGS.get(key, ()):
        day = today + timedelta(days=days)
        while day.weekday() >= 5:  # courts sit on weekdays
            day += timedelta(days=1)
        moment = DueMoment(wall_to_utc(day, clock, clock_zone), zone)
        session.add(
            Hearing(
                matter_id=matter.id or 0,
                kind=kind,
                starts_at=moment.stored(),
                starts_utc=moment.utc_text(),
                zone=zone,
                judge=matter.judge,
                place=place,
                remote_link=link,
                note=FICTIONAL,
                created_at=now,
            )
        )
