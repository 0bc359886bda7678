"""Time as the services keep it: the court's zone, FRCP 6(a) rules kept with the deadline,
whole-obligation compliance, suspended and moot duties, and a docket that never hides
what is overdue. The clock is fixed at 2025-05-01 12:00 UTC; the user is in New York
unless a test moves them."""

import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from casedesk.app import open_services
from casedesk.domain.errors import ValidationError
from casedesk.services import brief_data
from casedesk.services.context import ServiceContext
from casedesk.services.entry_schemas import DeadlineUpdate, ObligationUpdate
from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate, ObligationCreate, OrderCreate
from casedesk.storage.tables import Deadline
from tests.conftest import copy_store


@pytest.fixture
def pacific(store_path: Path, empty_store_template: Path) -> Iterator[Services]:
    """Services whose user sits in California, in winter (DST not yet begun)."""
    opened = open_services(copy_store(empty_store_template, store_path))
    ctx = ServiceContext(
        opened.ctx.store,
        actor="tester",
        clock=lambda: datetime.fromisoformat("2025-01-15T18:00:00+00:00"),
        zone=ZoneInfo("America/Los_Angeles"),
    )
    svc = Services.create(ctx)
    try:
        yield svc
    finally:
        svc.close()


def _matter(svc: Services, court: str = "D. Md.", docket: str = "8:25-cv-00951") -> int:
    found = svc.matters.add(
        MatterCreate(title="Doe v. Noem", kind="civil_action", court=court, docket=docket)
    ).new_id
    assert found is not None
    return found


def _order(svc: Services, matter: int) -> int:
    found = svc.orders.add(
        OrderCreate(matter_id=matter, kind="facilitate_return", title="Order", issued="2025-01-02")
    ).new_id
    assert found is not None
    return found


def test_a_maryland_deadline_reads_on_eastern_time_on_a_pacific_machine(
    pacific: Services,
) -> None:
    order = _order(pacific, _matter(pacific))
    pacific.orders.add_obligation(
        ObligationCreate(order_id=order, text="Facilitate return", due="2025-04-07 23:59")
    )
    ob = pacific.orders.get(order).obligations[0]
    # Entered in January (PST) for a day in April (EDT): April's own offset.
    assert ob.due_zone == "America/New_York"
    assert ob.due_at == "2025-04-07T23:59-04:00"
    assert ob.due_display == "7 Apr 2025 23:59 EDT (= 20:59 PDT here)"


def test_a_deadline_computed_by_rule_keeps_the_rule_and_the_working(services: Services) -> None:
    matter = _matter(services)
    new = services.deadlines.add(
        "Reply", None, matter_id=matter, after="2025-06-20", within="14 days"
    ).new_id
    item = next(i for i in services.deadlines.agenda(include_done=True) if i.id == new)
    assert item.due_display == "7 Jul 2025 23:59 EDT"
    assert item.working == "14 days after 2025-06-20T23:59-04:00[America/New_York]"
    assert not item.hour_based
    typed = services.deadlines.add("Same, typed", "14 days after 2025-06-20", matter_id=matter)
    other = next(i for i in services.deadlines.agenda() if i.id == typed.new_id)
    assert other.due_at == item.due_at


def test_a_recorded_closure_moves_a_computed_deadline(services: Services) -> None:
    services.court_calendar.add_closure("D. Md.", "2025-07-07", "Flood")
    computed = services.court_calendar.compute("2025-06-20", "14 days", court="D. Md.")
    assert computed.due.display() == "8 Jul 2025 23:59 EDT"
    assert "Flood" in computed.working
    with pytest.raises(ValidationError, match="already"):
        services.court_calendar.add_closure("D. Md.", "2025-07-07")
    services.court_calendar.remove_closure("d md", "2025-07-07")
    assert services.court_calendar.closures() == []


def test_hour_based_periods_need_the_time_of_the_event(services: Services) -> None:
    with pytest.raises(ValidationError, match="time of the event"):
        services.deadlines.add("Status report", None, after="2025-06-20", within="72 hours")
    with pytest.raises(ValidationError, match="both"):
        services.deadlines.add("Status report", None, within="72 hours")


def test_an_obligation_binding_nobody_is_overdue_until_met_as_a_whole(
    services: Services,
) -> None:
    order = _order(services, _matter(services))
    ob = services.orders.add_obligation(
        ObligationCreate(order_id=order, text="Facilitate return", due="2025-04-07")
    ).new_id
    assert ob is not None
    summary = services.orders.obligation_summaries(order)[0]
    assert (summary.bound, summary.state, summary.days_overdue) == (0, "overdue", 24)
    assert services.dashboard.figures().obligations["overdue"] == 1
    services.findings.record(ob, "complied", evidence="Returned", date="2025-04-30")
    assert services.orders.obligation_summaries(order)[0].state == "done"
    assert services.dashboard.figures().obligations["met"] == 1


def test_a_stay_suspends_and_its_lifting_revives_the_duty(services: Services) -> None:
    order = _order(services, _matter(services))
    services.orders.add_obligation(
        ObligationCreate(order_id=order, text="Facilitate return", due="2025-04-07")
    )
    services.orders.set_status(order, "stayed", "2025-04-08", source="4th Cir.")
    assert services.orders.get(order).obligations[0].state == "suspended"
    assert services.orders.overdue_count() == 0
    assert services.dashboard.figures().obligations["suspended"] == 1
    services.orders.set_status(order, "in_force", "2025-04-10", source="stay lifted")
    assert services.orders.get(order).obligations[0].overdue
    services.orders.set_status(order, "vacated", "2025-04-20")
    assert services.orders.get(order).obligations[0].state == "moot"


def test_the_docket_lists_everything_overdue_whatever_the_period(services: Services) -> None:
    order = _order(services, _matter(services))
    services.orders.add_obligation(
        ObligationCreate(order_id=order, text="Facilitate return", due="2025-04-07")
    )
    services.deadlines.add("Old reply", "2025-01-10")
    with services.ctx.store.read() as session:
        docket = brief_data.docket(session, services.ctx, date(2025, 9, 1), date(2025, 9, 30))
    assert {(e.title, e.overdue) for e in docket.entries} == {
        ("Facilitate return", True),
        ("Old reply", True),
    }
    assert all("EDT" in e.due_display or "EST" in e.due_display for e in docket.entries)
    # The agenda of a period long past lists them too.
    past = services.deadlines.agenda(date(2024, 1, 1), date(2024, 1, 31))
    assert {i.title for i in past} == {"Facilitate return", "Old reply"}


def test_the_rule_is_stored_as_json(services: Services) -> None:
    matter = _matter(services)
    services.deadlines.add(
        "Report", None, matter_id=matter, after="2025-06-20 17:00", within="72 hours"
    )
    with services.ctx.store.read() as session:
        row = session.get(Deadline, 1)
        assert row is not None
        assert json.loads(row.due_rule) == {
            "after": "2025-06-20T17:00-04:00[America/New_York]",
            "within": "72 hours",
            "court": "D. Md.",
        }
        assert row.due_zone == "America/New_York"


def test_moving_the_event_recomputes_by_the_kept_rule(services: Services) -> None:
    matter = _matter(services)
    new = services.deadlines.add(
        "Reply", None, matter_id=matter, after="2025-06-20", within="14 days"
    ).new_id
    assert new is not None
    services.court_calendar.retrigger("deadline", new, "2025-06-23")
    item = next(i for i in services.deadlines.agenda() if i.id == new)
    assert item.due_display == "7 Jul 2025 23:59 EDT"  # 14 days after Mon 23 Jun: a Monday
    services.court_calendar.retrigger("deadline", new, "2025-06-24")
    item = next(i for i in services.deadlines.agenda() if i.id == new)
    assert item.due_display == "8 Jul 2025 23:59 EDT"
    typed = services.deadlines.add("Typed", "2025-06-30").new_id
    assert typed is not None
    with pytest.raises(ValidationError, match="typed"):
        services.court_calendar.retrigger("deadline", typed, "2025-06-24")


def test_editing_a_due_moment_reads_it_on_the_courts_clock(pacific: Services) -> None:
    order = _order(pacific, _matter(pacific))
    ob = pacific.orders.add_obligation(
        ObligationCreate(order_id=order, text="Return", due="14 days after 2025-06-20")
    ).new_id
    assert ob is not None
    # A title-only edit keeps the moment, its zone and its rule.
    pacific.records.edit("obligation", ob, ObligationUpdate(text="Return him"))
    kept = pacific.orders.get(order).obligations[0]
    assert kept.due_display == "7 Jul 2025 23:59 EDT (= 20:59 PDT here)"
    # A new due moment typed on a Pacific machine is read on the Maryland court's clock.
    pacific.records.edit("obligation", ob, ObligationUpdate(due="2025-07-08 17:00"))
    moved = pacific.orders.get(order).obligations[0]
    assert (moved.due_zone, moved.due_at) == ("America/New_York", "2025-07-08T17:00-04:00")
    deadline = pacific.deadlines.add("Typed", "2025-06-30").new_id
    assert deadline is not None
    pacific.records.edit("deadline", deadline, DeadlineUpdate(due="2025-12-01"))
    item = next(i for i in pacific.deadlines.agenda() if (i.kind, i.id) == ("deadline", deadline))
    assert item.due_display == "1 Dec 2025 23:59 PST"  # no court: the user's own clock
