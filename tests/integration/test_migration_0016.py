"""Revision 0016: a store made by 0015, with a matter and a deadline in it, upgrades on
SQLite and on PostgreSQL to one that keeps both as they were and takes hearings on
the matter; downgrading drops only the hearings."""

from pathlib import Path

from alembic import command
from sqlalchemy import Engine, text

from casedesk import paths
from casedesk.app import open_services
from casedesk.services.entry_schemas import HearingCreate
from casedesk.storage import migrate
from casedesk.storage.engine import SqliteStore, make_engine
from casedesk.storage.pg import PgStore, make_pg_engine
from casedesk.storage.schema import HEAD
from casedesk.storage.store import Store

MATTER_SQL = (
    "INSERT INTO matter(title, kind, court, docket, judge, description, archived, version,"
    " created_at, updated_at) VALUES ('Doe v. Noem', 'habeas', 'D. Md.', '8:25-cv-00003',"
    " 'Judge Roe', '', false, 1, '2025-01-01 00:00:00+00', '2025-01-01 00:00:00+00')"
)
DEADLINE_SQL = (
    "INSERT INTO deadline(title, due_at, due_utc, matter_id, done, note, version, created_at,"
    " due_zone, due_rule) VALUES ('Traverse', '2025-05-10T23:59-04:00',"
    " '2025-05-11T03:59:00+00:00', 1, false, '', 1, '2025-01-01 00:00:00+00',"
    " 'America/New_York', '')"
)


def _old_store(store: Store, engine: Engine) -> None:
    migrate.upgrade(store, revision="0015")
    with engine.begin() as conn:
        conn.execute(text(MATTER_SQL))
        conn.execute(text(DEADLINE_SQL))
    store.close()


def _check_upgraded(location: Path | str) -> None:
    services = open_services(location)
    try:
        assert migrate.current_revision(services.ctx.store) == HEAD  # 0016 and any after it
        (matter,) = services.matters.summaries()
        assert (matter.title, matter.judge) == ("Doe v. Noem", "Judge Roe")
        (deadline,) = services.deadlines.agenda(include_done=True)
        assert deadline.due_display.startswith("10 May 2025 23:59 EDT")
        services.hearings.add(
            HearingCreate(matter_id=1, kind="status_conference", when="2025-06-12 09:30")
        )
        (hearing,) = services.hearings.list(matter_id=1)
        assert (hearing.court_display, hearing.judge) == ("12 Jun 2025 09:30 EDT", "Judge Roe")
    finally:
        services.close()


def _downgrade_keeps_the_rest(store: Store) -> None:
    try:
        cfg = migrate.alembic_config()
        with store.engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0015")
        with store.engine.connect() as conn:
            assert conn.execute(text("SELECT title FROM matter")).scalars().all() == ["Doe v. Noem"]
            assert conn.execute(text("SELECT count(*) FROM deadline")).scalar() == 1
        assert migrate.current_revision(store) == "0015"
    finally:
        store.close()


def test_a_0015_store_file_upgrades_and_takes_hearings(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    engine = make_engine(path)
    _old_store(SqliteStore(path, engine), engine)
    _check_upgraded(path)
    _downgrade_keeps_the_rest(SqliteStore(path, make_engine(path)))


def test_a_0015_team_store_upgrades_and_takes_hearings(pg_empty_url: str) -> None:
    engine = make_pg_engine(pg_empty_url)
    _old_store(PgStore(pg_empty_url, engine, paths.data_dir() / "teams"), engine)
    _check_upgraded(pg_empty_url)
    _downgrade_keeps_the_rest(
        PgStore(pg_empty_url, make_pg_engine(pg_empty_url), paths.data_dir() / "teams")
    )
