"""Correcting a client's record from the GUI: every table of entries edits on
double-click or Enter (the adding form, prefilled), removes on Delete with a required
reason, and offers Edit, Remove and Copy on a right-click. Fictional people only."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QTableView
from pytestqt.qtbot import QtBot

from casedesk.domain.enums import LegalStatus
from casedesk.services.entry_schemas import StatusUpdate
from casedesk.services.registry import Services
from casedesk.services.schemas import CustodyCreate, StatusCreate
from casedesk.ui.clients.detail_models import StatusModel
from casedesk.ui.clients.dialogs import StatusDialog
from casedesk.ui.clients.page import ClientsPage
from casedesk.ui.entries.actions import EntryActions
from casedesk.ui.entries.remove import RemoveDialog
from casedesk.ui.form_dialog import FormDialog

pytestmark = pytest.mark.gui


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def double_click_row(qtbot: QtBot, table: QTableView, row: int) -> None:
    table.setFocus()
    rect = table.visualRect(table.model().index(row, 1))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def wrong_year(page: ClientsPage, services: Services, add_client: Callable[..., int]) -> int:
    """A client whose status entry says 2024-03-15 though the family said 2025."""
    cid = add_client(given="Rocío", surname="Peña")
    services.clients.add_status(
        cid, StatusCreate(status="pending_asylum", date="2024-03-15", source="family")
    )
    page.show_item(cid)
    page.detail.tabs.setCurrentWidget(page.detail.status_tab)
    return cid


def test_double_click_edits_a_status_entry_in_the_adding_form(
    qtbot: QtBot, page: ClientsPage, services: Services, wrong_year: int
) -> None:
    tab = page.detail.status_tab
    double_click_row(qtbot, tab.table, 0)
    dialog = tab.actions_.active_dialog
    assert isinstance(dialog, StatusDialog)  # the very form that adds, prefilled
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Edit legal status"
    assert dialog.date.text() == "2024-03-15"
    assert dialog.source.text() == "family"
    assert dialog.status.currentData() == LegalStatus.PENDING_ASYLUM.value

    dialog.date.setText("2052-03-15")  # the walk's typo: refused, a thing that happened
    press_ok(qtbot, dialog)
    assert dialog.isVisible()
    assert "future" in dialog.error_text("date")
    assert services.clients.get(wrong_year).statuses[0].date == "2024-03-15"

    dialog.date.setText("2025-03-15")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert services.clients.get(wrong_year).statuses[0].date == "2025-03-15"
    # the one refresh path: the tab shows the corrected entry
    assert tab.model.data(tab.model.index(0, StatusModel.COL_DATE)) == "2025-03-15"


def test_enter_edits_and_a_stale_edit_lets_the_user_choose(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    wrong_year: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = page.detail.status_tab
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_Return)
    dialog = tab.actions_.active_dialog
    assert isinstance(dialog, StatusDialog)
    qtbot.waitUntil(dialog.isVisible)
    # meanwhile someone else corrects the source
    entry_id = services.clients.get(wrong_year).statuses[0].id
    services.records.edit("status", entry_id, StatusUpdate(source="court filing"))
    dialog.date.setText("2025-03-15")

    asked: list[str] = []

    def answer(box: QMessageBox) -> int:
        asked.append(box.text() + " " + box.informativeText())
        next(b for b in box.buttons() if "mine" in b.text()).click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    press_ok(qtbot, dialog)
    assert asked
    assert "tester changed this entry" in asked[0]
    assert "court filing" in asked[0]  # what they changed
    qtbot.waitUntil(lambda: not dialog.isVisible())
    stored = services.clients.get(wrong_year).statuses[0]
    assert stored.date == "2025-03-15"
    assert stored.source == "family"  # "save mine over theirs" kept the form's values


def test_delete_asks_for_a_reason_and_moves_the_entry_to_the_trash(
    qtbot: QtBot, page: ClientsPage, services: Services, wrong_year: int
) -> None:
    services.clients.add_status(
        wrong_year, StatusCreate(status="final_order", date="2025-04-01", source="EOIR")
    )
    page.detail.reload()
    tab = page.detail.status_tab
    assert page.detail.detail is not None
    assert page.detail.detail.status == "final_order"
    tab.table.setFocus()
    tab.table.selectRow(0)  # newest first: the final order
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    prompt = tab.actions_.active_dialog
    assert isinstance(prompt, RemoveDialog)
    qtbot.waitUntil(prompt.isVisible)
    assert "Final order of removal" in prompt.what.text()
    press_ok(qtbot, prompt)  # no reason: refused on the field, nothing removed
    assert prompt.isVisible()
    assert prompt.error_text("reason")
    assert len(services.clients.get(wrong_year).statuses) == 2

    prompt.reason.setEditText("entered on the wrong client")
    press_ok(qtbot, prompt)
    assert not prompt.isVisible()
    detail = services.clients.get(wrong_year)
    assert [s.status for s in detail.statuses] == ["pending_asylum"]
    assert detail.status == "pending_asylum"  # the summary recomputed at once
    assert tab.model.rowCount() == 1
    [item] = services.trash.list()
    assert item.reason == "entered on the wrong client"


def test_context_menu_offers_edit_remove_and_copy(
    qtbot: QtBot, page: ClientsPage, services: Services, wrong_year: int
) -> None:
    services.clients.add_custody(
        wrong_year,
        CustodyCreate(kind="detained", date="2025-03-20", place="Otay Mesa", source="ICE"),
    )
    page.detail.reload()
    tab = page.detail.whereabouts_tab
    actions: EntryActions = tab.actions_
    tab.table.selectRow(0)
    menu = actions.menu()
    texts = [a.text().replace("&", "") for a in menu.actions() if not a.isSeparator()]
    assert texts[:3] == ["Edit…", "Remove…", "Copy"]
    assert all(a.isEnabled() for a in menu.actions())
    menu.deleteLater()
    copied = actions.copy_current()
    assert "Otay Mesa" in copied
    assert QGuiApplication.clipboard().text() == copied


@pytest.mark.parametrize(
    ("tab_name", "kind"),
    [("notes_tab", "note"), ("contacts_tab", "contact"), ("deadlines_tab", "deadline")],
)
def test_every_client_table_edits_and_removes(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    add_client: Callable[..., int],
    tab_name: str,
    kind: str,
) -> None:
    cid = add_client(given="Wilmer", surname="Ortega")
    if kind == "note":
        services.clients.add_note(cid, "Called the mother on Tuesday")
    elif kind == "contact":
        services.clients.add_contact(cid, "Marta Ortega", kind="family", relationship="mother")
    else:
        services.deadlines.add("File the habeas reply", "2025-05-09", client_id=cid)
    page.show_item(cid)
    tab = getattr(page.detail, tab_name)
    tab.table.setFocus()
    tab.table.selectRow(0)
    dialog = tab.actions_.edit_current()
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    field = {"note": "body", "contact": "name", "deadline": "title"}[kind]
    widget = dialog.errors.widget(field)
    assert widget is not None
    text = widget.toPlainText() if hasattr(widget, "toPlainText") else widget.text()
    assert text  # prefilled
    if hasattr(widget, "setPlainText"):
        widget.setPlainText(text + " (corrected)")
    else:
        widget.setText(text + " (corrected)")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    shown = " ".join(
        str(tab.model.data(tab.model.index(0, c))) for c in range(tab.model.columnCount())
    )
    assert "(corrected)" in shown

    prompt = tab.actions_.remove_current()
    assert prompt is not None
    prompt.reason.setEditText("entered twice")
    press_ok(qtbot, prompt)
    assert tab.model.rowCount() == 0
    assert [i.kind for i in services.trash.list()] == [kind]


def test_alias_edits_from_the_identity_list_and_goes_to_the_trash(
    qtbot: QtBot, page: ClientsPage, services: Services, add_client: Callable[..., int]
) -> None:
    cid = add_client(given="Jerce", surname="Reyes")
    services.clients.add_alias(cid, "Jerse", "Reyes", "", source="ICE list")
    page.show_item(cid)
    aliases = page.detail.identity.aliases
    actions = page.detail.identity.alias_actions
    aliases.setCurrentRow(0)
    form = actions.edit_current()
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    assert form.windowTitle() == "Edit alias"
    given = form.errors.widget("given")
    assert given is not None
    assert given.text() == "Jerse"  # type: ignore[attr-defined]
    given.setText("Jersé")  # type: ignore[attr-defined]
    press_ok(qtbot, form)
    assert not form.isVisible()
    assert services.clients.get(cid).aliases[0].display_name == "Reyes, Jersé"
    assert "Jersé" in aliases.item(0).text()  # the list reloaded

    aliases.setCurrentRow(0)
    prompt = actions.remove_current()
    assert isinstance(prompt, RemoveDialog)
    prompt.reason.setEditText("typing mistake")
    press_ok(qtbot, prompt)
    assert services.clients.get(cid).aliases == []
    assert aliases.count() == 0


def test_document_name_and_description_edit_keeps_the_bytes(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    add_client: Callable[..., int],
    tmp_path: Path,
) -> None:
    cid = add_client(given="Sofía", surname="Linares")
    scan = tmp_path / "scan001.pdf"
    scan.write_bytes(b"%PDF-1.4 fictional declaration")
    services.documents.attach(cid, scan)
    page.show_item(cid)
    tab = page.detail.documents_tab
    page.detail.tabs.setCurrentWidget(tab)
    tab.table.setFocus()
    tab.table.selectRow(0)
    qtbot.keyClick(tab.table, Qt.Key.Key_F2)  # double-click opens the file; F2 edits
    form = tab.actions_.active_dialog
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    assert form.errors.widget("filename").text() == "scan001.pdf"  # type: ignore[union-attr]
    form.errors.widget("filename").setText("declaración de la madre.pdf")  # type: ignore[union-attr]
    press_ok(qtbot, form)
    assert not form.isVisible()
    [doc] = services.documents.list(cid)
    assert doc.filename == "declaración de la madre.pdf"
    assert services.documents.verify(doc.id)  # same bytes, same fingerprint


def test_editing_an_entry_someone_removed_meanwhile_says_so(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    wrong_year: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    tab = page.detail.status_tab
    tab.table.selectRow(0)
    form = tab.actions_.edit_current()
    assert form is not None
    qtbot.waitUntil(form.isVisible)
    entry_id = services.clients.get(wrong_year).statuses[0].id
    services.records.remove("status", entry_id, "source retracted")
    told: list[str] = []

    def answer(box: QMessageBox) -> int:
        told.append(box.text() + " " + box.informativeText())
        return 0

    monkeypatch.setattr(QMessageBox, "exec", answer)
    form.errors.widget("date").setText("2025-03-15")  # type: ignore[union-attr]
    press_ok(qtbot, form)
    assert told
    assert "removed this entry" in told[0]
    assert "Trash" in told[0]  # where to get it back
    assert not form.isVisible()
    assert services.clients.get(wrong_year).statuses == []  # nothing written back
