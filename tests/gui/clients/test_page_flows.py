"""The Clients page driven the way a paralegal uses it: create a client, record status
and whereabouts, edit identity (with a conflict), archive and restore, filter, sort and
search. Every person here is fictional."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from casedesk.domain.changes import Changes
from casedesk.domain.enums import LegalStatus
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientQuery, ClientUpdate
from casedesk.ui.clients.dialogs import CustodyDialog, FormDialog, StatusDialog
from casedesk.ui.clients.model import COL_NAME, COL_NATIONALITY, COL_STATUS, COL_WHEREABOUTS
from casedesk.ui.clients.page import ClientsPage
from tests.gui.clients.helpers import column, row_ids
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui
Yes = QMessageBox.StandardButton.Yes


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


def test_empty_store_explains_how_to_start(
    page: ClientsPage, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert page.empty.isVisible()
    assert "New client" in page.empty.text()
    # Never a command that would put fictional people into this (possibly real) store.
    assert "casedesk demo" not in page.empty.text()
    assert page.empty_button.isVisible()
    assert page.demo_button.isVisible()
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr(
        "casedesk.ui.clients.demo_launch.QProcess.startDetached",
        lambda program, args: (started.append((program, args)) is None, 1),
    )
    page.demo_button.click()
    [(_program, args)] = started
    assert args[args.index("demo") :][:2] == ["demo", "--throwaway"]  # its own temp store


def test_new_client_form_opens_ready_for_typing(qtbot: QtBot, page: ClientsPage) -> None:
    page.new_client()
    dialog = page.active_dialog
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.focusWidget() is not None)
    assert dialog.focusWidget() is dialog.given  # typed text goes into the form
    qtbot.keyClicks(dialog.focusWidget(), "Ana")
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Space)  # a space, not "Create client"
    assert dialog.isVisible()
    assert dialog.given.text() == "Ana "
    dialog.reject()


def test_create_client_marks_invalid_a_number_then_selects_new_client(
    qtbot: QtBot, page: ClientsPage, services: Services
) -> None:
    page.new_client()
    dialog = page.active_dialog
    assert dialog is not None
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.given, "Yorman Alexis")
    qtbot.keyClicks(dialog.surname, "Quintero")
    qtbot.keyClicks(dialog.a_number, "A12")
    qtbot.keyClicks(dialog.nationality, "Venezuela")
    press_ok(qtbot, dialog)
    assert dialog.isVisible()  # refused: still open, nothing stored
    assert dialog.errors.is_marked("a_number")
    assert "digits" in dialog.errors.error_text("a_number")
    assert services.clients.list().total == 0

    dialog.a_number.clear()
    qtbot.keyClicks(dialog.a_number, "A098-765-432")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert not page.empty.isVisible()
    assert column(page, COL_NAME) == ["Quintero, Yorman Alexis"]
    assert page.detail.name.text() == "Quintero, Yorman Alexis"
    assert page.table.selectionModel().isRowSelected(0)
    assert page.detail.identity.edits["a_number"].text() == "A-098-765-432"


def test_status_entry_shows_in_list_and_detail(
    qtbot: QtBot, page: ClientsPage, add_client: Callable[..., int]
) -> None:
    cid = add_client(given="Rosa Elena", surname="Mejía")
    page.show_item(cid)
    page.detail.status_tab.add_entry()
    dialog = page.detail.status_tab.active_dialog
    assert isinstance(dialog, StatusDialog)
    dialog.status.setCurrentIndex(dialog.status.findData("withholding_granted"))
    dialog.date.setText("2019-06-12")
    press_ok(qtbot, dialog)
    assert dialog.errors.is_marked("country")  # withholding is "as to" a country
    qtbot.keyClicks(dialog.country, "El Salvador")
    qtbot.keyClicks(dialog.source, "IJ decision")
    press_ok(qtbot, dialog)
    assert not dialog.isVisible()
    assert column(page, COL_STATUS) == [LegalStatus.WITHHOLDING_GRANTED.label]
    status_model = page.detail.status_tab.model
    assert status_model.rowCount() == 1
    assert status_model.data(status_model.index(0, status_model.COL_COUNTRY)) == "El Salvador"
    assert "Withholding of removal" in page.detail.summary.text()


def test_custody_event_changes_whereabouts_and_last_contact(
    qtbot: QtBot, page: ClientsPage, add_client: Callable[..., int]
) -> None:
    cid = add_client(given="Wilmer", surname="Castillo")
    page.show_item(cid)
    tab = page.detail.whereabouts_tab
    assert "No contact on record" in tab.contact.text()
    assert "c62828" in tab.contact.styleSheet()  # red: never heard from

    tab.add_event()
    dialog = tab.active_dialog
    assert isinstance(dialog, CustodyDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("arrived"))
    dialog.date.setText("2025-03-16")
    qtbot.keyClicks(dialog.place, "CECOT")
    qtbot.keyClicks(dialog.country, "SV")
    press_ok(qtbot, dialog)
    assert column(page, COL_WHEREABOUTS) == ["Arrived — CECOT"]
    assert tab.timeline.lanes == ["SV"]

    tab.add_event()
    dialog = tab.active_dialog
    assert isinstance(dialog, CustodyDialog)
    dialog.kind.setCurrentIndex(dialog.kind.findData("contact"))
    dialog.date.setText("2025-04-21")
    press_ok(qtbot, dialog)
    assert tab.contact.text().startswith("Last contact 10 days ago")
    assert "2e7d32" in tab.contact.styleSheet()  # recent: not red
    assert tab.model.rowCount() == 2
    assert column(page, COL_WHEREABOUTS) == ["Arrived — CECOT"]  # a call is not a place
    page.grab()  # paints the timeline with both lanes without error


def test_identity_edit_on_stale_version_offers_reload(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    add_client: Callable[..., int],
    answers: Answers,
) -> None:
    cid = add_client(given="Luis", surname="Pérez")
    page.show_item(cid)
    form = page.detail.identity
    qtbot.keyClicks(form.edits["second_surname"], "Gomez")
    assert form.is_dirty()
    assert form.save_button.isEnabled()
    # Someone else saves meanwhile (another window, the command line).
    services.clients.update(cid, ClientUpdate(tags="urgent"))

    answers.queue.append(QMessageBox.StandardButton.No)  # keep editing
    assert not form.save()
    assert "changed elsewhere" in answers.asked[-1]
    assert form.is_dirty()
    assert form.edits["second_surname"].text() == "Gomez"
    assert services.clients.get(cid).second_surname == ""

    answers.queue.append(Yes)  # reload the saved record
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert not form.is_dirty()
    assert form.edits["tags"].text() == "urgent"
    assert form.edits["second_surname"].text() == ""


def test_invalid_identity_value_is_marked_and_not_saved(
    qtbot: QtBot, page: ClientsPage, services: Services, add_client: Callable[..., int]
) -> None:
    cid = add_client(given="Ana", surname="Torres")
    page.show_item(cid)
    form = page.detail.identity
    qtbot.keyClicks(form.edits["dob"], "31 February 2001")
    qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert form.errors.is_marked("dob")
    assert services.clients.get(cid).dob is None
    form.edits["dob"].setText("")
    qtbot.keyClicks(form.edits["dob"], "March 2001")
    qtbot.keyClick(form.edits["dob"], Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert services.clients.get(cid).dob == "2001-03"
    assert not form.errors.is_marked("dob")


def test_archive_and_restore(
    qtbot: QtBot, page: ClientsPage, add_client: Callable[..., int], answers: Answers
) -> None:
    keep = add_client(given="Marco", surname="Alvarado")
    gone = add_client(given="Nelson", surname="Zambrano")
    page.search("")
    page.show_item(gone)
    answers.queue.append(Yes)
    qtbot.mouseClick(page.detail.archive_button, Qt.MouseButton.LeftButton)
    assert "Archive Zambrano, Nelson?" in answers.asked[-1]
    assert row_ids(page) == [keep]
    assert page.detail.archive_button.text() == "Restore"  # still shown, so it can come back

    page.filters.include_archived.setChecked(True)
    assert row_ids(page) == [keep, gone]
    assert column(page, COL_NAME)[1] == "Zambrano, Nelson (archived)"

    answers.queue.append(Yes)
    qtbot.mouseClick(page.detail.archive_button, Qt.MouseButton.LeftButton)
    page.filters.include_archived.setChecked(False)
    assert row_ids(page) == [keep, gone]
    assert column(page, COL_NAME)[1] == "Zambrano, Nelson"


def test_filters_and_sort_run_the_service_query(
    qtbot: QtBot, page: ClientsPage, services: Services
) -> None:
    services.demo.generate(clients=300, seed=1)
    page.on_changes(Changes(everything=True), None)  # the demo ran outside the bus
    page.apply_filter({"status": "pending_asylum"})
    assert page.filters.status.currentData() == "pending_asylum"
    expected = services.clients.list(ClientQuery(status="pending_asylum"))
    assert page.model.total == expected.total > 0
    assert row_ids(page)[:50] == [r.id for r in expected.rows][:50]
    assert str(expected.total) in page.result.text()

    page.filters.nationality.setCurrentIndex(page.filters.nationality.findData("SV"))
    expected = services.clients.list(ClientQuery(status="pending_asylum", nationality="SV"))
    assert page.model.total == expected.total
    assert set(column(page, COL_NATIONALITY)) <= {"El Salvador"}

    page.filters.clear()
    header = page.table.horizontalHeader()
    qtbot.mouseClick(
        header.viewport(),
        Qt.MouseButton.LeftButton,
        pos=QPoint(header.sectionViewportPosition(COL_STATUS) + 5, 5),
    )
    by_status = services.clients.list(ClientQuery(sort="status"))
    assert row_ids(page)[:100] == [r.id for r in by_status.rows][:100]
    page.table.sortByColumn(COL_STATUS, Qt.SortOrder.DescendingOrder)
    by_status = services.clients.list(ClientQuery(sort="status", descending=True))
    assert row_ids(page)[:100] == [r.id for r in by_status.rows][:100]


def test_search_by_accentless_spelling(page: ClientsPage, add_client: Callable[..., int]) -> None:
    wanted = add_client(given="José Ángel", surname="Núñez", second_surname="Peña")
    add_client(given="Carlos", surname="Rivas")
    page.search("jose angel nunez")
    assert row_ids(page) == [wanted]
    assert not page.filters.isEnabled()
    assert "1 match for your search" in page.result.text()  # singular, not "1 matches"
    page.search("zzzz")
    assert page.model.rowCount() == 0
    assert "No client matches" in page.result.text()
    page.search("")
    assert len(row_ids(page)) == 2
    assert page.filters.isEnabled()


def test_dirty_form_prompts_before_switching_selection(
    qtbot: QtBot,
    page: ClientsPage,
    services: Services,
    add_client: Callable[..., int],
    answers: Answers,
) -> None:
    first = add_client(given="Beatriz", surname="Acosta")
    second = add_client(given="Daniel", surname="Bravo")
    page.search("")
    page.show_item(first)
    qtbot.keyClicks(page.detail.identity.edits["tags"], "family-contacted")
    select = (
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    )

    answers.queue.append(QMessageBox.StandardButton.Cancel)
    page.table.selectionModel().setCurrentIndex(page.model.index(1, COL_NAME), select)
    assert page.detail.client_id == first
    assert page.table.selectionModel().isRowSelected(0)
    assert page.detail.identity.edits["tags"].text() == "family-contacted"

    answers.queue.append(QMessageBox.StandardButton.Discard)
    page.table.selectionModel().setCurrentIndex(page.model.index(1, COL_NAME), select)
    assert page.detail.client_id == second
    assert services.clients.get(first).tags == ""

    qtbot.keyClicks(page.detail.identity.edits["tags"], "priority")
    answers.queue.append(QMessageBox.StandardButton.Save)
    assert page.can_close()
    assert services.clients.get(second).tags == "priority"
    assert page.can_close()  # nothing dirty: no question
    assert len(answers.asked) == 3


def test_scrolling_fetches_pages_and_header_state_is_kept(
    qtbot: QtBot, page: ClientsPage, services: Services
) -> None:
    services.demo.generate(clients=450, seed=4)
    page.on_changes(Changes(everything=True), None)
    assert page.model.rowCount() == 200
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.rowCount() == 400)
    page.table.setColumnWidth(COL_NATIONALITY, 77)
    page.save_state()
    again = ClientsPage(services, page.bus)
    qtbot.addWidget(again)
    assert again.table.columnWidth(COL_NATIONALITY) == 77
    assert again.model.rowCount() == 200  # a fresh page loads one page, not everything
