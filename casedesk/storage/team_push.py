"""Copying a single-user store into a team store, table by table, and proving it.

Rows are read from the SQLite session and written to the PostgreSQL session in
parent-before-child order (the metadata's foreign-key order), in bounded batches, with
their ids kept, so every history, document and audit entry keeps pointing where it
did; the audit chain therefore carries over unchanged. Afterwards each table is
compared by row count and a digest of its rows in id order, computed the same way on
both sides from values normalised by SQLAlchemy's column types.
"""

import hashlib
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Table, func, insert, select, text
from sqlmodel import Session

from casedesk.storage.tables import metadata
from casedesk.storage.team_sql import OWNER

#: Rows per INSERT batch; document blobs make rows large, so they go a few at a time.
BATCH_ROWS = 1000
BLOB_BATCH_ROWS = 20


def data_tables() -> list[Table]:
    """The tables a store's data lives in, parents before children."""
    return list(metadata.sorted_tables)


def _rows(session: Session, table: Table, batch: int) -> Iterator[list[dict[str, Any]]]:
    # Per statement: Connection.execution_options would leave every later statement on
    # a server-side cursor, which PostgreSQL refuses for INSERT.
    stmt = select(table).order_by(*table.primary_key.columns).execution_options(yield_per=batch)
    result = session.connection().execute(stmt)
    for part in result.mappings().partitions(batch):
        yield [dict(row) for row in part]


def copy_tables(
    source: Session,
    target: Session,
    progress: Callable[[str, int], None] | None = None,
) -> dict[str, int]:
    """Copy every data table from ``source`` to ``target`` (which must be empty);
    returns the rows copied per table."""
    counts: dict[str, int] = {}
    conn = target.connection()
    for table in data_tables():
        batch = BLOB_BATCH_ROWS if table.name == "document_blob" else BATCH_ROWS
        copied = 0
        for rows in _rows(source, table, batch):
            conn.execute(insert(table), rows)
            copied += len(rows)
            if progress is not None:
                progress(table.name, copied)
        counts[table.name] = copied
    return counts


def reset_sequences(target: Session) -> None:
    """Ids were copied as they were: move each id sequence past the highest one."""
    conn = target.connection()
    for table in data_tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        conn.execute(
            text(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                f"coalesce(max(id), 1), max(id) IS NOT NULL) FROM {table.name}"
            )
        )


def row_counts(session: Session) -> dict[str, int]:
    conn = session.connection()
    return {
        table.name: int(conn.execute(select(func.count()).select_from(table)).scalar_one())
        for table in data_tables()
    }


def _normal(value: Any) -> str:
    # The same stored value comes back as bool/int from SQLite and bool from PostgreSQL,
    # and as a naive datetime from both; bytes compare by their digest.
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        return value.isoformat()
    if isinstance(value, bytes | memoryview):
        return hashlib.sha256(bytes(value)).hexdigest()
    return repr(value)


@dataclass(frozen=True)
class TableDigest:
    rows: int
    digest: str


def table_digests(session: Session) -> dict[str, TableDigest]:
    """Each data table's row count and a digest of its rows in primary-key order."""
    out = {}
    for table in data_tables():
        sha = hashlib.sha256()
        count = 0
        for rows in _rows(
            session, table, BLOB_BATCH_ROWS if table.name == "document_blob" else BATCH_ROWS
        ):
            for row in rows:
                sha.update("\x1f".join(_normal(row[c.name]) for c in table.columns).encode())
                sha.update(b"\x1e")
                count += 1
        out[table.name] = TableDigest(count, sha.hexdigest())
    return out


def differences(a: dict[str, TableDigest], b: dict[str, TableDigest]) -> list[str]:
    """The tables whose rows differ between two digests (empty: identical)."""
    return [
        f"{name}: {a[name].rows} rows here, {b.get(name, TableDigest(0, '')).rows} there"
        if a[name].rows != b.get(name, TableDigest(0, "")).rows
        else f"{name}: same number of rows ({a[name].rows}) but different values"
        for name in a
        if a[name] != b.get(name)
    ]


def owner_membership(session: Session) -> bool | None:
    """Whether this login may act as the tables' owner role (None: no such role, as on a
    server where ``team init`` did not create one)."""
    found = (
        session.connection()
        .execute(
            text(
                "SELECT pg_has_role(session_user, oid, 'MEMBER') FROM pg_roles WHERE rolname = :o"
            ),
            {"o": OWNER},
        )
        .first()
    )
    return None if found is None else bool(found[0])


def become_owner(session: Session) -> None:
    """Act as the tables' owner for the rest of this transaction (copied audit entries
    keep their actors)."""
    session.connection().exec_driver_sql(f"SET LOCAL ROLE {OWNER}")
