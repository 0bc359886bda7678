"""Revision 0013: a legal-status entry may have an unknown (NULL) date.

Upgrading keeps every dated entry as it was; downgrading gives an undated entry the year
the store first had it, so the older schema's NOT NULL holds and nothing is dropped.
"""

from pathlib import Path

from alembic import command

from casedesk.storage import migrate
from casedesk.storage.engine import SqliteStore, make_engine
from tests.integration.test_migrations import CLIENT_SQL

STATUS_SQL = (
    "INSERT INTO status_entry(client_id, status, date, date_key, country, source, confidence,"
    " note, created_at) VALUES (1, 'pending_asylum', {date}, {key}, NULL, 'family',"
    " 'reported', '', '2025-06-01 10:00:00')"
)


def _downgrade(store: SqliteStore, revision: str) -> None:
    cfg = migrate.alembic_config()
    with store.engine.begin() as conn:
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def test_unknown_status_dates_survive_upgrade_and_downgrade(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite", make_engine(tmp_path / "s.sqlite"))
    try:
        migrate.upgrade(store, revision="0014")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(CLIENT_SQL)
            conn.exec_driver_sql(STATUS_SQL.format(date="'2024-01'", key=20240100))
        migrate.upgrade(store, revision="0013")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(STATUS_SQL.format(date="NULL", key=0))
            rows = conn.exec_driver_sql(
                "SELECT date, date_key FROM status_entry ORDER BY date_key, id"
            ).all()
        assert [tuple(r) for r in rows] == [(None, 0), ("2024-01", 20240100)]
        _downgrade(store, "0014")
        with store.engine.begin() as conn:
            rows = conn.exec_driver_sql("SELECT date, date_key FROM status_entry ORDER BY id").all()
        assert [tuple(r) for r in rows] == [("2024-01", 20240100), ("2025", 20250000)]
    finally:
        store.close()
