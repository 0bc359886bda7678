"""Fixtures for the Clients page tests: a page on a fresh store, answers for the message
boxes a person would click, and helpers to read what the list shows."""

from collections.abc import Callable
from typing import Any

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.bus import Bus
from casedesk.ui.clients.page import ClientsPage


@pytest.fixture
def page(qtbot: QtBot, services: Services) -> ClientsPage:
    widget = ClientsPage(services, Bus())
    qtbot.addWidget(widget)
    widget.resize(1080, 730)
    widget.show()
    widget.activate()
    return widget


class Answers:
    """Stands in for QMessageBox: records what was asked and answers from a queue."""

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


@pytest.fixture
def add_client(services: Services) -> Callable[..., int]:
    def add(**fields: Any) -> int:
        new_id = services.clients.add(ClientCreate(**fields)).new_id
        assert new_id is not None
        return new_id

    return add
