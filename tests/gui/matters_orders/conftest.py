"""Fixtures for the matters and orders pages: a page on the test store, and a way to
drive the form dialogs a page opens (their ``exec`` would block a test)."""

from collections.abc import Callable

import pytest
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate
from casedesk.ui.bus import Bus
from casedesk.ui.matters.form import FormDialog

Driver = Callable[[FormDialog], None]


@pytest.fixture
def drive(monkeypatch: pytest.MonkeyPatch) -> Callable[[Driver], None]:
    """Queue a function that fills in (and accepts or cancels) the next form dialog."""
    drivers: list[Driver] = []

    def fake_exec(self: FormDialog) -> int:
        self.show()
        drivers.pop(0)(self)
        self.hide()
        return int(self.result())

    monkeypatch.setattr(FormDialog, "exec", fake_exec)
    return drivers.append


@pytest.fixture
def bus(qtbot: QtBot) -> Bus:
    return Bus()


def wait_idle(qtbot: QtBot, page: object) -> None:
    """Wait for the page's background reads (overdue counts) to arrive."""
    qtbot.waitUntil(lambda: not page.busy, timeout=10_000)  # type: ignore[attr-defined]


def class_matter(services: Services) -> tuple[int, int]:
    """A class action with one (fictional) member; returns (matter id, client id)."""
    matter_id = services.matters.add(
        MatterCreate(
            title="Doe v. Example", kind="class_action", court="D.D.C.", docket="1:25-cv-01234"
        )
    ).new_id
    client_id = services.clients.add(ClientCreate(given="Marisol", surname="Quintero")).new_id
    assert matter_id is not None
    assert client_id is not None
    services.matters.link(client_id, matter_id, "class_member")
    return matter_id, client_id
