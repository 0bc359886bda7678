"""Hearings: the dates a court sits on a matter.

A hearing is not a duty: it is never overdue and never "done". It is an appointment
on the court's clock (a master calendar hearing at 8:30 in the immigration court's
city, a status conference at 10:00 in Washington), shown on the calendar, reminded of
a few days ahead, and exported to calendars with its place or remote link.
"""

from datetime import datetime, timedelta

from casedesk.domain.enums import LabelledEnum


class HearingKind(LabelledEnum):
    MASTER_CALENDAR = "master_calendar"
    INDIVIDUAL = "individual"
    STATUS_CONFERENCE = "status_conference"
    MOTION = "motion"
    EVIDENTIARY = "evidentiary"
    BOND = "bond"
    SHOW_CAUSE = "show_cause"
    OTHER = "other"

    @property
    def label(self) -> str:
        return _LABELS[self.value]


_LABELS = {
    "master_calendar": "Master calendar hearing",
    "individual": "Individual (merits) hearing",
    "status_conference": "Status conference",
    "motion": "Motion hearing",
    "evidentiary": "Evidentiary hearing",
    "bond": "Bond hearing",
    "show_cause": "Show-cause hearing",
    "other": "Hearing",
}

#: How long ahead a hearing is reminded of (the same lead as a day-counted deadline),
#: and the length a calendar export gives it (courts announce a start, not an end).
HEARING_LEAD = timedelta(days=3)
HEARING_LENGTH = timedelta(hours=1)


def hearing_state(starts_utc: datetime, now: datetime) -> str:
    """ "hearing" while it is to come, "held" once its start has passed."""
    return "held" if starts_utc <= now else "hearing"


def hearing_title(kind: str, matter_title: str) -> str:
    """ "Status conference — J.G.G. v. Trump": how a hearing reads in a list of dates."""
    label = HearingKind(kind).label if kind in HearingKind.values() else kind
    return f"{label} — {matter_title}" if matter_title else label
