"""Mark done (Space) announces the deadline that was selected, even when a court-order
duty on the agenda has the same id (the walk found it naming the duty instead)."""

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.model import COL_TITLE
from casedesk.ui.deadlines.page import DeadlinesPage
from tests.gui.agenda.conftest import Case

pytestmark = pytest.mark.gui


def test_mark_done_names_the_selected_deadline(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    assert case.deadline_id == case.obligation_id  # the trap: one id, two kinds of row
    page = DeadlinesPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1100, 600)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    titles = [page.model.data(page.model.index(r, COL_TITLE)) for r in range(2)]
    assert titles == ["File a status report", "Serve the petition"]  # the duty comes first
    page.table.setFocus()
    page.table.selectRow(1)
    with qtbot.waitSignal(page.loaded, timeout=5000):
        qtbot.keyClick(page.table, Qt.Key.Key_Space)
    assert page.undo_label.text() == "Marked done: Serve the petition"
    assert "File a status report" in [  # the duty itself is untouched
        page.model.data(page.model.index(r, COL_TITLE)) for r in range(page.model.rowCount())
    ]
