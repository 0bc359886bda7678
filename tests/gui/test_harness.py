"""The GUI suite's own guard: a test that leaves Qt's quit flag set is caught, and the
application is put right, so later tests' waits still deliver timers and signals."""

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from tests.gui.conftest import _clear_quit_flag, _event_loops_return_at_once


def _timers_fire(qtbot: QtBot) -> None:
    fired: list[bool] = []
    QTimer.singleShot(0, lambda: fired.append(True))
    qtbot.waitUntil(lambda: fired == [True])


def test_an_exit_outside_exec_is_detected_and_undone(qtbot: QtBot, qapp: QApplication) -> None:
    assert not _event_loops_return_at_once()
    QCoreApplication.exit(0)  # no exec() is running: the quit flag stays set
    try:
        assert _event_loops_return_at_once()
    finally:
        _clear_quit_flag(qapp)
    assert not _event_loops_return_at_once()
    _timers_fire(qtbot)


def test_a_quit_delivered_after_exec_sets_the_flag(qtbot: QtBot, qapp: QApplication) -> None:
    """What the launch test left behind: closing the last window posts a Quit; delivered
    once exec() has returned, it stops every later event loop."""
    QCoreApplication.postEvent(qapp, QEvent(QEvent.Type.Quit))
    QCoreApplication.sendPostedEvents(qapp, QEvent.Type.Quit)
    try:
        assert _event_loops_return_at_once()
    finally:
        _clear_quit_flag(qapp)
    _timers_fire(qtbot)
