"""Exports: the client table (CSV or Excel, redacted by profile), the whole store as JSON,
and deadlines as an iCalendar file.

Each export reads in one read transaction (a consistent snapshot), writes its file
atomically through :mod:`casedesk.formats`, then records one audit entry saying what was
exported, in which format and profile, how many rows and to which file name; never the
data itself. The client table streams the store in pages, so 100,000 clients never sit in
memory as objects at once.

Redaction follows the brief profiles (:mod:`casedesk.briefs.redact`): ``court`` masks the
A-Number to its last three digits and cuts the date of birth to the year; ``public``
prints initials instead of names and leaves out the name parts, the A-Number and the date
of birth altogether. Notes and contacts are never part of the client table. Typed free
text (a description, a place, tags, a deadline's title) goes through the briefs' one
identifier masking for ``court`` (:func:`casedesk.domain.masking.mask_identifiers`) and
is not printed for ``public``; the public record of matters and orders is printed masked.
"""

import uuid
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Row
from sqlmodel import Session

from casedesk.briefs import Profile
from casedesk.domain.anumber import ANumber
from casedesk.domain.countries import country_name
from casedesk.domain.dates import PartialDate
from casedesk.domain.due import DueState, reminder_lead
from casedesk.domain.enums import AuditAction, CustodyKind, LegalStatus
from casedesk.domain.errors import ValidationError
from casedesk.domain.masking import birth_date_forms, mask_identifiers
from casedesk.domain.names import PersonName
from casedesk.formats import export_marks
from casedesk.formats.csv_rows import write_csv
from casedesk.formats.ics import IcsEvent, write_ics
from casedesk.formats.json_dump import write_json
from casedesk.formats.xlsx_rows import write_xlsx
from casedesk.services import audit, due_status, views
from casedesk.services.context import ServiceContext
from casedesk.services.export_tables import dump_tables, restore_tables, row_counts
from casedesk.services.hearing_export import hearing_events
from casedesk.services.salvage import SalvageReport, salvage_json
from casedesk.storage.queries import agenda
from casedesk.storage.queries import audit as audit_q
from casedesk.storage.queries import clients as client_q
from casedesk.storage.schema import HEAD
from casedesk.storage.tables import (
    Client,
    CourtOrder,
    Deadline,
    Matter,
    Obligation,
    Setting,
)

__all__ = ["CLIENT_COLUMNS", "PAGE_SIZE", "ExportService", "restore_tables"]

#: Clients read per query while streaming the client table.
PAGE_SIZE = 2_000

#: Every column of the client table, in order; ``public`` leaves out the identifying ones.
CLIENT_COLUMNS = (
    "id",
    "name",
    "given",
    "surname",
    "second_surname",
    "description",
    "a_number",
    "date_of_birth",
    "nationality",
    "status",
    "status_since",
    "status_country",
    "whereabouts",
    "place",
    "country",
    "whereabouts_since",
    "last_contact",
    "days_since_contact",
    "matters",
    "tags",
)
_PUBLIC_OMITS = frozenset(
    {"given", "surname", "second_surname", "description", "a_number", "date_of_birth"}
)

FORMATS = ("csv", "xlsx")
#: Typed Excel columns: ids and counts are numbers, full dates are dates (a partial
#: date, or a birth year in the court profile, stays text).
_XLSX_KINDS = {
    "id": "int",
    "days_since_contact": "int",
    "date_of_birth": "date",
    "status_since": "date",
    "whereabouts_since": "date",
    "last_contact": "date",
}
STORE_UID_KEY = "store_uid"
CALENDAR_NAME = "casedesk deadlines"

Progress = Callable[[int, int], None]
_FIELDS = (
    "id",
    "given",
    "surname",
    "second_surname",
    "description",
    "a_number",
    "dob",
    "nationality",
    "tags",
    "current_status",
    "status_since",
    "whereabouts",
    "whereabouts_place",
    "whereabouts_country",
    "whereabouts_since",
    "last_contact",
)


def parse_profile(value: str) -> Profile:
    """``full``, ``court`` or ``public`` (any case), else a ValidationError."""
    try:
        return Profile(value.strip().lower())
    except ValueError:
        raise ValidationError(
            "profile", f"{value!r} is not a profile; use full, court or public"
        ) from None


def client_columns(profile: Profile) -> list[str]:
    """The header of the client table for ``profile``."""
    if profile is Profile.PUBLIC:
        return [c for c in CLIENT_COLUMNS if c not in _PUBLIC_OMITS]
    return list(CLIENT_COLUMNS)


def _check_out(path: Path, suffix: str) -> None:
    if path.suffix.lower() != suffix:
        raise ValidationError("out", f"{path.name} must end in {suffix}")
    if not path.parent.is_dir():
        raise ValidationError("out", f"the folder {path.parent} does not exist")


def _country(code: str | None) -> str:
    return country_name(code) if code else ""


def _label(enum: type[LegalStatus] | type[CustodyKind], value: str | None) -> str:
    return enum(value).label if value else ""


def _public_name(row: Row[Any]) -> str:
    name = PersonName(row.given, row.surname, row.second_surname)
    # A description may itself identify someone ("the brother of ..."): never printed here.
    return name.initials if (row.given or row.surname) else f"Unidentified person #{row.id}"


def _name(row: Row[Any], profile: Profile) -> str:
    if profile is Profile.PUBLIC:
        return _public_name(row)
    if row.given or row.surname:
        return PersonName(row.given, row.surname, row.second_surname).display
    return _typed(row.description, profile, row.dob) or f"Unidentified person #{row.id}"


def _typed(text: str, profile: Profile, dob: str | None = None) -> str:
    """Typed free text as ``profile`` may show it (the briefs' rule, see briefs.redact)."""
    if profile is Profile.FULL or not text:
        return text
    if profile is Profile.PUBLIC:
        return ""
    return mask_identifiers(text, birth_date_forms((dob or "").lstrip("~")))


def _record(text: str, profile: Profile) -> str:
    """The public record of matters and orders: masked outside the full profile."""
    return text if profile is Profile.FULL else mask_identifiers(text)


def _a_number(value: str | None, profile: Profile) -> str:
    if not value:
        return ""
    number = ANumber(value)
    return number.display if profile is Profile.FULL else number.masked


def _dob(value: str | None, profile: Profile) -> str:
    if not value:
        return ""
    return value if profile is Profile.FULL else PartialDate.parse(value).year_only().iso()


class ExportService:
    """Exports of one open store; see the module docstring for what each writes."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ client table
    def clients_table(
        self,
        path: Path,
        *,
        fmt: str = "csv",
        profile: str = "full",
        include_archived: bool = False,
        progress: Progress | None = None,
    ) -> int:
        """Write the client table to ``path`` as CSV or XLSX; return the rows written.

        Rows are in name order; the ``id`` column is what a later import matches on.
        ``progress(done, total)`` is called after every page.
        """
        kind = fmt.strip().lower()
        if kind not in FORMATS:
            raise ValidationError("format", f"{fmt!r} is not a table format; use csv or xlsx")
        chosen = parse_profile(profile)
        _check_out(path, f".{kind}")
        headers = client_columns(chosen)
        with self.ctx.store.read() as session:
            # The chain head of the snapshot exported: `check --anchor` with it later.
            head = audit.head_hash(session)
            rows = self._client_rows(session, chosen, headers, include_archived, progress)
            if kind == "csv":
                trailer = export_marks.csv_trailer(head) if head else None
                count = write_csv(path, headers, rows, trailer=trailer)
            else:
                kinds = [_XLSX_KINDS.get(h, "text") for h in headers]
                count = write_xlsx(
                    path,
                    headers,
                    rows,
                    sheet_title="Clients",
                    kinds=kinds,
                    **self._xlsx_marks(head, f"The client table, {chosen.value} profile"),
                )
        self._audit(
            "clients",
            {
                "format": kind,
                "profile": chosen.value,
                "rows": count,
                "file": path.name,
                "include_archived": include_archived,
            },
        )
        return count

    def _xlsx_marks(self, head: str, what: str) -> dict[str, Any]:
        """The "About this export" sheet and document property carrying ``head``."""
        if not head:
            return {}
        stamp = self.ctx.now().isoformat(timespec="seconds")
        return {
            "about": export_marks.xlsx_about(head, stamp, what),
            "about_title": export_marks.XLSX_ABOUT_SHEET,
            "properties": {export_marks.XLSX_PROPERTY: head},
        }

    def _client_rows(
        self,
        session: Session,
        profile: Profile,
        headers: Sequence[str],
        include_archived: bool,
        progress: Progress | None,
    ) -> Iterator[list[str]]:
        """The table's rows, page by page (keyset on name then id, so each page is an
        index range scan however deep into the list it is)."""
        total = client_q.export_count(session, include_archived=include_archived)
        after: tuple[str, int] | None = None
        done = 0
        while True:
            page = client_q.export_page(
                session, _FIELDS, include_archived=include_archived, after=after, limit=PAGE_SIZE
            )
            if not page:
                return
            ids = [r.id for r in page]
            dockets = views.matters_by_client(session, ids)
            # The current status's "as to" country (withholding, CAT): the latest entry's.
            countries = client_q.status_countries(session, ids)
            for row in page:
                values = self._client_values(row, profile, dockets.get(row.id, []))
                values["status_country"] = _country(countries.get(row.id))
                yield [values[h] for h in headers]
            after = (page[-1].sort_key, page[-1].id)
            done += len(page)
            if progress:
                progress(done, total)

    def _client_values(self, row: Row[Any], profile: Profile, dockets: list[str]) -> dict[str, str]:
        days = views.days_since(row.last_contact, self.ctx)
        return {
            "id": str(row.id),
            "name": _name(row, profile),
            "given": row.given,
            "surname": row.surname,
            "second_surname": row.second_surname,
            "description": _typed(row.description, profile, row.dob),
            "a_number": _a_number(row.a_number, profile),
            "date_of_birth": _dob(row.dob, profile),
            "nationality": _country(row.nationality),
            "status": _label(LegalStatus, row.current_status),
            "status_since": row.status_since or "",
            "whereabouts": _label(CustodyKind, row.whereabouts),
            "place": _typed(row.whereabouts_place, profile, row.dob),
            "country": _country(row.whereabouts_country),
            "whereabouts_since": row.whereabouts_since or "",
            "last_contact": row.last_contact or "",
            "days_since_contact": "" if days is None else str(days),
            "matters": _record("; ".join(dockets), profile),
            "tags": _typed(row.tags, profile, row.dob),
        }

    # ------------------------------------------------------------------ whole store
    def store_json(self, path: Path) -> dict[str, int]:
        """Write the whole store (every table, every row) as one JSON export.

        Returns the rows written per table. The document is
        ``{"format", "version", "schema", "exported_at", "audit_head", "tables"}``;
        :func:`restore_tables` reads it back into an empty store.
        """
        _check_out(path, ".json")
        with self.ctx.store.read() as session:
            dumped = dump_tables(session)
            head = audit_q.head_hash(session)
        document = {
            "schema": HEAD,
            "exported_at": self.ctx.now().isoformat(timespec="seconds"),
            "audit_head": head,
            "tables": dumped,
        }
        write_json(path, document)
        counts = row_counts(dumped)
        self._audit(
            "store", {"format": "json", "profile": "full", "rows": counts, "file": path.name}
        )
        return counts

    def salvage_json(self, path: Path) -> SalvageReport:
        """What can still be read of this store file, damaged, as a JSON export (see
        :mod:`casedesk.services.salvage`); the report names what could not be read."""
        _check_out(path, ".json")
        store = self.ctx.store
        return salvage_json(store.path, store.key, path, self.ctx.now())

    # ------------------------------------------------------------------ calendar
    def calendar_ics(self, path: Path, *, profile: str = "court") -> int:
        """Write open deadlines, obligation due dates and hearings as an .ics file; return
        the events.

        UIDs (``deadline-<id>@<store uid>``) stay the same from one export to the next, so
        a calendar re-importing the file updates its events. Client names appear in full
        only for the ``full`` profile; otherwise as initials (calendars sync to phones).
        """
        chosen = parse_profile(profile)
        _check_out(path, ".ics")
        store_uid = self.store_uid()
        with self.ctx.store.read() as session:
            head = audit.head_hash(session)
            events = self._deadline_events(session, chosen, store_uid)
            events += self._obligation_events(session, store_uid, chosen)
            events = [self._timed(session, e) for e in events]
            events += hearing_events(self.ctx, session, store_uid, chosen)
        count = write_ics(
            path,
            events,
            calendar_name=CALENDAR_NAME,
            now=self.ctx.now(),
            properties={export_marks.ICS_PROPERTY: head} if head else None,
        )
        self._audit(
            "calendar", {"format": "ics", "profile": chosen.value, "rows": count, "file": path.name}
        )
        return count

    def store_uid(self) -> str:
        """This store's random identifier (created, and audited, on first use)."""
        with self.ctx.store.read() as session:
            row = session.get(Setting, STORE_UID_KEY)
            if row is not None:
                return row.value
        with self.ctx.store.write() as session:
            row = session.get(Setting, STORE_UID_KEY)  # another window may have made it
            if row is not None:
                return row.value
            value = uuid.uuid4().hex
            session.add(Setting(key=STORE_UID_KEY, value=value))
            audit.record(
                session,
                self.ctx,
                AuditAction.CREATE,
                "setting",
                None,
                after={STORE_UID_KEY: value},
                also=[("setting", STORE_UID_KEY)],
            )
            return value

    @staticmethod
    def _deadline_events(session: Session, profile: Profile, store_uid: str) -> list[IcsEvent]:
        events = []
        for deadline, client, matter in agenda.deadlines(session, include_done=False):
            who = [_calendar_name(client, profile)] if client is not None else []
            if matter is not None:
                who.append(_record(matter.title, profile))
            about = f" ({'; '.join(who)})" if who else ""
            dob = client.dob if client is not None else None
            title = _typed(deadline.title, profile, dob) or "Deadline"
            events.append(
                IcsEvent(
                    uid=f"deadline-{deadline.id}@{store_uid}",
                    start=datetime.fromisoformat(deadline.due_at),
                    summary=f"Due: {title}{about}",
                    description=_record(_caption(matter), profile),
                )
            )
        return events

    @staticmethod
    def _obligation_events(session: Session, store_uid: str, profile: Profile) -> list[IcsEvent]:
        return [
            IcsEvent(
                uid=f"obligation-{ob.id}@{store_uid}",
                start=datetime.fromisoformat(ob.due_at),
                summary=_record(f"Due: {ob.text} ({matter.title})", profile),
                description=_record(
                    "\n".join((_caption(matter), f"Order: {order.title}")), profile
                ),
            )
            for ob, order, matter in agenda.obligations(session)
        ]

    def _timed(self, session: Session, event: IcsEvent) -> IcsEvent:
        """The event with its due moment named on the court's clock, reminders at the lead
        time the app uses (hours ahead for hour-based duties, days otherwise), and the
        state of an obligation whose order is not in force."""
        kind, _, rest = event.uid.partition("-")
        key = int(rest.split("@", 1)[0])
        row: Deadline | Obligation | None = (
            session.get(Deadline, key) if kind == "deadline" else session.get(Obligation, key)
        )
        assert row is not None
        due = due_status.moment(row.due_utc, row.due_zone)
        summary = event.summary
        if isinstance(row, Obligation):
            order = session.get(CourtOrder, row.order_id)
            assert order is not None
            state = due_status.obligation_status(session, self.ctx, row, order).state
            if state in (DueState.SUSPENDED, DueState.MOOT):
                summary = f"[{state.label}] {summary}"
        lead = reminder_lead(due_status.hour_based(row.due_rule))
        alarms = (lead,) if lead <= timedelta(days=1) else (lead, timedelta(days=1))
        description = "\n".join(p for p in (f"Due {due.display()}", event.description) if p)
        return replace(event, summary=summary, description=description, alarms=alarms)

    # ------------------------------------------------------------------ audit
    def _audit(self, what: str, details: dict[str, object]) -> None:
        with self.ctx.store.write() as session:
            audit.record(session, self.ctx, AuditAction.EXPORT, what, None, after=details)


def _calendar_name(client: Client, profile: Profile) -> str:
    if profile is Profile.FULL:
        return views.display_name(client)
    name = PersonName(client.given, client.surname, client.second_surname)
    # The same wording as the briefs and the client table for someone not yet identified.
    return (
        name.initials if (client.given or client.surname) else f"Unidentified person #{client.id}"
    )


def _caption(matter: Matter | None) -> str:
    if matter is None:
        return ""
    return f"Matter: {matter.title}, {matter.court} {matter.docket}"
