"""The checks an entry passes before it is stored, shared by adding and editing.

Each rule takes raw values (as typed, or the stored value for a field an edit leaves
alone) and returns the columns to store, or raises ``ValidationError`` naming the
field. Adding and editing call the same rule, so an edit can never store what adding
would refuse. Dates of things that happened (a status granted, a custody event, a
compliance finding, an order issued) cannot lie in the future; deadlines may.
"""

from datetime import UTC, date, datetime, time, tzinfo
from typing import Any

from casedesk.domain.countries import parse_country
from casedesk.domain.courts import parse_court, parse_docket
from casedesk.domain.dates import PartialDate, parse_datetime
from casedesk.domain.enums import (
    STATUSES_NEEDING_COUNTRY,
    Compliance,
    Confidence,
    ContactKind,
    CustodyKind,
    LegalStatus,
    MatterKind,
    OrderKind,
    OrderStatus,
    PartyRole,
)
from casedesk.domain.errors import ValidationError, clip
from casedesk.domain.names import PersonName
from casedesk.services import validate as v

END_OF_DAY = time(23, 59)
#: ``date`` is also a field name below; the type keeps this name in signatures.
date_type = date
Fields = dict[str, Any]


def happened(value: str, field: str, today: date) -> PartialDate:
    """A date of something that has happened: parsed, and not after ``today``."""
    when = PartialDate.parse(value, field=field)
    if when.earliest() > today:
        raise ValidationError(
            field,
            f"{when.display()} is in the future; the date of something that happened "
            "must be today or earlier",
        )
    return when


def _country(value: str | None, field: str = "country") -> str | None:
    return parse_country(value, field=field) if value and value.strip() else None


def status_fields(
    *,
    status: str,
    date: str,
    country: str | None,
    source: str,
    confidence: str,
    note: str,
    today: date_type,
) -> Fields:
    chosen = v.choice(status, LegalStatus, "status")
    when = happened(date, "date", today)
    code = _country(country)
    if chosen in STATUSES_NEEDING_COUNTRY and code is None:
        raise ValidationError(
            "country", f"{chosen.label} is granted as to a named country; give --country"
        )
    return {
        "status": chosen.value,
        "date": when.iso(),
        "date_key": when.sort_key,
        "country": code,
        "source": v.text(source, "source", max_len=500),
        "confidence": v.choice(confidence, Confidence, "confidence").value,
        "note": v.text(note, "note", max_len=v.LONG),
    }


def custody_fields(
    *,
    kind: str,
    date: str,
    place: str,
    country: str | None,
    source: str,
    confidence: str,
    note: str,
    today: date_type,
) -> Fields:
    when = happened(date, "date", today)
    return {
        "kind": v.choice(kind, CustodyKind, "kind").value,
        "date": when.iso(),
        "date_key": when.sort_key,
        "place": v.text(place, "place"),
        "country": _country(country),
        "source": v.text(source, "source", max_len=500),
        "confidence": v.choice(confidence, Confidence, "confidence").value,
        "note": v.text(note, "note", max_len=v.LONG),
    }


def alias_fields(*, given: str, surname: str, second_surname: str, source: str) -> Fields:
    name = PersonName.create(given, surname, second_surname)
    return {
        "given": name.given,
        "surname": name.surname,
        "second_surname": name.second_surname,
        "match_key": name.match_key,
        "source": v.text(source, "source", max_len=500),
    }


def note_fields(*, body: str, private: bool) -> Fields:
    return {"body": v.text(body, "note", max_len=v.LONG, required=True), "private": private}


def contact_fields(
    *,
    name: str,
    kind: str,
    relationship: str,
    phone: str,
    email: str,
    address: str,
    note: str,
) -> Fields:
    fields = {
        "name": v.text(name, "name", required=True),
        "kind": v.choice(kind, ContactKind, "kind").value,
        "relationship": v.text(relationship, "relationship", max_len=100),
        "phone": v.text(phone, "phone", max_len=60),
        "email": v.text(email, "email", max_len=200),
        "address": v.text(address, "address", max_len=500),
        "note": v.text(note, "note", max_len=v.LONG),
    }
    if fields["email"] and "@" not in fields["email"]:
        raise ValidationError("email", f"{clip(fields['email'])!r} is not an e-mail address")
    return fields


def document_fields(*, filename: str, description: str) -> Fields:
    return {
        "filename": v.text(filename, "filename", required=True),
        "description": v.text(description, "description", max_len=2000),
    }


def matter_fields(
    *, title: str, kind: str, court: str, docket: str, judge: str, description: str
) -> Fields:
    return {
        "title": v.text(title, "title", required=True),
        "kind": v.choice(kind, MatterKind, "kind").value,
        "court": parse_court(court),
        "docket": parse_docket(docket),
        "judge": v.text(judge, "judge"),
        "description": v.text(description, "description", max_len=v.LONG),
    }


def party_fields(*, role: str) -> Fields:
    return {"role": v.choice(role, PartyRole, "role").value}


def utc_text(value: datetime | str) -> str:
    """An instant (or its ISO text with an offset) as UTC text, for ordering in SQL."""
    dt = datetime.fromisoformat(value) if isinstance(value, str) else value
    return dt.astimezone(UTC).isoformat(timespec="seconds")


def issued_fields(issued: str, *, zone: tzinfo, now: datetime) -> Fields:
    """When an order was issued: an instant that cannot be after ``now``."""
    when = parse_datetime(issued, field="issued", default_tz=zone, date_only_time=time(0, 0))
    if when > now:
        raise ValidationError(
            "issued",
            f"{when.isoformat(timespec='minutes')} is in the future; an order's issue date "
            "must be today or earlier",
        )
    return {"issued_at": when.isoformat(timespec="minutes"), "issued_utc": utc_text(when)}


def order_fields(
    *, kind: str, title: str, issued: str, judge: str, summary: str, zone: tzinfo, now: datetime
) -> Fields:
    return {
        "kind": v.choice(kind, OrderKind, "kind").value,
        "title": v.text(title, "title", required=True),
        **issued_fields(issued, zone=zone, now=now),
        "judge": v.text(judge, "judge"),
        "summary": v.text(summary, "summary", max_len=v.LONG),
    }


def order_status_fields(
    *, status: str, date: str, source: str, note: str, today: date_type
) -> Fields:
    when = happened(date, "date", today)
    return {
        "status": v.choice(status, OrderStatus, "status").value,
        "date": when.iso(),
        "date_key": when.sort_key,
        "source": v.text(source, "source", max_len=500),
        "note": v.text(note, "note", max_len=v.LONG),
    }


def due_fields(due: str, *, zone: tzinfo) -> Fields:
    """A due time (deadlines and obligations may lie in the future)."""
    when = parse_datetime(due, field="due", default_tz=zone, date_only_time=END_OF_DAY)
    return {"due_at": when.isoformat(timespec="minutes"), "due_utc": utc_text(when)}


def obligation_fields(*, text: str, due: str, zone: tzinfo) -> Fields:
    return {"text": v.text(text, "text", required=True, max_len=2000), **due_fields(due, zone=zone)}


def compliance_fields(*, status: str, evidence: str, date: str, today: date_type) -> Fields:
    when = happened(date, "date", today)
    return {
        "status": v.choice(status, Compliance, "status").value,
        "evidence": v.text(evidence, "evidence", max_len=v.LONG),
        "date": when.iso(),
        "date_key": when.sort_key,
    }


def deadline_fields(*, title: str, due: str, note: str, zone: tzinfo) -> Fields:
    return {
        "title": v.text(title, "title", required=True),
        **due_fields(due, zone=zone),
        "note": v.text(note, "note", max_len=v.LONG),
    }
