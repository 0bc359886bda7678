"""Everyone agrees on what is overdue: the order brief, the dashboard, the deadlines page,
the docket brief and `orders show --json`, for one store holding every kind of duty.

Due dates sit well before the fixed clock (1 May 2025) or years after it, so the command
line, which runs on the real clock, sees the same states.
"""

import json
from datetime import date
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from casedesk.services import brief_data
from casedesk.services.registry import Services
from casedesk.services.schemas import (
    ClientCreate,
    ComplianceSet,
    MatterCreate,
    ObligationCreate,
    OrderCreate,
)
from casedesk.storage.tables import CourtOrder
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.page import DeadlinesPage
from tests.conftest import RunCli

pytestmark = pytest.mark.gui

OVERDUE = {"Return the petitioner (binds nobody on the roster)", "Give each class member notice"}


def build(services: Services) -> list[int]:
    """Orders in force, stayed and vacated, with duties overdue, met, future, per person and
    as a whole. Returns the order ids."""
    matter = services.matters.add(
        MatterCreate(title="Doe v. Noem", kind="class_action", court="D. Md.", docket="8:25-cv-1")
    ).new_id
    assert matter is not None
    people = []
    for given in ("Ana", "Luis"):
        cid = services.clients.add(ClientCreate(given=given, surname="Ejemplo")).new_id
        assert cid is not None
        services.matters.link(cid, matter, "class_member")
        people.append(cid)
    other = services.matters.add(
        MatterCreate(title="Roe v. Noem", kind="habeas", court="D. Mass.", docket="1:25-cv-2")
    ).new_id
    assert other is not None

    def order(matter_id: int, title: str) -> int:
        found = services.orders.add(
            OrderCreate(matter_id=matter_id, kind="tro", title=title, issued="2025-03-01")
        ).new_id
        assert found is not None
        return found

    def duty(order_id: int, text: str, due: str) -> int:
        found = services.orders.add_obligation(
            ObligationCreate(order_id=order_id, text=text, due=due)
        ).new_id
        assert found is not None
        return found

    in_force = order(other, "Order to facilitate return")
    duty(in_force, "Return the petitioner (binds nobody on the roster)", "2025-04-07")
    met = duty(in_force, "File a declaration (met as a whole)", "2025-04-01 09:30")
    services.findings.record(met, "complied", date="2025-04-01")
    duty(in_force, "Report on the return (due in 2031)", "2031-01-10")
    class_order = order(matter, "Class-wide injunction")
    notice = duty(class_order, "Give each class member notice", "2025-04-18")
    services.orders.set_compliance(
        ComplianceSet(obligation_id=notice, client_id=people[0], status="complied")
    )
    stayed = order(matter, "Stayed injunction")
    duty(stayed, "Stop removals (order stayed)", "2025-04-20")
    services.orders.set_status(stayed, "stayed", "2025-04-21")
    vacated = order(other, "Vacated order")
    duty(vacated, "Turn the planes around (order vacated)", "2025-03-15 19:00")
    services.orders.set_status(vacated, "vacated", "2025-04-07")
    return [in_force, class_order, stayed, vacated]


def test_every_reader_agrees_on_what_is_overdue(
    qtbot: QtBot, services: Services, run_cli: RunCli, store_location: Path | str
) -> None:
    orders = build(services)

    # The order brief (compliance report data).
    with services.ctx.store.read() as session:
        briefed = set()
        for oid in orders:
            report = brief_data.compliance_report(
                session, services.ctx, session.get(CourtOrder, oid)
            )
            briefed |= {o.requirement for o in report.obligations if o.days_overdue}
        # The docket brief, for a period that holds none of these due dates.
        docket = brief_data.docket(session, services.ctx, date(2025, 6, 1), date(2025, 6, 30))
    assert briefed == OVERDUE
    docketed = {e.title.split(" (1 of 2")[0] for e in docket.entries if e.overdue}
    assert docketed == OVERDUE
    assert not [e for e in docket.entries if not e.overdue]  # nothing else in June

    # The dashboard: one person-duty for the whole obligation, one open person of two.
    duties = services.dashboard.figures().obligations
    assert duties["overdue"] == 2
    assert duties["suspended"] == 2  # the stayed order binds both class members
    assert duties["moot"] == 1
    assert services.orders.overdue_count() == 2

    # The deadlines page.
    page = DeadlinesPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    shown = {i.title for i in page.model.items if i.overdue}
    assert shown == OVERDUE
    assert "Stop removals (order stayed)" not in {i.title for i in page.model.items}

    # `casedesk orders show --json`, in another process, on the same store.
    services.close()
    cli_overdue = set()
    for oid in orders:
        done = run_cli("orders", "show", str(oid), "--json", db=store_location)
        assert done.returncode == 0, done.stderr
        found = json.loads(done.stdout)
        cli_overdue |= {o["text"] for o in found["obligations"] if o["state"] == "overdue"}
        assert all(o["overdue"] == (o["state"] == "overdue") for o in found["obligations"])
    assert cli_overdue == OVERDUE
