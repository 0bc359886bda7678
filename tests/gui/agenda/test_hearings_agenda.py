"""The agenda (Deadlines page) lists the period's hearings among the deadlines and
duties: "Hearing in 2 days", never overdue, no "done" box; Enter on one opens its
matter; the "Due soon" strip names a hearing coming within three days. The clock is fixed at 2025-05-01 12:00 UTC (08:00 in New York)."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from casedesk.services.entry_schemas import HearingCreate
from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.deadlines.model import COL_KIND, COL_TITLE, COL_WHEN
from casedesk.ui.reminders import SNOOZE_SETTING, DueSoonStrip, ReminderCentre
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


def test_a_hearing_tomorrow_is_in_the_due_soon_strip_and_opens_its_matter(
    qtbot: QtBot, services: Services, case: Case
) -> None:
    QSettings().remove(SNOOZE_SETTING)
    services.hearings.add(
        HearingCreate(matter_id=case.matter_id, kind="bond", when="2025-05-02 09:00")
    )
    window = QWidget()
    window.resize(900, 600)
    qtbot.addWidget(window)
    centre = ReminderCentre(services, Bus(), window)
    try:
        strip = DueSoonStrip(centre, window)
        window.show()
        with qtbot.waitSignal(centre.changed):
            centre.start()
        text = strip.label.text()
        assert "Bond hearing — Quintero v. Example</a> — hearing in 25 h" in text
        key = next(r.key for r in centre.reminders if r.item.kind == "hearing")
        with qtbot.waitSignal(centre.navigate) as went:
            strip.label.linkActivated.emit(key)
        assert went.args == ["matter", case.matter_id]
    finally:
        centre.stop()
