"""Team stores made by every earlier schema revision upgrade to head on PostgreSQL with
their data intact, a ``pg_dump`` written first, and a schema identical to what the
tables declare; every revision also downgrades and upgrades again."""

from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from casedesk import paths
from casedesk.app import open_services
from casedesk.storage import migrate
from casedesk.storage.pg import PgStore, make_pg_engine
from casedesk.storage.tables import metadata
from tests.integration.test_migrations import REVISIONS

CLIENT_SQL = (
    "INSERT INTO client(given, surname, second_surname, description, sort_key, match_key, a_number,"
    " languages, tags, archived, version, created_at, updated_at, current_status, whereabouts_place)"
    " VALUES ('Andry José', 'Hernández', 'Romero', '', 'hernandez romero andry jose',"
    " 'hernandez romero andry jose', '123456789', '', '', false, 1, '2025-01-01 00:00:00+00',"
    " '2025-01-01 00:00:00+00', 'pending_asylum', '')"
)


def _not_search(name: str | None, type_: str, _parent: object) -> bool:
    return not (type_ == "table" and name is not None and name.startswith("client_search"))


def _store(url: str) -> PgStore:
    return PgStore(url, make_pg_engine(url), paths.data_dir() / "teams")


@pytest.mark.parametrize("revision", REVISIONS[:-1])
def test_upgrade_from_each_revision_keeps_data_and_dumps_first(
    pg_empty_url: str, revision: str
) -> None:
    store = _store(pg_empty_url)
    migrate.upgrade(store, revision=revision)
    with store.engine.begin() as conn:
        conn.exec_driver_sql(CLIENT_SQL)
    store.close()

    services = open_services(pg_empty_url)  # what a user does: open the old store
    try:
        team = services.ctx.store
        assert migrate.current_revision(team) == REVISIONS[-1]
        with team.write() as session:  # the row was written behind casedesk: index it
            from casedesk.storage.search import rebuild_all  # noqa: PLC0415

            rebuild_all(session)
        detail = services.clients.get(1)
        assert detail.display_name == "Hernández Romero, Andry José"
        assert [h.id for h in services.search.clients("hernandez")] == [1]
        with team.engine.connect() as conn:
            context = MigrationContext.configure(conn, opts={"include_name": _not_search})
            assert compare_metadata(context, metadata) == []
        dumps = list(team.path.parent.glob(f"backups/*-before-{REVISIONS[-1]}-*.pgdump"))
        assert len(dumps) == 1
        assert dumps[0].stat().st_size > 0
    finally:
        services.close()


def test_every_revision_downgrades_and_upgrades_again(pg_empty_url: str) -> None:
    store = _store(pg_empty_url)
    try:
        migrate.upgrade(store)
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "base")
        assert migrate.current_revision(store) is None
        migrate.upgrade(store)
        assert migrate.current_revision(store) == REVISIONS[-1]
    finally:
        store.close()


def test_two_programs_creating_the_same_team_store_at_once(pg_empty_url: str) -> None:
    from concurrent.futures import ThreadPoolExecutor  # noqa: PLC0415

    with ThreadPoolExecutor(2) as pool:
        opened = list(pool.map(lambda _: open_services(pg_empty_url), range(2)))
    for svc in opened:
        assert migrate.current_revision(svc.ctx.store) == REVISIONS[-1]
        svc.close()


def test_home_folder_is_under_the_user_data_folder(pg_url: str) -> None:
    svc = open_services(pg_url)
    try:
        assert Path(svc.ctx.store.path).parent == paths.data_dir() / "teams"
    finally:
        svc.close()
