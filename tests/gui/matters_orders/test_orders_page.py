"""The Orders & compliance page driven as a person would: record an order and an
obligation already past due, see it overdue everywhere, record compliance, and change
the order's status."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.qtbot import QtBot

from casedesk.domain.errors import ValidationError
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, ComplianceSet, ObligationCreate, OrderCreate
from casedesk.ui.bus import Bus
from casedesk.ui.matters.form import FormDialog
from casedesk.ui.orders.dialogs import (
    AddObligationDialog,
    ChangeStatusDialog,
    NewOrderDialog,
    RecordComplianceDialog,
)
from casedesk.ui.orders.model import (
    COL_OVERDUE,
    COMP_STATUS,
    HIST_STATUS,
    OB_COUNTDOWN,
    OVERDUE_ROLE,
)
from casedesk.ui.orders.page import OrdersPage

from .conftest import class_matter, wait_idle

pytestmark = pytest.mark.gui


def ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def cell(model: object, row: int, column: int, role: int = Qt.ItemDataRole.DisplayRole) -> object:
    return model.data(model.index(row, column), role)  # type: ignore[attr-defined]


def open_page(qtbot: QtBot, services: Services, bus: Bus) -> OrdersPage:
    page = OrdersPage(services, bus)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.activate()
    wait_idle(qtbot, page)
    return page


def test_empty_store_says_how_to_start(qtbot: QtBot, services: Services, bus: Bus) -> None:
    page = open_page(qtbot, services, bus)
    assert page.list_stack.currentWidget() is page.empty
    assert "No orders yet" in page.empty.text()
    assert not page.status_button.isEnabled()


def test_order_obligation_compliance_and_status(
    qtbot: QtBot, services: Services, bus: Bus, drive: Callable
) -> None:
    matter_id, client_id = class_matter(services)
    page = open_page(qtbot, services, bus)

    def new_order(dialog: FormDialog) -> None:
        assert isinstance(dialog, NewOrderDialog)
        assert dialog.matter.currentData() == matter_id
        dialog.kind.setCurrentIndex(dialog.kind.findData("tro"))
        qtbot.keyClicks(dialog.title_edit, "TRO barring removal of class members")
        dialog.issued.clear()
        qtbot.keyClicks(dialog.issued, "2025-04-10")
        ok(qtbot, dialog)

    drive(new_order)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    [order] = services.orders.list_summaries()
    assert page.current_order_id() == order.id
    assert "TRO barring removal" in page.caption.text()

    def obligation(dialog: FormDialog) -> None:
        assert isinstance(dialog, AddObligationDialog)
        qtbot.keyClicks(dialog.text, "File a declaration on each member's location")
        qtbot.keyClicks(dialog.due, "the twentieth")
        ok(qtbot, dialog)
        assert dialog.error_text("due")  # refused on the field; nothing stored
        assert services.orders.obligation_summaries(order.id) == []
        dialog.due.clear()
        qtbot.keyClicks(dialog.due, "2025-04-20")  # past: today is 2025-05-01
        ok(qtbot, dialog)

    drive(obligation)
    qtbot.mouseClick(page.obligation_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    # Overdue in the obligations table, the orders list and the compliance table.
    assert cell(page.obligations_model, 0, OB_COUNTDOWN) == "Overdue by 11 days"
    assert cell(page.obligations_model, 0, OB_COUNTDOWN, OVERDUE_ROLE) is True
    assert cell(page.obligations_model, 0, OB_COUNTDOWN, Qt.ItemDataRole.FontRole).bold()
    assert cell(page.model, 0, COL_OVERDUE) == "1 overdue"
    assert cell(page.model, 0, COL_OVERDUE, OVERDUE_ROLE) is True
    assert "overdue" in page.caption.text()
    assert page.compliance_model.rowCount() == 1
    assert cell(page.compliance_model, 0, COMP_STATUS) == "Pending"
    assert cell(page.compliance_model, 0, COMP_STATUS, OVERDUE_ROLE) is True

    def complied(dialog: FormDialog) -> None:
        assert isinstance(dialog, RecordComplianceDialog)
        assert dialog.people == [(client_id, "Quintero, Marisol")]
        qtbot.keyClicks(dialog.evidence, "Declaration filed, ECF 42")
        ok(qtbot, dialog)

    page.compliance.selectRow(0)
    assert page.record_button.isEnabled()
    drive(complied)
    qtbot.mouseClick(page.record_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    assert cell(page.model, 0, COL_OVERDUE) == ""
    assert cell(page.model, 0, COL_OVERDUE, OVERDUE_ROLE) is False
    assert cell(page.obligations_model, 0, OB_COUNTDOWN) == "Complied"
    assert cell(page.compliance_model, 0, COMP_STATUS) == "Complied"

    def stayed(dialog: FormDialog) -> None:
        assert isinstance(dialog, ChangeStatusDialog)
        dialog.status.setCurrentIndex(dialog.status.findData("stayed"))
        dialog.date.clear()
        qtbot.keyClicks(dialog.date, "2025-04-25")
        qtbot.keyClicks(dialog.source, "Court of appeals order")
        ok(qtbot, dialog)

    drive(stayed)
    qtbot.mouseClick(page.status_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, page)
    history = [cell(page.history_model, r, HIST_STATUS) for r in range(2)]
    assert page.history_model.rowCount() == 2
    assert history == ["In force", "Stayed"]
    assert "Stayed" in page.caption.text()


def test_show_item_selects_the_order(qtbot: QtBot, services: Services, bus: Bus) -> None:
    matter_id, _client = class_matter(services)
    ids = [
        services.orders.add(
            OrderCreate(matter_id=matter_id, kind="tro", title=title, issued=issued)
        ).new_id
        for title, issued in (("First", "2025-03-01"), ("Second", "2025-03-02"))
    ]
    page = OrdersPage(services, bus)
    qtbot.addWidget(page)
    page.show_item(ids[1])  # before the page was ever shown
    wait_idle(qtbot, page)
    assert page.current_order_id() == ids[1]
    assert "Second" in page.caption.text()
    page.show_item(ids[0])
    wait_idle(qtbot, page)
    assert page.current_order_id() == ids[0]
    assert "First" in page.caption.text()


def test_compliance_for_several_people_is_stored_together(
    qtbot: QtBot, services: Services, bus: Bus, drive: Callable
) -> None:
    matter_id, first = class_matter(services)
    second = services.clients.add(ClientCreate(given="Tomás", surname="Abreu")).new_id
    outsider = services.clients.add(ClientCreate(given="Lía", surname="Ferrer")).new_id
    assert second is not None
    assert outsider is not None
    services.matters.link(second, matter_id, "class_member")
    order_id = services.orders.add(
        OrderCreate(matter_id=matter_id, kind="tro", title="TRO", issued="2025-04-01")
    ).new_id
    assert order_id is not None
    ob_id = services.orders.add_obligation(
        ObligationCreate(order_id=order_id, text="Return them", due="2025-04-05")
    ).new_id
    assert ob_id is not None
    # All or nothing: one person the obligation does not bind refuses the whole batch.
    with pytest.raises(ValidationError):
        services.orders.set_compliance_many(
            [
                ComplianceSet(obligation_id=ob_id, client_id=first, status="complied"),
                ComplianceSet(obligation_id=ob_id, client_id=outsider, status="complied"),
            ]
        )
    assert services.orders.obligation_summaries(order_id)[0].complied == 0

    page = open_page(qtbot, services, bus)
    page.compliance.selectAll()

    def partial(dialog: FormDialog) -> None:
        assert isinstance(dialog, RecordComplianceDialog)
        assert len(dialog.people) == 2
        dialog.status.setCurrentIndex(dialog.status.findData("partial"))
        ok(qtbot, dialog)

    drive(partial)
    page.record_compliance()
    wait_idle(qtbot, page)
    statuses = {cell(page.compliance_model, r, COMP_STATUS) for r in range(2)}
    assert statuses == {"Partial"}
    assert cell(page.model, 0, COL_OVERDUE) == "1 overdue"  # partial is not complied
