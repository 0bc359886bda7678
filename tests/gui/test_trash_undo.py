"""The window's Edit menu and the Trash: undo/redo of this window's changes (named in the
menu, Ctrl+Z / Ctrl+Shift+Z, each through the one refresh path), Delete client…, and the
Trash (filter by kind, restore, purge naming the backups that still hold the data).
Fictional people only."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate, StatusCreate
from casedesk.ui.clients.detail_models import StatusModel
from casedesk.ui.entries.edit_menu import change_name
from casedesk.ui.entries.trash import COL_KIND, COL_REASON, TrashDialog, open_trash
from casedesk.ui.form_dialog import FormDialog
from casedesk.ui.main_window import MainWindow
from tests.conftest import make_services
from tests.gui.clients.test_history_tab import spanish  # noqa: F401 - a fixture

pytestmark = pytest.mark.gui


def press_ok(qtbot: QtBot, dialog: FormDialog) -> None:
    qtbot.mouseClick(
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
    )


@pytest.fixture
def window(qtbot: QtBot, tmp_path: Path) -> Iterator[MainWindow]:
    services = make_services(tmp_path / "trash.sqlite")
    cid = services.clients.add(ClientCreate(given="Ana Lucía", surname="Barrios")).new_id
    assert cid is not None
    services.clients.add_status(
        cid, StatusCreate(status="pending_asylum", date="2025-03-15", source="family")
    )
    services.clients.add_note(cid, "Mother says she was moved to Otay Mesa")
    win = MainWindow(services)
    win.auto_backup = False
    qtbot.addWidget(win)
    win.show()
    win.clients.show_item(cid)
    yield win
    services.close()


def client_id(window: MainWindow) -> int:
    found = window.clients.detail.client_id
    assert found is not None
    return found


def remove_status(qtbot: QtBot, window: MainWindow, reason: str) -> None:
    tab = window.clients.detail.status_tab
    tab.table.selectRow(0)
    prompt = tab.actions_.remove_current()
    assert prompt is not None
    prompt.reason.setEditText(reason)
    press_ok(qtbot, prompt)
    assert not prompt.isVisible()


def test_undo_and_redo_a_removal_from_the_edit_menu(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    edit = window.edit_controls
    assert edit.undo_action.text() == "&Undo adding note"  # the last change, by name
    remove_status(qtbot, window, "source retracted")
    assert window.clients.detail.status_tab.model.rowCount() == 0
    edit.update_labels()
    assert edit.undo_action.isEnabled()
    assert edit.undo_action.text().startswith("&Undo ")  # names what it will undo
    assert "status" in edit.undo_action.text()

    window.clients.table.setFocus()
    qtbot.keyClick(window.clients.table, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    detail = services.clients.get(client_id(window))
    assert [s.status for s in detail.statuses] == ["pending_asylum"]
    assert detail.status == "pending_asylum"
    tab = window.clients.detail.status_tab
    assert tab.model.data(tab.model.index(0, StatusModel.COL_DATE)) == "2025-03-15"
    assert "Undone" in window.statusBar().currentMessage()

    modifiers = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(window.clients.table, Qt.Key.Key_Z, modifiers)
    assert services.clients.get(client_id(window)).statuses == []
    assert tab.model.rowCount() == 0


def test_trash_filters_restores_and_purges(
    qtbot: QtBot, window: MainWindow, qtmodeltester: ModelTester
) -> None:
    services: Services = window.services
    cid = client_id(window)
    remove_status(qtbot, window, "entered on the wrong client")
    notes = window.clients.detail.notes_tab
    notes.table.selectRow(0)
    prompt = notes.actions_.remove_current()
    assert prompt is not None
    prompt.reason.setEditText("source retracted")
    press_ok(qtbot, prompt)

    trash = open_trash(window, services, window.bus)
    assert isinstance(trash, TrashDialog)
    qtbot.waitUntil(trash.isVisible)
    qtmodeltester.check(trash.model)
    assert trash.model.rowCount() == 2
    trash.kind.setCurrentIndex(trash.kind.findData("note"))
    assert trash.model.rowCount() == 1
    assert trash.model.data(trash.model.index(0, COL_KIND)) == "Note"
    assert trash.model.data(trash.model.index(0, COL_REASON)) == "source retracted"

    trash.restore()
    assert [n.body for n in services.clients.get(cid).notes] == [
        "Mother says she was moved to Otay Mesa"
    ]
    assert window.clients.detail.notes_tab.model.rowCount() == 1  # the one refresh path
    assert trash.model.rowCount() == 0

    backup = services.backups.backup().path  # made while the status entry is in the Trash
    trash.kind.setCurrentIndex(0)
    assert trash.model.rowCount() == 1
    confirm = trash.purge()
    assert confirm is not None
    qtbot.waitUntil(confirm.isVisible)
    assert str(backup) in confirm.what.text()  # names the backup that still holds it
    press_ok(qtbot, confirm)  # a reason is required here too
    assert confirm.isVisible()
    assert confirm.error_text("reason")
    confirm.reason.setEditText("court ordered it destroyed")
    press_ok(qtbot, confirm)
    assert not confirm.isVisible()
    assert services.trash.list() == []
    assert trash.empty.isVisibleTo(trash)


def test_delete_client_goes_to_the_trash_and_comes_back(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    cid = client_id(window)
    prompt = window.clients.delete_client(cid)
    assert prompt is not None
    qtbot.waitUntil(prompt.isVisible)
    assert "Barrios, Ana Lucía" in prompt.what.text()
    prompt.reason.setEditText("entered twice")
    press_ok(qtbot, prompt)
    assert services.clients.list().total == 0
    assert window.clients.detail.client_id is None
    [item] = services.trash.list()
    assert item.kind == "client"

    window.edit_controls.undo()
    assert services.clients.list().total == 1
    assert len(services.clients.get(cid).statuses) == 1  # back with its whole record


def test_undo_an_edit_and_a_mark_done(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    cid = client_id(window)
    tab = window.clients.detail.status_tab
    tab.table.selectRow(0)
    form = tab.actions_.edit_current()
    assert form is not None
    form.errors.widget("date").setText("2025-03-14")  # type: ignore[union-attr]
    press_ok(qtbot, form)
    assert services.clients.get(cid).statuses[0].date == "2025-03-14"
    window.edit_controls.update_labels()
    assert "edit" in window.edit_controls.undo_action.text()
    window.edit_controls.undo()
    assert services.clients.get(cid).statuses[0].date == "2025-03-15"
    assert tab.model.data(tab.model.index(0, StatusModel.COL_DATE)) == "2025-03-15"

    services.deadlines.add("File the traverse", "2025-05-09", client_id=cid)
    window.clients.detail.reload()
    deadlines = window.clients.detail.deadlines_tab
    deadlines.table.selectRow(0)
    deadlines.toggle_done()
    assert services.clients.get(cid).deadlines[0].done
    window.edit_controls.update_labels()
    assert "mark" in window.edit_controls.undo_action.text().lower()
    window.edit_controls.undo()
    assert not services.clients.get(cid).deadlines[0].done
    window.edit_controls.redo()
    assert services.clients.get(cid).deadlines[0].done


@pytest.mark.usefixtures("spanish")
def test_edit_menu_names_the_change_in_spanish() -> None:
    assert change_name("edit of legal status entry") == "edición de entrada de estado legal"
    assert change_name("mark done") == "marcar como hecho"
    assert change_name("something new") == "something new"  # unknown forms as given


def test_undo_an_addition_made_in_the_window(qtbot: QtBot, window: MainWindow) -> None:
    services = window.services
    cid = client_id(window)
    notes = window.clients.detail.notes_tab
    notes.editor.setPlainText("Consulate called back")
    notes.add_note()
    assert notes.model.rowCount() == 2
    window.edit_controls.update_labels()
    assert window.edit_controls.undo_action.text() == "&Undo adding note"
    window.edit_controls.undo()
    assert [n.body for n in services.clients.get(cid).notes] == [
        "Mother says she was moved to Otay Mesa"
    ]
    assert notes.model.rowCount() == 1
    window.edit_controls.update_labels()
    assert window.edit_controls.redo_action.text() == "&Redo adding note"
