"""Reminders and the calendar as a paralegal meets them. The clock is fixed at
2025-05-01 12:00 UTC (08:00 in New York)."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import MatterCreate, ObligationCreate, OrderCreate
from casedesk.ui.bus import Bus
from casedesk.ui.calendar.model import ITEMS_ROLE
from casedesk.ui.calendar.page import CalendarPage
from casedesk.ui.reminders import SNOOZE_SETTING, DueSoonStrip, ReminderCentre

pytestmark = pytest.mark.gui


@pytest.fixture(autouse=True)
def _no_snoozes() -> None:
    QSettings().remove(SNOOZE_SETTING)


def _matter(services: Services) -> int:
    found = services.matters.add(
        MatterCreate(title="Doe v. Noem", kind="habeas", court="D. Md.", docket="8:25-cv-3")
    ).new_id
    assert found is not None
    return found


def test_reminders_show_until_done_or_snoozed(qtbot: QtBot, services: Services) -> None:
    matter = _matter(services)
    # 72 hours after Mon 28 Apr 09:00 EDT: Thu 1 May 09:00 EDT, an hour from now.
    report = services.deadlines.add(
        "72-hour status report", None, matter_id=matter, after="2025-04-28 09:00", within="72 hours"
    ).new_id
    services.deadlines.add("Reply brief", "2025-05-03", matter_id=matter)  # within 3 days
    services.deadlines.add("Traverse", "2025-05-10", matter_id=matter)  # not yet
    services.deadlines.add(
        "Hearing memo (hour-based, 5 h away)", None, after="2025-04-28 13:00", within="72 hours"
    )
    window = QWidget()
    window.resize(900, 600)
    qtbot.addWidget(window)
    bus = Bus()
    centre = ReminderCentre(services, bus, window)
    strip = DueSoonStrip(centre, window)
    window.show()
    with qtbot.waitSignal(centre.notified, timeout=5000) as raised:
        centre.start()
    assert [r.item.title for r in raised.args[0]] == ["72-hour status report", "Reply brief"]
    assert strip.isVisible()
    assert "72-hour status report" in strip.label.text()
    assert "due in 60 min" in strip.label.text()
    if centre.tray is None:  # offscreen: the note in the window's corner
        assert centre.note is not None
        assert centre.note.isVisible()
        assert "2 deadlines need attention" in centre.note.title.text()
        assert "1 May 2025 09:00 EDT" in centre.note.body.text()

    # A second look raises no second notification for the same items.
    again: list[object] = []
    centre.notified.connect(again.append)
    with qtbot.waitSignal(centre.changed):
        centre.refresh()
    assert again == []

    # A click on a reminder opens it.
    with qtbot.waitSignal(centre.navigate) as went:
        strip.label.linkActivated.emit(f"deadline:{report}")
    assert went.args == ["deadlines", f"deadline:{report}"]

    # Done: it goes; snoozed: the rest go until the snooze ends.
    assert report is not None
    with qtbot.waitSignal(centre.changed):
        bus.announce(services.deadlines.set_done(report))
    assert [r.item.title for r in centre.reminders] == ["Reply brief"]
    with qtbot.waitSignal(centre.changed) as changed:
        centre.snooze_shown(timedelta(hours=1))
    assert changed.args[0] == []
    assert not strip.isVisible()
    centre.stop()


def test_a_stayed_order_raises_no_reminder(qtbot: QtBot, services: Services) -> None:
    order = services.orders.add(
        OrderCreate(matter_id=_matter(services), kind="tro", title="TRO", issued="2025-04-01")
    ).new_id
    assert order is not None
    services.orders.add_obligation(
        ObligationCreate(order_id=order, text="File notice", due="2025-05-02")
    )
    assert [r.item.title for r in services.reminders.due_soon()] == ["File notice"]
    services.orders.set_status(order, "stayed", "2025-04-30")
    assert services.reminders.due_soon() == []


def test_the_calendar_places_items_on_their_days_coloured_by_state(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    matter = _matter(services)
    services.deadlines.add("Serve the petition", "2025-05-06 17:00", matter_id=matter)
    done = services.deadlines.add("Old filing", "2025-05-01 07:00", matter_id=matter).new_id
    assert done is not None
    services.deadlines.set_done(done)
    services.deadlines.add("Missed reply", "2025-04-29", matter_id=matter)
    order = services.orders.add(
        OrderCreate(matter_id=matter, kind="tro", title="TRO", issued="2025-04-01")
    ).new_id
    assert order is not None
    services.orders.add_obligation(
        ObligationCreate(order_id=order, text="Notice", due="2025-05-02")
    )
    services.orders.set_status(order, "stayed", "2025-04-30")

    page = CalendarPage(services, Bus())
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    with qtbot.waitSignal(page.loaded, timeout=5000):
        page.activate()
    assert page.caption.text() == "May 2025"
    assert page.model.rowCount() == 5  # 28 April to 1 June
    qtmodeltester.check(page.model)

    def day(d: date) -> list[tuple[str, str]]:
        items = page.model.data(page.model.index_of(d), ITEMS_ROLE)
        return [(i.title, i.state) for i in items]

    assert day(date(2025, 4, 29)) == [("Missed reply", "overdue")]
    assert day(date(2025, 5, 1)) == [("Old filing", "done")]
    assert day(date(2025, 5, 2)) == [("Notice", "suspended")]
    assert day(date(2025, 5, 6)) == [("Serve the petition", "due")]
    page.grab()  # the delegate paints every cell without error

    # A click on a day with one item opens it.
    index = page.model.index_of(date(2025, 5, 6))
    with qtbot.waitSignal(page.navigate) as went:
        qtbot.mouseClick(
            page.view.viewport(),
            Qt.MouseButton.LeftButton,
            pos=page.view.visualRect(index).center(),
        )
    assert went.args[0] == "deadlines"

    # The week view, and stepping on a week.
    with qtbot.waitSignal(page.loaded):
        page.set_mode("week")
    assert page.model.rowCount() == 1
    assert page.caption.text() == "Week of 28 April 2025"
    with qtbot.waitSignal(page.loaded):
        page.step(1)
    assert day(date(2025, 5, 6)) == [("Serve the petition", "due")]
    assert not page.model.index_of(date(2025, 5, 2)).isValid()
