"""Revision 0014: a trail written in the old unkeyed format is re-chained under the
store's key and every existing record is sealed, so the upgraded store passes `check`;
a trail that was already altered before the upgrade still shows the alteration."""

import hashlib
import json
import sqlite3
from pathlib import Path

from casedesk.app import open_services
from casedesk.storage import migrate
from casedesk.storage.engine import SqliteStore, make_engine
from tests.integration.test_migrations import CLIENT_SQL


def _legacy_entry(prev: str, entry_id: int, given: str) -> tuple[object, ...]:
    fields = {
        "at": f"2025-01-0{entry_id}T00:00:00.000000+00:00",
        "actor": "paralegal",
        "action": "create",
        "entity": "client",
        "entity_id": 1,
        "client_id": 1,
        "before": "",
        "after": json.dumps({"given": given}, separators=(",", ":")),
    }
    body = json.dumps(fields, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    digest = hashlib.sha256((prev + body).encode("utf-8")).hexdigest()
    return (entry_id, *fields.values(), prev, digest)


def _old_store(path: Path, *, alter: bool = False) -> None:
    store = SqliteStore(path, make_engine(path))
    migrate.upgrade(store, revision="0003")
    store.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute(CLIENT_SQL)
        conn.execute("INSERT INTO client_fts(rowid, names, ids, notes) VALUES (1, 'Andry', '', '')")
        prev = "0" * 64
        for entry_id, given in ((1, "Andry"), (2, "Andry José"), (3, "Andry José")):
            row = _legacy_entry(prev, entry_id, given)
            conn.execute(f"INSERT INTO audit_entry VALUES ({', '.join('?' * len(row))})", row)
            prev = str(row[-1])
        if alter:
            conn.execute("UPDATE audit_entry SET actor = 'mallory' WHERE id = 2")
        conn.commit()
    finally:
        conn.close()


def test_an_old_trail_is_rechained_and_its_records_sealed(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_store(path)
    services = open_services(path)
    try:
        report = services.maintenance.check()
        assert report.problems == []
        assert report.audit_entries == 4  # three old entries and the seal
        assert services.audit.history(limit=1)[0].action == "seal"
    finally:
        services.close()
    conn = sqlite3.connect(path)
    try:
        conn.execute("UPDATE client SET surname = 'Otro'")
        conn.commit()
    finally:
        conn.close()
    services = open_services(path)
    try:
        # The old trail never recorded the surname, so the field cannot be named.
        assert services.maintenance.check().problems == [
            "client 1 was changed without an audit entry"
        ]
    finally:
        services.close()


def test_an_old_trail_altered_before_the_upgrade_still_shows_it(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    _old_store(path, alter=True)
    services = open_services(path)
    try:
        report = services.maintenance.check()
        assert report.audit_broken_at == 2
    finally:
        services.close()
