"""Hearings as calendar events: in the same .ics file as deadlines and obligations.

Each hearing is an event at its start (an hour long: courts announce a start only),
with the courtroom as its location and reminders the day before and two hours
before (time to travel or to test the video link). Outside the full profile the text
is masked as the public record of matters is, and a remote link (which admits whoever
holds it) is kept out of a public calendar; notes (the team's own) never go in.
"""

from datetime import timedelta

from sqlmodel import Session

from casedesk.briefs import Profile
from casedesk.domain.due import DueMoment
from casedesk.domain.hearings import HEARING_LENGTH
from casedesk.domain.masking import mask_identifiers
from casedesk.formats.ics import IcsEvent
from casedesk.services.context import ServiceContext
from casedesk.services.hearings import view_of
from casedesk.storage.queries.hearings import hearings_with_matters

#: A hearing's reminders: the day before (prepare) and two hours before (go, or log in).
HEARING_ALARMS = (timedelta(days=1), timedelta(hours=2))


def hearing_events(
    ctx: ServiceContext, session: Session, store_uid: str, profile: Profile
) -> list[IcsEvent]:
    """Every hearing still to come (and today's), as events with stable UIDs."""
    today = ctx.now().astimezone(ctx.zone).replace(hour=0, minute=0, second=0, microsecond=0)
    events = []
    for hearing, matter in hearings_with_matters(session, from_utc=today.isoformat()):
        view = view_of(ctx, hearing, matter)
        start = DueMoment.from_stored(view.starts_utc, view.zone).local()

        def masked(text: str) -> str:
            return text if profile is Profile.FULL else mask_identifiers(text)

        lines = [
            f"Starts {view.court_display}",
            f"Matter: {view.matter_title}, {view.court} {view.docket}",
        ]
        if view.judge:
            lines.append(f"Before {view.judge}")
        if view.remote_link and profile is not Profile.PUBLIC:
            lines.append(f"Remote: {view.remote_link}")
        events.append(
            IcsEvent(
                uid=f"hearing-{view.id}@{store_uid}",
                start=start,
                end=start + HEARING_LENGTH,
                summary=masked(f"Hearing: {view.title}"),
                description=masked("\n".join(lines)),
                location=masked(view.place),
                url=view.remote_link if profile is not Profile.PUBLIC else "",
                alarms=HEARING_ALARMS,
            )
        )
    return events
