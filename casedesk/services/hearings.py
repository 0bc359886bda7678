"""Hearings of a matter: add, list, and the hearings a calendar, the reminders and a
calendar export show.

A hearing's time is read on its court's clock (``domain.courts.court_zone``; the same
parsing as a due moment, ``domain.due.parse_due``), kept as an instant plus that zone,
and always shown with its zone. Editing and removing go through the record-correction
path (``services.records``, kind ``"hearing"``), which calls :func:`hearing_fields`, the
one rule adding uses too.
"""

from __future__ import annotations

import builtins
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlmodel import Session

from casedesk.domain.changes import Changes
from casedesk.domain.courts import court_zone
from casedesk.domain.due import DueMoment, parse_due
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import NotFoundError, ValidationError, clip
from casedesk.domain.hearings import HEARING_LEAD, HearingKind, hearing_state, hearing_title
from casedesk.services import audit
from casedesk.services import validate as v
from casedesk.services.context import ServiceContext
from casedesk.services.deadlines import AgendaItem
from casedesk.services.entry_schemas import HearingCreate
from casedesk.storage.queries.hearings import hearings_with_matters, next_hearings
from casedesk.storage.tables import Hearing, Matter

WHEN_EXAMPLE = "2025-06-12 09:30"


@dataclass(frozen=True)
class HearingView:
    """A hearing as every screen, brief and export shows it."""

    id: int
    matter_id: int
    matter_title: str
    court: str
    docket: str
    kind: str
    kind_label: str
    starts_at: str
    starts_utc: str
    zone: str
    #: "12 Jun 2025 09:30 EDT", with the viewer's clock beside it when it differs.
    display: str
    #: On the court's clock only (briefs: the reader may be anywhere).
    court_display: str
    judge: str
    place: str
    remote_link: str
    note: str
    #: "hearing" while to come, "held" once started.
    state: str

    @property
    def title(self) -> str:
        return hearing_title(self.kind, self.matter_title)

    @property
    def where(self) -> str:
        """The place, the remote link, or both."""
        return " · ".join(p for p in (self.place, self.remote_link) if p)


def hearing_fields(
    *,
    matter: Matter,
    kind: str,
    when: str,
    judge: str,
    place: str,
    remote_link: str,
    note: str,
    current: Hearing | None = None,
) -> dict[str, str]:
    """The columns to store for a hearing typed as ``when`` etc. on ``matter``'s court.

    An edit that leaves the time as it was keeps the stored instant and zone (the form
    shows the stored text); new text is read on the court's clock like adding."""
    chosen = v.choice(kind, HearingKind, "kind").value
    typed = " ".join((when or "").split())
    if current is not None and typed == current.starts_at:
        moment = DueMoment.from_stored(current.starts_utc, current.zone)
    else:
        if not typed:
            raise ValidationError("when", f"enter the date and time, like {WHEN_EXAMPLE}")
        if ":" not in typed:
            parse_due(typed, zone=court_zone(matter.court), field="when")  # a date at all?
            raise ValidationError(
                "when",
                f"{clip(typed)}: a hearing needs its time of day too, like {WHEN_EXAMPLE}",
            )
        moment = parse_due(typed, zone=court_zone(matter.court), field="when")
    link = v.text(remote_link, "remote_link", max_len=500)
    if link and not link.lower().startswith(("https://", "http://")):
        raise ValidationError(
            "remote_link", f"{clip(link)!r} is not a web link; it should start with https://"
        )
    return {
        "kind": chosen,
        "starts_at": moment.stored(),
        "starts_utc": moment.utc_text(),
        "zone": moment.zone,
        "judge": v.text(judge, "judge"),
        "place": v.text(place, "place", max_len=500),
        "remote_link": link,
        "note": v.text(note, "note", max_len=v.LONG),
    }


def view_of(ctx: ServiceContext, hearing: Hearing, matter: Matter) -> HearingView:
    moment = DueMoment.from_stored(hearing.starts_utc, hearing.zone)
    return HearingView(
        id=hearing.id or 0,
        matter_id=matter.id or 0,
        matter_title=matter.title,
        court=matter.court,
        docket=matter.docket,
        kind=hearing.kind,
        kind_label=HearingKind(hearing.kind).label,
        starts_at=hearing.starts_at,
        starts_utc=hearing.starts_utc,
        zone=hearing.zone,
        display=moment.display(ctx.zone),
        court_display=moment.display(),
        judge=hearing.judge or matter.judge,
        place=hearing.place,
        remote_link=hearing.remote_link,
        note=hearing.note,
        state=hearing_state(moment.utc, ctx.now()),
    )


def agenda_item(view: HearingView) -> AgendaItem:
    """A hearing as a line of the calendar or the "Due soon" strip (never overdue)."""
    return AgendaItem(
        kind="hearing",
        id=view.id,
        title=view.title,
        due_at=view.starts_at,
        done=view.state == "held",
        overdue=False,
        days_overdue=0,
        client_id=None,
        client_name="",
        matter_id=view.matter_id,
        matter_title=view.matter_title,
        state=view.state,
        due_zone=view.zone,
        due_display=view.display,
    )


def next_hearing_texts(
    session: Session, ctx: ServiceContext, matter_ids: builtins.list[int]
) -> dict[int, str]:
    """ "Status conference, 12 Jun 2025 09:30 EDT, Courtroom 4C" for the next hearing of
    each matter (briefs: on the court's clock, no remote link, which admits its holder)."""
    now = ctx.now().astimezone(UTC).isoformat(timespec="seconds")
    found: dict[int, str] = {}
    for matter_id, hearing in next_hearings(session, matter_ids, now).items():
        moment = DueMoment.from_stored(hearing.starts_utc, hearing.zone)
        parts = [HearingKind(hearing.kind).label, moment.display(), hearing.place]
        found[matter_id] = ", ".join(p for p in parts if p)
    return found


def with_hearings(
    agenda: builtins.list[AgendaItem],
    hearings: builtins.list[AgendaItem],
    *,
    include_held: bool = False,
) -> builtins.list[AgendaItem]:
    """The agenda with the period's hearings among its lines, in the agenda's order
    (overdue first, then by time); held hearings only beside done items."""
    kept = [h for h in hearings if include_held or h.state != "held"]
    return sorted([*agenda, *kept], key=lambda i: (not i.overdue, datetime.fromisoformat(i.due_at)))


def hearings_in(
    session: Session, ctx: ServiceContext, start: date, end: date
) -> builtins.list[HearingView]:
    """The hearings of [start, end] (days on the user's clock), in the caller's transaction."""
    found = hearings_with_matters(
        session,
        from_utc=_utc_bound(start, ctx),
        to_utc=_utc_bound(end + timedelta(days=1), ctx),
    )
    return [view_of(ctx, h, m) for h, m in found]


def _utc_bound(day: date, ctx: ServiceContext) -> str:
    return datetime.combine(day, time.min, tzinfo=ctx.zone).astimezone(UTC).isoformat()


class HearingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def add(self, data: HearingCreate) -> Changes:
        """Add a hearing to a matter; its time is read on the matter's court's clock."""
        with self.ctx.store.write() as session:
            matter = session.get(Matter, v.existing_id(data.matter_id, "matter"))
            if matter is None:
                raise NotFoundError("matter", data.matter_id)
            columns = hearing_fields(
                matter=matter,
                kind=data.kind,
                when=data.when,
                judge=data.judge,
                place=data.place,
                remote_link=data.remote_link,
                note=data.note,
            )
            row = Hearing(
                matter_id=data.matter_id,
                kind="",
                starts_at="",
                starts_utc="",
                created_at=self.ctx.now(),
            )
            for name, value in columns.items():
                setattr(row, name, value)
            session.add(row)
            session.flush()
            assert row.id is not None
            after = {k: x for k, x in columns.items() if k != "starts_utc"}
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "hearing",
                row.id,
                after={"matter_id": data.matter_id, **after},
            )
            return Changes(matters=frozenset({data.matter_id}), new_id=row.id)

    def list(
        self,
        *,
        matter_id: int | None = None,
        start: date | None = None,
        end: date | None = None,
    ) -> list[HearingView]:
        """Hearings soonest first; ``start``/``end`` are days on the user's clock
        (inclusive); a matter that does not exist is "not found"."""
        if start and end and end < start:
            raise ValidationError("to", "the period ends before it starts")
        with self.ctx.store.read() as session:
            if (
                matter_id is not None
                and session.get(Matter, v.existing_id(matter_id, "matter")) is None
            ):
                raise NotFoundError("matter", matter_id)
            found = hearings_with_matters(
                session,
                matter_id=matter_id,
                from_utc=_utc_bound(start, self.ctx) if start else "",
                to_utc=_utc_bound(end + timedelta(days=1), self.ctx) if end else "",
            )
            return [view_of(self.ctx, h, m) for h, m in found]

    def calendar(self, start: date, end: date) -> builtins.list[AgendaItem]:
        """The hearings of [start, end] as calendar lines."""
        return [agenda_item(h) for h in self.list(start=start, end=end)]

    def coming(self, lead: timedelta = HEARING_LEAD) -> builtins.list[AgendaItem]:
        """Hearings starting from now to ``lead`` ahead (the reminders' window)."""
        now = self.ctx.now()
        with self.ctx.store.read() as session:
            found = hearings_with_matters(
                session,
                from_utc=now.astimezone(UTC).isoformat(timespec="seconds"),
                to_utc=(now + lead).astimezone(UTC).isoformat(timespec="seconds"),
            )
            return [agenda_item(view_of(self.ctx, h, m)) for h, m in found]
