"""The schema revision this casedesk expects, readable without importing Alembic.

Opening a store happens at every start; Alembic (and its imports) is needed only when
the store is older than this revision. A test keeps ``HEAD`` equal to the newest
migration script.
"""

from sqlalchemy import Engine

HEAD = "0018"


def stored_revision(engine: Engine) -> str | None:
    """The revision stamped in the store, or None for an empty or unstamped file."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as pg:
            if pg.exec_driver_sql("SELECT to_regclass('alembic_version')").scalar() is None:
                return None
            found = pg.exec_driver_sql("SELECT version_num FROM alembic_version").scalar()
            return None if found is None else str(found)
    raw = engine.raw_connection()
    try:
        conn = raw.driver_connection
        assert conn is not None
        # A new store has no alembic_version table yet.
        if not conn.execute(
            "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'alembic_version'"
        ).fetchone():
            return None
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        return str(row[0]) if row else None
    finally:
        raw.close()
