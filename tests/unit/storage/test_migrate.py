"""Schema upgrades: a store made by an older casedesk keeps its data and gets a backup
written first; current stores are opened without one; stores we cannot understand
(newer, foreign, not SQLite) are refused with StoreError and left as they were."""

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import inspect, text
from sqlmodel import Session

from casedesk.app import open_store
from casedesk.domain.enums import AuditAction
from casedesk.domain.errors import StoreError
from casedesk.services import audit
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    CustodyCreate,
    MatterCreate,
    OrderCreate,
    StatusCreate,
)
from casedesk.storage import audit_chain, migrate
from casedesk.storage.engine import SqliteStore, make_engine
from tests.conftest import ZONE, dump_store, fixed_clock


@pytest.fixture
def services(sqlite_services: Services) -> Services:
    """These tests are about the SQLite engine (pragmas, BEGIN IMMEDIATE, the file);
    the team store's are in tests/integration/test_migrations_pg.py and test_team_*."""
    return sqlite_services


BASE = "0001"
DATA_TABLES = (
    "client",
    "status_entry",
    "custody_event",
    "alias",
    "note",
    "matter",
    "matter_party",
    "court_order",
    "obligation",
    "obligation_client",
    "audit_entry",
    "client_fts",
)


def raw_store(path: Path) -> SqliteStore:
    return SqliteStore(path, make_engine(path))


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
    finally:
        conn.close()


def revision_of(path: Path) -> str:
    conn = sqlite3.connect(path)
    try:
        return str(conn.execute("SELECT version_num FROM alembic_version").fetchone()[0])
    finally:
        conn.close()


def _legacy_record(
    session: Session,
    ctx: ServiceContext,
    action: AuditAction,
    entity: str,
    entity_id: int | None,
    *,
    before: dict[str, Any] | None = None,
    after: dict[str, Any] | None = None,
    client_id: int | None = None,
    **_ignored: object,
) -> None:
    """An audit entry as revisions before 0014 wrote it (unkeyed chain, no key table)."""
    session.flush()
    prev = session.execute(
        text("SELECT hash FROM audit_entry ORDER BY id DESC LIMIT 1")
    ).scalar_one_or_none()
    entry = {
        "at": ctx.now().isoformat(timespec="microseconds"),
        "actor": ctx.actor,
        "action": action.value,
        "entity": entity,
        "entity_id": entity_id,
        "client_id": client_id,
        "before": audit_chain.canonical(before) if before else "",
        "after": audit_chain.canonical(after) if after else "",
    }
    prev_hash = prev or audit_chain.GENESIS
    entry["prev_hash"] = prev_hash
    entry["hash"] = audit_chain._legacy_hash(prev_hash, entry)
    session.execute(
        text(
            "INSERT INTO audit_entry (at, actor, action, entity, entity_id, client_id, before,"
            " after, prev_hash, hash) VALUES (:at, :actor, :action, :entity, :entity_id,"
            " :client_id, :before, :after, :prev_hash, :hash)"
        ),
        entry,
    )


#: Tables that get a version column in revision 0011 (used by ``fill``).
VERSIONED = ("alias", "status_entry", "custody_event", "note", "matter_party", "order_status_entry")


def fill(store: SqliteStore, monkeypatch: pytest.MonkeyPatch) -> None:
    # Today's services write through today's audit chain and columns: write the trail
    # the way the base revision did.
    monkeypatch.setattr(audit, "record", _legacy_record)
    # Today's tables also have revision 0011's version columns: lend them for the fill.
    with store.engine.begin() as conn:
        for table in VERSIONED:
            conn.exec_driver_sql(
                f"ALTER TABLE {table} ADD COLUMN version INTEGER NOT NULL DEFAULT 1"
            )
    svc = Services.create(ServiceContext(store, actor="tester", clock=fixed_clock, zone=ZONE))
    svc.clients.add(ClientCreate(given="José", surname="Hernández", a_number="A123456789"))
    svc.clients.add(ClientCreate(given="Ana", surname="Pérez", nationality="VE"))
    svc.clients.add_status(1, StatusCreate(status="final_order", date="2025-02"))
    svc.clients.add_custody(1, CustodyCreate(kind="removed", date="2025-03-16", place="CECOT"))
    svc.clients.add_alias(1, "Jose", "Hernandes")
    svc.clients.add_note(2, "Called the consulate.")
    svc.matters.add(
        MatterCreate(title="J.G.G.", kind="class_action", court="D.D.C.", docket="1:25-cv-00766")
    )
    svc.matters.link(1, 1, "class_member")
    svc.orders.add(OrderCreate(matter_id=1, kind="tro", title="TRO", issued="2025-03-15"))
    # Written as that revision stored it (a fixed offset, no zone): today's services
    # write columns the base revision does not have.
    with store.engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO obligation(order_id, text, due_at, due_utc, created_at) VALUES "
            "(1, 'Return', '2025-04-01T23:59-04:00', '2025-04-02T03:59:00+00:00', "
            "'2025-03-15 00:00:00')"
        )
        conn.exec_driver_sql("INSERT INTO obligation_client VALUES (1, 1)")
        for table in VERSIONED:
            conn.exec_driver_sql(f"ALTER TABLE {table} DROP COLUMN version")
    monkeypatch.undo()


def test_there_is_more_than_one_revision_to_upgrade_through() -> None:
    assert migrate.head_revision() != BASE


def test_upgrade_from_the_base_revision_keeps_rows_and_backs_up_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "store.sqlite"
    store = raw_store(path)
    try:
        assert migrate.upgrade(store, revision=BASE) is None  # new store: nothing to back up
        assert migrate.current_revision(store) == BASE
        fill(store, monkeypatch)
    finally:
        store.close()
    before = {table: rows(path, table) for table in DATA_TABLES}
    assert all(before[table] for table in ("client", "obligation_client", "audit_entry"))

    store = raw_store(path)
    try:
        backup = migrate.upgrade(store)
        assert migrate.current_revision(store) == migrate.head_revision()
    finally:
        store.close()

    assert backup is not None
    assert backup.parent == tmp_path / "backups"
    assert f"before-{migrate.head_revision()}" in backup.name
    # The backup holds the store as it was before the upgrade.
    assert revision_of(backup) == BASE
    assert {table: rows(backup, table) for table in DATA_TABLES} == before
    # The upgraded store kept every row, children included (no cascade on table copies).
    # (Columns later revisions add come after the old ones; revision 0014 re-chains the
    # audit trail under a key and appends a seal, so entries keep their values only.)
    after = {table: rows(path, table) for table in DATA_TABLES}
    kept = {
        table: [row[: len(before[table][0])] if before[table] else row for row in found]
        for table, found in after.items()
    }
    values = slice(0, 9)  # id, at, actor, action, entity, entity_id, client_id, before, after
    old_trail = before.pop("audit_entry")
    new_trail = kept.pop("audit_entry")
    assert [r[values] for r in new_trail[: len(old_trail)]] == [r[values] for r in old_trail]
    assert kept == before
    assert revision_of(path) == migrate.head_revision()

    svc = Services.create(
        ServiceContext(open_store(path), actor="tester", clock=fixed_clock, zone=ZONE)
    )
    try:
        report = svc.maintenance.check()
        assert report.ok, report.problems
        assert report.schema == migrate.head_revision()
        assert [h.id for h in svc.search.clients("hernandes")] == [1]
        obligation = svc.clients.get(1).obligations[0]
        assert obligation.text == "Return"
        # Revision 0012: the court's zone, the same instant, nothing shifted.
        order = svc.orders.get(1).obligations[0]
        assert (order.due_zone, order.due_utc) == ("America/New_York", "2025-04-02T03:59:00+00:00")
        assert order.due_display.startswith("1 Apr 2025 23:59 EDT")
    finally:
        svc.close()


def test_backup_folder_can_be_chosen(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    store = raw_store(path)
    try:
        migrate.upgrade(store, revision=BASE)
        backup = migrate.upgrade(store, backup_dir=tmp_path / "elsewhere")
    finally:
        store.close()
    assert backup is not None
    assert backup.parent == tmp_path / "elsewhere"
    assert backup.exists()
    assert not (tmp_path / "backups").exists()


def test_empty_database_file_upgrades_to_head_without_backup(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    sqlite3.connect(path).close()  # an empty SQLite file, as some tools leave behind
    store = raw_store(path)
    try:
        assert migrate.upgrade(store) is None
        assert migrate.current_revision(store) == migrate.head_revision()
        assert {"client", "audit_entry", "client_fts"} <= set(
            inspect(store.engine).get_table_names()
        )
    finally:
        store.close()
    assert not (tmp_path / "backups").exists()


def test_opening_a_current_store_writes_no_backup_and_changes_nothing(
    services: Services,
) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    path = services.ctx.store.path
    services.close()
    before = dump_store(path)
    for _ in range(2):
        store = open_store(path)
        try:
            assert migrate.upgrade(store) is None
        finally:
            store.close()
    assert not (path.parent / "backups").exists()
    assert dump_store(path) == before


def test_store_from_a_newer_casedesk_is_refused(services: Services) -> None:
    path = services.ctx.store.path
    services.close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE alembic_version SET version_num = '0099'")
    conn.commit()
    conn.close()
    before = dump_store(path)
    with pytest.raises(StoreError, match="newer casedesk"):
        open_store(path)
    assert dump_store(path) == before
    assert not (path.parent / "backups").exists()


@pytest.fixture
def foreign_db(tmp_path: Path) -> Path:
    path = tmp_path / "accounts.db"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
    conn.execute("INSERT INTO invoices (total) VALUES (12.5)")
    conn.commit()
    conn.close()
    return path


def test_another_programs_database_is_refused(foreign_db: Path) -> None:
    with pytest.raises(StoreError, match="not a casedesk store"):
        open_store(foreign_db)
    assert rows(foreign_db, "invoices") == [(1, 12.5)]


def test_another_programs_database_is_left_byte_for_byte_unchanged(foreign_db: Path) -> None:
    """Refusing a database must not convert it (e.g. to WAL mode, which rewrites its
    header and can break the program that owns it)."""
    original = foreign_db.read_bytes()
    with pytest.raises(StoreError):
        open_store(foreign_db)
    assert foreign_db.read_bytes() == original
    assert not Path(f"{foreign_db}-wal").exists()


def test_random_bytes_are_refused_and_left_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite"
    path.write_bytes(b"\x00casedesk?" * 500)
    original = path.read_bytes()
    # Random bytes look like an encrypted store: the message says both possibilities.
    with pytest.raises(StoreError, match=r"encrypted store, give its passphrase.*not a casedesk"):
        open_store(path)
    with pytest.raises(StoreError, match=r"passphrase does not open store.sqlite"):
        open_store(path, passphrase="some passphrase")
    assert path.read_bytes() == original
