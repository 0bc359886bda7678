"""The first window: it opens on a store, lists clients, searches, and its model is sound."""

from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from casedesk.app import open_store
from casedesk.services.context import ServiceContext
from casedesk.services.registry import Services
from casedesk.services.schemas import ClientCreate
from casedesk.ui.clients.model import COL_ANUMBER, COL_NAME
from casedesk.ui.closing_backup import back_up_then
from casedesk.ui.main_window import MainWindow
from tests.gui.conftest import Answers

pytestmark = pytest.mark.gui


@pytest.fixture
def gui_services(tmp_path: Path):
    ctx = ServiceContext(
        open_store(tmp_path / "gui.sqlite"),
        actor="tester",
        clock=lambda: datetime(2025, 5, 1, 12, tzinfo=UTC),
    )
    services = Services.create(ctx)
    yield services
    services.close()


def test_empty_store_shows_how_to_start(qtbot: QtBot, gui_services: Services) -> None:
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.show()
    assert window.clients.model.rowCount() == 0
    assert window.clients.empty.isVisible()
    assert "No clients yet" in window.clients.empty.text()


def test_lists_and_searches_clients(
    qtbot: QtBot, gui_services: Services, qtmodeltester: ModelTester
) -> None:
    # Demo data first: ``demo`` refuses a store that already holds real records.
    gui_services.demo.generate(clients=450, seed=3)
    gui_services.clients.add(
        ClientCreate(
            given="Andry José", surname="Hernández", second_surname="Romero", a_number="A123456789"
        )
    )
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.show()
    assert window.clients.model.total == 451
    # Lazy: the first page only, then more as the view scrolls.
    assert window.clients.model.rowCount() == 200
    assert window.clients.model.canFetchMore(window.clients.model.index(-1, -1))
    # The next page is read on the model's worker and arrives by a signal.
    with qtbot.waitSignal(window.clients.model.page_loaded):
        window.clients.model.fetchMore(window.clients.model.index(-1, -1))
    assert window.clients.model.rowCount() == 400
    qtmodeltester.check(window.clients.model)

    qtbot.keyClicks(window.search, "andry jose hernandez rom")

    def names() -> list[str]:
        return [
            window.clients.model.data(window.clients.model.index(r, COL_NAME))
            for r in range(window.clients.model.rowCount())
        ]

    # The list is replaced by search results once typing pauses (debounced).
    qtbot.waitUntil(lambda: window.clients.model.rowCount() < 20)
    assert "Hernández Romero, Andry José" in names()
    assert all("Hernández" in n or "Hernandez" in n for n in names()), names()
    row = names().index("Hernández Romero, Andry José")
    assert (
        window.clients.model.data(window.clients.model.index(row, COL_ANUMBER)) == "A-123-456-789"
    )
    assert not window.clients.empty.isVisible()


def test_menus_open_import_export_and_duplicates(qtbot: QtBot, gui_services: Services) -> None:
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    window.show()
    actions = {a.text().replace("&", ""): a for a in window.findChildren(QAction)}
    assert actions["Import…"].shortcut().toString() == "Ctrl+I"
    assert actions["Export…"].shortcut().toString() == "Ctrl+E"
    for name in ("Import…", "Export…", "Find duplicate records…"):
        actions[name].trigger()
        qtbot.waitUntil(
            lambda: any(
                isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
            )
        )
        for w in QApplication.topLevelWidgets():
            if isinstance(w, QDialog) and w.isVisible():
                w.reject()
        qtbot.waitUntil(
            lambda: (
                not any(
                    isinstance(w, QDialog) and w.isVisible() for w in QApplication.topLevelWidgets()
                )
            )
        )


def test_second_window_on_the_same_store_is_told(
    qtbot: QtBot, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *args: told.append(args[2]))
    first = MainWindow(gui_services)
    qtbot.addWidget(first)
    assert not first.shared_store
    second = MainWindow(gui_services)
    qtbot.addWidget(second)
    assert second.shared_store
    assert told
    assert "Another casedesk window" in told[0]


def test_the_number_of_automatic_backups_kept_is_chosen_from_the_file_menu(
    qtbot: QtBot, gui_services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = MainWindow(gui_services)
    qtbot.addWidget(window)
    asked: list[int] = []

    def get_int(_parent: object, _title: str, text: str, value: int, *_args: object) -> object:
        asked.append(value)
        assert str(gui_services.backups.folder) in text
        return 4, True

    monkeypatch.setattr(QInputDialog, "getInt", get_int)
    action = next(
        a for a in window.findChildren(QAction) if a.text() == "Automatic backups to &keep…"
    )
    action.trigger()
    assert asked == [10]  # the default, shown first
    assert gui_services.settings.backups_keep() == 4
    assert "newest 4 automatic backups" in window.statusBar().currentMessage()


def test_closing_the_window_cancels_the_pending_daily_backup(
    qtbot: QtBot, gui_services: Services
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(gui_services)
    assert window._daily_timer.isActive()
    window.close()
    assert not window._daily_timer.isActive()
    qtbot.waitUntil(lambda: not window.isVisible(), timeout=15_000)  # after the close backup


def test_the_close_backup_runs_off_the_gui_thread_then_the_window_closes(
    qtbot: QtBot, gui_services: Services
) -> None:
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.show()
    before = gui_services.backups.list_automatic()
    closed: list[bool] = []
    dialog = back_up_then(holder, gui_services, lambda: closed.append(True))
    # The GUI thread is free while the copy is made: the call returned at once, saying why.
    assert closed == []
    assert dialog.isVisible()
    qtbot.waitUntil(lambda: closed == [True], timeout=15_000)
    assert len(gui_services.backups.list_automatic()) == len(before) + 1


def test_a_closed_window_no_longer_counts_as_having_the_store_open(
    qtbot: QtBot, gui_services: Services, answers: Answers
) -> None:
    first = MainWindow(gui_services)
    qtbot.addWidget(first)
    assert not first.shared_store
    first.auto_backup = False  # the lock, not the close backup, is what this test is about
    first.close()
    second = MainWindow(gui_services)  # no "another window has it open" notice
    qtbot.addWidget(second)
    assert not second.shared_store
    assert answers.shown == []
