"""Fixtures shared by the GUI tests.

Waits: a test waits on a condition or a signal, with one generous ceiling
(:data:`WAIT_MS`), never on a short timer; pytest-timeout's global ceiling stops a test
that truly hangs. A 2-core machine running six other jobs can take tens of seconds for
what takes milliseconds alone.
"""

from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

WAIT_S = 120
WAIT_MS = WAIT_S * 1000


@pytest.fixture(autouse=True)
def _waits_never_shorter_than_the_ceiling(monkeypatch: pytest.MonkeyPatch) -> None:
    """A timeout written into a test (``timeout=5000``) is a guess about how busy the
    machine is; every wait on a condition or a signal gets the ceiling instead, so a
    slow machine makes a test slower, never red. Waits that must time out to pass
    (``raising=False``) keep theirs."""
    for name in ("waitUntil", "waitSignal", "waitSignals", "waitCallback"):
        original = getattr(QtBot, name)

        def patched(self: QtBot, *args: Any, __original: Any = original, **kwargs: Any) -> Any:
            if kwargs.get("raising", True) is not False:
                kwargs["timeout"] = max(int(kwargs.get("timeout") or 0), WAIT_MS)
            return __original(self, *args, **kwargs)

        monkeypatch.setattr(QtBot, name, patched)


class Answers:
    """Stands in for QMessageBox: records what was asked or shown, answers from a queue."""

    def __init__(self) -> None:
        self.queue: list[QMessageBox.StandardButton] = []
        self.asked: list[str] = []
        self.shown: list[str] = []

    def question(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.asked.append(text)
        assert self.queue, f"unexpected question: {text}"
        return self.queue.pop(0)

    def inform(self, _parent: Any, _title: str, text: str, *_args: Any) -> Any:
        self.shown.append(text)
        return QMessageBox.StandardButton.Ok


def _event_loops_return_at_once() -> bool:
    """True when the application is stuck "quitting": Qt's ``quitNow`` flag is set (by
    ``QCoreApplication.exit()`` outside the application's own ``exec()``), and every
    ``QEventLoop.exec()`` then returns -1 before delivering a single event."""
    loop = QEventLoop()
    QTimer.singleShot(0, loop.quit)
    return loop.exec() == -1


def _clear_quit_flag(qapp: QApplication) -> None:
    """The application's own exec() clears the flag on the way in and out."""
    QTimer.singleShot(0, qapp.quit)
    qapp.exec()


@pytest.fixture(autouse=True)
def _event_loop_left_running(qapp: QApplication) -> Any:
    """A test that runs the application's own event loop (``launch``) can leave a Quit
    behind: closing the last window posts one, which, delivered after ``exec()`` has
    returned, sets Qt's quit flag for good. Every later wait (qtbot.waitUntil,
    waitSignal) would then return at once without delivering timers or queued signals,
    and unrelated tests would time out. A stray Quit is dropped here; a test that still
    leaves the flag set fails itself, by name, and the application is put right."""
    yield
    QCoreApplication.removePostedEvents(qapp, QEvent.Type.Quit)
    if _event_loops_return_at_once():
        _clear_quit_flag(qapp)
        pytest.fail("this test left the application quitting: later event loops would not run")


@pytest.fixture
def answers(monkeypatch: pytest.MonkeyPatch) -> Answers:
    found = Answers()
    monkeypatch.setattr(QMessageBox, "question", found.question)
    for name in ("warning", "information", "critical"):
        monkeypatch.setattr(QMessageBox, name, found.inform)
    return found


@pytest.fixture(autouse=True)
def english(qapp: Any) -> Any:
    """The application's translators, as the app installs them: English plural forms
    ("1 client", "2 clients") come from a catalogue too."""
    from casedesk.ui import i18n  # noqa: PLC0415 - Qt imported by the GUI tests only

    i18n.install(qapp, "en")
    yield
    i18n.uninstall(qapp)


@pytest.fixture
def store_kind() -> str:
    """The window is tested over store files; the services under it run on both kinds
    of store in tests/unit and tests/integration, and team windows in test_team_windows."""
    return "sqlite"
