"""An order's compliance report reads a class-wide obligation's people a chunk at a
time, in roster order, and prints exactly what one whole read would."""

import re
from pathlib import Path

import pytest
from pypdf import PdfReader

from casedesk.briefs.rows import StreamedRows
from casedesk.domain.enums import Compliance
from casedesk.services import brief_data
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ClientQuery,
    ComplianceSet,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
)
from casedesk.storage import compliance_rows
from casedesk.storage.tables import CourtOrder

SURNAMES = ("Zúñiga", "Álvarez", "de la Cruz", "Benítez", "Ortega", "Núñez", "Ibáñez")
GIVEN = ("Ana", "Luis", "Rosa", "Iván", "Elena", "Tomás", "Sofía", "Raúl")


def _class_order(services: Services) -> tuple[int, int, list[int]]:
    ids = []
    for n in range(23):
        new = services.clients.add(ClientCreate(given=GIVEN[n % 8], surname=SURNAMES[n % 7]))
        assert new.new_id is not None
        ids.append(new.new_id)
    matter = services.matters.add(
        MatterCreate(
            title="Fictional class v. Agency",
            kind="class_action",
            court="D.D.C.",
            docket="1:25-cv-09999",
        )
    ).new_id
    assert matter is not None
    for cid in ids:
        services.matters.link(cid, matter, "class_member")
    order = services.orders.add(
        OrderCreate(matter_id=matter, kind="tro", title="Fictional TRO", issued="2025-03-15")
    ).new_id
    assert order is not None
    obligation = services.orders.add_obligation(
        ObligationCreate(order_id=order, text="Notify every class member", due="2025-04-01")
    ).new_id
    assert obligation is not None
    services.orders.set_compliance(
        ComplianceSet(obligation_id=obligation, client_id=ids[5], status="partial")
    )
    services.orders.set_compliance(
        ComplianceSet(obligation_id=obligation, client_id=ids[9], status="complied")
    )
    return order, ids[5], ids


def test_class_wide_people_are_read_in_chunks_in_roster_order(
    services: Services, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    order_id, partial_id, _ids = _class_order(services)
    monkeypatch.setattr(brief_data, "ROSTER_CHUNK", 4)
    reads: list[int] = []
    real = compliance_rows.people

    def spy(session: object, obligation_id: int, client_ids: list[int]) -> object:
        reads.append(len(client_ids))
        return real(session, obligation_id, client_ids)  # type: ignore[arg-type]

    monkeypatch.setattr(compliance_rows, "people", spy)
    with services.ctx.store.read() as session:
        order = session.get(CourtOrder, order_id)
        assert order is not None
        data = brief_data.compliance_report(session, services.ctx, order)
    (obligation,) = data.obligations
    assert isinstance(obligation.people, StreamedRows)  # nothing read yet
    assert reads == []
    assert len(obligation.people) == 23
    assert obligation.compliance is Compliance.PARTIAL  # the worst among the people

    people = list(obligation.people)
    assert reads == [4, 4, 4, 4, 4, 3]  # never more than a chunk at once
    # Roster order: the client list's name order ("de la Cruz" files under C).
    listed = services.clients.list(ClientQuery(sort="name", limit=100)).rows
    assert [p.person.full_name for p in people] == [
        f"{c.given} {c.surname}" for c in (services.clients.get(r.id) for r in listed)
    ]
    by_id = dict(zip([r.id for r in listed], people, strict=True))
    assert by_id[partial_id].compliance is Compliance.PARTIAL
    assert sum(p.compliance is Compliance.PENDING for p in people) == 21
    names = [p.person.full_name for p in people]

    monkeypatch.undo()
    out = tmp_path / "order.pdf"
    services.briefs.render("order", order_id, "full", out)
    text = re.sub(r"\s+", " ", " ".join(p.extract_text() for p in PdfReader(out).pages))
    positions = [text.find(name) for name in names]
    assert all(p >= 0 for p in positions)
    assert positions == sorted(positions)  # printed in the order read
