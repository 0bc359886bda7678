"""Correcting matters and orders from their pages: the matter, the order, its status
history, its obligations (text, due, whom it binds) and a person's compliance record
edit in the forms that add them, prefilled, and go to the Trash with a reason."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit, QTableView
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ComplianceSet, ObligationCreate, OrderCreate
from casedesk.ui.bus import Bus
from casedesk.ui.entries.actions import EntryActions
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.matters.dialogs import NewMatterDialog
from casedesk.ui.matters.page import MattersPage
from casedesk.ui.orders.dialogs import AddObligationDialog, NewOrderDialog
from casedesk.ui.orders.page import OrdersPage

from .conftest import class_matter, wait_idle

pytestmark = pytest.mark.gui


def ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def actions_of(page: object, table: QTableView) -> EntryActions:
    return next(a for a in page.entry_actions if a.table is table)  # type: ignore[attr-defined]


def with_order(services: Services) -> tuple[int, int, int]:
    """(order id, obligation id, client id) on a class action, one person bound."""
    matter_id, client_id = class_matter(services)
    order_id = services.orders.add(
        OrderCreate(
            matter_id=matter_id,
            kind="tro",
            title="TRO barring transfer",
            issued="2025-03-15 18:44",
            summary="Defendants shall not transfer class members.",
        )
    ).new_id
    assert order_id is not None
    obligation_id = services.orders.add_obligation(
        ObligationCreate(
            order_id=order_id,
            text="File a status report",
            due="2025-04-07 23:59",
            client_ids=(client_id,),
        )
    ).new_id
    assert obligation_id is not None
    services.orders.set_compliance(
        ComplianceSet(
            obligation_id=obligation_id,
            client_id=client_id,
            status="complied",
            evidence="declaration",
            date="2025-04-06",
        )
    )
    return order_id, obligation_id, client_id


def open_orders(qtbot: QtBot, services: Services, bus: Bus, order_id: int) -> OrdersPage:
    page = OrdersPage(services, bus)
    qtbot.addWidget(page)
    page.resize(1100, 760)
    page.show()
    page.activate()
    wait_idle(qtbot, page)
    page.show_item(order_id)
    wait_idle(qtbot, page)
    return page


def test_matter_edits_on_double_click_in_the_new_matter_form(
    qtbot: QtBot, services: Services, bus: Bus
) -> None:
    matter_id, _client = class_matter(services)
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    wait_idle(qtbot, page)
    page.table.setFocus()
    page.table.selectRow(0)
    rect = page.table.visualRect(page.model.index(0, 0))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    dialog = actions_of(page, page.table).active_dialog
    assert isinstance(dialog, NewMatterDialog)
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Edit matter"
    assert dialog.docket.text() == "1:25-cv-01234"
    dialog.docket.setText("1:25-cv-01235")
    ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.records.get("matter", matter_id).values["docket"] == "1:25-cv-01235"
    wait_idle(qtbot, page)
    assert page.model.data(page.model.index(0, 3)) == "1:25-cv-01235"  # refreshed


def test_order_obligation_history_and_compliance_edit(
    qtbot: QtBot, services: Services, bus: Bus
) -> None:
    order_id, obligation_id, client_id = with_order(services)
    page = open_orders(qtbot, services, bus, order_id)

    orders = actions_of(page, page.table)
    page.table.selectRow(page.model.find(order_id))
    order_form = orders.edit_current()
    assert isinstance(order_form, NewOrderDialog)
    assert not order_form.matter.isVisibleTo(order_form)  # an order stays on its matter
    assert order_form.title_edit.text() == "TRO barring transfer"
    order_form.title_edit.setText("TRO barring transfer out of the district")
    ok(qtbot, order_form)
    assert not order_form.isVisible()
    assert services.records.get("order", order_id).values["title"].endswith("district")

    wait_idle(qtbot, page)
    page.obligations.selectRow(0)
    duty_form = actions_of(page, page.obligations).edit_current()
    assert isinstance(duty_form, AddObligationDialog)
    assert duty_form.named_ids() == (client_id,)  # whom it binds, prefilled
    assert duty_form.due.text().startswith("2025-04-07")
    duty_form.due.setText("2025-04-08 17:00")
    ok(qtbot, duty_form)
    assert not duty_form.isVisible()
    assert services.records.get("obligation", obligation_id).values["due"].startswith("2025-04-08")

    wait_idle(qtbot, page)
    page.obligations.selectRow(0)
    wait_idle(qtbot, page)
    page.compliance.selectRow(0)
    record_form = actions_of(page, page.compliance).edit_current()
    assert record_form is not None
    evidence = record_form.errors.widget("evidence")
    assert evidence is not None
    assert evidence.toPlainText() == "declaration"  # type: ignore[attr-defined]
    evidence.setPlainText("declaration of counsel")  # type: ignore[attr-defined]
    ok(qtbot, record_form)
    assert not record_form.isVisible()

    page.history.selectRow(0)
    history_form = actions_of(page, page.history).edit_current()
    assert history_form is not None
    source = history_form.errors.widget("source")
    assert isinstance(source, QLineEdit)
    source.setText("Minute order")
    ok(qtbot, history_form)
    assert not history_form.isVisible()


def test_obligation_removed_with_a_reason_goes_to_the_trash(
    qtbot: QtBot, services: Services, bus: Bus, drive: Callable
) -> None:
    order_id, _obligation, _client = with_order(services)
    page = open_orders(qtbot, services, bus, order_id)
    # The Delete shortcut acts only while the table has focus, on its loaded rows.
    qtbot.waitUntil(lambda: page.obligations_model.rowCount() == 1)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.obligations.setFocus()
    qtbot.waitUntil(page.obligations.hasFocus)
    page.obligations.selectRow(0)
    qtbot.keyClick(page.obligations, Qt.Key.Key_Delete)
    prompt = actions_of(page, page.obligations).active_dialog
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    prompt.reason.setEditText("order vacated")  # type: ignore[attr-defined]
    ok(qtbot, prompt)
    assert not prompt.isVisible()
    wait_idle(qtbot, page)
    assert page.obligations_model.rowCount() == 0
    [item] = services.trash.list()
    assert (item.kind, item.reason) == ("obligation", "order vacated")
    assert item.contains.get("compliance") == 1  # the record came along
