"""Fixtures for the Clients page tests: a page on a fresh store, answers for the message
boxes a person would click, and helpers to read what the list shows."""

from collections.abc import Callable
from typing import Any

import pytest
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


@pytest.fixture
def add_client(services: Services) -> Callable[..., int]:
    def add(**fields: Any) -> int:
        new_id = services.clients.add(ClientCreate(**fields)).new_id
        assert new_id is not None
        return new_id

    return add
