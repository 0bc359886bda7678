"""One imported row, checked field by field through the domain types.

Every problem in a row is reported (row number, column as the file calls it, reason),
not just the first, so a person fixing the rejects file fixes everything in one pass.
"""

from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

from casedesk.domain.anumber import ANumber
from casedesk.domain.countries import parse_country
from casedesk.domain.date_order import DateOrder, parse_in_order
from casedesk.domain.dates import PartialDate
from casedesk.domain.enums import CustodyKind, LegalStatus
from casedesk.domain.errors import ValidationError, clip
from casedesk.domain.names import PersonName
from casedesk.formats.csv_rows import EXTRA_KEY
from casedesk.formats.mapping import FIELD_LABELS, normalise_custody_kind, normalise_status
from casedesk.services import validate as v

NEW = "new"  # in the id column: "this is a new person even if the name looks familiar"
#: Largest id an imported row may carry: exact in every spreadsheet and JSON reader, and
#: far from SQLite's limit, so ids given to new people after it still fit.
MAX_ID = 2**53


@dataclass(frozen=True)
class Rejection:
    """A refused row: ``column`` as the file names it (or the field's label when the file
    has no such column), ``field`` the casedesk field, for a translated label."""

    row: int
    column: str
    reason: str
    field: str = ""


def column_name(columns: dict[str, str], fld: str) -> str:
    """The file's header for ``fld``, else the field's label: never an internal name."""
    return columns.get(fld) or FIELD_LABELS.get(fld, fld)


def _lines(text: str) -> str:
    # Windows files and Excel cells end lines with CR LF or a bare CR; inside a value
    # they are one line break, not a control character to refuse.
    return text.replace("\r\n", "\n").replace("\r", "\n")


@dataclass
class ParsedRow:
    """A row that passed every check, in domain terms."""

    line: int
    client_id: int | None = None
    force_new: bool = False
    name: PersonName | None = None
    description: str = ""
    a_number: str | None = None
    dob: PartialDate | None = None
    nationality: str | None = None
    languages: str = ""
    tags: str = ""
    #: (status, date or None when unknown, "as to" country)
    status: tuple[str, PartialDate | None, str | None] | None = None
    #: (kind, date or None when unknown, place, country)
    custody: tuple[str, PartialDate | None, str, str | None] | None = None
    source: str = ""
    note: str = ""
    given_fields: set[str] = field(default_factory=set)


# A sheet repeats a handful of status and whereabouts spellings over thousands of rows,
# and the tolerant match is the costliest check of a row: remember each spelling's answer.
@lru_cache(maxsize=4096)
def _coded(text: str, normalise: object, enum: type[LegalStatus] | type[CustodyKind]) -> str | None:
    folded = text.strip().lower().replace(" ", "_").replace("-", "_")
    if folded in enum.values():
        return folded
    assert callable(normalise)
    value = normalise(text)
    return str(value) if value else None


def parse_row(  # noqa: PLR0915 - one flat check per field reads better than helpers
    line: int,
    values: dict[str, str],
    columns: dict[str, str],
    today: date,
    *,
    order: DateOrder | None = None,
    as_of: PartialDate | None = None,
) -> ParsedRow | list[Rejection]:
    """Check one mapped row. ``columns`` maps field → the file's header, for messages.

    Numeric dates are read in ``order``; a status without a date gets ``as_of``
    (the mapping's "as of" date for the whole file) or an unknown date.
    """
    problems: list[Rejection] = []
    row = ParsedRow(line=line)

    def fail(fld: str, reason: str) -> None:
        problems.append(Rejection(line, column_name(columns, fld), reason, fld))

    def when(fld: str) -> object:
        return check(fld, lambda t: parse_in_order(t, order, field=fld))

    def check(fld: str, fn: object) -> object:
        raw = _lines(values.get(fld, "")).strip()
        if not raw:
            return None
        try:
            assert callable(fn)
            return fn(raw)
        except ValidationError as exc:
            fail(fld, exc.reason)
            return None

    if values.get(EXTRA_KEY):
        problems.append(
            Rejection(
                line,
                "(beyond the last column)",
                "the row has more values than the file has columns",
            )
        )
    raw_id = values.get("id", "").strip()
    if raw_id.lower() == NEW:
        row.force_new = True
    elif raw_id:
        # ASCII digits only: "²" is a digit to str.isdigit() but not a number to int().
        if raw_id.isascii() and raw_id.isdigit() and 0 < int(raw_id) <= MAX_ID:
            row.client_id = int(raw_id)
        else:
            fail("id", f"{clip(raw_id)!r} is not a casedesk id (a whole number) or 'new'")
    given, surname, second = (
        values.get(k, "").strip() for k in ("given", "surname", "second_surname")
    )
    full = values.get("full_name", "").strip()
    row.description = str(
        check("description", lambda t: v.text(t, "description", lines=True)) or ""
    )
    # A file with name-part columns names people there; its one-line "name" column (a
    # casedesk export has both) is then only a display form, and may hold a description.
    has_parts = bool({"given", "surname"} & columns.keys())
    try:
        if given or surname or second:
            row.name = PersonName.create(given, surname, second)
        elif full and not (has_parts and row.description):
            row.name = PersonName.parse(full)
        elif not row.description and row.client_id is None:
            fail(
                "surname" if "surname" in columns else "full_name",
                "no name: give a name, or a description such as 'unidentified man on the second flight'",
            )
    except ValidationError as exc:
        target = exc.field if exc.field in columns else ("full_name" if full else "surname")
        fail(target, exc.reason)
    if "XXX" in values.get("a_number", "").upper():
        fail(
            "a_number",
            "this A-Number is masked (a court or public export); only a full export "
            "can update records",
        )
        number = None
    else:
        number = check("a_number", ANumber.parse)
    row.a_number = number.digits if isinstance(number, ANumber) else None
    dob = check("dob", lambda t: v.past_date(parse_in_order(t, order, field="dob"), "dob", today))
    row.dob = dob if isinstance(dob, PartialDate) else None
    nat = check("nationality", lambda t: parse_country(t, field="nationality"))
    row.nationality = nat if isinstance(nat, str) else None
    row.languages = str(check("languages", lambda t: v.words(t, "languages")) or "")
    row.tags = str(check("tags", lambda t: v.words(t, "tags")) or "")
    row.source = str(check("source", lambda t: v.text(t, "source", max_len=500, lines=True)) or "")
    row.note = str(check("note", lambda t: v.text(t, "note", max_len=v.LONG)) or "")

    raw_status = values.get("status", "").strip()
    status_date_given = bool(values.get("status_date", "").strip())
    unknown = raw_status and _coded(raw_status, normalise_status, LegalStatus) == "unknown"
    if unknown and not status_date_given:
        raw_status = ""  # "unknown" with no date records nothing
    if raw_status:
        status = _coded(raw_status, normalise_status, LegalStatus)
        status_when = when("status_date") if status_date_given else as_of
        country = check("status_country", lambda t: parse_country(t, field="status_country"))
        if status is None:
            fail(
                "status",
                f"{clip(raw_status)!r} is not a legal status casedesk knows (e.g. asylum pending, "
                "final order, refugee approved, withholding, CAT, TPS, parole, LPR)",
            )
        elif status in ("withholding_granted", "cat_protection") and country is None:
            fail(
                "status_country", "withholding and CAT protection are granted as to a named country"
            )
        elif not (status_date_given and status_when is None):
            # No date and no "as of" date: the status is recorded with its date unknown
            # rather than the row refused for a column the sheet never had. (A date given
            # but unreadable has already been reported.)
            dated = status_when if isinstance(status_when, PartialDate) else None
            row.status = (status, dated, country if isinstance(country, str) else None)
    raw_kind = values.get("whereabouts", "").strip()
    if raw_kind:
        kind = _coded(raw_kind, normalise_custody_kind, CustodyKind)
        custody_when = when("whereabouts_date")
        country = check("country", lambda t: parse_country(t, field="country"))
        place = str(check("place", lambda t: v.text(t, "place", lines=True)) or "")
        if kind is None:
            fail(
                "whereabouts",
                f"{clip(raw_kind)!r} is not a whereabouts casedesk knows (e.g. detained, "
                "removed, released, repatriated, whereabouts unknown)",
            )
        elif not values.get("whereabouts_date", "").strip() and as_of is not None:
            row.custody = (kind, as_of, place, country if isinstance(country, str) else None)
        elif not values.get("whereabouts_date", "").strip():
            # As for a status: kept with its date unknown rather than the row refused for
            # a column the sheet never had.
            row.custody = (kind, None, place, country if isinstance(country, str) else None)
        elif isinstance(custody_when, PartialDate):
            row.custody = (kind, custody_when, place, country if isinstance(country, str) else None)
    row.given_fields = {k for k, val in values.items() if val.strip()}
    return problems or row
