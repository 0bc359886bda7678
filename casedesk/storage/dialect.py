"""The few SQL constructs that differ between SQLite and PostgreSQL, behind one call each.

Services never spell a dialect: they call these with a session, and the session's
bind says which database answers.
"""

from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Table, text
from sqlalchemy.dialects import postgresql, sqlite
from sqlmodel import Session

POSTGRESQL = "postgresql"


def name(session: Session) -> str:
    """``"sqlite"`` or ``"postgresql"``: the database under ``session``."""
    return session.get_bind().dialect.name


def is_postgres(session: Session) -> bool:
    return name(session) == POSTGRESQL


def insert_ignore(session: Session, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """Insert ``rows`` into ``table``, skipping any that would repeat a key already
    stored (SQLite's ``INSERT OR IGNORE``, PostgreSQL's ``ON CONFLICT DO NOTHING``)."""
    if not rows:
        return
    dialect_insert = postgresql.insert if is_postgres(session) else sqlite.insert
    session.execute(dialect_insert(table).on_conflict_do_nothing(), list(rows))


def reserve_ids(session: Session, table: Table, count: int) -> list[int]:
    """``count`` new primary keys for ``table``, handed out by the database.

    Bulk loads (demo data, imports) need ids before inserting, to link child rows.
    PostgreSQL takes them from the table's own sequence, so concurrent writers never
    collide and later inserts never reuse them; SQLite write transactions hold the
    store's write lock, so the ids after the current largest are free.
    """
    if count <= 0:
        return []
    if is_postgres(session):
        rows = session.connection().exec_driver_sql(
            "SELECT nextval(pg_get_serial_sequence(%(t)s, 'id')) FROM generate_series(1, %(n)s)",
            {"t": table.name, "n": count},
        )
        return [int(r[0]) for r in rows]
    start = session.connection().exec_driver_sql(f"SELECT coalesce(max(id), 0) FROM {table.name}")
    first = int(start.scalar_one()) + 1
    return list(range(first, first + count))


def sync_id_sequence(session: Session, table: Table) -> None:
    """After rows were inserted with ids chosen elsewhere (a copy, a restore), move
    PostgreSQL's sequence past them; nothing to do on SQLite."""
    if is_postgres(session):
        session.connection().exec_driver_sql(
            f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
            f"coalesce((SELECT max(id) FROM {table.name}), 0) + 1, false)"
        )


#: SQLite's page cache during a bulk load (KiB, negative as SQLite wants it).
BULK_CACHE_KIB = -8192


@contextmanager
def bulk_load(session: Session) -> Iterator[None]:
    """Tune the connection for a bulk insert, and restore it afterwards.

    SQLite: bulk inserts gain nothing from a large page cache, so the cache shrinks
    for the load (the connection goes back to the pool with its usual size). PostgreSQL
    manages its own buffers: nothing to do.
    """
    if is_postgres(session):
        yield
        return
    from casedesk.storage.engine import CACHE_SIZE  # noqa: PLC0415 - SQLite's own setting

    session.execute(text(f"PRAGMA cache_size = {BULK_CACHE_KIB}"))
    try:
        yield
    finally:
        session.execute(text(f"PRAGMA cache_size = {CACHE_SIZE}"))


class IdAllocator:
    """New primary keys for a bulk load, above ``floor`` (ids the loaded file already
    uses), handed out by the database where it has a sequence.

    PostgreSQL: the table's sequence is first moved past ``floor`` (never back), then
    ids are taken from it a block at a time, so a colleague adding a client meanwhile
    gets another id. SQLite: the write transaction holds the store, so counting on from
    ``floor`` is safe.
    """

    BLOCK = 500

    def __init__(self, session: Session, table: Table, floor: int) -> None:
        self._session = session
        self._table = table
        self._pending: list[int] = []
        self._next = floor + 1
        self._postgres = is_postgres(session)
        if self._postgres:
            session.connection().exec_driver_sql(
                "SELECT setval(pg_get_serial_sequence(%(t)s, 'id'), GREATEST(%(f)s, "
                "(SELECT coalesce(max(id), 0) FROM " + table.name + "), "
                "(SELECT last_value FROM " + table.name + "_id_seq)))",
                {"t": table.name, "f": floor},
            )

    def take(self) -> int:
        if not self._postgres:
            self._next += 1
            return self._next - 1
        if not self._pending:
            self._pending = reserve_ids(self._session, self._table, self.BLOCK)[::-1]
        return self._pending.pop()


def audit_head_locked(session: Session) -> tuple[int, str] | None:
    """On PostgreSQL: take the audit chain's transaction lock and return the newest
    entry's (id, hash) as the server sees it, past row-level security (through the
    SECURITY DEFINER ``casedesk_audit_head_entry()`` that ``team init`` installs), or None
    to read it as usual. Two writers at READ COMMITTED would otherwise both append after
    the same head. SQLite's write transaction already holds the store: None."""
    if not is_postgres(session):
        return None
    conn = session.connection()
    conn.exec_driver_sql("SELECT pg_advisory_xact_lock(hashtext('casedesk_audit_chain'))")
    if conn.exec_driver_sql(
        "SELECT to_regprocedure('casedesk_audit_head_entry()') IS NOT NULL"
    ).scalar():
        row = conn.exec_driver_sql("SELECT * FROM casedesk_audit_head_entry()").first()
        if row is not None and row[0] is not None:
            return int(row[0]), str(row[1])
    return None
