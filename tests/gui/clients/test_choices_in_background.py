"""Opening the client list counts nationalities on a worker, then fills the filter."""

from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
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
