"""The rows duplicate finding and merging read and move: names, A-Numbers, pairs recorded
as different people, and every row that hangs on a client."""

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import DateTime, Integer, text
from sqlmodel import Session

from casedesk.storage.dialect import insert_ignore
from casedesk.storage.tables import metadata

#: Tables whose rows simply move to the kept client.
CHILD_TABLES = (
    "alias",
    "status_entry",
    "custody_event",
    "note",
    "contact",
    "document",
    "deadline",
    "compliance_record",
)
#: Link tables where the kept client may already hold the same link.
LINK_TABLES = (("obligation_client", "obligation_id"), ("matter_party", "matter_id"))

#: A name to match: (client id, given, surname, second surname, dob, A-Number).
NameRow = tuple[Any, ...]

_CLIENTS = "SELECT c.id, c.given, c.surname, c.second_surname, c.dob, c.a_number FROM client c"
_ALIASES = (
    "SELECT a.client_id, a.given, a.surname, a.second_surname, c.dob, c.a_number "
    "FROM alias a JOIN client c ON c.id = a.client_id"
)


def all_names(session: Session, *, include_archived: bool) -> tuple[list[NameRow], list[NameRow]]:
    """Every client's own name, and every alias (with the client's dob and A-Number)."""
    where = "" if include_archived else "WHERE c.archived = :no"
    params = {} if include_archived else {"no": False}
    own = [tuple(r) for r in session.execute(text(f"{_CLIENTS} {where}"), params).all()]
    aliases = [tuple(r) for r in session.execute(text(f"{_ALIASES} {where}"), params).all()]
    return own, aliases


def names_starting(session: Session, start: str) -> tuple[list[NameRow], list[NameRow]]:
    """Clients' own names and aliases whose match key begins with ``start`` (an index
    range scan on the match keys, never the whole table)."""
    bounds = {"lo": start, "hi": start + "\uffff"}
    found: list[list[NameRow]] = []
    for sql, column in ((_CLIENTS, "c"), (_ALIASES, "a")):
        where = f"WHERE {column}.match_key >= :lo AND {column}.match_key < :hi"
        found.append([tuple(r) for r in session.execute(text(f"{sql} {where}"), bounds).all()])
    return found[0], found[1]


def distinct_pairs(session: Session) -> set[tuple[int, int]]:
    """Every (low id, high id) pair recorded as different people."""
    rows = session.execute(text("SELECT low_id, high_id FROM distinct_pair")).all()
    return {(int(low), int(high)) for low, high in rows}


def name_facts(session: Session, ids: Sequence[int]) -> list[tuple[int, str, str, str, str | None]]:
    """(id, given, surname, second surname, A-Number) of the clients ``ids``."""
    found: list[tuple[int, str, str, str, str | None]] = []
    for start in range(0, len(ids), 500):
        chunk = [int(i) for i in ids[start : start + 500]]
        found.extend(
            (int(cid), given, surname, second, number)
            for cid, given, surname, second, number in session.execute(
                text(
                    "SELECT id, given, surname, second_surname, a_number FROM client "
                    f"WHERE id IN ({','.join(map(str, chunk))})"
                )
            ).all()
        )
    return found


def has_alias(session: Session, client_id: int, given: str, surname: str, second: str) -> bool:
    """Whether the client already has exactly this spelling as an alias."""
    same = session.execute(
        text(
            "SELECT 1 FROM alias WHERE client_id = :c AND given = :g AND surname = :s "
            "AND second_surname = :t"
        ),
        {"c": client_id, "g": given, "s": surname, "t": second},
    ).first()
    return same is not None


def move_client_rows(session: Session, keep_id: int, other_id: int) -> dict[str, int]:
    """Point every row of ``other_id`` at ``keep_id`` (a link the kept client already
    holds is dropped); returns rows moved per table."""
    ids = {"k": keep_id, "o": other_id}
    moved: dict[str, int] = {}
    for table in CHILD_TABLES:
        result = session.execute(
            text(f"UPDATE {table} SET client_id = :k WHERE client_id = :o"), ids
        )
        moved[table] = int(getattr(result, "rowcount", 0))
    for table, column in LINK_TABLES:
        session.execute(
            text(
                f"DELETE FROM {table} WHERE client_id = :o AND {column} IN "
                f"(SELECT {column} FROM {table} WHERE client_id = :k)"
            ),
            ids,
        )
        result = session.execute(
            text(f"UPDATE {table} SET client_id = :k WHERE client_id = :o"), ids
        )
        moved[table] = int(getattr(result, "rowcount", 0))
    return moved


def take_distinct_pairs(session: Session, client_id: int) -> list[tuple[int, int, datetime]]:
    """Remove and return the different-people pairs ``client_id`` is in."""
    ids = {"o": client_id}
    pairs = session.execute(
        text(
            "SELECT low_id, high_id, created_at FROM distinct_pair WHERE low_id = :o OR high_id = :o"
        ).columns(  # typed, so the instant goes back in as one on either database
            low_id=Integer, high_id=Integer, created_at=DateTime(timezone=True)
        ),
        ids,
    ).all()
    session.execute(text("DELETE FROM distinct_pair WHERE low_id = :o OR high_id = :o"), ids)
    return [(int(low), int(high), created) for low, high, created in pairs]


def add_distinct_pair(session: Session, low: int, high: int, created_at: datetime) -> None:
    """Record a different-people pair, unless it is recorded already."""
    insert_ignore(
        session,
        metadata.tables["distinct_pair"],
        [{"low_id": low, "high_id": high, "created_at": created_at}],
    )
