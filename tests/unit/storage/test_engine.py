"""The engine: pragmas on every connection, BEGIN IMMEDIATE for writes, a second writer
waits for the first, and driver errors become messages a person can act on."""

import sqlite3
import threading
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event, text
from sqlalchemy.exc import OperationalError
from sqlmodel import select

from casedesk.domain.errors import StoreError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.storage import engine as engine_module
from casedesk.storage.engine import SqliteStore, make_engine, translate_db_error
from casedesk.storage.tables import Client


@pytest.fixture
def services(sqlite_services: Services) -> Services:
    """These tests are about the SQLite engine (pragmas, BEGIN IMMEDIATE, the file);
    the team store's are in tests/integration/test_migrations_pg.py and test_team_*."""
    return sqlite_services


def test_pragmas_read_back(services: Services) -> None:
    store = services.ctx.store
    assert str(store.pragma("journal_mode")).lower() == "wal"
    assert store.pragma("synchronous") == 2  # FULL
    assert store.pragma("foreign_keys") == 1
    busy = store.pragma("busy_timeout")
    assert isinstance(busy, int)
    assert busy > 0


def test_every_pooled_connection_gets_the_pragmas(services: Services) -> None:
    engine = services.ctx.store.engine
    with engine.connect() as first, engine.connect() as second:
        for conn in (first, second):
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
            assert (conn.exec_driver_sql("PRAGMA busy_timeout").scalar() or 0) > 0


@pytest.fixture
def statements(services: Services) -> list[str]:
    seen: list[str] = []

    def capture(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        seen.append(statement.strip().upper())

    event.listen(services.ctx.store.engine, "before_cursor_execute", capture)
    return seen


def test_write_sessions_begin_immediate(services: Services, statements: list[str]) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    assert statements[0] == "BEGIN IMMEDIATE"
    assert statements.count("BEGIN IMMEDIATE") == 1
    statements.clear()
    with services.ctx.store.write() as session:
        session.execute(text("SELECT 1"))
    assert statements[0] == "BEGIN IMMEDIATE"


def test_read_sessions_begin_deferred(services: Services, statements: list[str]) -> None:
    services.clients.list()
    assert statements[0] == "BEGIN"
    assert "BEGIN IMMEDIATE" not in statements


def _add_in_a_failing_write(services: Services) -> None:
    now = services.ctx.now()
    with services.ctx.store.write() as session:
        session.add(
            Client(
                given="Ana",
                surname="Pérez",
                second_surname="",
                description="",
                sort_key="perez ana",
                match_key="perez ana",
                languages="",
                tags="",
                created_at=now,
                updated_at=now,
            )
        )
        session.flush()
        raise RuntimeError("boom")


def test_write_session_rolls_back_on_error(services: Services) -> None:
    with pytest.raises(RuntimeError, match="boom"):
        _add_in_a_failing_write(services)
    with services.ctx.store.read() as session:
        assert session.exec(select(Client)).all() == []


def test_a_second_writer_waits_for_the_first(services: Services) -> None:
    """A write while another program holds the write lock waits (busy timeout) and then
    succeeds, instead of failing with 'database is locked'. No clock: the lock is let go
    once the writer is about to begin its write transaction."""
    holder = sqlite3.connect(services.ctx.store.path, isolation_level=None, check_same_thread=False)
    attempting = threading.Event()

    def about_to_write(conn: Any) -> None:  # before casedesk's own BEGIN IMMEDIATE (insert)
        if conn.get_execution_options().get("casedesk_write"):
            attempting.set()

    event.listen(services.ctx.store._write_engine, "begin", about_to_write, insert=True)

    def release() -> None:
        assert attempting.wait(120)
        holder.execute("COMMIT")

    try:
        holder.execute("BEGIN IMMEDIATE")
        holder.execute("CREATE TABLE scratch (x)")
        releaser = threading.Thread(target=release)
        releaser.start()
        services.clients.add(ClientCreate(given="Ana", surname="Pérez"))  # no "locked" error
        releaser.join()
    finally:
        holder.close()
    assert attempting.is_set()
    assert [r.display_name for r in services.clients.list().rows] == ["Pérez, Ana"]


def test_missing_folders_are_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "store.sqlite"
    store = SqliteStore(path, make_engine(path))
    try:
        assert store.pragma("journal_mode") == "wal"
    finally:
        store.close()
    assert path.exists()


def test_network_drive_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(engine_module, "_filesystem_type", lambda _path: "nfs4")
    with pytest.raises(StoreError, match="network drive"):
        make_engine(tmp_path / "store.sqlite")
    assert not (tmp_path / "store.sqlite").exists()


def test_filesystem_type_is_read_from_the_mount_table() -> None:
    if not Path("/proc/mounts").exists():
        pytest.skip("needs /proc/mounts (Linux)")
    assert engine_module._filesystem_type(Path("/proc/self")) == "proc"


@pytest.mark.parametrize(
    ("driver_message", "expected"),
    [
        ("database is locked", "busy"),
        ("file is not a database", "damaged or is not a casedesk store"),
        ("database disk image is malformed", "damaged"),
        ("database or disk is full", "disk is full"),
        ("disk I/O error", "failing"),
        ("attempt to write a readonly database", "read-only"),
        ("unable to open database file", "cannot open"),
        ("something else entirely", "something else entirely"),
    ],
)
def test_driver_errors_become_store_errors_with_advice(driver_message: str, expected: str) -> None:
    exc = OperationalError("SELECT 1", {}, sqlite3.OperationalError(driver_message))
    error = translate_db_error(exc, Path("/data/store.sqlite"))
    assert isinstance(error, StoreError)
    assert expected in str(error)
    assert "/data/store.sqlite" in str(error)
