"""The agenda (Deadlines page) lists the period's hearings among the deadlines and
duties: "Hearing in 2 days", never overdue, no "done" box; Enter on one opens its
matter. The clock is fixed at 2025-05-01 12:00 UTC (08:00 in New York)."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.services.entry_schemas import HearingCreate
from casedesk.services.registry import Services
from casedesk.ui.deadlines.model import COL_KIND, COL_TITLE, COL_WHEN
from tests.gui.agenda.conftest import Case
from tests.gui.agenda.test_deadlines import cell, open_page, titles

pytestmark = pytest.mark.gui


def test_hearings_stand_among_the_agenda_lines(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    services.hearings.add(
        HearingCreate(matter_id=case.matter_id, kind="motion", when="2025-05-03 10:00")
    )
    services.hearings.add(  # held already: shown only with what is done
        HearingCreate(matter_id=case.matter_id, kind="bond", when="2025-04-30 10:00")
    )
    page = open_page(qtbot, services)
    assert titles(page) == [
        "File a status report",
        "Motion hearing — Quintero v. Example",
        "Serve the petition",
    ]
    assert cell(page, 1, COL_WHEN) == "Hearing in 2 days"
    assert cell(page, 1, COL_KIND) == "Hearing"
    assert cell(page, 1, COL_WHEN, Qt.ItemDataRole.CheckStateRole) is None  # no "done" box
    assert "1 overdue" in page.summary.text()  # the hearing is never counted overdue

    with qtbot.waitSignal(page.navigate) as went:
        page.table.activated.emit(page.model.index(1, COL_TITLE))
    assert went.args == ["matter", case.matter_id]
