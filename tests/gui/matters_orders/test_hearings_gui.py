"""Hearings in the window: added on the matter's Hearings tab with the one form (a time
without its hour refused on the field), corrected in the same form prefilled, and
shown on the calendar in their own colour, where a click opens the
matter. The clock is fixed at 2025-05-01 12:00 UTC (08:00 in New York)."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casedesk.services.entry_schemas import HearingCreate
from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate
from casedesk.ui.bus import Bus
from casedesk.ui.calendar.model import ITEMS_ROLE, STATE_COLOURS
from casedesk.ui.calendar.page import CalendarPage
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.matters.hearings import COL_WHEN, COL_WHERE, HearingDialog
from casedesk.ui.matters.page import MattersPage

from .conftest import wait_idle

pytestmark = pytest.mark.gui


def ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def _matter(services: Services) -> int:
    found = services.matters.add(
        MatterCreate(title="Doe v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-3")
    ).new_id
    assert found is not None
    return found


def test_add_and_correct_a_hearing_on_the_matter_page(
    qtbot: QtBot, services: Services, bus: Bus
) -> None:
    _matter(services)
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    try:
        page.show()
        page.activate()
        tab = page.hearings
        assert page.tabs.tabText(2) == "Hearings (0)"
        assert not tab.empty.isHidden()
        assert "No hearings yet" in tab.empty.text()

        qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
        dialog = tab.dialog
        assert isinstance(dialog, HearingDialog)
        qtbot.waitUntil(dialog.isVisible)
        dialog.kind.setCurrentIndex(dialog.kind.findData("motion"))
        qtbot.keyClicks(dialog.when, "2025-05-02")
        qtbot.keyClicks(dialog.place, "Courtroom 4C, Greenbelt")
        ok(qtbot, dialog)
        assert dialog.isVisible()  # refused on the field; nothing stored
        assert "time of day" in dialog.error_text("when")
        assert services.hearings.list() == []
        qtbot.keyClicks(dialog.when, " 10:00")
        ok(qtbot, dialog)
        qtbot.waitUntil(lambda: not dialog.isVisible())
        qtbot.waitUntil(lambda: tab.model.rowCount() == 1)
        assert page.tabs.tabText(2) == "Hearings (1)"
        assert tab.empty.isHidden()
        assert tab.model.data(tab.model.index(0, COL_WHEN)) == "2 May 2025 10:00 EDT"
        assert tab.model.data(tab.model.index(0, COL_WHERE)) == "Courtroom 4C, Greenbelt"

        # Corrected in the same form, prefilled with what is stored.
        tab.table.setCurrentIndex(tab.model.index(0, 0))
        actions = tab.entry_actions[0]  # type: ignore[attr-defined]
        editor = actions.edit_current()
        assert isinstance(editor, HearingDialog)
        qtbot.addWidget(editor)
        assert editor.windowTitle() == "Edit hearing"
        assert editor.place.text() == "Courtroom 4C, Greenbelt"
        assert editor.kind.currentData() == "motion"
        editor.when.setText("2025-05-05 14:00")
        ok(qtbot, editor)
        qtbot.waitUntil(lambda: not editor.isVisible())
        qtbot.waitUntil(
            lambda: tab.model.data(tab.model.index(0, COL_WHEN)) == "5 May 2025 14:00 EDT"
        )
        (stored,) = services.hearings.list()
        assert stored.starts_utc == "2025-05-05T18:00:00+00:00"
    finally:
        wait_idle(qtbot, page)


def test_the_calendar_shows_a_hearing_and_opens_its_matter(
    qtbot: QtBot, services: Services
) -> None:
    matter = _matter(services)
    services.hearings.add(
        HearingCreate(matter_id=matter, kind="status_conference", when="2025-05-06 10:00")
    )
    services.deadlines.add("Serve the petition", "2025-05-06 17:00", matter_id=matter)
    page = CalendarPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.loaded):
        page.activate()
    index = page.model.index_of(date(2025, 5, 6))
    items = page.model.data(index, ITEMS_ROLE)
    assert [(i.kind, i.title, i.state) for i in items] == [
        ("hearing", "Status conference — Doe v. Noem", "hearing"),
        ("deadline", "Serve the petition", "due"),
    ]
    assert "hearing" in STATE_COLOURS
    page.grab()  # painted without error

    with qtbot.waitSignal(page.navigate) as went:
        page.open_item(items[0])
    assert went.args == ["matter", matter]
