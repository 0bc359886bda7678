"""What an import would do, before it does it: the reading options and the preview.

:func:`reading_options` decides how a sheet's dates are read (the mapping's order, else
the one its own dates and language point to) and reads the mapping's "as of" date;
:func:`preview_rows` runs the first rows through the same checks as the import and says,
per row, whether it would be refused, make a new client, or update a stored one (with
each change old → new), so nobody's record changes unseen.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlmodel import Session

from casedesk.domain.date_order import DateOrder, parse_in_order, propose_order
from casedesk.domain.dates import PartialDate
from casedesk.formats.csv_rows import Table
from casedesk.formats.mapping import ColumnMapping, apply
from casedesk.formats.synonyms import looks_spanish
from casedesk.services.import_merge import FieldChange, planned_changes
from casedesk.services.import_rows import Rejection, parse_row
from casedesk.storage.queries import clients as client_q
from casedesk.storage.tables import Client

__all__ = ["PreviewRow", "preview_rows", "reading_options"]

_DATE_FIELDS = ("dob", "status_date", "whereabouts_date")


def reading_options(
    table: Table, mapping: ColumnMapping
) -> tuple[DateOrder, str, PartialDate | None]:
    """The date order to read ``table`` in (the mapping's, else one the file's own dates
    and language point to), why, and the mapping's "as of" date, read in that order."""
    if mapping.date_order is not None:
        order, reason = mapping.date_order, "chosen in the mapping"
    else:
        headers = [h for f, h in mapping.fields.items() if f in _DATE_FIELDS]
        values = (raw.values.get(h, "") for raw in table.rows for h in headers)
        order, reason = propose_order(values, spanish=looks_spanish(table.headers))
    as_of = None
    if mapping.as_of:
        as_of = parse_in_order(mapping.as_of, order, field="as_of")
    return order, reason, as_of


@dataclass(frozen=True)
class PreviewRow:
    """One row as the import would treat it: refused (``problems``), new, or an update of
    client ``client_id`` with ``changes`` old → new."""

    line: int
    problems: list[Rejection]
    action: str = "new"  # "new", "update", "refused"
    client_id: int | None = None
    changes: tuple[FieldChange, ...] = ()


def preview_rows(
    session: Session,
    today: date,
    table: Table,
    mapping: ColumnMapping,
    *,
    limit: int,
    replace_names: bool = False,
) -> list[PreviewRow]:
    """The first ``limit`` rows as the import would treat them, without writing.

    A row whose A-Number or id names a stored client shows as an update with each
    changed field old → new, so nobody's name is rewritten unseen.
    """
    order, _reason, as_of = reading_options(table, mapping)
    columns = mapping.fields
    result: list[PreviewRow] = []
    for raw in table.rows[:limit]:
        parsed = parse_row(raw.line, apply(mapping, raw), columns, today, order=order, as_of=as_of)
        if isinstance(parsed, list):
            result.append(PreviewRow(raw.line, parsed, "refused"))
            continue
        client = None
        if parsed.client_id is not None:
            client = session.get(Client, parsed.client_id)
        if client is None and parsed.a_number:
            client = client_q.by_a_number(session, parsed.a_number)
        if client is None:
            result.append(PreviewRow(raw.line, []))
            continue
        changes = planned_changes(client, parsed, replace_names=replace_names)
        result.append(PreviewRow(raw.line, [], "update", client.id, tuple(changes)))
    return result
