"""The History tab shows the audit trail of the shown client, newest first."""

from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientUpdate
from casedesk.ui.bus import Bus
from casedesk.ui.clients.history import COL_CHANGES, COL_WHAT, HistoryTab


def test_history_lists_changes_newest_first(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    cid = services.clients.add(ClientCreate(given="Rocío", surname="Peña")).new_id
    assert cid is not None
    services.clients.update(cid, ClientUpdate(surname="Peña Ruiz"))
    tab = HistoryTab(services, Bus())
    qtbot.addWidget(tab)
    tab.load(services.clients.get(cid))
    model = tab.model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, COL_WHAT)) == "update client"
    assert "surname: Peña → Peña Ruiz" in model.data(model.index(0, COL_CHANGES))
    assert model.data(model.index(1, COL_WHAT)) == "create client"
