"""Stores made by every earlier schema revision upgrade to head with their data intact,
a backup written first, and a schema identical to what the tables declare."""

import sqlite3
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from casedesk.app import open_services
from casedesk.storage import migrate, schema
from casedesk.storage.engine import SqliteStore, make_engine
from casedesk.storage.tables import metadata

REVISIONS = [
    r.revision
    for r in reversed(list(ScriptDirectory.from_config(migrate.alembic_config()).walk_revisions()))
]
CLIENT_SQL = (
    "INSERT INTO client(given, surname, second_surname, description, sort_key, match_key, a_number,"
    " languages, tags, archived, version, created_at, updated_at, current_status, whereabouts_place)"
    " VALUES ('Andry José', 'Hernández', 'Romero', '', 'hernandez romero andry jose',"
    " 'hernandez romero andry jose', '123456789', '', '', 0, 1, '2025-01-01 00:00:00',"
    " '2025-01-01 00:00:00', 'pending_asylum', '')"
)


def _not_fts(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("client_fts"))


def _store(path: Path) -> SqliteStore:
    return SqliteStore(path, make_engine(path))


def test_there_is_more_than_one_revision_to_upgrade_from() -> None:
    assert REVISIONS[0] == "0001"
    assert len(REVISIONS) >= 2


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrade_from_each_revision_keeps_data_and_backs_up(tmp_path: Path, revision: str) -> None:
    path = tmp_path / "old.sqlite"
    store = _store(path)
    migrate.upgrade(store, revision=revision)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(CLIENT_SQL)
        conn.exec_driver_sql(
            "INSERT INTO client_fts(rowid, names, ids, notes)"
            " VALUES (1, 'Andry José Hernández Romero', '123456789 A123456789', '')"
        )
    store.close()

    services = open_services(path)  # what a user does: open the old store
    try:
        assert migrate.current_revision(services.ctx.store) == REVISIONS[-1]
        detail = services.clients.get(1)
        assert detail.display_name == "Hernández Romero, Andry José"
        assert detail.a_number == "123456789"
        assert [h.id for h in services.search.clients("hernandez")] == [1]
        with services.ctx.store.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _not_fts})
            assert compare_metadata(context, metadata) == []
    finally:
        services.close()

    backups = list((tmp_path / "backups").glob(f"old-before-{REVISIONS[-1]}-*.sqlite"))
    assert len(backups) == 1
    with sqlite3.connect(backups[0]) as old:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == (revision,)
        assert old.execute("SELECT surname FROM client").fetchall() == [("Hernández",)]


def test_opening_a_current_store_writes_no_backup(tmp_path: Path) -> None:
    open_services(tmp_path / "s.sqlite").close()
    open_services(tmp_path / "s.sqlite").close()
    assert not (tmp_path / "backups").exists()


def test_downgrade_to_base_and_back(tmp_path: Path) -> None:
    store = _store(tmp_path / "s.sqlite")
    migrate.upgrade(store)

    cfg = migrate.alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, "base")
    assert migrate.current_revision(store) is None
    migrate.upgrade(store)
    assert migrate.current_revision(store) == REVISIONS[-1]
    store.close()


def test_schema_head_constant_matches_the_newest_migration() -> None:

    assert schema.HEAD == REVISIONS[-1] == migrate.head_revision()
