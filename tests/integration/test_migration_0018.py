"""Revision 0018: legal-status entries, whereabouts events, notes, contacts and settings
already in a store are sealed by one entry when it is upgraded, so the upgraded store
passes `check` and any of them edited afterwards in the file is named; a plain store
whose key file is elsewhere still opens (the trail cannot be extended; `check` says why)."""

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.storage import audit_chain, migrate
from casedesk.storage.engine import SqliteStore, make_engine
from tests.integration.test_migrations import CLIENT_SQL

HISTORY_SQL = (
    "INSERT INTO status_entry (client_id, status, date, date_key, source, confidence, note,"
    " version, created_at) VALUES (1, 'pending_asylum', '2024-01', 20240100, '', 'reported',"
    " '', 1, '2025-01-01 00:00:00')",
    "INSERT INTO custody_event (client_id, kind, date, date_key, place, source, confidence,"
    " note, version, created_at) VALUES (1, 'detained', '2024-02-03', 20240203, 'Krome', '',"
    " 'reported', '', 1, '2025-01-01 00:00:00')",
    "INSERT INTO note (client_id, body, private, author, version, created_at)"
    " VALUES (1, 'Called on Monday', 1, 'paralegal', 1, '2025-01-01 00:00:00')",
    "INSERT INTO contact (client_id, name, kind, relationship, phone, email, address, note,"
    " version, created_at) VALUES (1, 'Marta', 'family', 'sister', '555 0100', '', '', '', 1,"
    " '2025-01-01 00:00:00')",
    "INSERT INTO setting (key, value) VALUES ('backups_keep', '7')",
)


@pytest.fixture(autouse=True)
def _own_key_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASEDESK_AUDIT_KEYS", str(tmp_path / "keys"))


def _store_at_0015(path: Path) -> None:
    """A store as revision 0015 left it: clients sealed, their history not."""
    store = SqliteStore(path, make_engine(path))
    migrate.upgrade(store, revision="0015")
    with store.engine.begin() as conn:
        conn.exec_driver_sql(CLIENT_SQL)
        conn.exec_driver_sql(
            "INSERT INTO client_fts(rowid, names, ids, notes) VALUES (1, 'Andry', '', '')"
        )
        for sql in HISTORY_SQL:
            conn.exec_driver_sql(sql)
        # What 0014 did for the tables sealed then: one seal entry over them.
        audit_chain.rechain_legacy(
            conn, encrypted=False, now=datetime(2025, 1, 2, tzinfo=UTC).isoformat()
        )
    store.close()


def _raw(path: Path, sql: str) -> None:
    conn = sqlite3.connect(path)
    try:
        conn.execute(sql)
        conn.commit()
    finally:
        conn.close()


def test_existing_history_and_settings_are_sealed_on_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _store_at_0015(path)
    services = open_services(path)
    try:
        assert migrate.current_revision(services.ctx.store) == "0018"
        assert services.maintenance.check().problems == []
        seal = services.audit.history(limit=1)[0]
        assert seal.action == "seal"
        assert "status_entry" in seal.after["reason"]
        assert services.settings.backups_keep() == 7
    finally:
        services.close()
    with sqlite3.connect(path) as conn:
        records = json.loads(
            conn.execute("SELECT records FROM audit_entry ORDER BY id DESC LIMIT 1").fetchone()[0]
        )
    conn.close()
    assert sorted(records) == ["contact", "custody_event", "note", "setting", "status_entry"]
    assert list(records["setting"]) == ["backups_keep"]
    _raw(path, "UPDATE contact SET phone = '555 0666' WHERE id = 1")
    _raw(path, "UPDATE setting SET value = '365' WHERE key = 'backups_keep'")
    again = open_services(path)
    try:
        assert again.maintenance.check().problems == [
            "contact 1 was changed without an audit entry",
            "setting backups_keep was changed without an audit entry",
        ]
    finally:
        again.close()


def test_an_empty_store_gets_no_seal_entry(tmp_path: Path) -> None:
    services = open_services(tmp_path / "new.sqlite")
    try:
        assert services.audit.history(limit=5) == []
    finally:
        services.close()


def test_a_plain_store_without_its_key_file_still_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "moved.sqlite"
    _store_at_0015(path)
    for key in (tmp_path / "keys").iterdir():
        key.unlink()  # the store was copied to a computer without its key file
    services = open_services(path)
    try:
        assert migrate.current_revision(services.ctx.store) == "0018"
        problems = services.maintenance.check().problems
        assert len(problems) == 1
        assert problems[0].startswith("the audit trail cannot be verified: its key file")
    finally:
        services.close()
