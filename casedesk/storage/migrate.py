"""Bringing a store's schema up to date, safely.

Opening a store made by an older casedesk upgrades it, but only after a copy of the
file has been written (SQLite's online backup API) so a failed or regretted upgrade
can be undone. Migrations run with foreign keys off (batch mode copies and drops
tables; with foreign keys on, the DROP would cascade and empty child tables) and
``PRAGMA foreign_key_check`` must come back clean before the transaction commits.

A team store (PostgreSQL) runs the same revisions in one transaction (PostgreSQL's DDL
is transactional), after a ``pg_dump`` of the database; its foreign keys are checked by
the server at every statement, and an advisory lock keeps two casedesk programs from
upgrading the same database at once.
"""

from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util.exc import CommandError
from sqlalchemy import inspect

from casedesk.domain.errors import StoreError
from casedesk.storage.backup import copy_database
from casedesk.storage.pg import PgStore
from casedesk.storage.store import Store

# Any fixed number: every casedesk upgrading a team store takes this advisory lock.
_UPGRADE_LOCK = 0x0CA5ED15


def alembic_config() -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    cfg = Config()
    cfg.set_main_option("script_location", str(files("casedesk.storage.migrations")))
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def current_revision(store: Store) -> str | None:
    with store.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_copy(store: Store, dest: Path) -> Path:
    """Write a consistent copy of the store to ``dest``: SQLite's backup API, or
    ``pg_dump`` for a team store."""
    if isinstance(store, PgStore):
        return store.dump(dest.with_suffix(".pgdump"))
    raw = store.engine.raw_connection()
    try:
        return copy_database(raw.driver_connection, dest, store.key)
    finally:
        raw.close()


def upgrade(store: Store, *, revision: str = "head", backup_dir: Path | None = None) -> Path | None:
    """Upgrade ``store`` to ``revision``; return the backup written first, if any."""
    current = current_revision(store)
    script = ScriptDirectory.from_config(alembic_config())
    target = script.get_current_head() if revision == "head" else revision
    if current == target:
        return None
    if current is not None and not _known(script, current):
        raise StoreError(
            f"{store.store_info().location} was written by a newer casedesk (schema {current}); "
            "install the newer version to open it"
        )
    if current is None:
        tables = set(inspect(store.engine).get_table_names()) - {"alembic_version"}
        if tables:
            raise StoreError(
                f"{store.store_info().location} is a database, but not a casedesk store"
            )
    backup = None
    if current is not None:
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S")
        folder = backup_dir or store.path.parent / "backups"
        backup = backup_copy(store, folder / f"{store.path.stem}-before-{target}-{stamp}.sqlite")
    _run(store, revision)
    return backup


def _known(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except CommandError:  # alembic raises for ids it has never heard of
        return False


def _run(store: Store, revision: str) -> None:
    if isinstance(store, PgStore):
        _run_pg(store, revision)
        return
    cfg = alembic_config()
    write_engine = store.engine.execution_options(casedesk_write=True)
    with write_engine.connect() as conn:
        raw = conn.connection.driver_connection
        assert raw is not None
        raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, or it is ignored
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                cfg.attributes["encrypted"] = store.encrypted  # where 0014 keeps the chain key
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise StoreError(
                        f"upgrade of {store.path} stopped: {len(broken)} rows would point "
                        "at missing records; nothing was changed"
                    )
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _run_pg(store: PgStore, revision: str) -> None:
    cfg = alembic_config()
    with store.engine.connect() as conn, conn.begin():
        # Held to the end of the transaction: a second upgrader waits, then finds the
        # schema already at the revision and does nothing.
        conn.exec_driver_sql(f"SELECT pg_advisory_xact_lock({_UPGRADE_LOCK})")
        cfg.attributes["connection"] = conn
        cfg.attributes["encrypted"] = True  # 0014 keeps the chain key in the database
        command.upgrade(cfg, revision)
        if inspect(conn).has_table("team_member"):
            # A table a revision added (hearings, say) belongs to nobody and has no
            # policy yet: staff could not use it at all. The team's ownership, grants and
            # row-level rules are laid over it in the same transaction, as `team init`
            # would (safe to run again over the tables it already secured).
            from casedesk.storage import team_roles  # noqa: PLC0415 - team stores only

            team_roles.install(conn)
