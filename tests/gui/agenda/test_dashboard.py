"""The dashboard draws its pictures and a bar leads to the clients it counts."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, CustodyCreate, StatusCreate
from casedesk.ui.bus import Bus
from casedesk.ui.dashboard.page import DashboardPage
from tests.gui.agenda.conftest import Case

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, services: Services) -> DashboardPage:
    page = DashboardPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1100, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def test_empty_store_says_how_it_fills(qtbot: QtBot, services: Services) -> None:
    page = open_page(qtbot, services)
    assert page.stack.currentWidget() is page.empty
    assert "No clients yet" in page.empty.text()


def test_figures_are_drawn_and_a_status_bar_lists_its_clients(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    other = services.clients.add(ClientCreate(given="Tomás", surname="Arévalo")).new_id
    assert other is not None
    services.clients.add_status(other, StatusCreate(status="final_order", date="2025-03-01"))
    services.clients.add_custody(
        other, CustodyCreate(kind="whereabouts_unknown", date="2025-03-16", country="SV")
    )
    page = open_page(qtbot, services)
    assert page.stack.currentIndex() == 0
    assert "2 clients on file" in page.headline.text()
    assert "1 overdue" in page.headline.text()
    labels = {bar.label: bar.value for bar in page.status_chart.bars}
    assert labels.get("Final order of removal") == 1
    assert {bar.label: bar.value for bar in page.duty_chart.bars}["Overdue"] == 1
    assert page.contact_chart.bars
    assert page.where_chart.bars

    # The chart grows to show every bar, and paints.
    chart = page.status_chart
    qtbot.waitUntil(lambda: chart.height() >= chart.sizeHint().height())
    assert not chart.grab().isNull()
    row = next(i for i, bar in enumerate(chart.bars) if bar.label == "Final order of removal")
    point = chart.bar_rect(row).center()
    qtbot.mouseMove(chart, point)
    assert chart.cursor().shape() == Qt.CursorShape.PointingHandCursor
    assert "Final order of removal: 1 client (50%)" in chart.tooltip_for(row)
    with qtbot.waitSignal(page.navigate, timeout=2000) as blocker:
        qtbot.mouseClick(chart, Qt.MouseButton.LeftButton, pos=point)
    assert blocker.args == ["clients_filter", {"status": "final_order"}]

    # The keyboard reaches the same bars; "not recorded" lists nothing, so it is inert.
    where = page.where_chart
    assert [bar.key for bar in where.bars] == ["whereabouts_unknown", None]
    where.setFocus()
    qtbot.keyClick(where, Qt.Key.Key_Up)  # the first bar, whether or not focus put it there
    with qtbot.waitSignal(page.navigate, timeout=2000) as blocker:
        qtbot.keyClick(where, Qt.Key.Key_Return)
    assert blocker.args == ["clients_filter", {"whereabouts": "whereabouts_unknown"}]


def test_refreshes_after_changes(qtbot: QtBot, services: Services, case: Case) -> None:
    page = open_page(qtbot, services)
    assert "1 client on file" in page.headline.text()
    changes = services.clients.add(ClientCreate(given="Ana", surname="Lucero"))
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.bus.announce(changes)
    assert "2 clients on file" in page.headline.text()
