"""The audit trail: one entry per change, with who, when, before and after, hash-chained
so that editing or deleting any row outside the application is detected by `check`."""

import itertools
import json
from collections.abc import Callable
from typing import Any

import pytest
from sqlmodel import col, select

from casedesk.domain.errors import ConflictError, NotFoundError, ValidationError
from casedesk.services import audit
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ClientUpdate,
    ComplianceSet,
    CustodyCreate,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
    StatusCreate,
)
from casedesk.storage import audit_chain as chain
from casedesk.storage.tables import AuditEntry
from tests.conftest import FIXED_NOW, snapshot


def entries(svc: Services) -> list[AuditEntry]:
    """Detached copies of every entry, oldest first."""
    with svc.ctx.store.read() as session:
        rows = session.exec(select(AuditEntry).order_by(col(AuditEntry.id))).all()
        return [AuditEntry(**row.model_dump()) for row in rows]


def loads(value: str) -> dict[str, Any] | None:
    return json.loads(value) if value else None


def contains(actual: dict[str, Any] | None, expected: dict[str, Any] | None) -> bool:
    if expected is None:
        return actual is None
    return actual is not None and all(actual.get(k) == v for k, v in expected.items())


Step = tuple[
    str, Callable[[Services], object], str, str, dict[str, Any] | None, dict[str, Any] | None
]

STEPS: list[Step] = [
    ("add client",
     lambda s: s.clients.add(ClientCreate(given="Ana", surname="Pérez", a_number="A123456789")),
     "create", "client", None, {"given": "Ana", "surname": "Pérez", "a_number": "123456789"}),
    ("update client", lambda s: s.clients.update(1, ClientUpdate(given="Ana María")),
     "update", "client", {"given": "Ana"}, {"given": "Ana María"}),
    ("archive", lambda s: s.clients.set_archived(1, True),
     "archive", "client", {"archived": False}, {"archived": True}),
    ("restore", lambda s: s.clients.set_archived(1, False),
     "restore", "client", {"archived": True}, {"archived": False}),
    ("status", lambda s: s.clients.add_status(1, StatusCreate(status="tps", date="2024-03")),
     "create", "status_entry", None, {"status": "tps", "date": "2024-03"}),
    ("custody",
     lambda s: s.clients.add_custody(1, CustodyCreate(kind="detained", date="2025-03-01")),
     "create", "custody_event", None, {"kind": "detained", "date": "2025-03-01"}),
    ("alias", lambda s: s.clients.add_alias(1, "Anna", "Peres"),
     "create", "alias", None, {"given": "Anna", "surname": "Peres"}),
    ("note", lambda s: s.clients.add_note(1, "Called her sister."),
     "create", "note", None, {"body": "Called her sister."}),
    ("matter",
     lambda s: s.matters.add(MatterCreate(title="J.G.G. v. Trump", kind="class_action",
                                          court="D.D.C.", docket="1:25-cv-00766")),
     "create", "matter", None, {"court": "D.D.C.", "docket": "1:25-cv-00766"}),
    ("link", lambda s: s.matters.link(1, 1, "petitioner"),
     "create", "matter_party", None, {"client_id": 1, "matter_id": 1, "role": "petitioner"}),
    ("relink", lambda s: s.matters.link(1, 1, "class_member"),
     "update", "matter_party", {"role": "petitioner"}, {"role": "class_member"}),
    ("order",
     lambda s: s.orders.add(OrderCreate(matter_id=1, kind="tro", title="TRO",
                                        issued="2025-03-15T18:45-04:00")),
     "create", "court_order", None, {"kind": "tro", "status": "in_force"}),
    ("order status", lambda s: s.orders.set_status(1, "stayed", "2025-04-07"),
     "update", "court_order", {"status": "in_force"}, {"status": "stayed"}),
    ("obligation",
     lambda s: s.orders.add_obligation(ObligationCreate(order_id=1, text="Return",
                                                        due="2025-04-30", client_ids=(1,))),
     "create", "obligation", None, {"order_id": 1, "client_ids": [1]}),
    ("compliance",
     lambda s: s.orders.set_compliance(ComplianceSet(obligation_id=1, client_id=1,
                                                     status="partial")),
     "update", "compliance", None, {"status": "partial", "obligation_id": 1}),
    ("compliance again",
     lambda s: s.orders.set_compliance(ComplianceSet(obligation_id=1, client_id=1,
                                                     status="complied", evidence="ECF 28")),
     "update", "compliance", {"status": "partial"}, {"status": "complied", "evidence": "ECF 28"}),
    ("unlink", lambda s: s.matters.unlink(1, 1),
     "delete", "matter_party", {"role": "class_member"}, None),
]  # fmt: skip


def test_every_mutation_writes_one_entry_with_before_and_after(services: Services) -> None:
    for name, step, action, entity, before, after in STEPS:
        count = len(entries(services))
        step(services)
        rows = entries(services)
        assert len(rows) == count + 1, name
        last = rows[-1]
        assert (last.action, last.entity) == (action, entity), name
        assert contains(loads(last.before), before), (name, last.before)
        assert contains(loads(last.after), after), (name, last.after)
        assert last.actor == "tester"
        assert last.at == FIXED_NOW.isoformat(timespec="microseconds")
    report = services.maintenance.check()
    assert report.ok, report.problems
    assert report.audit_entries == len(STEPS)
    assert report.audit_last_hash == entries(services)[-1].hash


def test_client_entries_are_linked_to_the_client(services: Services) -> None:
    for _, step, *_rest in STEPS[:8]:
        step(services)
    assert {e.client_id for e in entries(services)} == {1}


def test_update_records_only_the_fields_that_changed(services: Services) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez", nationality="VE"))
    services.clients.update(1, ClientUpdate(surname="Pérez", nationality="Honduras"))
    last = entries(services)[-1]
    assert loads(last.before) == {"nationality": "VE"}
    assert loads(last.after) == {"nationality": "HN"}


def test_no_op_changes_write_no_entry(services: Services) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez"))
    count = len(entries(services))
    assert not services.clients.update(1, ClientUpdate(given="Ana")).clients
    assert not services.clients.set_archived(1, False).clients
    assert len(entries(services)) == count


@pytest.mark.parametrize(
    ("attempt", "error"),
    [
        (lambda s: s.clients.add(ClientCreate(given="Eva", surname="Ruiz", a_number="1")),
         ValidationError),
        (lambda s: s.clients.add(ClientCreate(given="Eva", surname="Ruiz", a_number="A123456789")),
         ValidationError),
        (lambda s: s.clients.update(1, ClientUpdate(given="Eve", dob="2025-02-30")),
         ValidationError),
        (lambda s: s.clients.update(1, ClientUpdate(given="Eve"), expected_version=99),
         ConflictError),
        (lambda s: s.clients.add_status(1, StatusCreate(status="cat_protection", date="2025")),
         ValidationError),
        (lambda s: s.clients.add_status(42, StatusCreate(status="tps", date="2025")),
         NotFoundError),
        (lambda s: s.matters.link(1, 42, "petitioner"), NotFoundError),
    ],
)  # fmt: skip
def test_refused_changes_write_nothing(
    services: Services,
    attempt: Callable[[Services], object],
    error: type[Exception],
) -> None:
    services.clients.add(ClientCreate(given="Ana", surname="Pérez", a_number="A123456789"))
    services.clients.add(ClientCreate(given="Luis", surname="Soto", a_number="A987654321"))
    before = snapshot(services)
    with pytest.raises(error):
        attempt(services)
    assert snapshot(services) == before


def _tamper(svc: Services, sql: str, *params: object) -> None:
    """Change the audit table behind casedesk's back (as any other program could)."""
    from sqlalchemy import text  # noqa: PLC0415

    for n in range(len(params)):
        sql = sql.replace("?", f":p{n}", 1)
    with svc.ctx.store.write() as session:
        session.execute(text(sql), {f"p{n}": p for n, p in enumerate(params)})


@pytest.fixture
def five_entries(services: Services) -> Services:
    for given in ("Ana", "Luis", "Eva", "Zoe"):
        services.clients.add(ClientCreate(given=given, surname="Pérez"))
    services.clients.update(1, ClientUpdate(given="Ana María"))
    report = services.maintenance.check()
    assert report.ok
    assert report.audit_entries == 5
    return services


def test_editing_one_entry_is_detected(five_entries: Services) -> None:
    _tamper(
        five_entries, "UPDATE audit_entry SET after = replace(after, 'Eva', 'Eve') WHERE id = 3"
    )
    report = five_entries.maintenance.check()
    assert not report.ok
    assert report.audit_broken_at == 3
    assert any("audit trail altered at or before entry 3" in p for p in report.problems)


def test_editing_the_last_entry_is_detected(five_entries: Services) -> None:
    _tamper(five_entries, "UPDATE audit_entry SET actor = 'mallory' WHERE id = 5")
    assert five_entries.maintenance.check().audit_broken_at == 5


def test_deleting_an_entry_is_detected(five_entries: Services) -> None:
    _tamper(five_entries, "DELETE FROM audit_entry WHERE id = 2")
    report = five_entries.maintenance.check()
    assert not report.ok
    assert report.audit_broken_at == 3


def test_rehashing_an_edited_entry_without_the_key_is_detected_at_that_entry(
    five_entries: Services,
) -> None:
    entry = entries(five_entries)[1].model_dump()
    entry["actor"] = "mallory"
    forged = chain.entry_mac(b"a guessed key", entry["prev_hash"], entry)
    _tamper(five_entries, "UPDATE audit_entry SET actor = 'mallory', hash = ? WHERE id = 2", forged)
    report = five_entries.maintenance.check()
    assert report.audit_broken_at == 2
    assert any("changed or renumbered" in p for p in report.problems)


def test_new_entries_chain_on_from_the_last_hash(five_entries: Services) -> None:
    five_entries.clients.add(ClientCreate(given="Nuevo", surname="Cliente"))
    rows = entries(five_entries)
    assert rows[0].prev_hash == audit.GENESIS
    for previous, entry in itertools.pairwise(rows):
        assert entry.prev_hash == previous.hash
    assert len({e.hash for e in rows}) == len(rows)
    assert five_entries.maintenance.check().ok
