"""Every stored value checked against the domain types, wherever it came from.

The services validate what they write, but a whole-store JSON export can be edited
before it is restored, and a file can be edited directly. An A-Number "ABCDEFGHI", a
birth date 2025-02-30, a status "not_a_status" or a surname with NUL and right-to-left
marks then broke exports, `clients list --json` and `clients show`. These checks run
on restore (the file is refused, naming table, row and column) and in `check` (each
record is named).
"""

from collections.abc import Callable, Iterator, Mapping
from enum import StrEnum
from typing import Any

from sqlmodel import Session

from casedesk.domain.anumber import ANumber
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import Confidence, CustodyKind, LegalStatus
from casedesk.domain.errors import ValidationError
from casedesk.domain.names import PersonName
from casedesk.storage.queries import whole_tables as whole
from casedesk.storage.tables import metadata

Check = Callable[[Any], None]


def _anumber(value: Any) -> None:
    ANumber(str(value))  # stored form: exactly nine digits


def _partial_date(value: Any) -> None:
    if PartialDate.parse(str(value)).iso() != str(value):
        raise ValidationError("date", f"{value!r} is not in the stored form")


def _choice(enum: type[StrEnum]) -> Check:
    def check(value: Any) -> None:
        if value not in {member.value for member in enum}:
            raise ValidationError("value", f"{value!r} is not one of the known values")

    return check


def _name_part(value: Any) -> None:
    if PersonName.create(str(value), "").given != value:
        raise ValidationError("name", f"{value!r} is not a cleaned name")


def _text(value: Any) -> None:
    text = str(value)
    if "\x00" in text or any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        raise ValidationError("text", "contains a NUL or a broken character")


# Nullable columns: None (or "" for names) is fine; anything else must pass.
CHECKS: dict[str, dict[str, Check]] = {
    "client": {
        "given": _name_part,
        "surname": _name_part,
        "second_surname": _name_part,
        "a_number": _anumber,
        "dob": _partial_date,
        "current_status": _choice(LegalStatus),
        "description": _text,
        "tags": _text,
        "languages": _text,
    },
    "alias": {"given": _name_part, "surname": _name_part, "second_surname": _name_part},
    "status_entry": {
        "status": _choice(LegalStatus),
        "date": _partial_date,
        "confidence": _choice(Confidence),
    },
    "custody_event": {
        "kind": _choice(CustodyKind),
        "date": _partial_date,
        "confidence": _choice(Confidence),
    },
}


def row_problems(table: str, row: Mapping[str, Any]) -> list[tuple[str, str]]:
    """(column, reason) for every value of ``row`` the domain types refuse."""
    found = []
    for column, check in CHECKS.get(table, {}).items():
        value = row.get(column)
        if value is None or value == "":
            continue
        try:
            check(value)
        except (ValidationError, ValueError, TypeError) as exc:
            reason = exc.reason if isinstance(exc, ValidationError) else str(exc)
            found.append((column, reason))
    return found


def stored_problems(session: Session, *, limit: int = 20) -> Iterator[str]:
    """One line per stored value that does not pass its domain type (a page of rows at
    a time: constant memory)."""
    shown = 0
    for name in CHECKS:
        table = metadata.tables[name]
        last = 0
        while True:
            page = whole.page_after(session, table, last, 2000)
            if not page:
                break
            for row in page:
                for column, reason in row_problems(name, dict(row)):
                    shown += 1
                    if shown <= limit:
                        yield f"{name.replace('_', ' ')} {row['id']}, {column}: {reason}"
            last = int(page[-1]["id"])
    if shown > limit:
        yield f"... and {shown - limit:,} more stored values that do not pass their checks"
