"""The fast bulk insert stores exactly what SQLAlchemy Core's executemany stores.

Imports write their rows through :func:`casedesk.storage.bulk.insert_many`; if a value
came out in another form (a datetime as another string, a boolean as text), the audit
chain's record digests and every reader would disagree with rows written elsewhere.
"""

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import insert, text

from casedesk.services.registry import Services
from casedesk.storage.bulk import insert_many
from casedesk.storage.tables import metadata
from tests.conftest import copy_store, make_services

NOW = datetime(2025, 3, 15, 14, 30, 5, 123456, tzinfo=UTC)


def _client(cid: int) -> dict[str, Any]:
    return {
        "id": cid,
        "given": "José",
        "surname": "Peña" if cid % 2 else "de la Cruz",
        "second_surname": "",
        "description": "",
        "sort_key": "pena jose",
        "match_key": "pena jose",
        "a_number": f"{200_000_000 + cid:09d}" if cid % 3 else None,
        "dob": "1990-03",
        "dob_key": 19900300,
        "nationality": "VE",
        "languages": "es",
        "tags": "",
        "archived": bool(cid % 5 == 0),
        "version": 1,
        "created_at": NOW,
        "updated_at": NOW,
        "current_status": "pending_asylum",
        "status_since": None,
        "whereabouts": None,
        "whereabouts_place": "Línea 1\nLínea 2",
        "whereabouts_country": None,
        "whereabouts_since": None,
        "last_contact": None,
        "last_contact_key": None,
    }


def _note(cid: int) -> dict[str, Any]:
    return {
        "client_id": cid,
        "matter_id": None,
        "body": "Observación «larga»\r\ncon saltos",
        "private": True,
        "author": "tester",
        "created_at": NOW,
    }


def _dump(svc: Services, table: str) -> list[tuple[object, ...]]:
    with svc.ctx.store.read() as session:
        return [tuple(r) for r in session.execute(text(f"SELECT * FROM {table} ORDER BY id"))]


@pytest.fixture
def two_stores(tmp_path: Path, empty_store_template: Path) -> Any:
    core = make_services(copy_store(empty_store_template, tmp_path / "core.sqlite"))
    fast = make_services(copy_store(empty_store_template, tmp_path / "fast.sqlite"))
    try:
        yield core, fast
    finally:
        core.close()
        fast.close()


def test_insert_many_stores_what_core_stores(two_stores: tuple[Services, Services]) -> None:
    core, fast = two_stores
    clients = [_client(i) for i in range(1, 31)]
    notes = [_note(i) for i in range(1, 31)]
    with core.ctx.store.write() as session:
        session.execute(insert(metadata.tables["client"]), clients)
        session.execute(insert(metadata.tables["note"]), notes)
    with fast.ctx.store.write() as session:
        insert_many(session, metadata.tables["client"], clients)
        insert_many(session, metadata.tables["note"], notes)
    for table in ("client", "note"):
        expected = _dump(core, table)
        assert len(expected) == 30
        assert _dump(fast, table) == expected
    # The typed columns really went through conversion (not stored as Python's repr).
    archived, created = _dump(fast, "client")[4][13], _dump(fast, "client")[4][15]
    assert archived == 1
    assert created == "2025-03-15 14:30:05.123456"


def test_insert_many_of_nothing_writes_nothing(two_stores: tuple[Services, Services]) -> None:
    _core, fast = two_stores
    with fast.ctx.store.write() as session:
        insert_many(session, metadata.tables["client"], [])
    assert _dump(fast, "client") == []
