"""The agenda as a paralegal uses it: overdue first, add a deadline, mark it done."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.deadlines import AgendaItem
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.model import (
    COL_DUE,
    COL_PEOPLE,
    COL_TITLE,
    COL_WHEN,
    OVERDUE_COLOUR,
    AgendaModel,
    relative_due,
)
from casedesk.ui.deadlines.page import DeadlinesPage
from tests.gui.agenda.conftest import Case

pytestmark = pytest.mark.gui


def open_page(qtbot: QtBot, services: Services) -> DeadlinesPage:
    page = DeadlinesPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    return page


def cell(page: DeadlinesPage, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    return page.model.data(page.model.index(row, column), role)


def titles(page: DeadlinesPage) -> list[str]:
    return [cell(page, r, COL_TITLE) for r in range(page.model.rowCount())]


def test_overdue_obligation_comes_first_and_stands_out(
    qtbot: QtBot, services: Services, case: Case, qtmodeltester: ModelTester
) -> None:
    page = open_page(qtbot, services)
    assert titles(page) == ["File a status report", "Serve the petition"]
    assert cell(page, 0, COL_WHEN) == "Overdue by 11 days"
    assert cell(page, 0, COL_WHEN, Qt.ItemDataRole.ForegroundRole) == OVERDUE_COLOUR
    assert cell(page, 0, COL_DUE, Qt.ItemDataRole.FontRole).bold()
    assert cell(page, 0, COL_PEOPLE) == "1 of 1"
    assert cell(page, 1, COL_WHEN) == "Due in 5 days"
    assert "1 overdue" in page.summary.text()
    qtmodeltester.check(page.model)

    # Double-clicking the duty opens its court order; the deadline opens its client.
    with qtbot.waitSignal(page.navigate) as blocker:
        page.table.doubleClicked.emit(page.model.index(0, COL_TITLE))
    assert blocker.args == ["order", case.order_id]
    with qtbot.waitSignal(page.navigate) as blocker:
        page.table.doubleClicked.emit(page.model.index(1, COL_TITLE))
    assert blocker.args == ["client", case.client_id]


def test_add_a_deadline_then_mark_it_done_and_undo(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    page = open_page(qtbot, services)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    dialog = page.add_dialog
    assert dialog is not None
    assert dialog.isVisible()

    # An empty title is refused on the field itself; the dialog stays open.
    dialog.buttons.accepted.emit()
    assert dialog.isVisible()
    assert dialog.errors["title"].isVisible()
    assert dialog.errors["title"].text()

    qtbot.keyClicks(dialog.title_edit, "File the traverse")
    dialog.client_search.setFocus()
    qtbot.keyClicks(dialog.client_search, "quintero")
    qtbot.keyClick(dialog.client_search, Qt.Key.Key_Return)  # searches; does not add yet
    assert dialog.isVisible()
    assert dialog.client_combo.currentData() == case.client_id
    with qtbot.waitSignal(page.loaded, timeout=5000):
        dialog.buttons.accepted.emit()
    assert page.add_dialog is None  # closed
    assert "File the traverse" in titles(page)
    row = titles(page).index("File the traverse")
    assert cell(page, row, COL_WHEN) == "Due in 7 days"

    # Space marks the selected deadline done: it leaves the agenda.
    page.table.setFocus()
    page.table.selectRow(row)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert "File the traverse" not in titles(page)
    assert page.undo_button.isVisible()

    # "Show done" brings it back, struck through and not overdue.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.show_done.setChecked(True)
    row = titles(page).index("File the traverse")
    assert cell(page, row, COL_WHEN) == "Done"
    assert cell(page, row, COL_WHEN, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Checked

    # Undo makes it open again.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.mouseClick(page.undo_button, Qt.MouseButton.LeftButton)
    row = titles(page).index("File the traverse")
    assert cell(page, row, COL_WHEN) == "Due in 7 days"
    assert not page.undo_button.isVisible()


def test_period_and_empty_state(qtbot: QtBot, services: Services) -> None:
    page = open_page(qtbot, services)
    assert page.stack.currentWidget() is page.empty
    assert "No deadlines in the next 30 days" in page.empty.text()
    services.deadlines.add("Reply to the motion", "2025-06-20")
    # 50 days ahead: outside 30 days, inside 90.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.period.setCurrentIndex(2)
    assert titles(page) == ["Reply to the motion"]
    # A custom period shows its dates; one that ends before it starts says so.
    page.period.setCurrentIndex(3)
    assert page.start_edit.isVisible()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.end_edit.setDate(page.start_edit.date().addDays(-1))
    assert "ends before it starts" in page.empty.text()


def test_relative_wording() -> None:
    model = AgendaModel()
    zone = ZoneInfo("America/New_York")
    today = date(2025, 5, 1)

    def item(due: str, overdue: bool = False, days: int = 0) -> AgendaItem:
        return AgendaItem("deadline", 1, "x", due, False, overdue, days, None, "", None, "")

    assert relative_due(model, item("2025-05-01T17:00-04:00"), today, zone) == "Due today"
    assert relative_due(model, item("2025-05-02T09:00-04:00"), today, zone) == "Due tomorrow"
    assert relative_due(model, item("2025-04-30T09:00-04:00", True, 1), today, zone) == (
        "Overdue by 1 day"
    )
    assert relative_due(model, item("2025-05-01T07:00-04:00", True, 0), today, zone) == (
        "Overdue today"
    )


def test_ticking_a_deadline_box_asks_the_page(qtbot: QtBot, services: Services, case: Case) -> None:
    page = open_page(qtbot, services)
    row = titles(page).index("Serve the petition")
    index = page.model.index(row, COL_WHEN)
    assert page.model.flags(index) & Qt.ItemFlag.ItemIsUserCheckable
    # Views hand the new state over as a plain int.
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    assert "Serve the petition" not in titles(page)
    # Obligations are met person by person on their order, not ticked here.
    assert not page.model.flags(page.model.index(0, COL_WHEN)) & Qt.ItemFlag.ItemIsUserCheckable
