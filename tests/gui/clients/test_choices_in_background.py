"""The client list at scale: choices counted on a worker, the total counted once."""

import pytest
from PySide6.QtCore import QModelIndex
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientPage, ClientQuery
from casedesk.ui.bus import Bus
from casedesk.ui.clients.page import ClientsPage


def test_the_nationality_choices_arrive_from_a_worker(qtbot: QtBot, services: Services) -> None:
    services.demo.generate(clients=120, seed=4)
    expected = services.clients.nationalities(include_archived=True)
    page = ClientsPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    # The page is up before the choices: they are filled in when the worker answers.
    qtbot.waitUntil(lambda: page.filters.nationality.count() == len(expected) + 1, timeout=15_000)
    codes = [page.filters.nationality.itemData(i) for i in range(1, len(expected) + 1)]
    assert codes == [code for code, _n in expected]


def test_scrolling_reads_pages_without_counting_the_list_again(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    services.demo.generate(clients=450, seed=4)
    asked: list[ClientQuery] = []
    real = services.clients.list

    def spy(query: ClientQuery | None = None) -> ClientPage:
        assert query is not None
        asked.append(query)
        return real(query)

    monkeypatch.setattr(services.clients, "list", spy)
    page = ClientsPage(services, Bus())
    qtbot.addWidget(page)
    page.show()
    page.activate()
    model = page.model
    total = model.total
    assert total >= 450
    while not model.complete:  # each page read on the model's worker
        with qtbot.waitSignal(model.page_loaded):
            model.fetchMore(QModelIndex())
    assert model.rowCount() == total == model.total
    # Let the page's background count of filter choices finish before it is torn down.
    qtbot.waitUntil(lambda: page.filters.nationality.count() > 1, timeout=15_000)
    counted = [q for q in asked if q.with_total]
    assert len(counted) == 1  # the first page; every later page skips the count
    assert len(asked) > len(counted)
