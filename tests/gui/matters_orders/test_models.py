"""Every model of the matters and orders pages passes Qt's model tester on demo data,
and the countdown reads as a paralegal expects."""

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest
from pytestqt.modeltest import ModelTester

from casedesk.services.registry import Services
from casedesk.ui.matters.model import MatterListModel, RosterModel
from casedesk.ui.matters.paged import PAGE
from casedesk.ui.orders.countdown import countdown
from casedesk.ui.orders.model import (
    ComplianceModel,
    HistoryModel,
    ObligationModel,
    OrderListModel,
)

pytestmark = pytest.mark.gui

NOW = datetime(2025, 5, 1, 12, tzinfo=UTC)
NY = ZoneInfo("America/New_York")


def test_models_pass_the_model_tester(services: Services, qtmodeltester: ModelTester) -> None:
    services.demo.generate(clients=400, seed=1)
    matters = MatterListModel()
    matters.set_rows(services.matters.summaries())
    qtmodeltester.check(matters)

    biggest = max(services.matters.summaries(), key=lambda m: m.people)
    assert biggest.people > PAGE  # so the roster really pages
    roster = RosterModel(services)
    roster.show_matter(biggest.id)
    assert roster.rowCount() == PAGE
    assert roster.canFetchMore(roster.index(-1, -1))
    qtmodeltester.check(roster)  # the tester fetches more as it goes
    roster.fetchMore(roster.index(-1, -1))
    assert roster.rowCount() == biggest.people

    orders = OrderListModel()
    orders.set_rows(services.orders.list_summaries())
    qtmodeltester.check(orders)

    order = next(o for o in services.orders.list_summaries() if o.obligations)
    history = HistoryModel()
    history.set_rows(services.orders.history(order.id))
    qtmodeltester.check(history)
    obligations = ObligationModel(services.ctx.now, services.ctx.zone)
    summaries = services.orders.obligation_summaries(order.id)
    obligations.set_rows(summaries)
    qtmodeltester.check(obligations)

    compliance = ComplianceModel()
    compliance.set_fetch(
        lambda offset, limit: (
            (
                p := services.orders.compliance_page(summaries[0].id, offset=offset, limit=limit)
            ).rows,
            p.total,
        )
    )
    qtmodeltester.check(compliance)
    # The paged rows agree with the full (slow) view of the same obligation.
    while compliance.canFetchMore(compliance.index(-1, -1)):
        compliance.fetchMore(compliance.index(-1, -1))
    full = services.orders.get(order.id).obligations[0].compliance
    assert sorted(compliance.row(i).client_id for i in range(compliance.rowCount())) == sorted(
        c.client_id for c in full
    )


@pytest.mark.parametrize(
    ("due", "open_people", "text", "overdue"),
    [
        ("2025-05-03T12:00-04:00", 1, "due in 2 d 4 h", False),
        ("2025-05-01T10:30-04:00", 1, "due in 2 h 30 min", False),
        ("2025-04-20T23:59-04:00", 1, "Overdue by 11 days", True),
        ("2025-04-30T12:00-04:00", 1, "Overdue by 1 day", True),
        ("2025-04-20T23:59-04:00", 0, "Complied", False),
    ],
)
def test_countdown(due: str, open_people: int, text: str, overdue: bool) -> None:
    found = countdown(due, NOW, NY, open_people=open_people)
    assert (found.text, found.overdue) == (text, overdue)
