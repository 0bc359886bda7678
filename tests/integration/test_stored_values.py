"""An edited whole-store export is refused on import, naming table, row and column;
and `check` validates every stored value against the domain types, so values that
break exports and listings are found even when they got in by editing the file."""

import json
import sqlite3
from pathlib import Path

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, StatusCreate
from tests.conftest import dump_store


@pytest.fixture
def exported(services: Services, tmp_path: Path) -> Path:
    services.clients.add(ClientCreate(given="Ana", surname="Quispe", a_number="A123456789"))
    services.clients.add_status(1, StatusCreate(status="pending_asylum", date="2024-03"))
    out = tmp_path / "store.json"
    services.exports.store_json(out)
    return out


def _edit(path: Path, table: str, column: str, value: object) -> Path:
    document = json.loads(path.read_text(encoding="utf-8"))
    document["tables"][table][0][column] = value
    edited = path.with_name(f"edited-{column}.json")
    edited.write_text(json.dumps(document), encoding="utf-8")
    return edited


@pytest.mark.parametrize(
    ("table", "column", "value", "reason"),
    [
        ("client", "a_number", "ABCDEFGHI", "an A-Number is stored as 9 digits"),
        ("client", "dob", "2025-02-30", "2025-02-30"),
        ("client", "current_status", "not_a_status", "is not one of the known values"),
        ("client", "surname", "Qui\x00spe\u202e", "control or invisible characters"),
        ("status_entry", "status", "not_a_status", "is not one of the known values"),
    ],
)
def test_an_edited_export_is_refused_naming_the_value(
    exported: Path, tmp_path: Path, table: str, column: str, value: object, reason: str
) -> None:
    target = open_services(tmp_path / "new.sqlite")
    try:
        before = dump_store(target.ctx.store.path)
        with pytest.raises(ValidationError) as refused:
            target.imports.run(_edit(exported, table, column, value))
        message = str(refused.value)
        assert f"table {table}, row 1, column {column}" in message
        assert reason in message
        assert dump_store(target.ctx.store.path) == before
    finally:
        target.close()


def test_an_edit_that_passes_the_domain_rules_is_still_found_by_the_audit_trail(
    exported: Path, tmp_path: Path
) -> None:
    target = open_services(tmp_path / "new.sqlite")
    try:
        with pytest.raises(ValidationError, match=r"edited after it was made \(client 1 was "):
            target.imports.run(_edit(exported, "client", "given", "Otra"))
    finally:
        target.close()


# The values are planted by editing the store file itself, past casedesk.
@pytest.mark.parametrize("store_kind", ["sqlite"])
def test_check_finds_stored_values_the_domain_refuses(services: Services) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Quispe"))
    services.close()
    conn = sqlite3.connect(services.ctx.store.path)
    try:
        conn.execute("UPDATE client SET dob = '2025-02-30', current_status = 'nope'")
        conn.commit()
    finally:
        conn.close()
    again = open_services(services.ctx.store.path)
    try:
        problems = again.maintenance.check().problems
    finally:
        again.close()
    assert "client 1, dob: 2025-02-30: February 2025 has 28 days" in problems
    assert any(p.startswith("client 1, current_status: 'nope' is not one of") for p in problems)
