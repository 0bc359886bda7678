"""The Matters page driven as a person would: open a matter (a bad docket first), add a
client to the roster by searching, remove them again, and go to a client or an order."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, MatterCreate, OrderCreate
from casedesk.ui.bus import Bus
from casedesk.ui.matters.dialogs import AddClientDialog, NewMatterDialog
from casedesk.ui.matters.form import FormDialog
from casedesk.ui.matters.model import COL_DOCKET, COL_PEOPLE, COL_TITLE, ROSTER_NAME
from casedesk.ui.matters.page import MattersPage

from .conftest import class_matter, wait_idle

pytestmark = pytest.mark.gui


def ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def roster_names(page: MattersPage) -> list[str]:
    model = page.roster_model
    return [model.data(model.index(r, ROSTER_NAME)) for r in range(model.rowCount())]


def test_new_matter_refuses_a_bad_docket_then_opens(
    qtbot: QtBot, services: Services, bus: Bus, drive: Callable
) -> None:
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    assert page.list_stack.currentWidget() is page.empty
    assert "No matters yet" in page.empty.text()

    def fill(dialog: FormDialog) -> None:
        assert isinstance(dialog, NewMatterDialog)
        qtbot.keyClicks(dialog.title_edit, "Quintero v. Example")
        dialog.kind.setCurrentIndex(dialog.kind.findData("habeas"))
        qtbot.keyClicks(dialog.court, "dmd")
        qtbot.keyClicks(dialog.docket, "not a docket")
        qtbot.keyClicks(dialog.judge, "Judge Paula Xinis")
        ok(qtbot, dialog)
        # Refused on the field, dialog still open, nothing stored.
        assert dialog.isVisible()
        assert dialog.error_text("docket")
        assert "1:25-cv-00766" in dialog.error_text("docket")
        assert dialog.docket.property("invalid") is True
        assert services.matters.summaries() == []
        dialog.docket.clear()
        qtbot.keyClicks(dialog.docket, "8:25-cv-951")
        ok(qtbot, dialog)
        assert not dialog.error_text("docket")

    drive(fill)
    qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
    [matter] = services.matters.summaries()
    assert (matter.court, matter.docket) == ("D. Md.", "8:25-cv-00951")
    assert page.list_stack.currentWidget() is page.table
    assert page.current_matter_id() == matter.id
    assert page.model.data(page.model.index(0, COL_DOCKET)) == "8:25-cv-00951"
    assert "Quintero v. Example" in page.caption.text()


def test_add_and_remove_a_client(
    qtbot: QtBot, services: Services, bus: Bus, drive: Callable, monkeypatch: pytest.MonkeyPatch
) -> None:
    matter_id, _member = class_matter(services)
    services.clients.add(
        ClientCreate(given="José Ángel", surname="Villanueva", a_number="A012345678")
    )
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.show_item(matter_id)
    assert roster_names(page) == ["Quintero, Marisol"]

    def pick(dialog: FormDialog) -> None:
        assert isinstance(dialog, AddClientDialog)
        qtbot.keyClicks(dialog.query, "jose angel villanueva")  # no accents typed
        qtbot.waitUntil(lambda: dialog.results.count() > 0 and dialog.chosen_client() is not None)
        assert "Villanueva" in dialog.results.item(0).text()
        dialog.role.setCurrentIndex(dialog.role.findData("named_plaintiff"))
        ok(qtbot, dialog)

    drive(pick)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    assert roster_names(page) == ["Quintero, Marisol", "Villanueva, José Ángel"]
    assert page.model.data(page.model.index(0, COL_PEOPLE)) == "2"
    assert page.tabs.tabText(0) == "People (2)"

    # Remove, confirming the question.
    asked: list[str] = []

    def confirm(_parent: object, _title: str, text: str, *args: object) -> object:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", confirm)
    page.roster.selectRow(1)
    qtbot.mouseClick(page.remove_button, Qt.MouseButton.LeftButton)
    assert "Villanueva, José Ángel" in asked[0]
    assert roster_names(page) == ["Quintero, Marisol"]
    assert [p.client_id for p in services.matters.roster(matter_id).rows] == [_member]


def test_cancelled_removal_keeps_the_person(
    qtbot: QtBot, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch
) -> None:
    class_matter(services)
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.No)
    page.roster.selectRow(0)
    page.remove_clients()
    assert roster_names(page) == ["Quintero, Marisol"]


def test_double_clicks_go_to_the_client_and_the_order(
    qtbot: QtBot, services: Services, bus: Bus
) -> None:
    matter_id, client_id = class_matter(services)
    order_id = services.orders.add(
        OrderCreate(matter_id=matter_id, kind="tro", title="TRO", issued="2025-04-01")
    ).new_id
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    wait_idle(qtbot, page)
    assert page.orders_model.rowCount() == 1
    with qtbot.waitSignal(page.navigate) as blocker:
        page.roster.doubleClicked.emit(page.roster_model.index(0, ROSTER_NAME))
    assert blocker.args == ["client", client_id]
    with qtbot.waitSignal(page.navigate) as blocker:
        page.orders.doubleClicked.emit(page.orders_model.index(0, 0))
    assert blocker.args == ["order", order_id]
    assert page.model.data(page.model.index(0, COL_TITLE)) == "Doe v. Example"


def test_changes_elsewhere_refresh_and_keep_the_selection(
    qtbot: QtBot, services: Services, bus: Bus
) -> None:
    matter_id, client_id = class_matter(services)
    other = services.matters.add(
        MatterCreate(title="Roe v. Example", kind="habeas", court="D. Mass.", docket="1:25-cv-2")
    ).new_id
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    page.show_item(other)
    assert page.current_matter_id() == other
    # Another page links the client here and announces it on the shared bus.
    assert other is not None
    bus.announce(services.matters.link(client_id, other, "petitioner"), None)
    assert page.current_matter_id() == other
    assert roster_names(page) == ["Quintero, Marisol"]
    assert page.model.data(page.model.index(page.model.find(other), COL_PEOPLE)) == "1"
    assert page.model.find(matter_id) >= 0


def test_print_brief_opens_the_brief_dialog_for_the_matter(
    qtbot: QtBot, services: Services, bus: Bus, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casedesk.ui.briefs import dialog as brief_dialog  # noqa: PLC0415

    matter_id, _client = class_matter(services)
    opened: list[tuple[str, object]] = []
    monkeypatch.setattr(
        brief_dialog, "open_brief_dialog", lambda _p, _s, kind, key: opened.append((kind, key))
    )
    page = MattersPage(services, bus)
    qtbot.addWidget(page)
    page.show()
    page.activate()
    qtbot.mouseClick(page.brief_button, Qt.MouseButton.LeftButton)
    assert opened == [("matter", matter_id)]
