"""The History tab shows the audit trail of the shown client, newest first, in the
user's language: labels and values a person reads, never stored field names."""

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.entry_schemas import StatusUpdate
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ClientUpdate, StatusCreate
from casedesk.ui import i18n
from casedesk.ui.bus import Bus
from casedesk.ui.clients.history import COL_CHANGES, COL_WHAT, HistoryTab


def history_of(qtbot: QtBot, services: Services, cid: int) -> HistoryTab:
    tab = HistoryTab(services, Bus())
    qtbot.addWidget(tab)
    tab.load(services.clients.get(cid))
    return tab


def test_history_lists_changes_newest_first(
    qtbot: QtBot, services: Services, qtmodeltester: ModelTester
) -> None:
    cid = services.clients.add(ClientCreate(given="Rocío", surname="Peña")).new_id
    assert cid is not None
    services.clients.update(cid, ClientUpdate(surname="Peña Ruiz"))
    model = history_of(qtbot, services, cid).model
    qtmodeltester.check(model)
    assert model.rowCount() == 2
    assert model.data(model.index(0, COL_WHAT)) == "Changed client"
    assert "Surname: Peña → Peña Ruiz" in model.data(model.index(0, COL_CHANGES))
    assert model.data(model.index(1, COL_WHAT)) == "Added client"


def corrected_status(services: Services) -> int:
    """A client whose status date was typed with the wrong day, then corrected."""
    cid = services.clients.add(ClientCreate(given="Rocío", surname="Peña")).new_id
    assert cid is not None
    services.clients.add_status(
        cid, StatusCreate(status="pending_asylum", date="2025-03-16", source="family")
    )
    entry = services.clients.get(cid).statuses[0]
    services.records.edit("status", entry.id, StatusUpdate(date="2025-03-15"))
    return cid


def test_history_speaks_english_not_field_names(qtbot: QtBot, services: Services) -> None:
    model = history_of(qtbot, services, corrected_status(services)).model
    assert model.data(model.index(0, COL_WHAT)) == "Changed legal status"
    assert model.data(model.index(0, COL_CHANGES)) == "Status date: 16 Mar 2025 → 15 Mar 2025"
    added = model.data(model.index(1, COL_CHANGES))
    assert "Status: Asylum pending" in added
    every_cell = " ".join(
        str(model.data(model.index(r, c))) for r in range(model.rowCount()) for c in range(4)
    )
    for stored_name in ("date_key", "pending_asylum", "status_entry", "_"):
        assert stored_name not in every_cell


@pytest.fixture
def spanish(qapp: QApplication) -> Iterator[None]:
    i18n.install(qapp, "es")
    yield
    i18n.uninstall(qapp)


def test_history_speaks_spanish(qtbot: QtBot, services: Services, spanish: None) -> None:
    model = history_of(qtbot, services, corrected_status(services)).model
    assert model.data(model.index(0, COL_WHAT)) == "Modificó estado legal"
    assert model.data(model.index(0, COL_CHANGES)) == (
        "Fecha del estado: 16 mar 2025 → 15 mar 2025"
    )
