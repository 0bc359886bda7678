"""Revision 0017: a whereabouts entry may have an unknown (NULL) date.

Upgrading keeps every dated entry as it was; downgrading gives an undated entry the year
the store first had it, so the older schema's NOT NULL holds and nothing is dropped.
"""

from pathlib import Path

from casedesk.storage import migrate
from casedesk.storage.engine import SqliteStore, make_engine
from tests.integration.test_migration_0013 import _downgrade
from tests.integration.test_migrations import CLIENT_SQL

CUSTODY_SQL = (
    "INSERT INTO custody_event(client_id, kind, date, date_key, place, country, source,"
    " confidence, note, version, created_at) VALUES (1, 'detained', {date}, {key}, 'Krome',"
    " 'US', 'family', 'reported', '', 1, '2025-06-01 10:00:00')"
)


def test_unknown_whereabouts_dates_survive_upgrade_and_downgrade(tmp_path: Path) -> None:
    store = SqliteStore(tmp_path / "s.sqlite", make_engine(tmp_path / "s.sqlite"))
    try:
        migrate.upgrade(store, revision="0015")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(CLIENT_SQL)
            conn.exec_driver_sql(CUSTODY_SQL.format(date="'2025-03-15'", key=20250315))
        migrate.upgrade(store, revision="0017")
        with store.engine.begin() as conn:
            conn.exec_driver_sql(CUSTODY_SQL.format(date="NULL", key=0))
            rows = conn.exec_driver_sql(
                "SELECT date, date_key, place FROM custody_event ORDER BY date_key, id"
            ).all()
        assert [tuple(r) for r in rows] == [(None, 0, "Krome"), ("2025-03-15", 20250315, "Krome")]
        _downgrade(store, "0015")
        with store.engine.begin() as conn:
            rows = conn.exec_driver_sql(
                "SELECT date, date_key FROM custody_event ORDER BY id"
            ).all()
        assert [tuple(r) for r in rows] == [("2025-03-15", 20250315), ("2025", 20250000)]
    finally:
        store.close()
