"""Many rows into one table at once, at the driver's speed (imports of whole sheets).

SQLAlchemy Core's executemany builds and processes a parameter dictionary per row; for
an import of 100,000 clients that bookkeeping cost more than SQLite's own work. On
SQLite the statement is compiled once here and each row becomes a tuple, converted by
the columns' own bind processors, so the stored values are exactly those Core writes
(a test compares the two). PostgreSQL keeps Core's path: its "insertmanyvalues"
batching is already what a bulk load wants there.
"""

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Connection, Table, insert
from sqlalchemy.orm import Session


def insert_many(
    session: Session | Connection, table: Table, rows: Sequence[Mapping[str, Any]]
) -> None:
    """Insert ``rows`` (mappings with the same keys: column names) into ``table`` in the
    transaction of ``session`` (an ORM session, or a bare connection in a migration)."""
    if not rows:
        return
    conn = session if isinstance(session, Connection) else session.connection()
    dialect = conn.dialect
    if dialect.name != "sqlite":
        conn.execute(insert(table), list(rows))
        return
    keys = list(rows[0])
    compiled = insert(table).compile(dialect=dialect, column_keys=keys)
    order = list(compiled.positiontup or ())
    if sorted(order) != sorted(keys):  # not a plain positional INSERT: let Core do it
        conn.execute(insert(table), list(rows))
        return
    processors = [
        (i, proc)
        for i, name in enumerate(order)
        if (proc := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]

    def as_tuple(row: Mapping[str, Any]) -> tuple[Any, ...]:
        values = [row[name] for name in order]
        for i, proc in processors:  # most columns need no conversion
            values[i] = proc(values[i])
        return tuple(values)

    conn.exec_driver_sql(str(compiled), [as_tuple(row) for row in rows])
