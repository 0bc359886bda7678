"""Fixtures shared by the GUI tests.

Waits: a test waits on a condition or a signal, with one generous ceiling
(:data:`WAIT_MS`), never on a short timer; pytest-timeout's global ceiling stops a test
that truly hangs. A 2-core machine running six other jobs can take tens of seconds for
what takes milliseconds alone.
"""

from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
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
