"""Tools ▸ Court closures…: list, add (a bad day refused on the field, nothing stored)
and remove a court's closures, which FRCP 6(a) then counts as that court's holidays."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.ui.bus import Bus
from casedesk.ui.calendar.closures import COL_DAY, COL_REASON, ClosuresWindow
from casedesk.ui.main_window import MainWindow
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui


def test_tools_menu_opens_the_window_once(qtbot: QtBot, services: Services) -> None:
    window = MainWindow(services)
    window.auto_backup = False  # no backups of a test store
    qtbot.addWidget(window)
    try:
        window.show()
        actions = {a.text(): a for a in window.findChildren(QAction)}
        action = actions["Court &closures…"]
        action.trigger()
        opened = window.closures_window  # type: ignore[attr-defined]
        assert isinstance(opened, ClosuresWindow)
        qtbot.waitUntil(opened.isVisible)
        action.trigger()  # a second time: the same window, raised
        assert window.closures_window is opened  # type: ignore[attr-defined]
        opened.close()
    finally:
        window.close()


def test_add_and_remove_a_closure(qtbot: QtBot, services: Services, answers: Answers) -> None:
    bus = Bus()
    window = ClosuresWindow(services, bus)
    qtbot.addWidget(window)
    window.show()
    assert window.model.rowCount() == 0
    assert not window.empty.isHidden()
    assert not window.remove_button.isEnabled()

    qtbot.mouseClick(window.add_button, Qt.MouseButton.LeftButton)
    dialog = window.dialog
    assert dialog is not None
    qtbot.addWidget(dialog)
    qtbot.waitUntil(dialog.isVisible)
    qtbot.keyClicks(dialog.court, "dmd")
    qtbot.keyClicks(dialog.day, "2025-07")
    qtbot.keyClicks(dialog.reason, "Flooded courthouse")
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert "one exact day" in dialog.error_text("day")
    assert services.court_calendar.closures() == []
    dialog.day.setText("2025-07-07")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 1)
    assert window.model.data(window.model.index(0, COL_DAY)) == "Mon 7 Jul 2025"
    assert window.model.data(window.model.index(0, COL_REASON)) == "Flooded courthouse"
    assert window.empty.isHidden()
    # The closure now moves a deadline of that court: Fri 4 July, then Mon 7 July closed.
    computed = services.court_calendar.compute("2025-06-20", "14 days", court="D. Md.")
    assert computed.due.local().date().isoformat() == "2025-07-08"

    window.table.selectRow(0)
    assert window.remove_button.isEnabled()
    answers.queue.append(QMessageBox.StandardButton.No)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1  # "No" keeps it
    answers.queue.append(QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(window.remove_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 0)
    assert "D. Md." in answers.asked[-1]
    assert services.court_calendar.closures() == []
