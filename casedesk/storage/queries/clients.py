"""The client list: filtered, sorted and paged in SQL, and lookups by A-Number.

The list pages by keyset (storage.client_pages), the export by a keyset on (sort key,
id), so only the rows shown ever leave the database.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Row, func, text, tuple_
from sqlalchemy import select as sa_select
from sqlmodel import Session, col, select

from casedesk.storage.tables import Client, MatterParty, StatusEntry, metadata


@dataclass(frozen=True)
class ClientFilter:
    """Which clients a list shows; values are already validated by the service.

    ``archived``: False for active clients only, True for archived only, None for both.
    """

    archived: bool | None = False
    status: str | None = None
    whereabouts: str | None = None
    nationality: str | None = None
    tag: str | None = None
    matter_id: int | None = None


def conditions(f: ClientFilter) -> list[Any]:
    """The WHERE conditions for ``f`` (the list pages by keyset in storage.client_pages)."""
    conditions: list[Any] = []
    # archived = 0 (not IS FALSE) so SQLite can use the (archived, status, sort) index
    if f.archived is not None:
        conditions.append(col(Client.archived) == f.archived)
    if f.status:
        conditions.append(col(Client.current_status) == f.status)
    if f.whereabouts:
        conditions.append(col(Client.whereabouts) == f.whereabouts)
    if f.nationality:
        conditions.append(col(Client.nationality) == f.nationality)
    if f.tag:
        conditions.append(col(Client.tags).like(f"%{f.tag}%"))
    if f.matter_id is not None:
        members = select(MatterParty.client_id).where(MatterParty.matter_id == f.matter_id)
        conditions.append(col(Client.id).in_(members))
    return conditions


def count(session: Session, f: ClientFilter) -> int:
    """How many clients match."""
    query = select(func.count()).select_from(Client).where(*conditions(f))
    return int(session.exec(query).one())


def nationality_counts(session: Session, *, include_archived: bool) -> list[tuple[str, int]]:
    """Each nationality on record with how many clients hold it, most common first."""
    conditions: list[Any] = [col(Client.nationality).is_not(None)]
    if not include_archived:
        conditions.append(col(Client.archived) == False)  # noqa: E712
    rows = session.exec(
        select(Client.nationality, func.count())
        .where(*conditions)
        .group_by(col(Client.nationality))
        .order_by(func.count().desc(), col(Client.nationality))
    ).all()
    return [(str(code), int(n)) for code, n in rows]


def id_by_a_number(session: Session, digits: str) -> int | None:
    """The id of the client holding this A-Number (nine digits), if any."""
    return session.exec(select(Client.id).where(Client.a_number == digits)).first()


def ids_by_a_number(session: Session, digits: str) -> list[int]:
    """Every client id holding this A-Number (normally one)."""
    return [int(i) for i in session.exec(select(Client.id).where(Client.a_number == digits)) if i]


def by_a_number(session: Session, digits: str) -> Client | None:
    """The client holding this A-Number, if any."""
    return session.exec(select(Client).where(Client.a_number == digits)).first()


# ---------------------------------------------------------------------- export pages

_client = metadata.tables["client"]


def export_count(session: Session, *, include_archived: bool) -> int:
    """How many clients the client table export writes."""
    conditions: list[Any] = [] if include_archived else [_client.c.archived.is_(False)]
    return int(
        session.execute(
            sa_select(func.count()).select_from(_client).where(*conditions)
        ).scalar_one()
    )


def export_page(
    session: Session,
    fields: Sequence[str],
    *,
    include_archived: bool,
    after: tuple[str, int] | None,
    limit: int,
) -> list[Row[Any]]:
    """The next page of client columns ``fields`` (plus ``sort_key``) in name order after
    the keyset ``after`` (sort key, id): an index range scan however deep the page."""
    conditions: list[Any] = [] if include_archived else [_client.c.archived.is_(False)]
    order = (_client.c.sort_key, _client.c.id)
    stmt = sa_select(*[_client.c[name] for name in fields], _client.c.sort_key).where(*conditions)
    if after is not None:
        stmt = stmt.where(tuple_(*order) > tuple_(*after))
    return list(session.execute(stmt.order_by(*order).limit(limit)).all())


def status_countries(session: Session, client_ids: Sequence[int]) -> dict[int, str | None]:
    """Each client's current status's "as to" country (withholding, CAT): the latest entry's."""
    countries: dict[int, str | None] = {}
    for cid, country in session.execute(
        sa_select(col(StatusEntry.client_id), col(StatusEntry.country))
        .where(col(StatusEntry.client_id).in_(list(client_ids)))
        .order_by(col(StatusEntry.date_key), col(StatusEntry.id))
    ).all():
        countries[cid] = country  # later entries overwrite: the current one wins
    return countries


def by_ids(session: Session, ids: Sequence[int]) -> list[Client]:
    """The client rows ``ids`` (in no particular order; gone ones left out)."""
    return list(session.exec(select(Client).where(col(Client.id).in_(list(ids)))).all())


# ---------------------------------------------------------------------- head counts


def total(session: Session) -> int:
    """How many clients the store holds, archived ones included."""
    return int(session.execute(text("SELECT count(*) FROM client")).scalar_one())


def active_count(session: Session) -> int:
    """How many clients are not archived."""
    return int(
        session.execute(
            text("SELECT count(*) FROM client WHERE archived = :no"), {"no": False}
        ).scalar_one()
    )


#: Columns the dashboard counts active clients by.
GROUPABLE = frozenset({"current_status", "whereabouts"})


def active_by(session: Session, column: str) -> list[tuple[str, int]]:
    """Active clients counted by one summary column ('' for not recorded), unordered:
    SQLite and PostgreSQL break ties and collate differently, so the caller sorts."""
    if column not in GROUPABLE:
        raise ValueError(f"cannot group clients by {column!r}")
    rows = session.execute(
        text(
            f"SELECT coalesce({column}, ''), count(*) FROM client WHERE archived = :no GROUP BY 1"
        ),
        {"no": False},
    ).all()
    return [(str(k), int(n)) for k, n in rows]


def active_contact_keys(session: Session) -> list[int | None]:
    """Each active client's last-contact date key (yyyymmdd; None: never contacted)."""
    rows = session.execute(
        text("SELECT last_contact_key FROM client WHERE archived = :no"), {"no": False}
    ).all()
    return [key for (key,) in rows]
