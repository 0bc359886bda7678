"""The detail tabs beyond identity: documents (attach, verify, open), notes, contacts,
deadlines, and matters and orders that lead to other pages. Fictional people only."""

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog
from pytestqt.qtbot import QtBot

from casedesk.domain.changes import Changes
from casedesk.services.registry import Services
from casedesk.ui.clients.detail_models import DocumentModel
from casedesk.ui.clients.dialogs import ContactDialog, DeadlineDialog, FormDialog
from casedesk.ui.clients.page import ClientsPage
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_documents_attach_verify_and_open(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    add_client: Callable[..., int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    answers: Answers,
) -> None:
    cid = add_client(given="Sofía", surname="Linares")
    page.show_item(cid)
    tab = page.detail.documents_tab
    assert tab.empty.isVisibleTo(tab)  # says how to start
    scan = tmp_path / "declaración.pdf"
    scan.write_bytes(b"%PDF-1.4 fictional declaration")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(scan), ""))
    page.detail.tabs.setCurrentWidget(tab)
    tab.attach()
    assert tab.model.rowCount() == 1
    assert not tab.empty.isVisibleTo(tab)
    assert tab.model.data(tab.model.index(0, DocumentModel.COL_NAME)) == "declaración.pdf"
    assert not tab.verify_button.isEnabled()  # nothing selected yet

    tab.table.selectRow(0)
    qtbot.mouseClick(tab.verify_button, Qt.MouseButton.LeftButton)
    assert tab.model.data(tab.model.index(0, DocumentModel.COL_CHECK)).startswith("OK")

    monkeypatch.setattr(services.documents, "verify", lambda _id: False)
    assert tab.verify() is False
    assert "MISMATCH" in tab.model.data(tab.model.index(0, DocumentModel.COL_CHECK))
    assert "no longer matches" in answers.shown[-1]

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toLocalFile()))
    tab.open_document()
    assert Path(opened[0]).name == "declaración.pdf"
    assert Path(opened[0]).read_bytes() == scan.read_bytes()

    copy = tmp_path / "copy.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(copy), ""))
    tab.save_copy()
    assert copy.read_bytes() == scan.read_bytes()


def test_notes_contacts_and_deadlines(
    qtbot: QtBot, page: ClientsPage, services: Services, add_client: Callable[..., int]
) -> None:
    cid = add_client(given="Ramón", surname="Villalobos")
    page.show_item(cid)

    notes = page.detail.notes_tab
    qtbot.mouseClick(notes.add_note_button, Qt.MouseButton.LeftButton)
    assert notes.errors.is_marked("note")  # blank note refused on the field
    qtbot.keyClicks(notes.editor, "Mother says he called from Tecoluca")
    notes.private.setChecked(False)
    qtbot.mouseClick(notes.add_note_button, Qt.MouseButton.LeftButton)
    assert notes.model.rowCount() == 1
    assert notes.editor.toPlainText() == ""
    assert services.clients.get(cid).notes[0].private is False

    contacts = page.detail.contacts_tab
    contacts.add_contact()
    dialog = contacts.active_dialog
    assert isinstance(dialog, ContactDialog)
    qtbot.keyClicks(dialog.name, "Carmen Villalobos")
    qtbot.keyClicks(dialog.email, "not-an-address")
    press_ok(qtbot, dialog)
    assert dialog.errors.is_marked("email")
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "carmen@example.org")
    press_ok(qtbot, dialog)
    assert contacts.model.rowCount() == 1

    deadlines = page.detail.deadlines_tab
    deadlines.add_deadline()
    dialog = deadlines.active_dialog
    assert isinstance(dialog, DeadlineDialog)
    qtbot.keyClicks(dialog.title_edit, "File habeas reply")
    qtbot.keyClicks(dialog.due, "2025-04-28")
    press_ok(qtbot, dialog)
    model = deadlines.model
    assert model.data(model.index(0, model.COL_STATE)) == "Overdue"
    deadlines.table.selectRow(0)
    assert deadlines.done_button.text() == "Mark done"
    qtbot.mouseClick(deadlines.done_button, Qt.MouseButton.LeftButton)
    assert model.data(model.index(0, model.COL_STATE)) == "Done"


def test_matters_and_orders_navigate(qtbot: QtBot, page: ClientsPage, services: Services) -> None:
    services.demo.generate(clients=40, seed=1)
    page.on_changes(Changes(everything=True), None)
    bound = next(
        d
        for d in (services.clients.get(r.id) for r in services.clients.list().rows)
        if d.obligations and d.matter_links
    )
    page.show_item(bound.id)
    tab = page.detail.matters_tab
    obligation = tab.obligations
    overdue = [r for r in range(obligation.rowCount()) if obligation.row_at(r).overdue]
    if overdue:
        due = obligation.data(obligation.index(overdue[0], obligation.COL_DUE))
        assert "Overdue by" in due
    with qtbot.waitSignal(page.navigate) as blocker:
        tab.matter_table.doubleClicked.emit(tab.matters.index(0, 0))
    assert blocker.args == ["matter", bound.matter_links[0].matter_id]
    with qtbot.waitSignal(page.navigate) as blocker:
        tab.obligation_table.doubleClicked.emit(obligation.index(0, 0))
    assert blocker.args == ["order", bound.obligations[0].order_id]


def test_print_brief_needs_a_client(
    page: ClientsPage, add_client: Callable[..., int], answers: Answers
) -> None:
    page.print_brief()
    assert "Select a client first" in answers.shown[-1]
