"""Pages of the client list by keyset: each page seeks past the last row shown.

An OFFSET page makes the database walk every row before it, so the step that shows
client 900,000 of a million reads 900,000 index entries. A keyset page starts from the
sort values of the last row already shown (``(sort key…, id) > (…)``), which an index on
the sort columns answers by a seek, whatever the depth.

Row-value comparisons never match NULL, and SQLite puts NULLs first in ascending order
where PostgreSQL puts them last; a sort whose leading column may be empty (A-Number,
nationality, whereabouts, last contact) is therefore read in two segments, the empty
ones where the database itself orders them and the others, each segment a plain range
over its index. The id ends every sort, in the same direction, so the order is total.
"""

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, tuple_
from sqlmodel import Session, col, select

from casedesk.storage import dialect
from casedesk.storage.tables import Client

#: Where the next page starts: the last row's sort values, then its id.
Cursor = tuple[str | int | None, ...]

#: The columns each list sort orders by, before the id.
SORTS: dict[str, tuple[Any, ...]] = {
    "name": (col(Client.sort_key),),
    "a_number": (col(Client.a_number), col(Client.sort_key)),
    "nationality": (col(Client.nationality), col(Client.sort_key)),
    "status": (col(Client.current_status), col(Client.sort_key)),
    "whereabouts": (col(Client.whereabouts), col(Client.sort_key)),
    "last_contact": (col(Client.last_contact_key), col(Client.sort_key)),
    "id": (),
}
#: Sorts whose leading column may be NULL (read in two segments).
_NULLABLE_LEAD = frozenset({"a_number", "nationality", "whereabouts", "last_contact"})


def cursor_of(client: Client, sort: str) -> Cursor:
    """The cursor just past ``client`` in the list sorted by ``sort``."""
    values = tuple(getattr(client, column.key) for column in SORTS[sort])
    return (*values, client.id)


def _nulls_come_first(session: Session, descending: bool) -> bool:
    # SQLite: NULL is the smallest value; PostgreSQL: the largest.
    return descending if dialect.is_postgres(session) else not descending


def _after(columns: Sequence[Any], values: Sequence[Any], descending: bool) -> ColumnElement[bool]:
    left, right = tuple_(*columns), tuple_(*values)
    return left < right if descending else left > right


def client_page(
    session: Session,
    conditions: Sequence[Any],
    *,
    sort: str,
    descending: bool,
    limit: int,
    after: Cursor | None = None,
    offset: int = 0,
) -> list[Client]:
    """Up to ``limit`` clients matching ``conditions`` in list order, starting after
    ``after`` (a cursor from :func:`cursor_of`) or, without one, at ``offset``."""
    columns = [*SORTS[sort], col(Client.id)]
    order = [c.desc() if descending else c.asc() for c in columns]
    if sort not in _NULLABLE_LEAD:
        query = select(Client).where(*conditions)
        if after is not None:
            query = query.where(_after(columns, after, descending))
        elif offset:
            query = query.offset(offset)
        return list(session.exec(query.order_by(*order).limit(limit)).all())
    if after is None and offset:  # a caller paging by position (the command line)
        query = select(Client).where(*conditions).order_by(*order).offset(offset).limit(limit)
        return list(session.exec(query).all())

    lead = columns[0]
    segments = [True, False] if _nulls_come_first(session, descending) else [False, True]
    if after is not None and after[0] is None:  # the cursor is among the empty ones
        segments = segments[segments.index(True) :]
    elif after is not None:
        segments = segments[segments.index(False) :]
    rows: list[Client] = []
    for empty in segments:
        query = select(Client).where(*conditions)
        query = query.where(lead.is_(None) if empty else lead.is_not(None))
        starts_here = after is not None and (after[0] is None) == empty
        if starts_here and after is not None:
            rest = (columns[1:], after[1:]) if empty else (columns, after)
            query = query.where(_after(*rest, descending))
        rows += session.exec(query.order_by(*order).limit(limit - len(rows))).all()
        if len(rows) >= limit:
            break
    return rows
